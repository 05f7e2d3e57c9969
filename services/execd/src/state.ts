import type { ServiceState } from '../../kit/src';
import type { CgroupFeatures } from './cgroups/detect';
import type { ExecDrivers } from './drivers/registry';
import type { TaskStore } from './task/store';

export interface ExecdState extends ServiceState {
  cgroups: CgroupFeatures;
  /** the exec drivers this host runs, and the default for new tasks */
  exec: ExecDrivers;
  runtimePaths: Record<string, string>;
  /** the bundle dirs of the tasks */
  tasks: TaskStore;
}
