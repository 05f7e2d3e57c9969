import { mkdirSync } from 'node:fs';
import { paths, serviceMain } from '../../kit/src';
import { graphDrivers, kernelHasOverlay } from './drivers/available';
import service from './service';

void serviceMain(service, ({ config }) => {
  const root = paths(config).serviceData('graphd');
  mkdirSync(root, { recursive: true, mode: 0o700 });
  return { root, drivers: graphDrivers(config.storageDriver, kernelHasOverlay()) };
});
