import { existsSync, readdirSync, lstatSync } from 'node:fs';
import { join } from 'node:path';
import type { CgroupDriver, CgroupStats } from './driver';
import { mkdirs, rmdirQuiet, readKeyed, readNumber, readPids, readText, rmdirRetry, sleep, subdirs, writeValue } from './fs';
import { type CgroupLimits, type DeviceRule, deviceLine } from './limits';

const CONTROLLERS = ['cpu', 'cpuacct', 'cpuset', 'memory', 'devices', 'freezer', 'blkio', 'pids'];
/** USER_HZ: cpuacct.stat counts in these ticks */
const NS_PER_TICK = 1e9 / 100;
/** what v1 reads back for "no limit" (PAGE_COUNTER_MAX pages) is above this */
const UNLIMITED = 2 ** 62;

/**
 * cgroup v1: one hierarchy per mount under root (/sys/fs/cgroup/memory, …; co-mounted ones as
 * "cpu,cpuacct" with symlinks, which are skipped). A container's cgroup is <hierarchy>/<parent>/<id>.
 */
export class CgroupV1 implements CgroupDriver {
  readonly version = '1' as const;
  private readonly mounts: string[];

  constructor(readonly root: string, readonly parent: string, private readonly hostMemory = 0) {
    this.mounts = readdirSync(root).filter((name) => {
      if (!name.split(',').some((c) => CONTROLLERS.includes(c))) return false;
      try {
        return lstatSync(join(root, name)).isDirectory();
      } catch {
        return false;
      }
    }).sort();
  }

  hierarchies(): string[] {
    return [...this.mounts];
  }

  private dir(controller: string, id: string): string | null {
    const m = this.mounts.find((h) => h.split(',').includes(controller));
    return m ? join(this.root, m, this.parent, id) : null;
  }

  dirs(id: string): string[] {
    return this.mounts.map((m) => join(this.root, m, this.parent, id));
  }

  list(): string[] {
    const ids = new Set<string>();
    for (const m of this.mounts) for (const d of subdirs(join(this.root, m, this.parent))) ids.add(d);
    return [...ids];
  }

  create(id: string, l: CgroupLimits, devices: DeviceRule[]): void {
    const made: string[] = [];
    try {
      for (const m of this.mounts) {
        const dirs = mkdirs(join(this.root, m, this.parent, id));
        made.push(...dirs.slice(-1).filter((d) => d.endsWith(`/${id}`)));
        // a new cpuset cgroup has no CPUs and no memory nodes: each level takes its parent's
        if (m.split(',').includes('cpuset')) for (const d of dirs) this.inheritCpuset(d);
      }
      this.write('cpuset', id, 'cpuset.cpus', l.cpusetCpus);
      this.write('cpuset', id, 'cpuset.mems', l.cpusetMems);
      this.write('memory', id, 'memory.limit_in_bytes', l.memory);
      this.write('memory', id, 'memory.memsw.limit_in_bytes', l.memorySwap);
      this.write('memory', id, 'memory.soft_limit_in_bytes', l.memoryReservation);
      if (l.oomKillDisable) this.write('memory', id, 'memory.oom_control', 1);
      this.write('cpu', id, 'cpu.shares', l.cpuShares);
      this.write('cpu', id, 'cpu.cfs_period_us', l.cpuPeriod);
      this.write('cpu', id, 'cpu.cfs_quota_us', l.cpuQuota);
      this.write('pids', id, 'pids.max', l.pidsLimit);
      if (l.blkioWeight !== undefined) {
        const d = this.dir('blkio', id);
        this.write('blkio', id, d && existsSync(join(d, 'blkio.bfq.weight')) ? 'blkio.bfq.weight' : 'blkio.weight', l.blkioWeight);
      }
      const dev = this.dir('devices', id);
      if (dev) for (const r of devices) writeValue(join(dev, r.allow ? 'devices.allow' : 'devices.deny'), deviceLine(r));
    } catch (err) {
      for (const d of made.reverse()) rmdirQuiet(d);
      throw err;
    }
  }

