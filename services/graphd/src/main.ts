import { paths, serviceMain } from '../../kit/src';
import { graphDrivers, kernelHasOverlay } from './drivers/available';
import { openGraphd } from './graph';
import service from './service';

void serviceMain(service, ({ config, log }) => openGraphd({
  root: paths(config).serviceData('graphd'),
  drivers: graphDrivers(config.storageDriver, kernelHasOverlay()),
  log,
}));
