import { accessSync, constants } from 'node:fs';
import { join } from 'node:path';
import type { keel } from '../../../../proto';
import { projectRoot } from '../../../kit/src';

export function findExecutable(name: string, path = process.env.PATH ?? ''): string {
  for (const dir of path.split(':').filter(Boolean)) {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return join(dir, name);
    } catch {
      // not here
    }
  }
  return '';
}

/** Where keel-shim, the native driver's per-container parent, is built (addon/). */
export function shimPath(): string {
  return join(projectRoot(), 'addon', 'build', 'Release', 'keel-shim');
}

/** The exec drivers and whether this host can run them: native needs keel-shim, runc its binary. */
export function execDrivers(configured: string, runc: string, shim: string): keel.kit.v1.IDriverInfo[] {
  const known = ['native', 'runc'];
  if (!known.includes(configured)) throw new Error(`exec driver "${configured}" is not one of ${known.join(', ')}`);
  const skipped: Record<string, string> = {
    native: shim ? '' : 'keel-shim is not built',
    runc: runc ? '' : 'runc is not installed',
  };
  return known.map((id) => ({ kind: 'execdriver', id, isDefault: id === configured, skipped: skipped[id] }));
}
