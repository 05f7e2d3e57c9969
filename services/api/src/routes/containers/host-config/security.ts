import type { keel } from '../../../../../../proto';

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

export function security(_h: DockerSecurity): Pick<keel.common.v1.IHostConfig, 'security' | 'ulimits' | 'devices'> {
  return {};
}

export function dockerSecurity(_h: keel.common.v1.IHostConfig) {
  return { Privileged: false, ReadonlyRootfs: false };
}
