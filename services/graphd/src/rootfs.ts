import { join } from 'node:path';
import { InvalidArgumentError } from '../../kit/src/errors';
import { type Runner, mountsUnder, unmount } from './drivers/mount';
import type { GraphdState } from './state';

const CONTAINER_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

/** A container id names a directory: it must be a plain name. */
export function checkContainerId(id: string): string {
  if (!CONTAINER_ID.test(id)) throw new InvalidArgumentError(`invalid container id "${id}": letters, digits, '_', '.', '-' only, at most 128`);
  return id;
}

export function containersDir(root: string): string {
  return join(root, 'containers');
}

export function containerDir(root: string, id: string): string {
  return join(containersDir(root), id);
}

/** Unmounts everything at or under dir, deepest first; a busy mount is detached (MNT_DETACH). */
export async function unmountAll(s: Pick<GraphdState, 'mountinfo'> & { run: Runner }, dir: string): Promise<void> {
  for (const m of mountsUnder(dir, s.mountinfo)) {
    try {
      await unmount(s.run, m);
    } catch (err) {
      try {
        await s.run('umount', ['-l', m]);
      } catch (err2) {
        throw new AggregateError([err, err2], `unmount ${m}: ${(err2 as Error).message}`);
      }
    }
  }
}
