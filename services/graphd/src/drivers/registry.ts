import type { keel } from '../../../../proto';
import type { GraphDriver } from './driver';
import type { Runner } from './mount';
import { Overlay2Driver } from './overlay2/overlay2';
import { VfsDriver } from './vfs/vfs';

/** The graph drivers this host runs (those available.ts did not skip), by id, and the default. */
export function makeDrivers(root: string, infos: keel.kit.v1.IDriverInfo[], run: Runner): { drivers: Map<string, GraphDriver>; defaultId: string } {
  const drivers = new Map<string, GraphDriver>();
  let defaultId = '';
  for (const info of infos) {
    if (info.kind !== 'graphdriver' || info.skipped) continue;
    if (info.id === 'overlay2') drivers.set('overlay2', new Overlay2Driver(root));
    else if (info.id === 'vfs') drivers.set('vfs', new VfsDriver(root, run));
    else continue;
    if (info.isDefault) defaultId = info.id;
  }
  if (!defaultId) throw new Error('no default graph driver');
  return { drivers, defaultId };
}
