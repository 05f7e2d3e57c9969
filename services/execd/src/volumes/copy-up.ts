import { execFileSync } from 'node:child_process';
import { lstatSync, readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidArgumentError } from '../../../kit/src/errors';

/**
 * The host path of `inner` inside `root` with every symlink resolved as if root were "/" (what
 * openat2's RESOLVE_IN_ROOT does): a link to /etc or ../../.. stays inside root. null: missing.
 * The result has no symlink in it.
 */
export function resolveInRoot(root: string, inner: string): string | null {
  let rest = inner.split('/').filter((s) => s !== '' && s !== '.');
  const done: string[] = [];
  let links = 0;
  while (rest.length) {
    const c = rest.shift() as string;
    if (c === '..') {
      done.pop();
      continue;
    }
    const host = join(root, ...done, c);
    const st = lstatSync(host, { throwIfNoEntry: false });
    if (!st) return null;
    if (st.isSymbolicLink()) {
      if (++links > 40) throw new InvalidArgumentError(`${inner}: too many levels of symbolic links`);
      const to = readlinkSync(host);
      if (to.startsWith('/')) done.length = 0;
      rest = [...to.split('/').filter((s) => s !== '' && s !== '.'), ...rest];
      continue;
    }
    if (rest.length && !st.isDirectory()) return null;
    done.push(c);
  }
  return join(root, ...done);
}

/**
 * Docker's copy-up: a volume still empty gets the image's content at its target (files, owners,
 * modes, links as links), and the target dir's owner and mode. Returns whether it copied.
 */
export function copyUp(rootfs: string, target: string, volumeDir: string): boolean {
  const src = resolveInRoot(rootfs, target);
  if (!src || !lstatSync(src).isDirectory()) return false;
  if (readdirSync(volumeDir).length) return false;
  try {
    execFileSync('cp', ['-a', '--', `${src}/.`, volumeDir], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (err) {
    const stderr = String((err as { stderr?: Buffer }).stderr ?? '').trim();
    throw new Error(`copy the image's ${target} into the volume: ${stderr || (err as Error).message}`);
  }
  return true;
}
