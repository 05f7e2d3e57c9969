import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { GraphDriver, PreparedRootfs } from '../driver';
import type { Runner } from '../mount';

/**
 * vfs: no union filesystem. Layers are plain trees in <root>/vfs/<cache-id>/diff; a container's
 * rootfs is a full copy of its layers (base first) at <root>/containers/<key>/merged. Works on any
 * filesystem, costs a copy per container.
 */
export class VfsDriver implements GraphDriver {
  readonly id = 'vfs';
  readonly layersRoot: string;
  private readonly containers: string;

  constructor(root: string, private readonly run: Runner) {
    this.layersRoot = join(root, 'vfs');
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

  mountsOf(key: string): PreparedRootfs {
    return { path: join(this.containers, key, 'merged'), mounts: [] };
  }

  async prepare(key: string, lowers: string[]): Promise<PreparedRootfs> {
    const dir = join(this.containers, key);
    await mkdir(this.containers, { recursive: true, mode: 0o711 });
    await mkdir(dir, { mode: 0o711 });
    const merged = join(dir, 'merged');
    await mkdir(merged, { mode: 0o755 });
    // cp -a keeps owners, modes, times, links and special files; base layer first
    for (const lower of [...lowers].reverse()) await this.run('cp', ['-a', '--reflink=auto', `${lower}/.`, `${merged}/`]);
    return this.mountsOf(key);
  }

  async remove(key: string): Promise<void> {
    await rm(join(this.containers, key), { recursive: true, force: true });
  }

  async close(): Promise<void> {}
}
