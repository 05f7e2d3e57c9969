import { buildInfo, defineService } from '../../kit/src';
import { execd } from './contract';
import type { ExecdState } from './state';

export default defineService<typeof execd.jobs, ExecdState>({
  contract: execd,
  version: buildInfo().version,
  requires: [],
  handlers: {},
  info: async ({ cgroups: cg, drivers, runtimePaths }) => ({
    drivers,
    facts: [
      { key: 'cgroup-version', value: cg.version },
      { key: 'cgroup-driver', value: 'cgroupfs' },
      { key: 'memory-limit', value: String(cg.memory) },
      { key: 'swap-limit', value: String(cg.swap) },
      { key: 'cpu-cfs', value: String(cg.cpuCfs) },
      { key: 'cpu-shares', value: String(cg.cpuShares) },
      { key: 'cpuset', value: String(cg.cpuset) },
      { key: 'pids-limit', value: String(cg.pids) },
      ...Object.entries(runtimePaths).map(([id, path]) => ({ key: `runtime-path/${id}`, value: path })),
    ],
  }),
});
