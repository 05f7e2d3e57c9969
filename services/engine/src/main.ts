import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { keel } from '../../../proto';
import { paths, publishEvent, serviceMain } from '../../kit/src';
import { ContainerRuntime, busActors } from './runtime';
import service from './service';
import { ContainerStore } from './store';

/** The daemon's ID, in dockerd's form (12 groups of 4 base32 characters), made once. */
function engineId(dir: string): string {
  const file = join(dir, 'engine-id');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    const bytes = randomBytes(48);
    const chars = [...bytes].map((b) => alphabet[b & 31]).join('');
    const id = chars.match(/.{4}/g)!.join(':');
    writeFileSync(file, id + '\n', { mode: 0o600 });
    return id;
  }
}

void serviceMain(service, ({ config, client, nc, log }) => {
  const dir = paths(config).serviceData('engine');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const store = new ContainerStore(join(dir, 'engine.db'));
  const containers = new ContainerRuntime({
    store,
    actors: busActors(client, log),
    publish: (verb, ev) => publishEvent(nc, 'engine', `container.${verb}`, keel.engine.v1.ContainerEvent, ev),
    log,
  });
  // engine restarts lose no container: each record gets its machine back, reconciled with execd
  const n = containers.restore();
  if (n) log.info({ containers: n }, 'container records restored');
  return {
    config, engineId: engineId(dir), store, containers,
    close() {
      containers.close();
      store.close();
    },
  };
});
