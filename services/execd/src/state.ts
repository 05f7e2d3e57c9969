import type { keel } from '../../../proto';
import type { ServiceState } from '../../kit/src';
import type { CgroupFeatures } from './cgroups/detect';

export interface ExecdState extends ServiceState {
  cgroups: CgroupFeatures;
  drivers: keel.kit.v1.IDriverInfo[];
  runtimePaths: Record<string, string>;
}
