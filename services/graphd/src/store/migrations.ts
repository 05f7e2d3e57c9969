import type { Database } from './sqlite';

/** graph.db's schema, one numbered step at a time; a step never changes once released. */
export const MIGRATIONS: { version: number; name: string; sql: string }[] = [
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
];

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
      db.prepare('INSERT INTO migrations (version, name, applied_ms) VALUES (?, ?, ?)').run(m.version, m.name, Date.now());
    })();
  }
  return latest;
}
