import { buildInfo, defineService } from '../../kit/src';
import { execd } from './contract';
import { createTask } from './handlers/task-create';
import { deleteTask } from './handlers/task-delete';
import { killTask } from './handlers/task-kill';
import { startTask } from './handlers/task-start';
import { taskState } from './handlers/task-state';
import { waitTask } from './handlers/task-wait';
import { createVolume } from './handlers/volume-create';
import { inspectVolume } from './handlers/volume-inspect';
import { listVolumes } from './handlers/volume-list';
import { pruneVolumes } from './handlers/volume-prune';
import { removeVolume } from './handlers/volume-remove';
import { pauseTask, resumeTask, taskStats, taskTop } from './handlers/task-cgroup';
import type { ExecdState } from './state';
import { attachTask } from './handlers/task-attach';
import { resizeTask } from './handlers/task-resize';
import { createExec } from './handlers/exec-create';
import { startExec } from './handlers/exec-start';
import { inspectExec } from './handlers/exec-inspect';

export default defineService<typeof execd.jobs, ExecdState>({
  contract: execd,
  version: buildInfo().version,
  requires: [],
  handlers: {
    'task.create': createTask,
    'task.start': startTask,
    'task.wait': waitTask,
    'task.kill': killTask,
    'task.delete': deleteTask,
    'task.state': taskState,
    'volume.create': createVolume,
    'volume.list': listVolumes,
    'volume.inspect': inspectVolume,
    'volume.remove': removeVolume,
    'volume.prune': pruneVolumes,
    'task.stats': taskStats,
    'task.top': taskTop,
    'task.pause': pauseTask,
    'task.resume': resumeTask,
    'task.attach': attachTask,
    'task.resize': resizeTask,
    'exec.create': createExec,
    'exec.start': startExec,
    'exec.inspect': inspectExec,
  },
  info: async ({ cgroups: cg, exec, runtimePaths, tasks }) => ({
    drivers: exec.infos(),
    facts: [
      { key: 'cgroup-version', value: cg.version },
      { key: 'cgroup-driver', value: 'cgroupfs' },
      { key: 'memory-limit', value: String(cg.memory) },
      { key: 'swap-limit', value: String(cg.swap) },
      { key: 'cpu-cfs', value: String(cg.cpuCfs) },
      { key: 'cpu-shares', value: String(cg.cpuShares) },
      { key: 'cpuset', value: String(cg.cpuset) },
      { key: 'pids-limit', value: String(cg.pids) },
      { key: 'tasks', value: String(tasks.ids().length) },
      ...Object.entries(runtimePaths).map(([id, path]) => ({ key: `runtime-path/${id}`, value: path })),
    ],
  }),
});
