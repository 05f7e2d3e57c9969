import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { paths, serviceMain } from '../../kit/src';
import { detectCgroups } from './cgroups/detect';
import { execDrivers, findExecutable, shimPath } from './drivers/available';
import service from './service';
import { TaskStore } from './task/store';
import { VolumeStore } from './volumes/store';

void serviceMain(service, ({ config, log }) => {
  const runc = findExecutable('runc', `${process.env.PATH ?? ''}:/usr/sbin:/usr/bin`);
  const shim = existsSync(shimPath()) ? shimPath() : '';
  // containers outlive execd: re-adopt the tasks whose bundles are here
  const tasks = new TaskStore(join(paths(config).serviceData('execd'), 'containers'));
  const r = tasks.reconcile();
  log.info({ tasks: r.tasks, running: r.running, removed: r.removed }, 'tasks re-adopted');
  const volumes = new VolumeStore(join(config.dataRoot, 'volumes'));
  const halfMade = volumes.reconcile();
  if (halfMade.length) log.info({ removed: halfMade }, 'half-made volumes removed');
  return {
    cgroups: detectCgroups(),
    drivers: execDrivers(config.execDriver, runc, shim),
    runtimePaths: { native: shim, runc },
    tasks,
    volumes,
    shim,
  };
});
