import type { CgroupLimits, DeviceRule } from './limits';

/** A container's resource use, read from its cgroup (Docker's stats in the kernel's units). */
export interface CgroupStats {
  cpu: {
    /** ns */
    totalUsage: number;
    percpuUsage: number[];
    usageInUsermode: number;
    usageInKernelmode: number;
    periods: number;
    throttledPeriods: number;
    /** ns */
    throttledTime: number;
  };
  memory: { usage: number; maxUsage: number; limit: number; failcnt: number; stats: Record<string, number> };
  pids: { current: number; limit: number };
  /** bytes read and written per device (op "read"/"write") */
  blkio: { major: number; minor: number; op: string; value: number }[];
}

/**
 * One container's cgroup, <root>/<controller>/<parent>/<id> (v1) or <root>/<parent>/<id> (v2).
 * execd makes it at task.create (limits written, nothing inside), keel-shim puts the init into
 * dirs() before exec, execd removes it at task.delete once its processes are gone. The root is a
 * parameter: unit tests run against a tmp dir. Removing a missing cgroup is not an error.
 */
export interface CgroupDriver {
  readonly version: '1' | '2';
  /** the dirs the init is put into (the plan's `cgroup` records) */
  dirs(id: string): string[];
  /** Makes the cgroup and writes the limits; on failure nothing of it is left. */
  create(id: string, limits: CgroupLimits, devices: DeviceRule[]): void;
  /** rmdir of each dir (retried briefly while the last processes leave); missing: fine */
  remove(id: string): Promise<void>;
  /** removes a cgroup nothing ever ran in (a create undone); errors ignored */
  discard(id: string): void;
  /** the container ids with a cgroup under the parent */
  list(): string[];
  /** pids in the cgroup (host pid namespace) */
  pids(id: string): number[];
  /** has the kernel's OOM killer killed a process of it */
  oomKilled(id: string): boolean;
  /** freezes (true) or thaws (false), resolving once the kernel says it is done */
  freeze(id: string, frozen: boolean): Promise<void>;
  frozen(id: string): boolean;
  stats(id: string): CgroupStats;
  /** the controllers a container's /sys/fs/cgroup shows (v1: each its own mount; v2: []) */
  hierarchies(): string[];
}
