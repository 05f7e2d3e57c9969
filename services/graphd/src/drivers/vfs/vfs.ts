import { lstat, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Changes, PreparedRootfs } from '../driver';
import { LayerDirs } from '../layer-dirs';
import type { Runner } from '../mount';
import { treeChanges } from './changes';

/**
 * vfs: no union filesystem. A layer is a full copy of its parent with its own diff applied
 * (deletions done in the copy), in <root>/vfs/<cache-id>/diff; a container's rootfs is a copy of
 * its top layer at <root>/containers/<key>/merged. Works on any filesystem, costs copies.
 */
export class VfsDriver extends LayerDirs {
  constructor(root: string, private readonly run: Runner) {
    super('vfs', root);
  }

  async createLayer(cacheId: string, parent: string | null): Promise<string> {
    const dir = await this.makeLayerDir(cacheId);
    // cp -a keeps owners, modes, times, links, xattrs and special files
    if (parent) await this.run('cp', ['-a', '--reflink=auto', `${this.layerDir(parent)}/.`, `${dir}/`]);
    return dir;
  }

  async whiteout(dir: string, rel: string): Promise<void> {
    await rm(join(dir, rel), { recursive: true, force: true });
  }

  async opaque(dir: string, rel: string, keep: (rel: string) => boolean): Promise<void> {
    const at = join(dir, rel);
    const st = await lstat(at).catch(() => null);
    if (!st?.isDirectory()) return;
    // what lower layers had under rel goes, at any depth; what this layer wrote stays
    for (const name of await readdir(at)) {
      const child = rel ? `${rel}/${name}` : name;
      if (!keep(child)) await rm(join(at, name), { recursive: true, force: true });
      else if ((await lstat(join(at, name))).isDirectory()) await this.opaque(dir, child, keep);
    }
  }

  mountsOf(key: string): PreparedRootfs {
    return { path: join(this.containers, key, 'merged'), mounts: [] };
  }

  /** The copy compared with the layer it was copied from (no record of changes is kept). */
  async changes(key: string, chain: string[]): Promise<Changes> {
    const root = join(this.containers, key, 'merged');
    if (!chain.length) throw new Error('vfs: a rootfs with no layers has nothing to compare with');
    return { root, changes: await treeChanges(this.layerDir(chain[0]), root) };
  }

  async prepare(key: string, chain: string[]): Promise<PreparedRootfs> {
    const merged = join(await this.makeContainerDir(key, ['merged']), 'merged');
    if (chain.length) await this.run('cp', ['-a', '--reflink=auto', `${this.layerDir(chain[0])}/.`, `${merged}/`]);
    return this.mountsOf(key);
  }
}
