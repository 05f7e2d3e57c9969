import type { keel } from '../../../proto';
import type { ServiceState } from '../../kit/src';
import type { CgroupFeatures } from './cgroups/detect';
import type { TaskStore } from './task/store';
import type { VolumeStore } from './volumes/store';

export interface ExecdState extends ServiceState {
  cgroups: CgroupFeatures;
  drivers: keel.kit.v1.IDriverInfo[];
  runtimePaths: Record<string, string>;
  /** the bundle dirs of the tasks */
  tasks: TaskStore;
  /** the local volumes, <data-root>/volumes */
  volumes: VolumeStore;
  /** keel-shim's path, '' when it is not built */
  shim: string;
}
