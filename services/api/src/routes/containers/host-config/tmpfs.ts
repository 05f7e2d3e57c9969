import type { keel } from '../../../../../../proto';
import { InvalidArgumentError } from '../../../../../kit/src';

/** Docker's options for every --tmpfs mount, before the user's (moby's WithMounts). */
export const TMPFS_DEFAULT_OPTIONS = 'noexec,nosuid,nodev';

/**
 * HostConfig.Tmpfs ({"/run": "size=1m"}) → tmpfs Mount entries (options: Docker's defaults then
 * the user's, the later word winning when execd reads them) and the map as given, for inspect.
 */
export function tmpfs(h: { Tmpfs?: Record<string, string> | null }): Pick<keel.common.v1.IHostConfig, 'mounts' | 'tmpfs'> {
  const t = h.Tmpfs ?? {};
  if (typeof t !== 'object' || Array.isArray(t)) throw new InvalidArgumentError('invalid field "Tmpfs": expected an object of path: options');
  const mounts: keel.common.v1.IMount[] = [];
  for (const [target, opts] of Object.entries(t)) {
    if (typeof opts !== 'string') throw new InvalidArgumentError(`invalid field "Tmpfs": the options of ${target} are not a string`);
    if (target === '') throw new InvalidArgumentError('invalid mount path: destination can\'t be empty');
    if (!target.startsWith('/')) throw new InvalidArgumentError(`invalid mount path: '${target}' mount path must be absolute`);
    if (target.split('/').includes('..')) throw new InvalidArgumentError(`invalid mount path: '${target}' must not contain ".."`);
    if (/^\/+$/.test(target)) throw new InvalidArgumentError('invalid mount path: a tmpfs cannot be mounted on /');
    const words = opts.split(',').filter(Boolean);
    mounts.push({ type: 'tmpfs', source: '', target, readonly: words.includes('ro') && words.lastIndexOf('ro') > words.lastIndexOf('rw'), options: [TMPFS_DEFAULT_OPTIONS, ...words].join(',') });
  }
  return { mounts, tmpfs: { ...t } };
}

/** inspect's HostConfig.Tmpfs (absent when none, as Docker's omitempty) */
export function dockerTmpfs(h: keel.common.v1.IHostConfig): { Tmpfs?: Record<string, string> } {
  return h.tmpfs && Object.keys(h.tmpfs).length ? { Tmpfs: { ...h.tmpfs } } : {};
}
