// keel run/create flags of confinement → the create body's HostConfig keys (as the docker CLI sends them).
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { CliError } from '../../errors';

export interface SecurityOptions {
  capAdd?: string[];
  capDrop?: string[];
  privileged?: boolean;
  securityOpt?: string[];
  readOnly?: boolean;
  tmpfs?: string[];
  groupAdd?: string[];
  ulimit?: string[];
  device?: string[];
}

const collect = (v: string, prev: string[] = []) => [...prev, v];

/** Adds the flags to `run` and `create` (loaded on every start: no imports beyond commander's types). */
export function securityFlags(c: Command): Command {
  return c
    .option('--cap-add <cap>', 'add a Linux capability (NET_ADMIN, CAP_SYS_TIME, ALL; repeatable)', collect)
    .option('--cap-drop <cap>', 'drop a Linux capability (repeatable; ALL drops every one)', collect)
    .option('--privileged', 'every capability, every host device, no seccomp, no masked paths')
    .option('--security-opt <opt>', 'seccomp=unconfined|PROFILE.json, no-new-privileges[:true|false] (repeatable)', collect)
    .option('--read-only', 'mount the container\'s root filesystem read-only')
    .option('--tmpfs <path[:options]>', 'mount a tmpfs at path (options as mount(8): size=64m,mode=1777; repeatable)', collect)
    .option('--group-add <group>', 'another group for the process, by name or gid (repeatable)', collect)
    .option('--ulimit <name=soft[:hard]>', 'a resource limit, e.g. nofile=1024:2048 (repeatable)', collect)
    .option('--device <host[:container[:perms]]>', 'a host device in the container (perms: rwm; repeatable)', collect);
}

const bad = (msg: string) => new CliError(msg, 125);

/** The docker CLI's capability names: upper case, "CAP_" added, "ALL" as is. */
export function capName(c: string): string {
  const up = c.trim().toUpperCase();
  return up === 'ALL' || up.startsWith('CAP_') ? up : `CAP_${up}`;
}

/** --security-opt as the docker CLI sends it: seccomp=FILE becomes seccomp=<the file's JSON, compacted>. */
export function securityOpt(opt: string, read: (path: string) => string = (p) => readFileSync(p, 'utf8')): string {
  const sep = opt.includes('=') ? '=' : opt.includes(':') ? ':' : '';
  if (!sep) return opt;
  const i = opt.indexOf(sep);
  const k = opt.slice(0, i), v = opt.slice(i + 1);
  if (k !== 'seccomp' || v === 'unconfined') return opt;
  let text: string;
  try {
    text = read(v);
  } catch (err) {
    throw bad(`opening seccomp profile (${v}) failed: ${(err as Error).message}`);
  }
  try {
    return `seccomp=${JSON.stringify(JSON.parse(text))}`;
  } catch (err) {
    throw bad(`compacting json for seccomp profile (${v}) failed: ${(err as Error).message}`);
  }
}

/** --ulimit name=soft[:hard] (go-units' ParseUlimit; "unlimited" or -1 for no limit). */
export function ulimit(s: string): { Name: string; Hard: number; Soft: number } {
  const m = /^([a-z]+)=([^:]+)(?::(.+))?$/.exec(s);
  if (!m) throw bad(`invalid argument "${s}" for "--ulimit" flag: invalid ulimit argument: ${s}`);
  const num = (v: string) => {
    if (v === 'unlimited' || v === '-1') return -1;
    if (!/^[0-9]+$/.test(v) || !Number.isSafeInteger(Number(v))) throw bad(`invalid argument "${s}" for "--ulimit" flag: invalid ulimit value: ${v}`);
    return Number(v);
  };
  const soft = num(m[2]!), hard = m[3] === undefined ? soft : num(m[3]);
  if (hard !== -1 && (soft === -1 || soft > hard)) throw bad(`invalid argument "${s}" for "--ulimit" flag: ulimit soft limit must be less than or equal to hard limit: ${soft} > ${hard}`);
  return { Name: m[1]!, Hard: hard, Soft: soft };
}

/** --device HOST[:CONTAINER[:PERMS]] (the docker CLI's parseDevice). */
export function device(s: string): { PathOnHost: string; PathInContainer: string; CgroupPermissions: string } {
  const parts = s.split(':');
  const isPerms = (p: string) => /^[rwm]{1,3}$/.test(p) && new Set(p).size === p.length;
  let src = parts[0]!, dst = '', perms = 'rwm';
  if (parts.length === 2) {
    if (isPerms(parts[1]!)) perms = parts[1]!;
    else dst = parts[1]!;
  } else if (parts.length === 3) {
    dst = parts[1]!;
    perms = parts[2]!;
    if (!isPerms(perms)) throw bad(`invalid argument "${s}" for "--device" flag: bad mode specified: ${perms}`);
  } else if (parts.length > 3 || src === '') {
    throw bad(`invalid argument "${s}" for "--device" flag: invalid device specification: ${s}`);
  }
  if (!dst) dst = src;
  if (!dst.startsWith('/')) throw bad(`invalid argument "${s}" for "--device" flag: bad format for path: ${dst}`);
  return { PathOnHost: src, PathInContainer: dst, CgroupPermissions: perms };
}

export function securityBody(o: SecurityOptions): Record<string, unknown> {
  const body: Record<string, unknown> = {
    CapAdd: o.capAdd?.length ? o.capAdd.map(capName) : null,
    CapDrop: o.capDrop?.length ? o.capDrop.map(capName) : null,
    Privileged: Boolean(o.privileged),
    SecurityOpt: o.securityOpt?.length ? o.securityOpt.map((s) => securityOpt(s)) : null,
    ReadonlyRootfs: Boolean(o.readOnly),
    GroupAdd: o.groupAdd?.length ? [...o.groupAdd] : null,
    Ulimits: (o.ulimit ?? []).map(ulimit),
    Devices: (o.device ?? []).map(device),
  };
  if (o.tmpfs?.length) {
    const t: Record<string, string> = {};
    for (const s of o.tmpfs) {
      const i = s.indexOf(':');
      t[i < 0 ? s : s.slice(0, i)] = i < 0 ? '' : s.slice(i + 1);
    }
    body.Tmpfs = t;
  }
  return body;
}
