import { existsSync } from 'node:fs';
import { serviceMain } from '../../kit/src';
import { detectCgroups } from './cgroups/detect';
import { execDrivers, findExecutable, shimPath } from './drivers/available';
import service from './service';

void serviceMain(service, ({ config }) => {
  const runc = findExecutable('runc', `${process.env.PATH ?? ''}:/usr/sbin:/usr/bin`);
  const shim = existsSync(shimPath()) ? shimPath() : '';
  return {
    cgroups: detectCgroups(),
    drivers: execDrivers(config.execDriver, runc, shim),
    runtimePaths: { native: shim, runc },
  };
});
