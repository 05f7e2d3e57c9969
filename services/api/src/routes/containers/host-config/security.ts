import type { keel } from '../../../../../../proto';
import { InvalidArgumentError } from '../../../../../kit/src';

/** HostConfig keys of confinement: capabilities, seccomp, privileged, read-only rootfs, groups, ulimits, devices. */
export interface DockerSecurity {
  CapAdd?: string[] | null;
  CapDrop?: string[] | null;
  Privileged?: boolean;
  SecurityOpt?: string[] | null;
  ReadonlyRootfs?: boolean;
  GroupAdd?: string[] | null;
  Ulimits?: { Name?: string; Soft?: number; Hard?: number }[] | null;
  Devices?: { PathOnHost?: string; PathInContainer?: string; CgroupPermissions?: string }[] | null;
}

/** Docker's --ulimit names */
export const ULIMIT_NAMES: readonly string[] = [
  'core', 'cpu', 'data', 'fsize', 'locks', 'memlock', 'msgqueue', 'nice', 'nofile', 'nproc', 'rss', 'rtprio', 'rttime', 'sigpending', 'stack',
];

function strings(field: string, v: unknown): string[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw new InvalidArgumentError(`invalid field "${field}": expected a list of strings or null`);
  return v as string[];
}

/**
 * moby's parseSecurityOpt: "no-new-privileges", "KEY=VALUE" (or the old "KEY:VALUE") with KEY
 * seccomp, no-new-privileges (a bool), apparmor and label (keel has no LSM: only "unconfined"
 * and "disable"); anything else is an error.
 */
export function securityOpts(opts: readonly string[]): { seccomp: string; noNewPrivileges: boolean } {
  const out = { seccomp: '', noNewPrivileges: false };
  for (const opt of opts) {
    if (opt === 'no-new-privileges') { out.noNewPrivileges = true; continue; }
    const sep = opt.includes('=') ? '=' : opt.includes(':') ? ':' : '';
    if (!sep) throw new InvalidArgumentError(`invalid --security-opt 1: "${opt}"`);
    const i = opt.indexOf(sep);
    const k = opt.slice(0, i), v = opt.slice(i + 1);
    if (k === 'seccomp') {
      if (v === '') throw new InvalidArgumentError(`invalid --security-opt: "${opt}": seccomp needs "unconfined" or a profile`);
      if (v !== 'unconfined') {
        try {
          JSON.parse(v);
        } catch (err) {
          throw new InvalidArgumentError(`invalid seccomp profile: ${(err as Error).message}`);
        }
      }
      out.seccomp = v;
    } else if (k === 'no-new-privileges') {
      if (!['1', 't', 'T', 'true', 'TRUE', 'True', '0', 'f', 'F', 'false', 'FALSE', 'False'].includes(v)) throw new InvalidArgumentError(`invalid --security-opt 2: "${opt}"`);
      out.noNewPrivileges = ['1', 't', 'T', 'true', 'TRUE', 'True'].includes(v);
    } else if (k === 'apparmor' || k === 'label') {
      if (v !== 'unconfined' && v !== 'disable') throw new InvalidArgumentError(`invalid --security-opt: "${opt}": keel applies no ${k === 'apparmor' ? 'AppArmor' : 'SELinux'} profile`);
    } else {
      throw new InvalidArgumentError(`invalid --security-opt 2: "${opt}"`);
    }
  }
  return out;
}

function ulimits(v: DockerSecurity['Ulimits']): keel.common.v1.IUlimit[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new InvalidArgumentError('invalid field "Ulimits": expected a list');
  return v.map((u) => {
    const name = u?.Name ?? '';
    if (!ULIMIT_NAMES.includes(name)) throw new InvalidArgumentError(`invalid ulimit type: ${name}`);
    const soft = u.Soft ?? 0, hard = u.Hard ?? 0;
    if (!Number.isSafeInteger(soft) || !Number.isSafeInteger(hard) || soft < -1 || hard < -1) throw new InvalidArgumentError(`invalid ulimit ${name}: Soft and Hard must be integers`);
    if (hard !== -1 && (soft === -1 || soft > hard)) throw new InvalidArgumentError(`ulimit soft limit must be less than or equal to hard limit: ${soft} > ${hard}`);
    return { name, soft, hard };
  });
}

function devices(v: DockerSecurity['Devices']): keel.common.v1.IDevice[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new InvalidArgumentError('invalid field "Devices": expected a list');
  return v.map((d) => {
    const onHost = d?.PathOnHost ?? '';
    const inContainer = d?.PathInContainer || onHost;
    const perms = d?.CgroupPermissions || 'rwm';
    if (!onHost.startsWith('/')) throw new InvalidArgumentError(`invalid device "${onHost}": the host path must be absolute`);
    if (!inContainer.startsWith('/')) throw new InvalidArgumentError(`invalid device "${onHost}": bad format for path: ${inContainer}`);
    if (!/^[rwm]{1,3}$/.test(perms) || new Set(perms).size !== perms.length) throw new InvalidArgumentError(`invalid device "${onHost}": bad cgroup permissions "${perms}" (a subset of rwm)`);
    return { pathOnHost: onHost, pathInContainer: inContainer, cgroupPermissions: perms };
  });
}

export function security(h: DockerSecurity): Pick<keel.common.v1.IHostConfig, 'security' | 'ulimits' | 'devices'> {
  const opts = strings('SecurityOpt', h.SecurityOpt);
  const { seccomp, noNewPrivileges } = securityOpts(opts);
  return {
    security: {
      capAdd: strings('CapAdd', h.CapAdd),
      capDrop: strings('CapDrop', h.CapDrop),
      privileged: Boolean(h.Privileged),
      seccomp,
      noNewPrivileges,
      readonlyRootfs: Boolean(h.ReadonlyRootfs),
      groupAdd: strings('GroupAdd', h.GroupAdd),
      securityOpt: opts,
    },
    ulimits: ulimits(h.Ulimits),
    devices: devices(h.Devices),
  };
}

const listOrNull = (v: string[] | null | undefined) => (v?.length ? [...v] : null);

/** inspect's HostConfig confinement keys, in Docker's shape. */
export function dockerSecurity(h: keel.common.v1.IHostConfig) {
  const s = h.security ?? {};
  return {
    CapAdd: listOrNull(s.capAdd),
    CapDrop: listOrNull(s.capDrop),
    Privileged: Boolean(s.privileged),
    SecurityOpt: listOrNull(s.securityOpt),
    ReadonlyRootfs: Boolean(s.readonlyRootfs),
    GroupAdd: listOrNull(s.groupAdd),
    Ulimits: (h.ulimits ?? []).map((u) => ({ Name: u.name ?? '', Hard: Number(u.hard ?? 0), Soft: Number(u.soft ?? 0) })),
    Devices: (h.devices ?? []).map((d) => ({ PathOnHost: d.pathOnHost ?? '', PathInContainer: d.pathInContainer ?? '', CgroupPermissions: d.cgroupPermissions ?? '' })),
  };
}
