import { InvalidArgumentError } from '../../../kit/src/errors';
import type { LogRotation } from '../../../kit/src/log-options';
import { type CapSets, capSets, tweakCaps } from './caps';
import { type Confinement, NO_CONFINEMENT, type Rlimit, parseSeccompProfile, rlimits } from './confine';
import { type SeccompPolicy, type SeccompProfile, compilePolicy, selectSeccomp } from './seccomp';
import defaultSeccompProfile from './seccomp-default.json';
import { type TaskMount, mountOps } from './mounts';
import type { ExecUser } from './user';

/**
 * The plan: everything keel-shim does between clone() and execve(), decided here and written
 * as records "key=value\0" (an operation's fields joined by \x1f), read in order by
 * addon/src/shim/plan.cc. See addon/PROTOCOL.md.
 */
export interface Plan {
  id: string;
  rootfs: string;
  hostname: string;
  cwd: string;
  /** the json-file log the shim writes */
  log: string;
  /** the PATH args[0] is looked up in, inside the container */
  path: string;
  cloneFlags: number;
  loopback: boolean;
  user: ExecUser;
  args: string[];
  env: string[];
  ops: PlanOp[];
  /** after pivot_root: /dev/null bound over each file, a read-only tmpfs over each dir (missing: skipped) */
  maskedPaths: string[];
  /** after pivot_root: bound onto themselves read-only */
  readonlyPaths: string[];
  /** the capability sets, by number */
  caps: CapSets;
  /** PR_SET_NO_NEW_PRIVS (Docker: off unless --security-opt no-new-privileges) */
  noNewPrivileges: boolean;
  /** the seccomp profile resolved for this container; null: none (each driver renders it: BPF, OCI rules) */
  seccomp: SeccompPolicy | null;
  /** cgroup dirs keel-shim puts the init into before it goes on */
  cgroups: string[];
  /** flags the init unshares once in its cgroups (CLONE_NEWCGROUP: it sees its cgroup as root) */
  unshareFlags: number;
  /** after the masked and read-only paths: / remounted read-only (--read-only) */
  readonlyRootfs: boolean;
  /** setrlimit before the capabilities are dropped (--ulimit) */
  rlimits: Rlimit[];
  /** json-file rotation (--log-opt max-size, max-file): rotate at maxSize bytes (0: never), keeping maxFile files */
  logRotation: LogRotation;
  /** --init: keel-shim's tiny init stays pid 1 (forwards signals, reaps zombies), the command its child */
  init: boolean;
  /** the process's stdio: a pty made in the container, stdin open for attach, closed after the first client's input */
  stdio: Stdio;
  /** where keel-shim makes attach.sock and control.sock; '' none (the output only goes to the log) */
  ioDir: string;
}

export interface Stdio {
  tty: boolean;
  openStdin: boolean;
  stdinOnce: boolean;
  /** the pty's first size; 0: as the kernel makes it */
  consoleHeight: number;
  consoleWidth: number;
}

export const NO_STDIO: Stdio = { tty: false, openStdin: false, stdinOnce: false, consoleHeight: 0, consoleWidth: 0 };

/** The sockets' dir must leave room for "/control.sock" in sun_path (108 bytes with its NUL). */
export function checkIoDir(dir: string): string {
  if (Buffer.byteLength(dir) + '/control.sock'.length > 107) throw new InvalidArgumentError(`the exec-root is too long for the attach sockets: ${dir}`);
  return dir;
}

/** The plan records of a process's stdio. */
export function stdioRecords(s: Stdio, ioDir: string): string[] {
  const recs: string[] = [];
  if (s.tty) recs.push('tty=1');
  if (s.openStdin) recs.push('open-stdin=1');
  if (s.stdinOnce) recs.push('stdin-once=1');
  if (s.tty && s.consoleHeight > 0 && s.consoleWidth > 0) recs.push(`console=${Math.min(s.consoleHeight, 65535)}\x1f${Math.min(s.consoleWidth, 65535)}`);
  if (ioDir) recs.push(`io-dir=${field(ioDir, 'io-dir')}`);
  return recs;
}

export type PlanOp =
  | { type: 'mount'; source: string; target: string; fstype: string; flags: number; data: string }
  | { type: 'mknod'; target: string; mode: number; major: number; minor: number; uid?: number; gid?: number }
  | { type: 'symlink'; source: string; target: string }
  /** source (host path) bound onto target, resolved inside the rootfs (addon/src/shim/mounts.cc); create: what a missing target is made as */
  | { type: 'bind'; source: string; target: string; create: 'dir' | 'file'; flags: number; propagation: number };

