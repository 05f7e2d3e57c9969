import { buildInfo, defineService } from '../../kit/src';
import { graphd } from './contract';
import { backingFilesystem } from './drivers/available';
import type { GraphdState } from './state';

export default defineService<typeof graphd.jobs, GraphdState>({
  contract: graphd,
  version: buildInfo().version,
  requires: [],
  handlers: {},
  info: async (s) => ({
    drivers: s.drivers,
    facts: [
      { key: 'backing-filesystem', value: backingFilesystem(s.root) },
      { key: 'supports-d-type', value: 'true' },
    ],
  }),
});
