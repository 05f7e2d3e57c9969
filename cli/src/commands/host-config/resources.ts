// keel run/create flags of cgroup limits → the create body's HostConfig keys (as the docker CLI sends them).
import type { Command } from 'commander';
import { CliError } from '../../errors';

export interface ResourceOptions {
  memory?: string;
  memorySwap?: string;
  memoryReservation?: string;
  cpus?: string;
  cpuShares?: string;
  cpuPeriod?: string;
  cpuQuota?: string;
  cpusetCpus?: string;
  cpusetMems?: string;
  pidsLimit?: string;
  blkioWeight?: string;
  oomKillDisable?: boolean;
  [flag: string]: unknown;
}

/** Adds the flags to `run` and `create` (loaded on every start: no imports beyond commander's types). */
export function resourceFlags(c: Command): Command {
  return c
    .option('-m, --memory <bytes>', 'memory limit (e.g. 64m, 1g)')
    .option('--memory-swap <bytes>', 'memory plus swap limit; -1: unlimited swap')
    .option('--memory-reservation <bytes>', 'memory soft limit')
    .option('--cpus <number>', 'number of CPUs (e.g. 0.5)')
    .option('-c, --cpu-shares <n>', 'CPU shares (relative weight)')
    .option('--cpu-period <µs>', 'CPU CFS period')
    .option('--cpu-quota <µs>', 'CPU CFS quota')
    .option('--cpuset-cpus <list>', 'CPUs the container may use (0-3, 0,1)')
    .option('--cpuset-mems <list>', 'memory nodes the container may use')
    .option('--pids-limit <n>', 'process limit (-1: unlimited)')
    .option('--blkio-weight <n>', 'block IO weight, 10 to 1000 (0: off)')
    .option('--oom-kill-disable', 'disable the OOM killer');
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };

/** docker's RAMInBytes: "64m", "1.5g", "1024" (bytes); binary units. */
export function ramInBytes(flag: string, v: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmgtp]?)i?b?$/i.exec(v.trim());
  if (!m) throw new CliError(`invalid argument "${v}" for "${flag}" flag: invalid size: '${v}'`, 125);
  return Math.floor(Number(m[1]) * UNITS[m[2].toLowerCase()]);
}

function int(flag: string, v: string): number {
  if (!/^-?\d+$/.test(v.trim())) throw new CliError(`invalid argument "${v}" for "${flag}" flag: strconv.ParseInt: parsing "${v}": invalid syntax`, 125);
  return Number(v);
}

export function resourcesBody(o: ResourceOptions): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (o.memory !== undefined) out.Memory = ramInBytes('-m, --memory', o.memory);
  if (o.memorySwap !== undefined) out.MemorySwap = o.memorySwap.trim() === '-1' ? -1 : ramInBytes('--memory-swap', o.memorySwap);
  if (o.memoryReservation !== undefined) out.MemoryReservation = ramInBytes('--memory-reservation', o.memoryReservation);
  if (o.cpus !== undefined) {
    const n = Number(o.cpus);
    if (o.cpus.trim() === '' || !Number.isFinite(n)) throw new CliError(`invalid argument "${o.cpus}" for "--cpus" flag: failed to parse ${o.cpus} as a rational number`, 125);
    out.NanoCpus = Math.round(n * 1e9);
  }
  if (o.cpuShares !== undefined) out.CpuShares = int('-c, --cpu-shares', o.cpuShares);
  if (o.cpuPeriod !== undefined) out.CpuPeriod = int('--cpu-period', o.cpuPeriod);
  if (o.cpuQuota !== undefined) out.CpuQuota = int('--cpu-quota', o.cpuQuota);
  if (o.cpusetCpus !== undefined) out.CpusetCpus = o.cpusetCpus;
  if (o.cpusetMems !== undefined) out.CpusetMems = o.cpusetMems;
  if (o.pidsLimit !== undefined) out.PidsLimit = int('--pids-limit', o.pidsLimit);
  if (o.blkioWeight !== undefined) out.BlkioWeight = int('--blkio-weight', o.blkioWeight);
  if (o.oomKillDisable) out.OomKillDisable = true;
  return out;
}
