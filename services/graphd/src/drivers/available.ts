import { readFileSync, statfsSync } from 'node:fs';
import type { keel } from '../../../../proto';

/** Filesystem magic numbers (statfs f_type) and the names docker info gives them. */
const FS_NAMES: Record<number, string> = {
  0xef53: 'extfs', 0x58465342: 'xfs', 0x9123683e: 'btrfs', 0x01021994: 'tmpfs', 0x794c7630: 'overlayfs', 0x2fc12fc1: 'zfs',
};

export function kernelHasOverlay(procFilesystems = '/proc/filesystems'): boolean {
  try {
    return /\toverlay$/m.test(readFileSync(procFilesystems, 'utf8'));
  } catch {
    return false;
  }
}

export function backingFilesystem(dir: string): string {
  try {
    const t = statfsSync(dir).type;
    return FS_NAMES[t] ?? `0x${t.toString(16)}`;
  } catch {
    return '';
  }
}

/**
 * The graph drivers this host can run and the default for new layers: the configured one, or
 * overlay2 where the kernel has overlayfs and vfs elsewhere. A configured default the host
 * cannot run is an error at start.
 */
export function graphDrivers(configured: string, hasOverlay: boolean): keel.kit.v1.IDriverInfo[] {
  const known = ['overlay2', 'vfs'];
  if (configured && !known.includes(configured)) {
    throw new Error(`storage driver "${configured}" is not one of ${known.join(', ')}`);
  }
  const skipped: Record<string, string> = { overlay2: hasOverlay ? '' : 'kernel has no overlay filesystem', vfs: '' };
  const def = configured || (hasOverlay ? 'overlay2' : 'vfs');
  if (skipped[def]) throw new Error(`storage driver ${def} cannot run here: ${skipped[def]}`);
  return known.map((id) => ({ kind: 'graphdriver', id, isDefault: id === def, skipped: skipped[id] }));
}
