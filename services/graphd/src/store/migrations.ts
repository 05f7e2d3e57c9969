import { createHash } from 'node:crypto';
import type { Database } from './sqlite';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Data moved by code, after sql, in the same transaction. */
  up?: (db: Database) => void;
}

/** A layer's chain id: its diff id over its parent's chain id (the base layer's is its diff id). */
export function chainId(parent: string | null, diffId: string): string {
  return parent ? `sha256:${createHash('sha256').update(`${parent} ${diffId}`).digest('hex')}` : diffId;
}

/** graph.db's schema, one numbered step at a time; a step never changes once released. */
export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'images, layers, tags',
    sql: `
      CREATE TABLE layers (
        diff_id    TEXT PRIMARY KEY,            -- sha256:… of the uncompressed tar
        cache_id   TEXT NOT NULL UNIQUE,        -- its directory under <driver>/
        driver     TEXT NOT NULL,
        size       INTEGER NOT NULL,
        created_ms INTEGER NOT NULL
      );
      CREATE TABLE images (
        id         TEXT PRIMARY KEY,            -- sha256:… of config
        config     TEXT NOT NULL,               -- the image config JSON, exactly the bytes digested
        size       INTEGER NOT NULL,
        created_ms INTEGER NOT NULL
      );
      CREATE TABLE image_layers (
        image_id TEXT NOT NULL REFERENCES images(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,              -- 0 = base
        diff_id  TEXT NOT NULL REFERENCES layers(diff_id),
        PRIMARY KEY (image_id, position)
      );
      CREATE INDEX image_layers_by_layer ON image_layers(diff_id);
      CREATE TABLE tags (
        repo       TEXT NOT NULL,
        tag        TEXT NOT NULL,
        image_id   TEXT NOT NULL REFERENCES images(id) ON DELETE CASCADE,
        created_ms INTEGER NOT NULL,
        PRIMARY KEY (repo, tag)
      );
      CREATE INDEX tags_by_image ON tags(image_id);`,
  },
  {
    version: 2,
    name: 'container root filesystems',
    sql: `
      CREATE TABLE rootfs (
        container_id TEXT PRIMARY KEY,
        image_id     TEXT NOT NULL,             -- no foreign key: a forced rmi leaves the rootfs
        driver       TEXT NOT NULL,
        path         TEXT NOT NULL,
        created_ms   INTEGER NOT NULL
      );
      CREATE INDEX rootfs_by_image ON rootfs(image_id);
      CREATE TABLE rootfs_layers (
        container_id TEXT NOT NULL REFERENCES rootfs(container_id) ON DELETE CASCADE,
        position     INTEGER NOT NULL,
        diff_id      TEXT NOT NULL REFERENCES layers(diff_id),
        PRIMARY KEY (container_id, position)
      );
      CREATE INDEX rootfs_layers_by_layer ON rootfs_layers(diff_id);`,
  },
  {
    version: 3,
    name: 'the whole graph: layer chains with reference counts, repositories, manifests and blobs',
    sql: `
      DROP INDEX image_layers_by_layer;
      DROP INDEX tags_by_image;
      DROP INDEX rootfs_by_image;
      DROP INDEX rootfs_layers_by_layer;
      ALTER TABLE rootfs_layers RENAME TO v2_rootfs_layers;
      ALTER TABLE image_layers RENAME TO v2_image_layers;
      ALTER TABLE tags RENAME TO v2_tags;
      ALTER TABLE rootfs RENAME TO v2_rootfs;
      ALTER TABLE images RENAME TO v2_images;
      ALTER TABLE layers RENAME TO v2_layers;

      -- a layer is a diff over a parent: the same diff over another parent is another layer
      CREATE TABLE layers (
        chain_id   TEXT PRIMARY KEY,            -- sha256:… (the diff id for a base layer)
        diff_id    TEXT NOT NULL,               -- sha256:… of the uncompressed tar
        parent     TEXT REFERENCES layers(chain_id),
        driver     TEXT NOT NULL,
        cache_id   TEXT NOT NULL,               -- its directory under <driver>/
        size       INTEGER NOT NULL,            -- bytes of regular files in the diff
        created_ms INTEGER NOT NULL,
        ref_count  INTEGER NOT NULL DEFAULT 0,  -- child layers + images on top of it + rootfs on it (triggers keep it)
        UNIQUE (driver, cache_id)
      );
      CREATE INDEX layers_by_parent ON layers(parent);
      CREATE INDEX layers_by_diff ON layers(diff_id);
      CREATE TABLE images (
        id         TEXT PRIMARY KEY,            -- sha256:… of config
        config     TEXT NOT NULL,               -- the image config JSON, exactly the bytes digested
        created    TEXT NOT NULL,               -- the config's "created"
        size       INTEGER NOT NULL,
        top_layer  TEXT REFERENCES layers(chain_id), -- null: an image with no layers
        created_ms INTEGER NOT NULL             -- when it was stored here
      );
      CREATE INDEX images_by_top_layer ON images(top_layer);
      CREATE TABLE repositories (
        name       TEXT PRIMARY KEY,            -- "busybox", "example.com/x/y"
        created_ms INTEGER NOT NULL
      );
      CREATE TABLE tags (
        repo       TEXT NOT NULL REFERENCES repositories(name) ON DELETE CASCADE,
        tag        TEXT NOT NULL,
        image_id   TEXT NOT NULL REFERENCES images(id) ON DELETE CASCADE,
        created_ms INTEGER NOT NULL,
        PRIMARY KEY (repo, tag)
      );
      CREATE INDEX tags_by_image ON tags(image_id);
      -- distribution manifests an image is known by (for push, save and RepoDigests)
      CREATE TABLE manifests (
        digest     TEXT PRIMARY KEY,            -- sha256:… of the manifest bytes
        image_id   TEXT NOT NULL REFERENCES images(id) ON DELETE CASCADE,
        media_type TEXT NOT NULL,
        size       INTEGER NOT NULL,
        json       TEXT NOT NULL,
        created_ms INTEGER NOT NULL
      );
      CREATE INDEX manifests_by_image ON manifests(image_id);
      CREATE TABLE blobs (
        digest     TEXT PRIMARY KEY,            -- sha256:… of the compressed layer as pushed or pulled
        media_type TEXT NOT NULL,
        size       INTEGER NOT NULL,
        diff_id    TEXT NOT NULL                -- what it uncompresses to
      );
      CREATE TABLE manifest_layers (
        manifest TEXT NOT NULL REFERENCES manifests(digest) ON DELETE CASCADE,
        position INTEGER NOT NULL,              -- 0 = base
        blob     TEXT NOT NULL REFERENCES blobs(digest),
        PRIMARY KEY (manifest, position)
      );
      CREATE INDEX manifest_layers_by_blob ON manifest_layers(blob);
      CREATE TABLE repository_digests (
        repo     TEXT NOT NULL REFERENCES repositories(name) ON DELETE CASCADE,
        manifest TEXT NOT NULL REFERENCES manifests(digest) ON DELETE CASCADE,
        PRIMARY KEY (repo, manifest)
      );
      -- image <-> container: the rootfs holds its top layer; image_id has no foreign key (a forced rmi leaves the rootfs)
      CREATE TABLE rootfs (
        container_id TEXT PRIMARY KEY,
        image_id     TEXT NOT NULL,
        layer        TEXT REFERENCES layers(chain_id),
        driver       TEXT NOT NULL,
        path         TEXT NOT NULL,
        created_ms   INTEGER NOT NULL
      );
      CREATE INDEX rootfs_by_image ON rootfs(image_id);
      CREATE INDEX rootfs_by_layer ON rootfs(layer);

      CREATE TRIGGER layer_holds_parent AFTER INSERT ON layers WHEN NEW.parent IS NOT NULL
        BEGIN UPDATE layers SET ref_count = ref_count + 1 WHERE chain_id = NEW.parent; END;
      CREATE TRIGGER layer_frees_parent AFTER DELETE ON layers WHEN OLD.parent IS NOT NULL
        BEGIN UPDATE layers SET ref_count = ref_count - 1 WHERE chain_id = OLD.parent; END;
      CREATE TRIGGER image_holds_layer AFTER INSERT ON images WHEN NEW.top_layer IS NOT NULL
        BEGIN UPDATE layers SET ref_count = ref_count + 1 WHERE chain_id = NEW.top_layer; END;
      CREATE TRIGGER image_frees_layer AFTER DELETE ON images WHEN OLD.top_layer IS NOT NULL
        BEGIN UPDATE layers SET ref_count = ref_count - 1 WHERE chain_id = OLD.top_layer; END;
      CREATE TRIGGER rootfs_holds_layer AFTER INSERT ON rootfs WHEN NEW.layer IS NOT NULL
        BEGIN UPDATE layers SET ref_count = ref_count + 1 WHERE chain_id = NEW.layer; END;
      CREATE TRIGGER rootfs_frees_layer AFTER DELETE ON rootfs WHEN OLD.layer IS NOT NULL
        BEGIN UPDATE layers SET ref_count = ref_count - 1 WHERE chain_id = OLD.layer; END;`,
    up: migrateV2Graph,
  },
  {
    version: 4,
    name: 'image parents (commit)',
    sql: `
      -- the image a committed image was made over; it cannot go while a child names it
      ALTER TABLE images ADD COLUMN parent TEXT REFERENCES images(id);
      CREATE INDEX images_by_parent ON images(parent);`,
  },
];

