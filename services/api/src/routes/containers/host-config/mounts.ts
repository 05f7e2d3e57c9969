import type { keel } from '../../../../../../proto';

/** HostConfig keys of mounts: -v (Binds), --mount (Mounts), --tmpfs (Tmpfs). */
export interface DockerMounts {
  Binds?: string[] | null;
  Mounts?: { Type?: string; Source?: string; Target?: string; ReadOnly?: boolean }[] | null;
  Tmpfs?: Record<string, string> | null;
}

export function mounts(_h: DockerMounts): Pick<keel.common.v1.IHostConfig, 'mounts' | 'binds' | 'tmpfs'> {
  return {};
}

export function dockerMounts(_h: keel.common.v1.IHostConfig) {
  return { Binds: null };
}
