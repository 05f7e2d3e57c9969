import type { keel } from '../../../proto';
import type { ServiceState } from '../../kit/src';

export interface GraphdState extends ServiceState {
  root: string;
  drivers: keel.kit.v1.IDriverInfo[];
}
