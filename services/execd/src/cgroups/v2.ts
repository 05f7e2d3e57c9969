import { join } from 'node:path';
import type { CgroupDriver, CgroupStats } from './driver';
import { mkdirs, rmdirQuiet, readKeyed, readNumber, readPids, readText, rmdirRetry, sleep, subdirs, writeValue } from './fs';
import { native } from '../../../../addon';
import { FailedPreconditionError } from '../../../kit/src/errors';
import { deviceFilter } from './device-filter';
import type { CgroupLimits, DeviceRule } from './limits';

/**
 * cgroup v2: one tree; a container's cgroup is <root>/<parent>/<id>. The parent enables the
 * controllers for its children (cgroup.subtree_control). v1's cpu.shares (2–262144) map onto
 * cpu.weight (1–10000) as runc does. The device rules become a BPF program attached to the
 * container's cgroup (device-filter.ts), as runc does on v2.
 */
export class CgroupV2 implements CgroupDriver {
  readonly version = '2' as const;

  constructor(readonly root: string, readonly parent: string, private readonly hostMemory = 0) {}

  hierarchies(): string[] {
    return [];
  }

  dirs(id: string): string[] {
    return [join(this.root, this.parent, id)];
  }

  list(): string[] {
    return subdirs(join(this.root, this.parent));
  }

  create(id: string, l: CgroupLimits, devices: DeviceRule[]): void {
    const dir = join(this.root, this.parent, id);
    const made = mkdirs(dir);
    try {
      // every level down to the parent hands its controllers on
      const available = (readText(join(this.root, 'cgroup.controllers')) ?? '').trim().split(/\s+/).filter(Boolean);
      const want = ['cpu', 'cpuset', 'io', 'memory', 'pids'].filter((c) => available.includes(c));
      let d = this.root;
      for (const part of this.parent.split('/').filter(Boolean)) {
        const enabled = (readText(join(d, 'cgroup.subtree_control')) ?? '').split(/\s+/);
        const add = want.filter((c) => !enabled.includes(c));
        if (add.length) writeValue(join(d, 'cgroup.subtree_control'), add.map((c) => `+${c}`).join(' '));
        d = join(d, part);
      }
      const enabled = (readText(join(d, 'cgroup.subtree_control')) ?? '').split(/\s+/);
      const add = want.filter((c) => !enabled.includes(c));
      if (add.length) writeValue(join(d, 'cgroup.subtree_control'), add.map((c) => `+${c}`).join(' '));

      const w = (file: string, v: string | number | undefined) => { if (v !== undefined) writeValue(join(dir, file), v); };
      w('cpuset.cpus', l.cpusetCpus);
      w('cpuset.mems', l.cpusetMems);
      w('memory.max', l.memory);
      if (l.memorySwap !== undefined) w('memory.swap.max', l.memorySwap === -1 ? 'max' : Math.max(0, l.memorySwap - (l.memory ?? 0)));
      w('memory.low', l.memoryReservation);
      if (l.oomKillDisable) w('memory.oom.group', 0);
      if (l.cpuShares !== undefined) w('cpu.weight', cpuWeight(l.cpuShares));
      if (l.cpuQuota !== undefined || l.cpuPeriod !== undefined) {
        w('cpu.max', `${l.cpuQuota === undefined || l.cpuQuota < 0 ? 'max' : l.cpuQuota} ${l.cpuPeriod ?? 100_000}`);
      }
      w('pids.max', l.pidsLimit);
      w('io.weight', l.blkioWeight === undefined ? undefined : `default ${blkioToIoWeight(l.blkioWeight)}`);
      if (devices.length) attachDeviceFilter(dir, devices);
    } catch (err) {
      for (const m of made.reverse().filter((x) => x === dir)) rmdirQuiet(m);
      throw err;
    }
  }

  discard(id: string): void {
    for (const d of this.dirs(id)) rmdirQuiet(d);
  }

  async remove(id: string): Promise<void> {
    await rmdirRetry(join(this.root, this.parent, id));
  }

  pids(id: string): number[] {
    return readPids(join(this.root, this.parent, id, 'cgroup.procs'));
  }

  oomKilled(id: string): boolean {
    return (readKeyed(join(this.root, this.parent, id, 'memory.events')).oom_kill ?? 0) > 0;
  }

  frozen(id: string): boolean {
    return (readText(join(this.root, this.parent, id, 'cgroup.freeze')) ?? '').trim() === '1';
  }

  async freeze(id: string, frozen: boolean): Promise<void> {
    const dir = join(this.root, this.parent, id);
    writeValue(join(dir, 'cgroup.freeze'), frozen ? 1 : 0);
    for (let i = 0; i < 500; i++) {
      const events = readKeyed(join(dir, 'cgroup.events'));
      if (events.frozen === undefined || events.frozen === (frozen ? 1 : 0)) return;
      await sleep(10);
    }
    throw new Error(`${dir} did not become ${frozen ? 'frozen' : 'thawed'}`);
  }

  stats(id: string): CgroupStats {
    const dir = join(this.root, this.parent, id);
    const cpu = readKeyed(join(dir, 'cpu.stat'));
    const mem = readKeyed(join(dir, 'memory.stat'));
    const max = readNumber(join(dir, 'memory.max'));
    const blkio: CgroupStats['blkio'] = [];
    for (const line of (readText(join(dir, 'io.stat')) ?? '').split('\n')) {
      const m = /^(\d+):(\d+) (.*)$/.exec(line.trim());
      if (!m) continue;
      const kv = Object.fromEntries(m[3].split(' ').map((p) => p.split('=')));
      blkio.push({ major: Number(m[1]), minor: Number(m[2]), op: 'read', value: Number(kv.rbytes ?? 0) });
      blkio.push({ major: Number(m[1]), minor: Number(m[2]), op: 'write', value: Number(kv.wbytes ?? 0) });
    }
    return {
      cpu: {
        totalUsage: (cpu.usage_usec ?? 0) * 1000,
        percpuUsage: [],
        usageInUsermode: (cpu.user_usec ?? 0) * 1000,
        usageInKernelmode: (cpu.system_usec ?? 0) * 1000,
        periods: cpu.nr_periods ?? 0,
        throttledPeriods: cpu.nr_throttled ?? 0,
        throttledTime: (cpu.throttled_usec ?? 0) * 1000,
      },
      memory: {
        usage: readNumber(join(dir, 'memory.current')),
        maxUsage: readNumber(join(dir, 'memory.peak')),
        limit: max || this.hostMemory,
        failcnt: readKeyed(join(dir, 'memory.events')).max ?? 0,
        stats: mem,
      },
      pids: { current: readNumber(join(dir, 'pids.current')), limit: readNumber(join(dir, 'pids.max')) },
      blkio,
    };
  }
}

/** runc's ConvertCPUSharesToCgroupV2Value: 2–262144 onto 1–10000. */
export function cpuWeight(shares: number): number {
  if (shares === 0) return 100;
  return Math.round(1 + ((shares - 2) * 9999) / 262142);
}

/** runc's ConvertBlkIOToIOWeightValue: 10–1000 onto 1–10000. */
export function blkioToIoWeight(w: number): number {
  return Math.round(1 + ((w - 10) * 9999) / 990);
}

/** The device rules, as a BPF program on the cgroup: no container runs with its devices unconfined. */
export function attachDeviceFilter(dir: string, devices: DeviceRule[]): void {
  const n = native();
  if (!n) throw new FailedPreconditionError('cgroup v2: the native module is not built (addon/); cannot confine the container\'s devices');
  n.attachDeviceFilter(dir, deviceFilter(devices));
}
