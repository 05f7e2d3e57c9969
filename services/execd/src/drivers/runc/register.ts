import { type DriverRegistration, SkipDriver } from '../driver';
import { RuncDriver } from './runc';

export const runc: DriverRegistration = {
  kind: 'execdriver', id: 'runc',
  init(ic) {
    if (!ic.runc) throw new SkipDriver('runc is not installed');
    if (!ic.shim) throw new SkipDriver('keel-shim (the parent of runc\'s containers) is not built');
    return new RuncDriver(ic.shim, ic.runc, ic.runcRoot);
  },
};
