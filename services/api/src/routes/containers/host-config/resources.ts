import type { keel } from '../../../../../../proto';

/** HostConfig keys of cgroup limits (Docker's HostConfig.Resources, inlined). */
export interface DockerResources {
  Memory?: number;
  MemorySwap?: number;
  MemoryReservation?: number;
  NanoCpus?: number;
  CpuShares?: number;
  CpuPeriod?: number;
  CpuQuota?: number;
  CpusetCpus?: string;
  CpusetMems?: string;
  PidsLimit?: number | null;
  BlkioWeight?: number;
  OomKillDisable?: boolean | null;
}

export function resources(_h: DockerResources): keel.common.v1.IResources {
  return {};
}

export function dockerResources(_h: keel.common.v1.IHostConfig) {
  return {};
}
