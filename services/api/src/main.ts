import { serviceMain } from '../../kit/src';
import { buildApp } from './app';
import { openListeners } from './listeners';
import { join } from 'node:path';
import { busContainerBackend } from './routes/containers/backend';
import { busExportBackend } from './routes/containers/export';
import { busImageBackend } from './routes/images/backend';
import { busSystemBackend } from './routes/system/backend';
import { busVolumeBackend } from './routes/volumes/backend';
import { busExecBackend } from './routes/exec/backend';
import service from './service';

void serviceMain(service, async ({ config, client, log }) => {
  const app = buildApp({
    system: busSystemBackend(client),
    images: busImageBackend(client),
    containers: busContainerBackend(client),
    volumes: busVolumeBackend(client),
    exports: busExportBackend(client),
    exec: busExecBackend(client),
    tmpDir: join(config.dataRoot, 'tmp'),
    volumesDir: join(config.dataRoot, 'volumes'),
    log,
  });
  await app.ready();
  const listeners = await openListeners(config, (req, res) => app.routing(req, res));
  log.info({ hosts: listeners.map((l) => l.addr.raw) }, 'API listening');
  return {
    app,
    listeners,
    async close() {
      await Promise.all(listeners.map((l) => l.close()));
      await app.close();
    },
  };
});
