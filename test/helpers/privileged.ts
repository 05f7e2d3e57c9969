import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './daemon';

export const DOCKER = '/usr/local/bin/docker';

/**
 * Why end-to-end container tests cannot run here, or '' when they can: root, busybox-static and
 * a built keel-shim. A suite skips with this reason printed; in CI any skip fails the run.
 */
export function containerTestsSkipReason(opts: { docker?: boolean } = {}): string {
  if (process.getuid?.() !== 0) return 'running containers needs root';
  if (!existsSync('/bin/busybox')) return 'no /bin/busybox (busybox-static; deploy/setup.sh installs it)';
  if (!existsSync(join(ROOT, 'addon', 'build', 'Release', 'keel-shim'))) return 'keel-shim is not built (deploy/setup.sh builds addon/)';
  if (opts.docker && !existsSync(DOCKER)) return `no docker CLI at ${DOCKER}`;
  return '';
}

/** describe, or describe.skip with the reason printed. */
export function describeContainers(suite: string, opts: { docker?: boolean } = {}): jest.Describe {
  const why = containerTestsSkipReason(opts);
  if (why) console.log(`${suite} skipped: ${why}`);
  return why ? describe.skip : describe;
}
