import type { keel } from '../../../proto';
import { InvalidArgumentError } from '../../kit/src';

/**
 * What the engine checks of HostConfig's confinement options before anything is made: the rules
 * that need no host facts (execd checks capability names, devices, groups and the seccomp
 * profile's contents against the host and the rootfs).
 */
const ULIMITS = new Set(['core', 'cpu', 'data', 'fsize', 'locks', 'memlock', 'msgqueue', 'nice', 'nofile', 'nproc', 'rss', 'rtprio', 'rttime', 'sigpending', 'stack']);

export function validateConfinement(hc: keel.common.v1.IHostConfig | null | undefined): void {
  if (!hc) return;
  const s = hc.security ?? {};
  for (const c of [...(s.capAdd ?? []), ...(s.capDrop ?? [])]) {
    if (!/^[A-Za-z_]+$/.test(c)) throw new InvalidArgumentError(`unknown capability: ${c}`);
  }
  if (s.seccomp && s.seccomp !== 'unconfined') {
    try {
      JSON.parse(s.seccomp);
    } catch (err) {
      throw new InvalidArgumentError(`invalid seccomp profile: ${(err as Error).message}`);
    }
  }
  for (const u of hc.ulimits ?? []) {
    const soft = Number(u.soft ?? 0), hard = Number(u.hard ?? 0);
    if (!ULIMITS.has(u.name ?? '')) throw new InvalidArgumentError(`invalid ulimit type: ${u.name ?? ''}`);
    if (hard !== -1 && (soft === -1 || soft > hard)) throw new InvalidArgumentError(`ulimit soft limit must be less than or equal to hard limit: ${soft} > ${hard}`);
  }
  for (const d of hc.devices ?? []) {
    if (!d.pathOnHost?.startsWith('/') || !d.pathInContainer?.startsWith('/')) throw new InvalidArgumentError(`invalid device "${d.pathOnHost ?? ''}": paths must be absolute`);
  }
  for (const m of hc.mounts ?? []) {
    if (m.type === 'tmpfs' && !m.target?.startsWith('/')) throw new InvalidArgumentError(`invalid mount path: '${m.target ?? ''}' mount path must be absolute`);
  }
}
