/**
 * Docker's HostConfig (the create body's, and inspect's) ↔ keel.common.v1.HostConfig. One file
 * per area: security.ts (capabilities, seccomp, privileged, read-only, groups, ulimits, devices),
 * mounts.ts (Binds, Mounts, Tmpfs), resources.ts (cgroup limits), the rest here.
 */
import type { keel } from '../../../../../../proto';
import { InvalidArgumentError, logRotation } from '../../../../../kit/src';
import { type DockerSecurity, dockerSecurity, security } from './security';
import { type DockerMounts, dockerMounts, mounts } from './mounts';
import { type DockerResources, dockerResources, resources } from './resources';
import { dockerTmpfs, tmpfs } from './tmpfs';

export type DockerHostConfig = DockerSecurity & DockerMounts & DockerResources & {
  AutoRemove?: boolean;
  NetworkMode?: string;
  Init?: boolean | null;
  LogConfig?: { Type?: string; Config?: Record<string, string> | null } | null;
  Runtime?: string;
};

/** The create body's HostConfig → what the engine keeps and execd carries out. */
export function hostConfig(h: DockerHostConfig | null | undefined): keel.common.v1.IHostConfig {
  const hc = h ?? {};
  const logType = hc.LogConfig?.Type ?? '';
  if (logType !== '' && logType !== 'json-file') throw new InvalidArgumentError(`log driver "${logType}" is not supported: keel writes json-file logs only`);
  const m = mounts(hc);
  const t = tmpfs(hc);
  logRotation(hc.LogConfig?.Config);  // max-size, max-file: checked here, carried out by keel-shim
  return {
    ...security(hc),
    ...m,
    mounts: [...(m.mounts ?? []), ...(t.mounts ?? [])],
    tmpfs: t.tmpfs,
    resources: resources(hc),
    init: Boolean(hc.Init),
    logConfig: { type: 'json-file', config: { ...(hc.LogConfig?.Config ?? {}) } },
    runtime: hc.Runtime ?? '',
  };
}

/** inspect's HostConfig keys that come from keel.common.v1.HostConfig. */
export function dockerHostConfig(hc: keel.common.v1.IHostConfig | null | undefined) {
  const h = hc ?? {};
  return {
    ...dockerSecurity(h),
    ...dockerMounts(h),
    ...dockerTmpfs(h),
    ...dockerResources(h),
    Init: h.init ? true : null,
    LogConfig: { Type: 'json-file', Config: { ...(h.logConfig?.config ?? {}) } },
  };
}