/** <sched.h> */
export const CLONE = {
  NEWNS: 0x00020000, NEWCGROUP: 0x02000000, NEWUTS: 0x04000000, NEWIPC: 0x08000000, NEWPID: 0x20000000, NEWNET: 0x40000000,
} as const;
/** <sys/mount.h> */
export const MS = { RDONLY: 1, NOSUID: 2, NODEV: 4, NOEXEC: 8, STRICTATIME: 1 << 24 } as const;
const S_IFCHR = 0o020000;
const S_IFMT = 0o170000, S_IFBLK = 0o060000;

export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/**
 * Docker's default mounts and devices, before pivot_root (/sys/fs/cgroup: cgroupOps; masked and
 * read-only paths come after pivot_root). Privileged: /sys read-write.
 */
export function defaultOps(privileged = false): PlanOp[] {
  const mount = (target: string, fstype: string, flags: number, data = ''): PlanOp => ({ type: 'mount', source: fstype, target, fstype, flags, data });
  const dev = (name: string, major: number, minor: number): PlanOp => ({ type: 'mknod', target: `/dev/${name}`, mode: S_IFCHR | 0o666, major, minor });
  const link = (target: string, source: string): PlanOp => ({ type: 'symlink', source, target });
  return [
    mount('/proc', 'proc', MS.NOSUID | MS.NODEV | MS.NOEXEC),
    mount('/dev', 'tmpfs', MS.NOSUID | MS.STRICTATIME, 'mode=755,size=65536k'),
    dev('null', 1, 3), dev('zero', 1, 5), dev('full', 1, 7), dev('random', 1, 8), dev('urandom', 1, 9), dev('tty', 5, 0),
    mount('/dev/pts', 'devpts', MS.NOSUID | MS.NOEXEC, 'newinstance,ptmxmode=0666,mode=0620,gid=5'),
    link('/dev/ptmx', 'pts/ptmx'),
    mount('/dev/shm', 'tmpfs', MS.NOSUID | MS.NODEV | MS.NOEXEC, 'mode=1777,size=65536k'),
    mount('/dev/mqueue', 'mqueue', MS.NOSUID | MS.NODEV | MS.NOEXEC),
    mount('/sys', 'sysfs', MS.NOSUID | MS.NODEV | MS.NOEXEC | (privileged ? 0 : MS.RDONLY)),
    link('/dev/fd', '/proc/self/fd'),
    link('/dev/stdin', '/proc/self/fd/0'),
    link('/dev/stdout', '/proc/self/fd/1'),
    link('/dev/stderr', '/proc/self/fd/2'),
  ];
}

/** Docker's masked paths (moby daemon/pkg/oci/defaults.go), thermal_throttle of each possible CPU included. */
export function maskedPaths(possibleCpus: readonly number[] = []): string[] {
  return [
    '/proc/acpi', '/proc/asound', '/proc/interrupts', '/proc/kcore', '/proc/keys', '/proc/latency_stats', '/proc/sched_debug',
    '/proc/scsi', '/proc/timer_list', '/proc/timer_stats', '/sys/devices/virtual/powercap', '/sys/firmware',
    ...possibleCpus.map((n) => `/sys/devices/system/cpu/cpu${n}/thermal_throttle`),
  ];
}

/** Docker's read-only paths. */
export const READONLY_PATHS: readonly string[] = ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'];

/** The CPUs of /sys/devices/system/cpu/possible ("0-3,8"). */
export function parseCpuList(text: string): number[] {
  const out: number[] = [];
  for (const part of text.trim().split(',').filter(Boolean)) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!m) continue;
    for (let i = Number(m[1]); i <= Number(m[2] ?? m[1]) && out.length < 8192; i++) out.push(i);
  }
  return out;
}

function key(entry: string): string {
  const i = entry.indexOf('=');
  return i < 0 ? entry : entry.slice(0, i);
}

/**
 * The container's environment as Docker makes it: PATH and HOSTNAME first, then the image's and
 * the user's entries (a later KEY replaces an earlier one in place), then HOME if still unset.
 */
export function buildEnv(env: string[], hostname: string, home: string): string[] {
  const out = [`PATH=${DEFAULT_PATH}`, `HOSTNAME=${hostname}`];
  for (const e of env) {
    if (!/^[^=\0]+=/.test(e) || e.includes('\0')) throw new InvalidArgumentError(`invalid environment variable "${e.replace(/\0/g, '\\0')}": expected KEY=value`);
    const i = out.findIndex((o) => key(o) === key(e));
    if (i >= 0) out[i] = e;
    else out.push(e);
  }
  if (!out.some((o) => key(o) === 'HOME')) out.push(`HOME=${home}`);
  return out;
}

/** Lexically clean an absolute path ("/a/../b/" → "/b"); a relative cwd is taken from "/". */
export function cleanPath(p: string): string {
  const parts: string[] = [];
  for (const s of p.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') parts.pop();
    else parts.push(s);
  }
  return '/' + parts.join('/');
}

