import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrations';
import { type Database, openDatabase } from './sqlite';

export interface LayerRow { diff_id: string; cache_id: string; driver: string; size: number; created_ms: number }
export interface ImageRow { id: string; config: string; size: number; created_ms: number }
export interface TagRow { repo: string; tag: string; image_id: string; created_ms: number }
export interface RootfsRow { container_id: string; image_id: string; driver: string; path: string; created_ms: number }

/**
 * graph.db: images, layers, tags and container root filesystems. Reads are plain calls; every
 * job's writes go through tx(), one transaction each (better-sqlite3 is synchronous, so a
 * transaction never interleaves with another job's).
 */
export class GraphStore {
  readonly db: Database;

  constructor(file: string) {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    this.db = openDatabase(file);
    migrate(this.db);
  }

  tx<R>(fn: () => R): R {
    return this.db.transaction(fn)();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  // layers
  layer(diffId: string): LayerRow | undefined {
    return this.db.prepare('SELECT * FROM layers WHERE diff_id = ?').get(diffId) as LayerRow | undefined;
  }
  layers(): LayerRow[] {
    return this.db.prepare('SELECT * FROM layers').all() as LayerRow[];
  }
  insertLayer(l: LayerRow): void {
    this.db.prepare('INSERT INTO layers (diff_id, cache_id, driver, size, created_ms) VALUES (?, ?, ?, ?, ?)')
      .run(l.diff_id, l.cache_id, l.driver, l.size, l.created_ms);
  }
  /** Layers no image and no container root filesystem references any more. */
  unreferencedLayers(diffIds: string[]): LayerRow[] {
    return diffIds.map((d) => this.layer(d)).filter((l): l is LayerRow => !!l).filter((l) =>
      !this.db.prepare('SELECT 1 FROM image_layers WHERE diff_id = ? LIMIT 1').get(l.diff_id)
      && !this.db.prepare('SELECT 1 FROM rootfs_layers WHERE diff_id = ? LIMIT 1').get(l.diff_id));
  }
  deleteLayer(diffId: string): void {
    this.db.prepare('DELETE FROM layers WHERE diff_id = ?').run(diffId);
  }

  // images
  image(id: string): ImageRow | undefined {
    return this.db.prepare('SELECT * FROM images WHERE id = ?').get(id) as ImageRow | undefined;
  }
  images(): ImageRow[] {
    return this.db.prepare('SELECT * FROM images ORDER BY created_ms DESC, id').all() as ImageRow[];
  }
  imageCount(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM images').get() as { n: number }).n;
  }
  /** Image ids starting with "sha256:" + hex prefix (at most `limit`). */
  imagesByPrefix(hex: string, limit = 2): string[] {
    if (!/^[a-f0-9]*$/.test(hex)) return [];
    return (this.db.prepare('SELECT id FROM images WHERE id LIKE ? ORDER BY id LIMIT ?').all(`sha256:${hex}%`, limit) as { id: string }[]).map((r) => r.id);
  }
  insertImage(img: ImageRow, diffIds: string[]): void {
    this.db.prepare('INSERT INTO images (id, config, size, created_ms) VALUES (?, ?, ?, ?)').run(img.id, img.config, img.size, img.created_ms);
    const add = this.db.prepare('INSERT INTO image_layers (image_id, position, diff_id) VALUES (?, ?, ?)');
    diffIds.forEach((d, i) => add.run(img.id, i, d));
  }
  imageLayers(imageId: string): string[] {
    return (this.db.prepare('SELECT diff_id FROM image_layers WHERE image_id = ? ORDER BY position').all(imageId) as { diff_id: string }[]).map((r) => r.diff_id);
  }
  deleteImage(id: string): void {
    this.db.prepare('DELETE FROM images WHERE id = ?').run(id);
  }

  // tags
  tag(repo: string, tag: string): TagRow | undefined {
    return this.db.prepare('SELECT * FROM tags WHERE repo = ? AND tag = ?').get(repo, tag) as TagRow | undefined;
  }
  tagsOf(imageId: string): TagRow[] {
    return this.db.prepare('SELECT * FROM tags WHERE image_id = ? ORDER BY repo, tag').all(imageId) as TagRow[];
  }
  /** Points repo:tag at imageId; returns the image it pointed at before, if another. */
  setTag(repo: string, tag: string, imageId: string): string | null {
    const prev = this.tag(repo, tag);
    this.db.prepare('INSERT INTO tags (repo, tag, image_id, created_ms) VALUES (?, ?, ?, ?) ON CONFLICT (repo, tag) DO UPDATE SET image_id = excluded.image_id, created_ms = excluded.created_ms')
      .run(repo, tag, imageId, Date.now());
    return prev && prev.image_id !== imageId ? prev.image_id : null;
  }
  deleteTag(repo: string, tag: string): void {
    this.db.prepare('DELETE FROM tags WHERE repo = ? AND tag = ?').run(repo, tag);
  }

  // container root filesystems
  rootfs(containerId: string): RootfsRow | undefined {
    return this.db.prepare('SELECT * FROM rootfs WHERE container_id = ?').get(containerId) as RootfsRow | undefined;
  }
  allRootfs(): RootfsRow[] {
    return this.db.prepare('SELECT * FROM rootfs ORDER BY created_ms').all() as RootfsRow[];
  }
  rootfsUsing(imageId: string): RootfsRow[] {
    return this.db.prepare('SELECT * FROM rootfs WHERE image_id = ? ORDER BY created_ms').all(imageId) as RootfsRow[];
  }
  insertRootfs(r: RootfsRow, diffIds: string[]): void {
    this.db.prepare('INSERT INTO rootfs (container_id, image_id, driver, path, created_ms) VALUES (?, ?, ?, ?, ?)')
      .run(r.container_id, r.image_id, r.driver, r.path, r.created_ms);
    const add = this.db.prepare('INSERT INTO rootfs_layers (container_id, position, diff_id) VALUES (?, ?, ?)');
    diffIds.forEach((d, i) => add.run(r.container_id, i, d));
  }
  rootfsLayers(containerId: string): string[] {
    return (this.db.prepare('SELECT diff_id FROM rootfs_layers WHERE container_id = ? ORDER BY position').all(containerId) as { diff_id: string }[]).map((r) => r.diff_id);
  }
  deleteRootfs(containerId: string): void {
    this.db.prepare('DELETE FROM rootfs WHERE container_id = ?').run(containerId);
  }
}
