import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { paths, serviceMain } from '../../kit/src';
import { detectCgroups } from './cgroups/detect';
import { findExecutable, shimPath } from './drivers/available';
import { ExecDrivers } from './drivers/registry';
import service from './service';
import { TaskStore } from './task/store';

void serviceMain(service, ({ config, log }) => {
  const runc = findExecutable('runc', `${process.env.PATH ?? ''}:/usr/sbin:/usr/bin`);
  const shim = existsSync(shimPath()) ? shimPath() : '';
  // containers outlive execd: re-adopt the tasks whose bundles are here
  const tasks = new TaskStore(join(paths(config).serviceData('execd'), 'containers'));
  const r = tasks.reconcile();
  log.info({ tasks: r.tasks, running: r.running, removed: r.removed }, 'tasks re-adopted');
  return {
    cgroups: detectCgroups(),
    exec: new ExecDrivers({ shim, runc, runcRoot: join(config.execRoot, 'runc') }, config.execDriver),
    runtimePaths: { native: shim, runc },
    tasks,
  };
});
