import type { keel } from '../../../../proto';
import { InvalidArgumentError } from '../../../kit/src/errors';
import type { CgroupFeatures } from './detect';

/** Docker's linuxMinMemory: a smaller limit kills a container before it starts. */
export const MIN_MEMORY = 6 * 1024 * 1024;
/** The CFS period --cpus is expressed in (Docker's and the kernel's default). */
export const CFS_PERIOD_US = 100_000;

/** What the host has, for checking requests against it. */
export interface HostFacts {
  /** online CPUs ("0-3") and memory nodes ("0"), as /sys lists them */
  cpus: number[];
  mems: number[];
}

/**
 * The limits written into a container's cgroup, in the kernel's units; undefined: left as the
 * kernel makes it (unlimited, or inherited).
 */
export interface CgroupLimits {
  /** bytes */
  memory?: number;
  /** bytes of memory+swap; -1 unlimited (v1 memsw; v2 swap.max = this − memory) */
  memorySwap?: number;
  /** bytes (v1 soft_limit, v2 memory.low) */
  memoryReservation?: number;
  oomKillDisable?: boolean;
  cpuShares?: number;
  cpuPeriod?: number;
  /** µs per period; -1 unlimited */
  cpuQuota?: number;
  cpusetCpus?: string;
  cpusetMems?: string;
  pidsLimit?: number;
  blkioWeight?: number;
}

/** A device-cgroup rule (a v1 devices.allow/deny line; on v2, a test in the BPF program of device-filter.ts). */
export interface DeviceRule {
  allow: boolean;
  type: 'a' | 'c' | 'b';
  /** -1: any */
  major: number;
  minor: number;
  access: string;
}

/** "0-3,8" → [0,1,2,3,8]; throws on anything else. */
export function parseList(text: string): number[] {
  const out = new Set<number>();
  for (const part of text.split(',')) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!m) throw new Error(`bad list "${text}"`);
    const lo = Number(m[1]);
    const hi = Number(m[2] ?? m[1]);
    if (hi < lo || hi - lo > 8192) throw new Error(`bad range "${part}"`);
    for (let i = lo; i <= hi; i++) out.add(i);
  }
  return [...out].sort((a, b) => a - b);
}

function available(requested: string, have: number[], what: 'cpus' | 'mems'): void {
  let want: number[];
  try {
    want = parseList(requested);
  } catch {
    throw new InvalidArgumentError(`Invalid value ${requested} for cpuset ${what}`);
  }
  if (want.some((n) => !have.includes(n))) {
    const list = have.join(',');
    throw new InvalidArgumentError(what === 'cpus'
      ? `Requested CPUs are not available - requested ${requested}, available: ${list}`
      : `Requested memory nodes are not available - requested ${requested}, available: ${list}`);
  }
}

/**
 * Checks a container's Resources against the host as dockerd does at create
 * (verifyPlatformContainerResources, with its messages) and turns them into cgroup limits.
 * What the kernel cannot limit is dropped with Docker's warning. Pure: the host is a parameter.
 */
