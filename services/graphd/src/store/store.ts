import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrations';
import { type Database, openDatabase } from './sqlite';

export interface LayerRow {
  chain_id: string; diff_id: string; parent: string | null; driver: string; cache_id: string;
  size: number; created_ms: number; ref_count: number;
}
export interface ImageRow { id: string; config: string; created: string; size: number; top_layer: string | null; created_ms: number; parent?: string | null }
export interface TagRow { repo: string; tag: string; image_id: string; created_ms: number }
export interface RootfsRow { container_id: string; image_id: string; layer: string | null; driver: string; path: string; created_ms: number }
export interface ManifestRow { digest: string; image_id: string; media_type: string; size: number; json: string; created_ms: number }
export interface BlobRow { digest: string; media_type: string; size: number; diff_id: string }

/**
 * graph.db: layer chains, images, repositories and tags, manifests and their blobs, container
 * root filesystems. Reads are plain calls; every job's writes go through tx(), one transaction
 * each (better-sqlite3 is synchronous, so a transaction never interleaves with another job's).
 * A layer's ref_count (children, images, root filesystems on it) is kept by triggers.
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
  layer(chainId: string): LayerRow | undefined {
    return this.db.prepare('SELECT * FROM layers WHERE chain_id = ?').get(chainId) as LayerRow | undefined;
  }
  layers(): LayerRow[] {
    return this.db.prepare('SELECT * FROM layers').all() as LayerRow[];
  }
  insertLayer(l: Omit<LayerRow, 'ref_count'>): void {
    this.db.prepare('INSERT INTO layers (chain_id, diff_id, parent, driver, cache_id, size, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(l.chain_id, l.diff_id, l.parent, l.driver, l.cache_id, l.size, l.created_ms);
  }
  /** A layer and its ancestors, top first. */
  chain(top: string | null): LayerRow[] {
    const out: LayerRow[] = [];
    for (let id = top; id;) {
      const l = this.layer(id);
      if (!l) throw new Error(`graph.db: layer ${id} is missing from its chain`);
      out.push(l);
      id = l.parent;
    }
    return out;
  }
  /**
   * Inside a transaction: deletes top and then each ancestor while nothing references it
   * (ref_count 0), and returns the deleted rows so their directories can go after the commit.
   */
  collect(top: string | null): LayerRow[] {
    const gone: LayerRow[] = [];
    for (let id = top; id;) {
      const l = this.layer(id);
      if (!l || l.ref_count > 0) break;
      this.db.prepare('DELETE FROM layers WHERE chain_id = ?').run(id);
      gone.push(l);
      id = l.parent;
    }
    return gone;
  }
  /** Inside a transaction: every layer nothing references, deleted (what a start sweeps). */
  collectAll(): LayerRow[] {
    const gone: LayerRow[] = [];
    for (const l of this.db.prepare('SELECT * FROM layers WHERE ref_count = 0').all() as LayerRow[]) gone.push(...this.collect(l.chain_id));
    return gone;
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
  insertImage(img: ImageRow): void {
    this.db.prepare('INSERT INTO images (id, config, created, size, top_layer, created_ms, parent) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(img.id, img.config, img.created, img.size, img.top_layer, img.created_ms, img.parent ?? null);
  }
  /** Images made over this one (commit). */
  childrenOf(imageId: string): string[] {
    return (this.db.prepare('SELECT id FROM images WHERE parent = ? ORDER BY id').all(imageId) as { id: string }[]).map((r) => r.id);
  }
  /** How many images have each layer in their chain, by chain id. */
  layerUse(): Map<string, number> {
    const use = new Map<string, number>();
    for (const img of this.images()) for (const l of this.chain(img.top_layer)) use.set(l.chain_id, (use.get(l.chain_id) ?? 0) + 1);
    return use;
  }
  /** Every image id with the number of root filesystems made of it. */
  rootfsCounts(): Map<string, number> {
    const rows = this.db.prepare('SELECT image_id, COUNT(*) AS n FROM rootfs GROUP BY image_id').all() as { image_id: string; n: number }[];
    return new Map(rows.map((r) => [r.image_id, r.n]));
  }
  /** An image's diff ids, base first. */
  imageLayers(imageId: string): string[] {
    const img = this.image(imageId);
    return img ? this.chain(img.top_layer).map((l) => l.diff_id).reverse() : [];
  }
  deleteImage(id: string): void {
    this.db.prepare('DELETE FROM images WHERE id = ?').run(id);
  }

  // repositories and tags
  tag(repo: string, tag: string): TagRow | undefined {
    return this.db.prepare('SELECT * FROM tags WHERE repo = ? AND tag = ?').get(repo, tag) as TagRow | undefined;
  }
  tagsOf(imageId: string): TagRow[] {
    return this.db.prepare('SELECT * FROM tags WHERE image_id = ? ORDER BY repo, tag').all(imageId) as TagRow[];
  }
  tagsOfRepo(repo: string): TagRow[] {
    return this.db.prepare('SELECT * FROM tags WHERE repo = ? ORDER BY tag').all(repo) as TagRow[];
  }
  /** Points repo:tag at imageId; returns the image it pointed at before, if another. */
  setTag(repo: string, tag: string, imageId: string): string | null {
    const prev = this.tag(repo, tag);
    const now = Date.now();
    this.db.prepare('INSERT OR IGNORE INTO repositories (name, created_ms) VALUES (?, ?)').run(repo, now);
    this.db.prepare('INSERT INTO tags (repo, tag, image_id, created_ms) VALUES (?, ?, ?, ?) ON CONFLICT (repo, tag) DO UPDATE SET image_id = excluded.image_id, created_ms = excluded.created_ms')
      .run(repo, tag, imageId, now);
    return prev && prev.image_id !== imageId ? prev.image_id : null;
  }
  deleteTag(repo: string, tag: string): void {
    this.db.prepare('DELETE FROM tags WHERE repo = ? AND tag = ?').run(repo, tag);
    this.dropEmptyRepositories();
  }
  repositories(): string[] {
    return (this.db.prepare('SELECT name FROM repositories ORDER BY name').all() as { name: string }[]).map((r) => r.name);
  }
  /** Repositories with no tag and no digest left. */
  dropEmptyRepositories(): void {
    this.db.prepare(`DELETE FROM repositories WHERE NOT EXISTS (SELECT 1 FROM tags WHERE repo = name)
      AND NOT EXISTS (SELECT 1 FROM repository_digests WHERE repo = name)`).run();
  }

  // manifests and blobs
  insertManifest(m: ManifestRow, layers: BlobRow[], repo?: string): void {
    this.db.prepare('INSERT OR IGNORE INTO manifests (digest, image_id, media_type, size, json, created_ms) VALUES (?, ?, ?, ?, ?, ?)')
      .run(m.digest, m.image_id, m.media_type, m.size, m.json, m.created_ms);
    const blob = this.db.prepare('INSERT OR IGNORE INTO blobs (digest, media_type, size, diff_id) VALUES (?, ?, ?, ?)');
    const at = this.db.prepare('INSERT OR REPLACE INTO manifest_layers (manifest, position, blob) VALUES (?, ?, ?)');
    layers.forEach((b, i) => {
      blob.run(b.digest, b.media_type, b.size, b.diff_id);
      at.run(m.digest, i, b.digest);
    });
    if (repo) {
      this.db.prepare('INSERT OR IGNORE INTO repositories (name, created_ms) VALUES (?, ?)').run(repo, m.created_ms);
      this.db.prepare('INSERT OR IGNORE INTO repository_digests (repo, manifest) VALUES (?, ?)').run(repo, m.digest);
    }
  }
  manifestsOf(imageId: string): ManifestRow[] {
    return this.db.prepare('SELECT * FROM manifests WHERE image_id = ? ORDER BY digest').all(imageId) as ManifestRow[];
  }
  manifestBlobs(digest: string): BlobRow[] {
    return this.db.prepare('SELECT b.* FROM manifest_layers m JOIN blobs b ON b.digest = m.blob WHERE m.manifest = ? ORDER BY m.position').all(digest) as BlobRow[];
  }
  /** "repo@sha256:…" of an image's manifests. */
  repoDigestsOf(imageId: string): string[] {
    return (this.db.prepare('SELECT d.repo, d.manifest FROM repository_digests d JOIN manifests m ON m.digest = d.manifest WHERE m.image_id = ? ORDER BY d.repo, d.manifest')
      .all(imageId) as { repo: string; manifest: string }[]).map((r) => `${r.repo}@${r.manifest}`);
  }
  /** The image repo@digest names (a manifest the repository is known to hold), if any. */
  imageByRepoDigest(repo: string, digest: string): string | undefined {
    return (this.db.prepare('SELECT m.image_id FROM repository_digests d JOIN manifests m ON m.digest = d.manifest WHERE d.repo = ? AND d.manifest = ?')
      .get(repo, digest) as { image_id: string } | undefined)?.image_id;
  }
  /** Forgets that repo holds the manifest (docker rmi repo@digest); the manifest row stays with its image. */
  deleteRepoDigest(repo: string, digest: string): void {
    this.db.prepare('DELETE FROM repository_digests WHERE repo = ? AND manifest = ?').run(repo, digest);
    this.dropEmptyRepositories();
  }
  blobs(): BlobRow[] {
    return this.db.prepare('SELECT * FROM blobs').all() as BlobRow[];
  }
  /** Blobs that uncompress to diffId (a layer may be known by several: plain, gzip, …). */
  blobsOfDiff(diffId: string): BlobRow[] {
    return this.db.prepare('SELECT * FROM blobs WHERE diff_id = ? ORDER BY media_type, digest').all(diffId) as BlobRow[];
  }
  blob(digest: string): BlobRow | undefined {
    return this.db.prepare('SELECT * FROM blobs WHERE digest = ?').get(digest) as BlobRow | undefined;
  }
  manifest(digest: string): ManifestRow | undefined {
    return this.db.prepare('SELECT * FROM manifests WHERE digest = ?').get(digest) as ManifestRow | undefined;
  }
  /** Inside a transaction: blobs no manifest lists any more, deleted; returns their digests. */
  collectBlobs(): string[] {
    const gone = (this.db.prepare('SELECT digest FROM blobs WHERE NOT EXISTS (SELECT 1 FROM manifest_layers WHERE blob = digest)').all() as { digest: string }[]).map((r) => r.digest);
    const del = this.db.prepare('DELETE FROM blobs WHERE digest = ?');
    for (const d of gone) del.run(d);
    return gone;
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
  insertRootfs(r: RootfsRow): void {
    this.db.prepare('INSERT INTO rootfs (container_id, image_id, layer, driver, path, created_ms) VALUES (?, ?, ?, ?, ?, ?)')
      .run(r.container_id, r.image_id, r.layer, r.driver, r.path, r.created_ms);
  }
  deleteRootfs(containerId: string): void {
    this.db.prepare('DELETE FROM rootfs WHERE container_id = ?').run(containerId);
  }
}