export interface TaskSpec {
  id: string;
  rootfs: string;
  log: string;
  args: string[];
  /** the user's and image's entries, before defaults */
  env: string[];
  cwd: string;
  hostname: string;
  user: ExecUser;
  networkMode: string;
  /** the host kernel's release (os.release()), for the seccomp profile's minKernel; unknown: older rules only */
  kernel?: string;
  /** the host's possible CPUs, for Docker's thermal_throttle masks */
  possibleCpus?: number[];
  /** HostConfig's confinement options, host facts resolved; none: Docker's defaults */
  confinement?: Confinement;
  /** Docker's HostConfig.Init */
  init?: boolean;
  /** from HostConfig.LogConfig.Config (kit's logRotation); none: one file, never rotated */
  logRotation?: LogRotation;
  /** the user's mounts (-v, --mount, --tmpfs), resolved by execd: host paths, kinds */
  mounts?: TaskMount[];
  /** the container's cgroup (made by execd); none: the init stays in the shim's cgroups */
  cgroup?: { version: '1' | '2'; dirs: string[]; hierarchies: string[] };
  stdio?: Stdio;
  /** where keel-shim makes its sockets when the container has a tty or an open stdin */
  ioDir?: string;
}

/** --device nodes (privileged: every host device), after Docker's defaults and the user's mounts. */
function deviceOps(c: Confinement): PlanOp[] {
  const ops: PlanOp[] = [];
  for (const d of c.devices) {
    const type = d.mode & S_IFMT;
    if (type !== S_IFCHR && type !== S_IFBLK) throw new InvalidArgumentError(`device ${d.path}: not a character or block device`);
    if (!d.path.startsWith('/')) throw new InvalidArgumentError(`device ${d.path}: the path in the container must be absolute`);
    ops.push({ type: 'mknod', target: cleanPath(d.path), mode: type | (d.mode & 0o7777), major: d.major, minor: d.minor, uid: d.uid, gid: d.gid });
  }
  return ops;
}

/** The seccomp filter: none when privileged or unconfined, else the given profile or Docker's default. */
function seccompFilter(c: Confinement, caps: readonly string[], kernel: string): SeccompPolicy | null {
  if (c.privileged || c.seccomp === 'unconfined') return null;
  const profile = c.seccomp ? parseSeccompProfile(c.seccomp) : defaultSeccompProfile as SeccompProfile;
  return selectSeccomp(profile, { caps, kernel });
}

/**
 * /sys/fs/cgroup inside the container, read-only as Docker mounts it; in its own cgroup
 * namespace each hierarchy's root is the container's cgroup. v1: a tmpfs with one mount per
 * hierarchy (and a link per co-mounted controller, "cpu" → "cpu,cpuacct"); v2: cgroup2.
 */
export function cgroupOps(version: '1' | '2', hierarchies: string[], readonly = true): PlanOp[] {
  const flags = MS.NOSUID | MS.NODEV | MS.NOEXEC | (readonly ? MS.RDONLY : 0);
  if (version === '2') return [{ type: 'mount', source: 'cgroup2', target: '/sys/fs/cgroup', fstype: 'cgroup2', flags, data: '' }];
  const ops: PlanOp[] = [{ type: 'mount', source: 'tmpfs', target: '/sys/fs/cgroup', fstype: 'tmpfs', flags: MS.NOSUID | MS.NODEV | MS.NOEXEC, data: 'mode=755' }];
  for (const h of hierarchies) {
    ops.push({ type: 'mount', source: 'cgroup', target: `/sys/fs/cgroup/${h}`, fstype: 'cgroup', flags, data: h });
    if (h.includes(',')) for (const c of h.split(',')) ops.push({ type: 'symlink', source: h, target: `/sys/fs/cgroup/${c}` });
  }
  return ops;
}

