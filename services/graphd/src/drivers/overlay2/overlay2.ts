import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { GraphDriver, PreparedRootfs } from '../driver';

/**
 * overlay2: layers are plain trees in <root>/overlay2/<cache-id>/diff; a container's rootfs is an
 * overlay mount of its layers (lowerdir, top first) with upperdir/workdir of its own, at
 * <root>/containers/<key>/merged.
 */
export class Overlay2Driver implements GraphDriver {
  readonly id = 'overlay2';
  readonly layersRoot: string;
  private readonly containers: string;

  constructor(root: string) {
    this.layersRoot = join(root, 'overlay2');
    this.containers = join(root, 'containers');
  }

  layerDir(cacheId: string): string {
    return join(this.layersRoot, cacheId, 'diff');
  }

  async createLayer(cacheId: string): Promise<string> {
    await mkdir(join(this.layersRoot, cacheId), { recursive: true, mode: 0o700 });
    const dir = this.layerDir(cacheId);
    await mkdir(dir, { mode: 0o755 });
    return dir;
  }

  async removeLayer(cacheId: string): Promise<void> {
    await rm(join(this.layersRoot, cacheId), { recursive: true, force: true });
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
    const dir = join(this.containers, key);
    await mkdir(this.containers, { recursive: true, mode: 0o711 });
    await mkdir(dir, { mode: 0o711 });
    for (const d of ['upper', 'work', 'merged']) await mkdir(join(dir, d), { mode: 0o755 });
    return this.mountsOf(key, lowers);
  }

  async remove(key: string): Promise<void> {
    await rm(join(this.containers, key), { recursive: true, force: true });
  }

  async close(): Promise<void> {}
}
