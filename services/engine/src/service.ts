import { buildInfo, defineService } from '../../kit/src';
import { engine } from './contract';
import { systemInfo } from './handlers/system-info';
import { systemVersion } from './handlers/system-version';
import type { EngineState } from './state';

export default defineService<typeof engine.jobs, EngineState>({
  contract: engine,
  version: buildInfo().version,
  requires: ['graphd', 'netd', 'execd', 'registry-client'],
  handlers: {
    'system.version': systemVersion,
    'system.info': systemInfo,
  },
});
