import { InvalidArgumentError } from '../../../../kit/src/errors';
import { CAPS } from '../../task/caps';
import { RLIMITS } from '../../task/confine';
import { CLONE, type Plan, type PlanOp } from '../../task/plan';
import type { SeccompPolicy } from '../../task/seccomp';

/**
 * The Plan rendered as an OCI runtime-spec config.json (runtime-spec 1.0.2, what runc 1.1 reads).
 * RENDER has exactly one entry per Plan field (a mapped type: a field added to Plan without its
 * rendering here does not compile); each entry writes its part of the spec. A plan runc cannot
 * carry out as keel-shim would is an InvalidArgumentError, never a silently different container.
 */
export interface OciSpec {
  ociVersion: string;
  process: {
    terminal: boolean;
    user: { uid: number; gid: number; additionalGids?: number[] };
    args: string[];
    env: string[];
    cwd: string;
    capabilities: { bounding: string[]; effective: string[]; inheritable: string[]; permitted: string[]; ambient: string[] };
    rlimits?: { type: string; hard: number | typeof INFINITY; soft: number | typeof INFINITY }[];
    noNewPrivileges: boolean;
  };
  root: { path: string; readonly: boolean };
  hostname: string;
  mounts: { destination: string; type: string; source: string; options: string[] }[];
  linux: {
    namespaces: { type: string }[];
    devices: { path: string; type: string; major: number; minor: number; fileMode: number; uid: number; gid: number }[];
    resources: { devices: { allow: boolean; type?: string; major?: number; minor?: number; access: string }[] };
    cgroupsPath: string;
    maskedPaths: string[];
    readonlyPaths: string[];
    seccomp?: OciSeccomp;
  };
}
export interface OciSeccomp {
  defaultAction: string;
  defaultErrnoRet?: number;
  architectures: string[];
  syscalls: { names: string[]; action: string; errnoRet?: number; args?: { index: number; value: number; valueTwo?: number; op: string }[] }[];
}

/** What the bundle needs besides the plan. */
export interface SpecOptions {
  /** linux.cgroupsPath */
  cgroupsPath: string;
}

/** <sys/mount.h> flags and the option runc reads for each. */
const MOUNT_FLAGS: [number, string][] = [
  [1, 'ro'], [2, 'nosuid'], [4, 'nodev'], [8, 'noexec'], [16, 'sync'], [32, 'remount'], [128, 'dirsync'],
  [1024, 'noatime'], [2048, 'nodiratime'], [4096, 'bind'], [4096 | 16384, 'rbind'],
  [1 << 17, 'unbindable'], [1 << 18, 'private'], [1 << 19, 'slave'], [1 << 20, 'shared'],
  [1 << 21, 'relatime'], [1 << 24, 'strictatime'],
];
const MS_REC = 16384;

/** Mount flags (and the fs data string) → OCI mount options. */
export function mountOptions(flags: number, data: string): string[] {
  const out: string[] = [];
  let left = flags;
  const rec = (flags & MS_REC) !== 0;
  for (const [bit, name] of MOUNT_FLAGS) {
    if (bit === 4096 && rec) continue;        // MS_BIND|MS_REC is one option, rbind
    if (bit === (4096 | 16384) && !rec) continue;
    if ((flags & bit) === bit) {
      out.push(rec && bit >= 1 << 17 && bit <= 1 << 20 ? `r${name}` : name);
      left &= ~bit;
    }
  }
  left &= ~MS_REC;
  if (left) throw new InvalidArgumentError(`runc driver: mount flags 0x${left.toString(16)} have no OCI option`);
  return [...out, ...data.split(',').filter(Boolean)];
}

const NAMESPACES: [number, string][] = [
  [CLONE.NEWPID, 'pid'], [CLONE.NEWNET, 'network'], [CLONE.NEWIPC, 'ipc'], [CLONE.NEWUTS, 'uts'], [CLONE.NEWNS, 'mount'], [CLONE.NEWCGROUP, 'cgroup'],
];

const CAP_NAMES: Record<number, string> = Object.fromEntries(Object.entries(CAPS).map(([n, v]) => [v, n]));
const capNames = (nums: number[]) => nums.map((n) => {
  const name = CAP_NAMES[n];
  if (!name) throw new InvalidArgumentError(`runc driver: unknown capability ${n}`);
  return name;
});

/** The links runc makes in /dev itself (libcontainer's setupDevSymlinks and setupPtmx): the only ones it can carry out. */
const RUNC_LINKS: Record<string, string> = {
  '/dev/fd': '/proc/self/fd', '/dev/stdin': '/proc/self/fd/0', '/dev/stdout': '/proc/self/fd/1', '/dev/stderr': '/proc/self/fd/2',
  '/dev/ptmx': 'pts/ptmx', '/dev/core': '/proc/kcore',
};

