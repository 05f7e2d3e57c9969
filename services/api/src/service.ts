import { buildInfo, defineService } from '../../kit/src';
import { api } from './contract';
import type { ApiState } from './state';

export default defineService<typeof api.jobs, ApiState>({
  contract: api,
  version: buildInfo().version,
  requires: ['engine'],
  handlers: {},
  info: async (s) => ({ drivers: [], facts: s.listeners.map((l) => ({ key: 'listener', value: l.addr.raw })) }),
});
