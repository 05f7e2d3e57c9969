import { buildInfo, defineService } from '../../kit/src';
import { engine } from './contract';
import { containerCommit } from './handlers/container-commit';
import { containerCreate } from './handlers/container-create';
import { containerInspect } from './handlers/container-inspect';
import { containerKill } from './handlers/container-kill';
import { containerList } from './handlers/container-list';
import { containerLogs } from './handlers/container-logs';
import { containerRemove } from './handlers/container-remove';
import { containerRestart } from './handlers/container-restart';
import { containerStart } from './handlers/container-start';
import { containerStop } from './handlers/container-stop';
import { containerWait } from './handlers/container-wait';
import { containerPause, containerStats, containerTop, containerUnpause } from './handlers/container-resources';
import { systemInfo } from './handlers/system-info';
import { systemVersion } from './handlers/system-version';
import type { EngineState } from './state';
import { containerAttach, containerResize } from './handlers/container-attach';
import { containerExecCreate, containerExecInspect, containerExecResize, containerExecStart } from './handlers/container-exec';

export default defineService<typeof engine.jobs, EngineState>({
  contract: engine,
  version: buildInfo().version,
  requires: ['graphd', 'netd', 'execd', 'registry-client'],
  handlers: {
    'system.version': systemVersion,
    'system.info': systemInfo,
    'container.create': containerCreate,
    'container.start': containerStart,
    'container.wait': containerWait,
    'container.remove': containerRemove,
    'container.list': containerList,
    'container.inspect': containerInspect,
    'container.logs': containerLogs,
    'container.stop': containerStop,
    'container.kill': containerKill,
    'container.restart': containerRestart,
    'container.stats': containerStats,
    'container.top': containerTop,
    'container.pause': containerPause,
    'container.unpause': containerUnpause,
    'container.commit': containerCommit,
    'container.attach': containerAttach,
    'container.resize': containerResize,
    'container.exec.create': containerExecCreate,
    'container.exec.start': containerExecStart,
    'container.exec.inspect': containerExecInspect,
    'container.exec.resize': containerExecResize,
  },
  info: async (state) => {
    const c = state.containers.counts();
    return { facts: [{ key: 'containers', value: String(c.total) }, { key: 'containers-running', value: String(c.running) }] };
  },
});
