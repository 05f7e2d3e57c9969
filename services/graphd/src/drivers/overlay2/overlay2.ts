import { join } from 'node:path';
import type { PreparedRootfs } from '../driver';
import { LayerDirs } from '../layer-dirs';

/**
 * overlay2: layers are plain trees in <root>/overlay2/<cache-id>/diff; a container's rootfs is an
 * overlay mount of its layers (lowerdir, top first) with upperdir/workdir of its own, at
 * <root>/containers/<key>/merged.
 */
export class Overlay2Driver extends LayerDirs {
  constructor(root: string) {
    super('overlay2', root);
  }

  mountsOf(key: string, lowers: string[]): PreparedRootfs {
    if (!lowers.length) throw new Error('overlay2: a rootfs needs at least one layer');
    const dir = join(this.containers, key);
    const path = join(dir, 'merged');
    return {
      path,
      mounts: [{
        type: 'overlay', source: 'overlay', target: path,
        options: [`lowerdir=${lowers.join(':')}`, `upperdir=${join(dir, 'upper')}`, `workdir=${join(dir, 'work')}`],
      }],
    };
  }

  async prepare(key: string, lowers: string[]): Promise<PreparedRootfs> {
    await this.makeContainerDir(key, ['upper', 'work', 'merged']);
    return this.mountsOf(key, lowers);
  }
}