export function cgroupLimits(r: keel.common.v1.IResources | null | undefined, f: CgroupFeatures, host: HostFacts): { limits: CgroupLimits; warnings: string[] } {
  const n = (v: unknown) => Number(v ?? 0);
  const memory = n(r?.memory), swap = n(r?.memorySwap), reservation = n(r?.memoryReservation);
  const nano = n(r?.nanoCpus), shares = n(r?.cpuShares), period = n(r?.cpuPeriod), quota = n(r?.cpuQuota);
  const pids = n(r?.pidsLimit), weight = n(r?.blkioWeight);
  const cpusetCpus = r?.cpusetCpus ?? '', cpusetMems = r?.cpusetMems ?? '';
  const warnings: string[] = [];
  const limits: CgroupLimits = {};

  if (memory < 0) throw new InvalidArgumentError('Invalid memory limit: it can not be negative');
  if (memory > 0 && memory < MIN_MEMORY) throw new InvalidArgumentError('Minimum memory limit allowed is 6MB');
  if (swap > 0 && memory === 0) throw new InvalidArgumentError('You should always set the Memory limit when using Memoryswap limit, see usage');
  if (memory > 0 && swap > 0 && swap < memory) throw new InvalidArgumentError('Minimum memoryswap limit should be larger than memory limit, see usage');
  if (swap < -1) throw new InvalidArgumentError('Invalid memory swap limit: it can not be lower than -1');
  if (reservation < 0) throw new InvalidArgumentError('Invalid memory reservation: it can not be negative');
  if (reservation > 0 && reservation < MIN_MEMORY) throw new InvalidArgumentError('Minimum memory reservation allowed is 6MB');
  if (memory > 0 && reservation > 0 && memory < reservation) throw new InvalidArgumentError('Minimum memory limit can not be less than memory reservation limit, see usage');
  if (memory > 0 || reservation > 0 || r?.oomKillDisable) {
    if (!f.memory) {
      warnings.push('Your kernel does not support memory limit capabilities or the cgroup is not mounted. Limitation discarded.');
    } else {
      if (memory > 0) limits.memory = memory;
      if (reservation > 0) limits.memoryReservation = reservation;
      if (memory > 0 && swap !== 0) {
        if (f.swap) limits.memorySwap = swap;
        else warnings.push('Your kernel does not support swap limit capabilities or the cgroup is not mounted. Memory limited without swap.');
      }
      if (r?.oomKillDisable) {
        limits.oomKillDisable = true;
        if (memory === 0) warnings.push('OOM killer is disabled for the container, but no memory limit is set, this can result in the system running out of resources.');
      }
    }
  }

  const ncpu = host.cpus.length;
  if (nano !== 0) {
    if (period > 0) throw new InvalidArgumentError('Conflicting options: Nano CPUs and CPU Period cannot both be set');
    if (quota > 0) throw new InvalidArgumentError('Conflicting options: Nano CPUs and CPU Quota cannot both be set');
    if (nano < 0 || nano > ncpu * 1e9) throw new InvalidArgumentError(`Range of CPUs is from 0.01 to ${ncpu}.00, as there are only ${ncpu} CPUs available`);
  }
  if (period !== 0 && (period < 1000 || period > 1_000_000)) throw new InvalidArgumentError('CPU cfs period can not be less than 1ms (i.e. 1000) or larger than 1s (i.e. 1000000)');
  if (quota > 0 && quota < 1000) throw new InvalidArgumentError('CPU cfs quota can not be less than 1ms (i.e. 1000)');
  if (shares < 0) throw new InvalidArgumentError(`invalid CPU shares ${shares}: it can not be negative`);
  if (nano > 0 || period > 0 || quota > 0) {
    if (!f.cpuCfs) {
      warnings.push('Your kernel does not support CPU CFS scheduler. CPU period/quota discarded.');
    } else if (nano > 0) {
      limits.cpuPeriod = CFS_PERIOD_US;
      // at least the kernel's minimum quota of 1 ms
      limits.cpuQuota = Math.max(1000, Math.round((nano * CFS_PERIOD_US) / 1e9));
    } else {
      if (period > 0) limits.cpuPeriod = period;
      if (quota > 0) limits.cpuQuota = quota;
    }
  }
  if (shares > 0) {
    if (f.cpuShares) limits.cpuShares = shares;
    else warnings.push('Your kernel does not support CPU shares or the cgroup is not mounted. Shares discarded.');
  }

  if (cpusetCpus !== '' || cpusetMems !== '') {
    if (cpusetCpus !== '') available(cpusetCpus, host.cpus, 'cpus');
    if (cpusetMems !== '') available(cpusetMems, host.mems, 'mems');
    if (!f.cpuset) {
      warnings.push('Your kernel does not support cpuset or the cgroup is not mounted. Cpuset discarded.');
    } else {
      if (cpusetCpus !== '') limits.cpusetCpus = cpusetCpus;
      if (cpusetMems !== '') limits.cpusetMems = cpusetMems;
    }
  }

  if (pids > 0) {
    if (f.pids) limits.pidsLimit = pids;
    else warnings.push('Your kernel does not support pids limit capabilities or the cgroup is not mounted. PIDs limit discarded.');
  }

  if (weight !== 0) {
    if (weight < 10 || weight > 1000) throw new InvalidArgumentError('Range of blkio weight is from 10 to 1000');
    if (f.blkioWeight) limits.blkioWeight = weight;
    else warnings.push('Your kernel does not support Block I/O weight or the cgroup is not mounted. Weight discarded.');
  }
  return { limits, warnings };
}

/**
 * Docker's device rules (DefaultLinuxSpec, then runc's AllowedDevices): deny all, then allow
 * the default nodes, mknod of any, pts, ptmx, tun; then each --device with its permissions.
 */
export function deviceRules(devices: { type: 'c' | 'b'; major: number; minor: number; access: string }[] = []): DeviceRule[] {
  const allow = (type: 'c' | 'b', major: number, minor: number, access = 'rwm'): DeviceRule => ({ allow: true, type, major, minor, access });
  return [
    { allow: false, type: 'a', major: -1, minor: -1, access: 'rwm' },
    allow('c', 1, 5), allow('c', 1, 3), allow('c', 1, 9), allow('c', 1, 8), allow('c', 5, 0), allow('c', 5, 1),
    { allow: false, type: 'c', major: 10, minor: 229, access: 'rwm' },
    allow('c', -1, -1, 'm'), allow('b', -1, -1, 'm'),
    allow('c', 1, 7), allow('c', 136, -1), allow('c', 5, 2), allow('c', 10, 200),
    ...devices.map((d) => allow(d.type, d.major, d.minor, d.access)),
  ];
}

/** "c 1:3 rwm" as devices.allow/deny take it. */
export function deviceLine(d: DeviceRule): string {
  if (d.type === 'a') return 'a';
  const num = (x: number) => (x < 0 ? '*' : String(x));
  return `${d.type} ${num(d.major)}:${num(d.minor)} ${d.access}`;
}
