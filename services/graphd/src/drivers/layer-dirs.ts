import { existsSync, readdirSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Changes, GraphDriver, PreparedRootfs } from './driver';

/**
 * What every driver here shares: layers are trees in <root>/<id>/<cache-id>/diff, and a
 * container's directories live in <root>/containers/<key>. A driver adds how a layer is made
 * over its parent, how deletions are recorded and how a rootfs is made.
 */
export abstract class LayerDirs implements GraphDriver {
  readonly layersRoot: string;
  protected readonly containers: string;

  constructor(readonly id: string, root: string) {
    this.layersRoot = join(root, id);
    this.containers = join(root, 'containers');
  }

  layerDir(cacheId: string): string {
    return join(this.layersRoot, cacheId, 'diff');
  }

  /** Every entry of layersRoot but overlay2's l/ (a name no cache id has: ids are hex). */
  layerIds(): string[] {
    return existsSync(this.layersRoot) ? readdirSync(this.layersRoot).filter((n) => n !== 'l') : [];
  }

  /** Makes <root>/<id>/<cache-id>/diff, empty. */
  protected async makeLayerDir(cacheId: string): Promise<string> {
    await mkdir(this.layersRoot, { recursive: true, mode: 0o700 });
    await mkdir(join(this.layersRoot, cacheId), { mode: 0o700 });
    const dir = this.layerDir(cacheId);
    await mkdir(dir, { mode: 0o755 });
    return dir;
  }

  async removeLayer(cacheId: string): Promise<void> {
    await rm(join(this.layersRoot, cacheId), { recursive: true, force: true });
  }

  /** Makes <containers>/<key> (failing if it exists: the caller decides about retries) and subdirs. */
  protected async makeContainerDir(key: string, subdirs: string[]): Promise<string> {
    const dir = join(this.containers, key);
    await mkdir(this.containers, { recursive: true, mode: 0o711 });
    await mkdir(dir, { mode: 0o711 });
    for (const d of subdirs) await mkdir(join(dir, d), { mode: 0o755 });
    return dir;
  }

  async remove(key: string): Promise<void> {
    await rm(join(this.containers, key), { recursive: true, force: true });
  }

  async sweep(): Promise<void> {}

  async close(): Promise<void> {}

  abstract createLayer(cacheId: string, parent: string | null): Promise<string>;
  abstract whiteout(dir: string, rel: string): Promise<void>;
  abstract opaque(dir: string, rel: string, keep: (rel: string) => boolean): Promise<void>;
  abstract prepare(key: string, chain: string[]): Promise<PreparedRootfs>;
  abstract mountsOf(key: string, chain: string[]): PreparedRootfs;
  abstract changes(key: string, chain: string[]): Promise<Changes>;
}
