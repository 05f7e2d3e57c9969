import { InvalidArgumentError } from '../../../kit/src/errors';
import { DEFAULT_PATH, type Stdio, cleanPath, stdioRecords } from './plan';
import type { ExecUser } from './user';

/**
 * An exec's plan (addon/PROTOCOL.md, exec mode): keel-shim joins the namespaces of the running
 * container's init (`join`), puts the process into the container's cgroups and applies the
 * container's own confinement, taken from the container's plan as execd wrote it: capabilities
 * (re-derived for the exec's user), no_new_privs, seccomp, rlimits. Nothing is mounted.
 */
export interface ExecSpec {
  execId: string;
  /** the container's init, as the shim recorded it */
  pid: number;
  args: string[];
  /** -e entries, over the container's environment */
  env: string[];
  /** '' : the container's */
  cwd: string;
  /** null: the container's user */
  user: ExecUser | null;
  stdio: Stdio;
  ioDir: string;
}

/** The records of a plan file ("key=value\0" …), in order. */
export function planRecords(text: Buffer | string): Array<[string, string]> {
  return String(text).split('\0').filter(Boolean).map((r) => {
    const i = r.indexOf('=');
    return [r.slice(0, i), r.slice(i + 1)];
  });
}

const COPIED = new Set(['rootfs', 'cap-bounding', 'cap-inheritable', 'no-new-privs', 'bpf', 'cgroup', 'rlimit']);

function envKey(e: string): string {
  const i = e.indexOf('=');
  return i < 0 ? e : e.slice(0, i);
}

function clean(s: string, what: string): string {
  if (s.includes('\0')) throw new InvalidArgumentError(`${what} contains a NUL byte`);
  return s;
}

/** Compiles an exec's plan from its container's plan: pure, no I/O. */
export function buildExecPlan(container: Buffer | string, e: ExecSpec): Buffer {
  if (!e.args.length || e.args[0] === '') throw new InvalidArgumentError('No exec command specified');
  const recs = planRecords(container);
  const get = (k: string) => recs.filter(([key]) => key === k).map(([, v]) => v);
  const env = [...get('env')];
  for (const x of e.env) {
    if (!/^[^=\0]+=/.test(x)) throw new InvalidArgumentError(`invalid environment variable "${x.replace(/\0/g, '\\0')}": expected KEY=value`);
    const i = env.findIndex((o) => envKey(o) === envKey(x));
    if (i >= 0) env[i] = x;
    else env.push(x);
  }
  if (e.user) {
    const i = env.findIndex((o) => envKey(o) === 'HOME');
    const home = `HOME=${e.user.home}`;
    if (i >= 0 && !e.env.some((x) => envKey(x) === 'HOME')) env[i] = home;
  }
  const path = [...env].reverse().find((x) => envKey(x) === 'PATH');
  const uid = e.user ? e.user.uid : Number(get('uid')[0] ?? 0);
  const out: string[] = ['version=1', `id=${e.execId}`];
  for (const [k, v] of recs) if (COPIED.has(k)) out.push(`${k}=${v}`);
  // effective and permitted: the bounding set for root, none for another user (as the init's)
  const bounding = get('cap-bounding')[0];
  if (bounding !== undefined) {
    out.push(`cap-effective=${uid === 0 ? bounding : ''}`, `cap-permitted=${uid === 0 ? bounding : ''}`, 'cap-ambient=');
  }
  out.push(`cwd=${clean(e.cwd ? cleanPath(e.cwd) : get('cwd')[0] ?? '/', 'cwd')}`);
  out.push(`path=${path ? path.slice(5) : DEFAULT_PATH}`);
  if (e.user) {
    out.push(`uid=${e.user.uid}`, `gid=${e.user.gid}`, ...e.user.groups.map((g) => `group=${g}`));
  } else {
    for (const [k, v] of recs) if (k === 'uid' || k === 'gid' || k === 'group') out.push(`${k}=${v}`);
  }
  for (const a of e.args) out.push(`arg=${clean(a, 'argument')}`);
  for (const x of env) out.push(`env=${clean(x, 'environment variable')}`);
  out.push(`join=${e.pid}`);
  out.push(...stdioRecords(e.stdio, e.ioDir));
  return Buffer.from(out.map((r) => r + '\0').join(''));
}
