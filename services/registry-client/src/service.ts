import { buildInfo, defineService, type DaemonConfig } from '../../kit/src';
import { registryClient } from './contract';

export default defineService<typeof registryClient.jobs, { config: DaemonConfig }>({
  contract: registryClient,
  version: buildInfo().version,
  requires: ['graphd'],
  handlers: {},
  info: async ({ config }) => ({
    drivers: [],
    facts: [
      // loopback registries are always plain HTTP, as with dockerd
      { key: 'insecure-registry-cidrs', value: ['127.0.0.0/8', ...config.insecureRegistries].join(',') },
      { key: 'mirrors', value: config.registryMirrors.join(',') },
    ],
  }),
});
