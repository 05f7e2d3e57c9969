import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { paths, serviceMain } from '../../kit/src';
import { detectCgroups } from './cgroups/detect';
import { hostFacts } from './cgroups/host';
import { cgroupDriver } from './cgroups/index';
import { findExecutable, shimPath } from './drivers/available';
import { ExecDrivers } from './drivers/registry';
import service from './service';
import { ExecStore } from './task/execs';
import { TaskStore } from './task/store';
import { VolumeStore } from './volumes/store';

void serviceMain(service, ({ config, log }) => {
  const runc = findExecutable('runc', `${process.env.PATH ?? ''}:/usr/sbin:/usr/bin`);
  const shim = existsSync(shimPath()) ? shimPath() : '';
  // containers outlive execd: re-adopt the tasks whose bundles are here
  const tasks = new TaskStore(join(paths(config).serviceData('execd'), 'containers'));
  const r = tasks.reconcile();
  log.info({ tasks: r.tasks, running: r.running, removed: r.removed }, 'tasks re-adopted');
  const execs = new ExecStore(tasks, join(config.execRoot, 'io'));
  execs.reconcile();
  const volumes = new VolumeStore(join(config.dataRoot, 'volumes'));
  const halfMade = volumes.reconcile();
  if (halfMade.length) log.info({ removed: halfMade }, 'half-made volumes removed');
  const cgroups = detectCgroups();
  const cgroup = cgroupDriver(cgroups, config.cgroupParent || 'keel');
  tasks.oomKilled = (id) => cgroup.oomKilled(id);
  // cgroups of containers this execd no longer knows (a create cut short, a bundle removed)
  for (const id of cgroup.list().filter((c) => !tasks.has(c))) {
    cgroup.remove(id).then(() => log.info({ id }, 'leftover cgroup removed'), (err: Error) => log.warn({ id, err: err.message }, 'leftover cgroup kept'));
  }
  return {
    cgroups,
    cgroup,
    host: hostFacts(),
    exec: new ExecDrivers({ shim, runc, runcRoot: join(config.execRoot, 'runc') }, config.execDriver),
    runtimePaths: { native: shim, runc },
    tasks,
    execs,
    volumes,
  };
});
