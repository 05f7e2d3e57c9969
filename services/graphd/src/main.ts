import { paths, publishEvent, serviceMain } from '../../kit/src';
import { graphDrivers, kernelHasOverlay } from './drivers/available';
import { openGraphd } from './graph';
import service from './service';

void serviceMain(service, ({ config, nc, log }) => openGraphd({
  root: paths(config).serviceData('graphd'),
  drivers: graphDrivers(config.storageDriver, kernelHasOverlay()),
  log,
  publish: (topic, type, payload) => publishEvent(nc, 'graphd', topic, type, payload),
}));
