import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS, chainId, migrate } from '../../src/store/migrations';
import { openDatabase } from '../../src/store/sqlite';
import { GraphStore } from '../../src/store/store';

const d = (c: string) => `sha256:${c.repeat(64)}`;

describe('graph.db migrations', () => {
  const dir = mkdtempSync(join(tmpdir(), 'graphd-migrate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a v2 database (layers by diff id) becomes chains with reference counts; nothing is lost', () => {
    const file = join(dir, 'graph.db');
    const db = openDatabase(file);
    expect(migrate(db, MIGRATIONS.slice(0, 2))).toBe(2);
    db.exec(`
      INSERT INTO layers VALUES ('${d('1')}', 'c1', 'overlay2', 10, 1), ('${d('2')}', 'c2', 'overlay2', 20, 2), ('${d('9')}', 'c9', 'vfs', 5, 3);
      INSERT INTO images VALUES ('${d('a')}', '{"created":"2024-01-01T00:00:00Z"}', 10, 100), ('${d('b')}', '{}', 30, 200);
      INSERT INTO image_layers VALUES ('${d('a')}', 0, '${d('1')}'), ('${d('b')}', 0, '${d('1')}'), ('${d('b')}', 1, '${d('2')}');
      INSERT INTO tags VALUES ('busybox', 'latest', '${d('a')}', 1), ('busybox', 'two', '${d('b')}', 2), ('other', 'x', '${d('b')}', 3);
      INSERT INTO rootfs VALUES ('ctr', '${d('a')}', 'overlay2', '/p', 5);
      INSERT INTO rootfs_layers VALUES ('ctr', 0, '${d('1')}');`);
    db.close();

    const s = new GraphStore(file);
    try {
      const top = chainId(d('1'), d('2'));
      expect(s.layer(d('1'))).toMatchObject({ diff_id: d('1'), parent: null, cache_id: 'c1', driver: 'overlay2', size: 10, ref_count: 3 });
      expect(s.layer(top)).toMatchObject({ diff_id: d('2'), parent: d('1'), cache_id: 'c2', ref_count: 1 });
      // a v2 layer nothing listed is not carried over (reconcile removes its directory)
      expect(s.layers()).toHaveLength(2);
      expect(s.image(d('a'))).toMatchObject({ top_layer: d('1'), created: '2024-01-01T00:00:00Z', size: 10 });
      expect(s.imageLayers(d('b'))).toEqual([d('1'), d('2')]);
      expect(s.tagsOf(d('b')).map((t) => `${t.repo}:${t.tag}`)).toEqual(['busybox:two', 'other:x']);
      expect(s.repositories()).toEqual(['busybox', 'other']);
      expect(s.rootfs('ctr')).toMatchObject({ image_id: d('a'), layer: d('1'), driver: 'overlay2' });
      expect((s.db.prepare('SELECT MAX(version) AS v FROM migrations').get() as { v: number }).v).toBe(4);
      expect(s.image(d('b'))?.parent).toBeNull();
      expect(s.db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(s.db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);

      // reference counts follow deletes; collect takes a chain down as far as nothing holds it
      s.tx(() => {
        s.deleteImage(d('b'));
        expect(s.collect(top).map((l) => l.chain_id)).toEqual([top]);
      });
      expect(s.layer(d('1'))!.ref_count).toBe(2);
      expect(s.repositories()).toEqual(['busybox', 'other']); // tags went with the image (cascade) …
      s.dropEmptyRepositories();
      expect(s.repositories()).toEqual(['busybox']); // … and an empty repository goes on the next sweep
      s.tx(() => {
        s.deleteImage(d('a'));
        expect(s.collect(d('1'))).toEqual([]); // the container still holds it
        s.deleteRootfs('ctr');
        expect(s.collect(d('1')).map((l) => l.chain_id)).toEqual([d('1')]);
      });
      expect(s.layers()).toEqual([]);
    } finally {
      s.close();
    }
  });

  test('a database newer than this graphd is refused', () => {
    const file = join(dir, 'newer.db');
    const db = openDatabase(file);
    migrate(db);
    db.prepare('INSERT INTO migrations (version, name, applied_ms) VALUES (99, ?, 0)').run('future');
    db.close();
    expect(() => new GraphStore(file)).toThrow(/newer than this graphd knows/);
  });
});
