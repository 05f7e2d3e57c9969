import { type DriverRegistration, SkipDriver } from '../driver';
import { NativeDriver } from './native';

export const native: DriverRegistration = {
  kind: 'execdriver', id: 'native',
  init(ic) {
    if (!ic.shim) throw new SkipDriver('keel-shim is not built');
    return new NativeDriver(ic.shim);
  },
};
