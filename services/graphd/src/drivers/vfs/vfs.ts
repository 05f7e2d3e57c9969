import { join } from 'node:path';
import type { PreparedRootfs } from '../driver';
import { LayerDirs } from '../layer-dirs';
import type { Runner } from '../mount';

/**
 * vfs: no union filesystem. Layers are plain trees in <root>/vfs/<cache-id>/diff; a container's
 * rootfs is a full copy of its layers (base first) at <root>/containers/<key>/merged. Works on any
 * filesystem, costs a copy per container.
 */
export class VfsDriver extends LayerDirs {
  constructor(root: string, private readonly run: Runner) {
    super('vfs', root);
  }

  mountsOf(key: string): PreparedRootfs {
    return { path: join(this.containers, key, 'merged'), mounts: [] };
  }

  async prepare(key: string, lowers: string[]): Promise<PreparedRootfs> {
    const merged = join(await this.makeContainerDir(key, ['merged']), 'merged');
    // cp -a keeps owners, modes, times, links and special files; base layer first
    for (const lower of [...lowers].reverse()) await this.run('cp', ['-a', '--reflink=auto', `${lower}/.`, `${merged}/`]);
    return this.mountsOf(key);
  }
}
