import type { keel } from '../../../proto';
import type { ServiceState } from '../../kit/src';
import type { CgroupFeatures } from './cgroups/detect';
import type { CgroupDriver } from './cgroups/driver';
import type { HostFacts } from './cgroups/limits';
import type { TaskStore } from './task/store';
import type { VolumeStore } from './volumes/store';

export interface ExecdState extends ServiceState {
  cgroups: CgroupFeatures;
  /** containers' cgroups under the configured parent; null: containers get none (some tests) */
  cgroup: CgroupDriver | null;
  /** the host's CPUs and memory nodes, to check cpusets and --cpus against */
  host: HostFacts;
  drivers: keel.kit.v1.IDriverInfo[];
  runtimePaths: Record<string, string>;
  /** the bundle dirs of the tasks */
  tasks: TaskStore;
  /** the local volumes, <data-root>/volumes */
  volumes: VolumeStore;
  /** keel-shim's path, '' when it is not built */
  shim: string;
}
