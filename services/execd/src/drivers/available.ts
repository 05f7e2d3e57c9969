import { accessSync, constants } from 'node:fs';
import { join } from 'node:path';
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
