import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CgroupFeatures {
  version: '1' | '2';
  memory: boolean;
  swap: boolean;
  cpuCfs: boolean;
  cpuShares: boolean;
  cpuset: boolean;
  pids: boolean;
  blkioWeight: boolean;
  freezer: boolean;
}

/**
 * What the host's cgroup hierarchy offers. v2 when the unified hierarchy is mounted at the root
 * (cgroup.controllers exists there), v1 otherwise. `root` is a parameter so tests use a tmp dir.
 */
export function detectCgroups(root = '/sys/fs/cgroup'): CgroupFeatures {
  const controllersFile = join(root, 'cgroup.controllers');
  if (existsSync(controllersFile)) {
    const c = readFileSync(controllersFile, 'utf8').trim().split(/\s+/);
    return {
      version: '2', memory: c.includes('memory'), swap: existsSync(join(root, 'init.scope', 'memory.swap.max')) || c.includes('memory'),
      cpuCfs: c.includes('cpu'), cpuShares: c.includes('cpu'), cpuset: c.includes('cpuset'), pids: c.includes('pids'),
      blkioWeight: c.includes('io') && (existsSync(join(root, 'io.weight')) || existsSync(join(root, 'io.bfq.weight'))),
      freezer: existsSync(join(root, 'cgroup.freeze')) || c.length > 0,
    };
  }
  return {
    version: '1',
    memory: existsSync(join(root, 'memory', 'memory.limit_in_bytes')),
    swap: existsSync(join(root, 'memory', 'memory.memsw.limit_in_bytes')),
    cpuCfs: existsSync(join(root, 'cpu', 'cpu.cfs_quota_us')),
    cpuShares: existsSync(join(root, 'cpu', 'cpu.shares')),
    cpuset: existsSync(join(root, 'cpuset', 'cpuset.cpus')),
    pids: existsSync(join(root, 'pids', 'pids.max')) || existsSync(join(root, 'pids')),
    blkioWeight: existsSync(join(root, 'blkio', 'blkio.weight')) || existsSync(join(root, 'blkio', 'blkio.bfq.weight')),
    freezer: existsSync(join(root, 'freezer', 'cgroup.procs')),
  };
}