/** RLIMIT_* numbers → OCI's names (RLIMIT_NOFILE). */
const RLIMIT_NAMES: Record<number, string> = Object.fromEntries(Object.entries(RLIMITS).map(([k, n]) => [n, `RLIMIT_${k.toUpperCase()}`]));

/** RLIM_INFINITY, a uint64 no JS number holds: written as such by ociJson. */
const INFINITY = 'RLIM_INFINITY';

/** The spec as config.json text (with RLIM_INFINITY as the exact uint64). */
export function ociJson(spec: OciSpec): string {
  return JSON.stringify(spec, null, 2).replace(new RegExp(`"${INFINITY}"`, 'g'), '18446744073709551615') + '\n';
}

const S_IFMT = 0o170000, S_IFCHR = 0o020000, S_IFBLK = 0o060000;

const CGROUP_ROOT = '/sys/fs/cgroup';

function renderOp(op: PlanOp, s: OciSpec): void {
  switch (op.type) {
    case 'mount':
      // the cgroup tree (a tmpfs, a cgroup mount per v1 hierarchy, links for co-mounted controllers):
      // runc mounts it whole from one "cgroup" mount, as Docker asks for it
      if (op.target === CGROUP_ROOT && op.fstype === 'tmpfs') {
        s.mounts.push({ destination: CGROUP_ROOT, type: 'cgroup', source: 'cgroup', options: [] });
        return;
      }
      if (op.fstype === 'cgroup' && op.target.startsWith(`${CGROUP_ROOT}/`)) {
        const tree = s.mounts.find((m) => m.destination === CGROUP_ROOT && m.type === 'cgroup');
        if (!tree) throw new InvalidArgumentError(`runc driver: ${op.target} outside the cgroup tree`);
        tree.options = mountOptions(op.flags, '');
        return;
      }
      s.mounts.push({ destination: op.target, type: op.fstype, source: op.source, options: mountOptions(op.flags, op.data) });
      return;
    case 'mknod': {
      const kind = op.mode & S_IFMT;
      if (kind !== S_IFCHR && kind !== S_IFBLK) throw new InvalidArgumentError(`runc driver: ${op.target} is neither a character nor a block device`);
      const type = kind === S_IFCHR ? 'c' : 'b';
      s.linux.devices.push({ path: op.target, type, major: op.major, minor: op.minor, fileMode: op.mode & 0o7777, uid: op.uid ?? 0, gid: op.gid ?? 0 });
      s.linux.resources.devices.push({ allow: true, type, major: op.major, minor: op.minor, access: 'rwm' });
      return;
    }
    case 'symlink':
      if (op.target.startsWith(`${CGROUP_ROOT}/`) && s.mounts.some((m) => m.type === 'cgroup')) return; // runc links co-mounted controllers
      if (RUNC_LINKS[op.target] !== op.source) throw new InvalidArgumentError(`runc driver: runc cannot make the link ${op.target} -> ${op.source}`);
      return; // runc makes it
  }
}

function renderSeccomp(p: SeccompPolicy | null, s: OciSpec): void {
  if (!p) return;
  const errno = (action: string, n: number) => (action === 'SCMP_ACT_ERRNO' ? { errnoRet: n } : {});
  s.linux.seccomp = {
    defaultAction: p.defaultAction,
    ...(p.defaultAction === 'SCMP_ACT_ERRNO' ? { defaultErrnoRet: p.defaultErrnoRet } : {}),
    // keel-shim's filter is x86_64's only (other ABIs get the default action): the same here
    architectures: ['SCMP_ARCH_X86_64'],
    syscalls: p.rules.map((r) => ({
      names: r.names, action: r.action, ...errno(r.action, r.errnoRet),
      ...(r.args.length ? { args: r.args.map((a) => ({ index: a.index, value: a.value, ...(a.valueTwo ? { valueTwo: a.valueTwo } : {}), op: a.op })) } : {}),
    })),
  };
}

