import { InvalidArgumentError } from '../../../kit/src/errors';
import { CAPS } from './caps';
import { type SeccompProfile } from './seccomp';

/**
 * The confinement options of HostConfig (docker run's --cap-add/--cap-drop, --privileged,
 * --security-opt, --read-only, --tmpfs, --ulimit, --device), checked and turned into what the
 * plan needs. Pure: the host facts (devices, the kernel's last capability) come in as data.
 */
export interface Confinement {
  capAdd: string[];
  capDrop: string[];
  privileged: boolean;
  /** "" Docker's default profile, "unconfined", else a profile's JSON text */
  seccomp: string;
  noNewPrivileges: boolean;
  readonlyRootfs: boolean;
  ulimits: { name: string; soft: number; hard: number }[];
  /** --device, resolved against the host */
  devices: DeviceNode[];
  /** what "ALL" and --privileged give: the capabilities of execd's own bounding set */
  allCaps: string[];
}

export const NO_CONFINEMENT: Confinement = {
  capAdd: [], capDrop: [], privileged: false, seccomp: '', noNewPrivileges: false, readonlyRootfs: false,
  ulimits: [], devices: [], allCaps: Object.keys(CAPS),
};

/** A device node to make in the container: the host node's type, numbers, mode and owner. */
export interface DeviceNode {
  /** inside the container, absolute */
  path: string;
  /** st_mode of the host node: S_IFCHR or S_IFBLK and the permission bits */
  mode: number;
  major: number;
  minor: number;
  uid: number;
  gid: number;
}

/** Docker's --ulimit names → RLIMIT_* (<sys/resource.h>). */
export const RLIMITS: Readonly<Record<string, number>> = {
  cpu: 0, fsize: 1, data: 2, stack: 3, core: 4, rss: 5, nproc: 6, nofile: 7, memlock: 8, locks: 10, sigpending: 11,
  msgqueue: 12, nice: 13, rtprio: 14, rttime: 15,
};

/** One setrlimit: soft and hard, -1 = RLIM_INFINITY. */
export interface Rlimit { resource: number; soft: number; hard: number }

export function rlimits(ulimits: Confinement['ulimits']): Rlimit[] {
  const out = new Map<number, Rlimit>();
  for (const u of ulimits) {
    const resource = RLIMITS[u.name];
    if (resource === undefined) throw new InvalidArgumentError(`invalid ulimit type: ${u.name}`);
    for (const v of [u.soft, u.hard]) {
      if (!Number.isSafeInteger(v) || v < -1) throw new InvalidArgumentError(`invalid ulimit ${u.name}: ${v} is out of range`);
    }
    const soft = u.soft, hard = u.hard;
    if (hard !== -1 && (soft === -1 || soft > hard)) {
      throw new InvalidArgumentError(`ulimit soft limit must be less than or equal to hard limit: ${soft} > ${hard}`);
    }
    out.set(resource, { resource, soft, hard });
  }
  return [...out.values()];
}

/** --security-opt seccomp=PROFILE's JSON text, parsed; a malformed one is an error. */
export function parseSeccompProfile(text: string): SeccompProfile {
  let p: unknown;
  try {
    p = JSON.parse(text);
  } catch (err) {
    throw new InvalidArgumentError(`invalid seccomp profile: ${(err as Error).message}`);
  }
  if (typeof p !== 'object' || p === null || Array.isArray(p)) throw new InvalidArgumentError('invalid seccomp profile: not a JSON object');
  const prof = p as SeccompProfile;
  if (typeof prof.defaultAction !== 'string') throw new InvalidArgumentError('invalid seccomp profile: no "defaultAction"');
  if (prof.syscalls != null && !Array.isArray(prof.syscalls)) throw new InvalidArgumentError('invalid seccomp profile: "syscalls" is not a list');
  for (const s of prof.syscalls ?? []) {
    if (typeof s !== 'object' || s === null || typeof s.action !== 'string') throw new InvalidArgumentError('invalid seccomp profile: a syscall rule has no "action"');
    if (s.names != null && (!Array.isArray(s.names) || !s.names.every((n) => typeof n === 'string'))) {
      throw new InvalidArgumentError('invalid seccomp profile: "names" is not a list of strings');
    }
  }
  return prof;
}

/** <sys/mount.h> flags a tmpfs option may set (true) or clear (false). */
const FLAG_OPTS: Readonly<Record<string, [number, boolean]>> = {
  ro: [1, true], rw: [1, false], nosuid: [2, true], suid: [2, false], nodev: [4, true], dev: [4, false],
  noexec: [8, true], exec: [8, false], sync: [16, true], async: [16, false], mand: [64, true], nomand: [64, false],
  dirsync: [128, true], noatime: [1024, true], atime: [1024, false], nodiratime: [2048, true], diratime: [2048, false],
  relatime: [1 << 21, true], norelatime: [1 << 21, false], strictatime: [1 << 24, true], nostrictatime: [1 << 24, false],
};
/** propagation words Docker accepts in tmpfs options: the mount is private anyway */
const PROPAGATION = new Set(['private', 'rprivate', 'shared', 'rshared', 'slave', 'rslave', 'unbindable', 'runbindable']);
/** tmpfs's own options (mm/shmem.c) */
const TMPFS_DATA = new Set(['size', 'nr_blocks', 'nr_inodes', 'mode', 'uid', 'gid', 'mpol', 'huge', 'inode32', 'inode64', 'noswap', 'quota', 'usrquota', 'grpquota']);

/** Docker's tmpfs options ("noexec,nosuid,nodev" then the user's; the later word wins) → mount flags and data. */
export function tmpfsMount(target: string, options: string, readonly = false): { flags: number; data: string } {
  if (!target.startsWith('/')) throw new InvalidArgumentError(`invalid mount path: '${target}' mount path must be absolute`);
  let flags = 0;
  const data = new Map<string, string>();
  for (const o of `noexec,nosuid,nodev,${options}`.split(',').map((s) => s.trim()).filter(Boolean)) {
    const eq = o.indexOf('=');
    const k = eq < 0 ? o : o.slice(0, eq);
    const f = FLAG_OPTS[o];
    if (f) flags = f[1] ? flags | f[0] : flags & ~f[0];
    else if (PROPAGATION.has(o)) continue;
    else if (TMPFS_DATA.has(k)) data.set(k, o);
    else throw new InvalidArgumentError(`invalid tmpfs option "${o}" for ${target}`);
  }
  if (readonly) flags |= 1;
  return { flags: flags >>> 0, data: [...data.values()].join(',') };
}
