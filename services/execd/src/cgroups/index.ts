import { totalmem } from 'node:os';
import { join } from 'node:path';
import type { CgroupFeatures } from './detect';
import type { CgroupDriver } from './driver';
import { CgroupV1 } from './v1';
import { CgroupV2 } from './v2';

/** The driver of the host's cgroup version, its containers' cgroups under `parent`. */
export function cgroupDriver(f: CgroupFeatures, parent: string, root = '/sys/fs/cgroup'): CgroupDriver {
  const p = join('/', parent).slice(1);
  return f.version === '2' ? new CgroupV2(root, p, totalmem()) : new CgroupV1(root, p, totalmem());
}
