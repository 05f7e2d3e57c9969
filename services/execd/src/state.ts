import type { ServiceState } from '../../kit/src';
import type { CgroupFeatures } from './cgroups/detect';
import type { ExecDrivers } from './drivers/registry';
import type { CgroupDriver } from './cgroups/driver';
import type { HostFacts } from './cgroups/limits';
import type { ExecStore } from './task/execs';
import type { TaskStore } from './task/store';
import type { VolumeStore } from './volumes/store';

export interface ExecdState extends ServiceState {
  cgroups: CgroupFeatures;
  /** containers' cgroups under the configured parent; null: containers get none (some tests) */
  cgroup: CgroupDriver | null;
  /** the host's CPUs and memory nodes, to check cpusets and --cpus against */
  host: HostFacts;
  /** the exec drivers this host runs, and the default for new tasks */
  exec: ExecDrivers;
  runtimePaths: Record<string, string>;
  /** the execs of the tasks (in their bundles), and where keel-shim's sockets go */
  execs: ExecStore;
  /** the bundle dirs of the tasks */
  tasks: TaskStore;
  /** the local volumes, <data-root>/volumes */
  volumes: VolumeStore;
}