  private inheritCpuset(dir: string): void {
    for (const f of ['cpuset.cpus', 'cpuset.mems']) {
      if ((readText(join(dir, f)) ?? '').trim() === '') writeValue(join(dir, f), (readText(join(dir, '..', f)) ?? '').trim());
    }
  }

  private write(controller: string, id: string, file: string, v: number | string | undefined): void {
    if (v === undefined) return;
    const d = this.dir(controller, id);
    if (d) writeValue(join(d, file), v);
  }

  discard(id: string): void {
    for (const d of this.dirs(id)) rmdirQuiet(d);
  }

  async remove(id: string): Promise<void> {
    for (const d of this.dirs(id)) await rmdirRetry(d);
  }

  pids(id: string): number[] {
    const d = this.dir('pids', id) ?? this.dirs(id)[0];
    return d ? readPids(join(d, 'cgroup.procs')) : [];
  }

  oomKilled(id: string): boolean {
    const d = this.dir('memory', id);
    return d ? (readKeyed(join(d, 'memory.oom_control')).oom_kill ?? 0) > 0 : false;
  }

  frozen(id: string): boolean {
    const d = this.dir('freezer', id);
    return d ? (readText(join(d, 'freezer.state')) ?? '').trim() === 'FROZEN' : false;
  }

  async freeze(id: string, frozen: boolean): Promise<void> {
    const d = this.dir('freezer', id);
    if (!d) throw new Error('the freezer cgroup is not mounted');
    const want = frozen ? 'FROZEN' : 'THAWED';
    for (let i = 0; i < 500; i++) {
      writeValue(join(d, 'freezer.state'), want);
      if ((readText(join(d, 'freezer.state')) ?? '').trim() === want) return;
      await sleep(10);
    }
    throw new Error(`${d}/freezer.state did not become ${want}`);
  }

  stats(id: string): CgroupStats {
    const at = (c: string, f: string) => join(this.dir(c, id) ?? '/nonexistent', f);
    const acct = readKeyed(at('cpuacct', 'cpuacct.stat'));
    const cpu = readKeyed(at('cpu', 'cpu.stat'));
    const limit = readNumber(at('memory', 'memory.limit_in_bytes'));
    const blkio: CgroupStats['blkio'] = [];
    for (const line of (readText(at('blkio', 'blkio.throttle.io_service_bytes_recursive')) ?? '').split('\n')) {
      const m = /^(\d+):(\d+) (Read|Write) (\d+)$/.exec(line.trim());
      if (m) blkio.push({ major: Number(m[1]), minor: Number(m[2]), op: m[3].toLowerCase(), value: Number(m[4]) });
    }
    const pidsMax = readNumber(at('pids', 'pids.max'));
    return {
      cpu: {
        totalUsage: readNumber(at('cpuacct', 'cpuacct.usage')),
        percpuUsage: (readText(at('cpuacct', 'cpuacct.usage_percpu')) ?? '').trim().split(/\s+/).filter(Boolean).map(Number),
        usageInUsermode: (acct.user ?? 0) * NS_PER_TICK,
        usageInKernelmode: (acct.system ?? 0) * NS_PER_TICK,
        periods: cpu.nr_periods ?? 0,
        throttledPeriods: cpu.nr_throttled ?? 0,
        throttledTime: cpu.throttled_time ?? 0,
      },
      memory: {
        usage: readNumber(at('memory', 'memory.usage_in_bytes')),
        maxUsage: readNumber(at('memory', 'memory.max_usage_in_bytes')),
        limit: limit === 0 || limit > UNLIMITED ? this.hostMemory : Math.min(limit, this.hostMemory || limit),
        failcnt: readNumber(at('memory', 'memory.failcnt')),
        stats: readKeyed(at('memory', 'memory.stat')),
      },
      pids: { current: readNumber(at('pids', 'pids.current')), limit: pidsMax },
      blkio,
    };
  }
}
