import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A file of the container's rootfs (e.g. /etc/passwd) read from the host, or null when it is
 * missing or a symlink leads it out of the rootfs (an image must not make execd read host files).
 */
export function readRootfsFile(rootfs: string, inner: string): string | null {
  try {
    const root = realpathSync(rootfs);
    const real = realpathSync(join(root, inner));
    if (!real.startsWith(root + '/')) return null;
    return readFileSync(real, 'utf8');
  } catch {
    return null;
  }
}