/** One entry per Plan field: where it goes in the spec. */
const RENDER: { [K in keyof Plan]-?: (v: Plan[K], s: OciSpec, p: Plan) => void } = {
  id: () => undefined,               // the container's name on runc's command line
  log: () => undefined,              // keel-shim writes it, as for native
  // refused by the runc driver before rendering (no console socket yet); execs are keel-shim's
  stdio: () => undefined,
  ioDir: () => undefined,
  rootfs: (v, s) => { s.root.path = v; },
  hostname: (v, s) => { s.hostname = v; },
  cwd: (v, s) => { s.process.cwd = v; },
  // runc looks args[0] up in the process's PATH: it must be the one the plan searches
  path: (v, _s, p) => {
    const envPath = [...p.env].reverse().find((e) => e.startsWith('PATH='));
    if ((envPath ? envPath.slice(5) : '') !== v) throw new InvalidArgumentError('runc driver: the command is looked up in the environment\'s PATH only');
  },
  cloneFlags: (v, s) => {
    let left = v;
    for (const [flag, type] of NAMESPACES) {
      if (v & flag) s.linux.namespaces.push({ type });
      left &= ~flag;
    }
    if (left) throw new InvalidArgumentError(`runc driver: clone flags 0x${left.toString(16)} have no OCI namespace`);
  },
  // runc brings lo up in every new network namespace it makes
  loopback: (v, _s, p) => {
    if (v !== Boolean(p.cloneFlags & CLONE.NEWNET)) throw new InvalidArgumentError('runc driver: lo is up exactly when the network namespace is new');
  },
  user: (v, s) => { s.process.user = { uid: v.uid, gid: v.gid, ...(v.groups.length ? { additionalGids: [...v.groups] } : {}) }; },
  args: (v, s) => { s.process.args = [...v]; },
  env: (v, s) => { s.process.env = [...v]; },
  ops: (v, s) => {
    for (const op of v) renderOp(op, s);
  },
  maskedPaths: (v, s) => { s.linux.maskedPaths = [...v]; },
  readonlyPaths: (v, s) => { s.linux.readonlyPaths = [...v]; },
  caps: (v, s) => {
    s.process.capabilities = {
      bounding: capNames(v.bounding), effective: capNames(v.effective), inheritable: capNames(v.inheritable),
      permitted: capNames(v.permitted), ambient: capNames(v.ambient),
    };
  },
  noNewPrivileges: (v, s) => { s.process.noNewPrivileges = v; },
  seccomp: renderSeccomp,
  // the cgroup execd made (with its limits): runc joins it; none: runc makes one of its own (opts.cgroupsPath)
  cgroups: (v, s) => {
    if (!v.length) return;
    const rel = v[0].startsWith(`${CGROUP_ROOT}/`) ? v[0].split('/').slice(5).join('/') : '';
    if (!rel) throw new InvalidArgumentError(`runc driver: cgroup ${v[0]} is not under ${CGROUP_ROOT}`);
    s.linux.cgroupsPath = `/${rel}`;
  },
  unshareFlags: (v, s) => {
    if (v & ~CLONE.NEWCGROUP) throw new InvalidArgumentError(`runc driver: unshare flags 0x${v.toString(16)} have no OCI namespace`);
    if (v & CLONE.NEWCGROUP && !s.linux.namespaces.some((n) => n.type === 'cgroup')) s.linux.namespaces.push({ type: 'cgroup' });
  },
  readonlyRootfs: (v, s) => { s.root.readonly = v; },
  rlimits: (v, s) => {
    if (!v.length) return; // none: inherited, as under keel-shim
    s.process.rlimits = v.map((r) => {
      const name = RLIMIT_NAMES[r.resource];
      if (!name) throw new InvalidArgumentError(`runc driver: unknown rlimit ${r.resource}`);
      // -1 is RLIM_INFINITY in the plan
      const n = (x: number) => (x < 0 ? INFINITY : x);
      return { type: name, hard: n(r.hard), soft: n(r.soft) };
    });
  },
  logRotation: () => undefined,      // keel-shim writes (and rotates) the log, as for native
  init: (v) => {
    if (v) throw new InvalidArgumentError('runc driver: --init is not supported (keel-shim\'s tiny init runs under the native driver only)');
  },
};

/** The config.json of a plan. Pure. */
export function ociSpec(plan: Plan, opts: SpecOptions): OciSpec {
  const s: OciSpec = {
    ociVersion: '1.0.2-dev',
    process: {
      terminal: false, user: { uid: 0, gid: 0 }, args: [], env: [], cwd: '/',
      capabilities: { bounding: [], effective: [], inheritable: [], permitted: [], ambient: [] }, noNewPrivileges: false,
    },
    root: { path: '', readonly: false },
    hostname: '',
    mounts: [],
    linux: {
      namespaces: [], devices: [],
      // Docker's device cgroup: nothing but the devices the container has
      resources: { devices: [{ allow: false, access: 'rwm' }] },
      cgroupsPath: opts.cgroupsPath, maskedPaths: [], readonlyPaths: [],
    },
  };
  for (const k of Object.keys(RENDER) as (keyof Plan)[]) (RENDER[k] as (v: unknown, s: OciSpec, p: Plan) => void)(plan[k], s, plan);
  return s;
}