/**
 * v2 kept layers by diff id, with each image's and rootfs's list of them; v3 keeps chains. Every
 * v2 list becomes a chain of layer rows (a v2 layer directory is its diff, so it serves the
 * chain that has it on top), then the v2 tables go.
 */
function migrateV2Graph(db: Database): void {
  const layer = (diffId: string) => db.prepare('SELECT * FROM v2_layers WHERE diff_id = ?').get(diffId) as
    { diff_id: string; cache_id: string; driver: string; size: number; created_ms: number };
  const chainOf = (diffIds: string[]): string | null => {
    let parent: string | null = null;
    for (const d of diffIds) {
      const chain = chainId(parent, d);
      const have = db.prepare('SELECT cache_id, driver FROM layers WHERE chain_id = ?').get(chain) as { cache_id: string; driver: string } | undefined;
      if (!have) {
        const l = layer(d);
        const clash = db.prepare('SELECT chain_id FROM layers WHERE driver = ? AND cache_id = ?').get(l.driver, l.cache_id) as { chain_id: string } | undefined;
        if (clash) throw new Error(`graph.db migration 3: layer ${d} sits on two different parents; cannot migrate`);
        db.prepare('INSERT INTO layers (chain_id, diff_id, parent, driver, cache_id, size, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?)')
          .run(chain, d, parent, l.driver, l.cache_id, l.size, l.created_ms);
      }
      parent = chain;
    }
    return parent;
  };
  const list = (table: string, key: string, id: string) => (db.prepare(`SELECT diff_id FROM ${table} WHERE ${key} = ? ORDER BY position`).all(id) as { diff_id: string }[]).map((r) => r.diff_id);
  for (const img of db.prepare('SELECT * FROM v2_images').all() as { id: string; config: string; size: number; created_ms: number }[]) {
    const top = chainOf(list('v2_image_layers', 'image_id', img.id));
    let created = new Date(img.created_ms).toISOString();
    try {
      created = (JSON.parse(img.config) as { created?: string }).created ?? created;
    } catch {
      // keep the row's time
    }
    db.prepare('INSERT INTO images (id, config, created, size, top_layer, created_ms) VALUES (?, ?, ?, ?, ?, ?)')
      .run(img.id, img.config, created, img.size, top, img.created_ms);
  }
  for (const t of db.prepare('SELECT * FROM v2_tags').all() as { repo: string; tag: string; image_id: string; created_ms: number }[]) {
    db.prepare('INSERT OR IGNORE INTO repositories (name, created_ms) VALUES (?, ?)').run(t.repo, t.created_ms);
    db.prepare('INSERT INTO tags (repo, tag, image_id, created_ms) VALUES (?, ?, ?, ?)').run(t.repo, t.tag, t.image_id, t.created_ms);
  }
  for (const r of db.prepare('SELECT * FROM v2_rootfs').all() as { container_id: string; image_id: string; driver: string; path: string; created_ms: number }[]) {
    const top = chainOf(list('v2_rootfs_layers', 'container_id', r.container_id));
    db.prepare('INSERT INTO rootfs (container_id, image_id, layer, driver, path, created_ms) VALUES (?, ?, ?, ?, ?, ?)')
      .run(r.container_id, r.image_id, top, r.driver, r.path, r.created_ms);
  }
  // v2 layers no list named are not carried over: their directories go at the next reconcile
  db.exec('DROP TABLE v2_rootfs_layers; DROP TABLE v2_image_layers; DROP TABLE v2_tags; DROP TABLE v2_rootfs; DROP TABLE v2_images; DROP TABLE v2_layers;');
}

/** Brings the schema up to date, each step in its own transaction; refuses a newer database. */
export function migrate(db: Database, migrations = MIGRATIONS): number {
  db.exec('CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_ms INTEGER NOT NULL)');
  const current = (db.prepare('SELECT COALESCE(MAX(version), 0) AS v FROM migrations').get() as { v: number }).v;
  const latest = migrations.reduce((m, x) => Math.max(m, x.version), 0);
  if (current > latest) {
    throw new Error(`graph.db has schema version ${current}, newer than this graphd knows (${latest}); refusing to downgrade`);
  }
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      m.up?.(db);
      db.prepare('INSERT INTO migrations (version, name, applied_ms) VALUES (?, ?, ?)').run(m.version, m.name, Date.now());
    })();
  }
  return latest;
}