/** Compiles a task into its plan: pure, no I/O. */
export function buildPlan(t: TaskSpec): Plan {
  if (!t.args.length || t.args[0] === '') throw new InvalidArgumentError('no command specified');
  if (t.networkMode !== 'none' && t.networkMode !== '') throw new InvalidArgumentError(`network mode "${t.networkMode}" is not supported yet (only "none")`);
  const hostname = t.hostname || t.id.slice(0, 12);
  if (hostname.length > 64 || !/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(hostname)) throw new InvalidArgumentError(`invalid hostname "${hostname}"`);
  const env = buildEnv(t.env, hostname, t.user.home);
  const pathEntry = [...env].reverse().find((e) => key(e) === 'PATH');
  const c = t.confinement ?? NO_CONFINEMENT;
  const caps = tweakCaps(c.capAdd, c.capDrop, c.privileged, c.allCaps);
  return {
    id: t.id,
    rootfs: t.rootfs,
    hostname,
    cwd: cleanPath(t.cwd || '/'),
    log: t.log,
    path: pathEntry ? pathEntry.slice(5) : DEFAULT_PATH,
    // in a cgroup of its own, the init unshares its cgroup namespace once it is inside (runc's order)
    cloneFlags: CLONE.NEWPID | CLONE.NEWNS | CLONE.NEWUTS | CLONE.NEWIPC | CLONE.NEWNET | (t.cgroup ? 0 : CLONE.NEWCGROUP),
    loopback: true,
    user: t.user,
    args: t.args,
    env,
    ops: [
      ...defaultOps(c.privileged), ...(t.cgroup ? cgroupOps(t.cgroup.version, t.cgroup.hierarchies, !c.privileged) : []),
      ...mountOps(t.mounts ?? []), ...deviceOps(c),
    ],
    maskedPaths: c.privileged ? [] : maskedPaths(t.possibleCpus),
    // privileged: cgroups read-write, as Docker mounts them
    readonlyPaths: c.privileged ? [] : t.cgroup?.version === '1' ? [...READONLY_PATHS, '/sys/fs/cgroup'] : [...READONLY_PATHS],
    caps: capSets(caps, t.user.uid),
    noNewPrivileges: c.noNewPrivileges,
    seccomp: seccompFilter(c, caps, t.kernel ?? '0'),
    readonlyRootfs: c.readonlyRootfs,
    rlimits: rlimits(c.ulimits),
    init: t.init ?? false,
    logRotation: t.logRotation ?? { maxSize: 0, maxFile: 1 },
    cgroups: t.cgroup?.dirs ?? [],
    unshareFlags: t.cgroup ? CLONE.NEWCGROUP : 0,
    stdio: t.stdio ?? NO_STDIO,
    ioDir: t.stdio && (t.stdio.tty || t.stdio.openStdin) ? t.ioDir ?? '' : '',
  };
}

function field(s: string, what: string, sep = false): string {
  if (s.includes('\0') || (sep && s.includes('\x1f'))) throw new InvalidArgumentError(`${what} contains a ${s.includes('\0') ? 'NUL' : '\\x1f'} byte`);
  return s;
}

/** The plan file's bytes. */
export function encodePlan(p: Plan): Buffer {
  const recs: string[] = ['version=1'];
  const put = (k: string, v: string | number) => recs.push(`${k}=${field(String(v), k)}`);
  put('id', p.id);
  put('rootfs', p.rootfs);
  put('hostname', p.hostname);
  put('cwd', p.cwd);
  put('log', p.log);
  put('path', p.path);
  put('clone', p.cloneFlags);
  put('loopback', p.loopback ? 1 : 0);
  put('uid', p.user.uid);
  put('gid', p.user.gid);
  for (const g of p.user.groups) put('group', g);
  for (const a of p.args) put('arg', a);
  for (const e of p.env) put('env', e);
  for (const op of p.ops) {
    const f = op.type === 'mount' ? [op.source, op.target, op.fstype, op.flags, op.data]
      : op.type === 'mknod' ? [op.target, op.mode, op.major, op.minor, ...(op.uid === undefined ? [] : [op.uid, op.gid ?? 0])]
        : op.type === 'bind' ? [op.source, op.target, op.create, op.flags, op.propagation] : [op.source, op.target];
    recs.push(`${op.type}=${f.map((x) => field(String(x), op.type, true)).join('\x1f')}`);
  }
  for (const m of p.maskedPaths) put('mask', m);
  for (const r of p.readonlyPaths) put('readonly', r);
  const list = (k: string, v: number[]) => recs.push(`${k}=${v.join('\x1f')}`);
  list('cap-bounding', p.caps.bounding);
  list('cap-effective', p.caps.effective);
  list('cap-permitted', p.caps.permitted);
  list('cap-inheritable', p.caps.inheritable);
  list('cap-ambient', p.caps.ambient);
  put('no-new-privs', p.noNewPrivileges ? 1 : 0);
  for (const i of p.seccomp ? compilePolicy(p.seccomp) : []) list('bpf', [i.code, i.jt, i.jf, i.k]);
  for (const c of p.cgroups) put('cgroup', c);
  if (p.unshareFlags) put('unshare', p.unshareFlags);
  if (p.readonlyRootfs) put('readonly-rootfs', 1);
  for (const r of p.rlimits) list('rlimit', [r.resource, r.soft, r.hard]);
  if (p.init) put('init', 1);
  if (p.logRotation.maxSize > 0) {
    put('log-max-size', p.logRotation.maxSize);
    put('log-max-file', p.logRotation.maxFile);
  }
  recs.push(...stdioRecords(p.stdio ?? NO_STDIO, p.ioDir ?? ''));
  return Buffer.from(recs.map((r) => r + '\0').join(''));
}
