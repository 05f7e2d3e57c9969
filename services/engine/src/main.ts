import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { paths, serviceMain } from '../../kit/src';
import service from './service';

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

void serviceMain(service, ({ config }) => {
  const dir = paths(config).serviceData('engine');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return { config, engineId: engineId(dir) };
});
