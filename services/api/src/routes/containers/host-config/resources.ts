import type { keel } from '../../../../../../proto';
import { InvalidArgumentError } from '../../../../../kit/src';

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

const NUMBERS = ['Memory', 'MemorySwap', 'MemoryReservation', 'NanoCpus', 'CpuShares', 'CpuPeriod', 'CpuQuota', 'PidsLimit', 'BlkioWeight'] as const;

/**
 * The create body's limits → keel's Resources. Checking them against the host is execd's, at
 * create (it knows the cgroups and CPUs). As dockerd does, a memory limit without a swap limit
 * gets swap of the same size (MemorySwap = 2 × Memory); PidsLimit ≤ 0 means unlimited.
 */
export function resources(h: DockerResources): keel.common.v1.IResources {
  for (const k of NUMBERS) {
    const v = h[k];
    if (v !== undefined && v !== null && (typeof v !== 'number' || !Number.isInteger(v))) throw new InvalidArgumentError(`HostConfig.${k} must be an integer`);
  }
  for (const k of ['CpusetCpus', 'CpusetMems'] as const) {
    if (h[k] !== undefined && h[k] !== null && typeof h[k] !== 'string') throw new InvalidArgumentError(`HostConfig.${k} must be a string`);
  }
  const memory = h.Memory ?? 0;
  const swap = h.MemorySwap ?? 0;
  return {
    memory,
    memorySwap: memory > 0 && swap === 0 ? memory * 2 : swap,
    memoryReservation: h.MemoryReservation ?? 0,
    nanoCpus: h.NanoCpus ?? 0,
    cpuShares: h.CpuShares ?? 0,
    cpuPeriod: h.CpuPeriod ?? 0,
    cpuQuota: h.CpuQuota ?? 0,
    cpusetCpus: h.CpusetCpus ?? '',
    cpusetMems: h.CpusetMems ?? '',
    pidsLimit: h.PidsLimit && h.PidsLimit > 0 ? h.PidsLimit : 0,
    blkioWeight: h.BlkioWeight ?? 0,
    oomKillDisable: Boolean(h.OomKillDisable),
  };
}

/** inspect's HostConfig limit keys, as dockerd shows them. */
export function dockerResources(hc: keel.common.v1.IHostConfig) {
  const r = hc.resources ?? {};
  const n = (v: unknown) => Number(v ?? 0);
  return {
    Memory: n(r.memory),
    MemorySwap: n(r.memorySwap),
    MemoryReservation: n(r.memoryReservation),
    NanoCpus: n(r.nanoCpus),
    CpuShares: n(r.cpuShares),
    CpuPeriod: n(r.cpuPeriod),
    CpuQuota: n(r.cpuQuota),
    CpusetCpus: r.cpusetCpus ?? '',
    CpusetMems: r.cpusetMems ?? '',
    PidsLimit: n(r.pidsLimit) > 0 ? n(r.pidsLimit) : null,
    BlkioWeight: n(r.blkioWeight),
    OomKillDisable: Boolean(r.oomKillDisable),
  };
}
