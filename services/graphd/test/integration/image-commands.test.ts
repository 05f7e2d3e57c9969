// graphd's image jobs for the image commands, called as handlers over a real store and the vfs
// driver: tag, history, list filters, rmi's untag/delete/conflict rules, prune and commit.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keel } from '../../../../proto';
import { graphDrivers } from '../../src/drivers/available';
import { openGraphd } from '../../src/graph';
import { imageHistory } from '../../src/handlers/image-history';
import { importImage } from '../../src/handlers/image-import';
import { listImages } from '../../src/handlers/image-list';
import { pruneImages } from '../../src/handlers/image-prune';
import { removeImage } from '../../src/handlers/image-remove';
import { tagImage } from '../../src/handlers/image-tag';
import { commitRootfs } from '../../src/handlers/rootfs-commit';
import { prepareRootfs } from '../../src/handlers/rootfs-prepare';
import { releaseRootfs } from '../../src/handlers/rootfs-release';
import { rootfsUsage } from '../../src/handlers/rootfs-usage';
import type { GraphdState } from '../../src/state';

const v1 = keel.graphd.v1;
const FIXTURE = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'busybox-rootfs.sh');
const top = mkdtempSync(join(tmpdir(), 'graphd-cmds-'));
let s: GraphdState;
let tarFile: string;
let base: string;

const tag = (source: string, repo: string, t = '') => tagImage(v1.TagImageRequest.create({ source, repo, tag: t }), s);
const list = (filters: Record<string, string[]> = {}, all = false) => listImages(v1.ListImagesRequest.create({
  all, filters: Object.entries(filters).flatMap(([key, vs]) => vs.map((value) => ({ key, value }))),
}), s).images!;
const rmi = (name: string, o: { force?: boolean; noPrune?: boolean; running?: string[] } = {}) =>
  removeImage(v1.RemoveImageRequest.create({ name, ...o }), s);
const prune = (all: boolean, filters: { key: string; value: string }[] = [], running: string[] = []) =>
  pruneImages(v1.PruneImagesRequest.create({ all, filters, running }), s);
const history = (name: string) => imageHistory(v1.ImageHistoryRequest.create({ name }), s).entries!;
const merged = (cid: string) => join(s.root, 'containers', cid, 'merged');
const commit = (containerId: string, o: { repo?: string; tag?: string; comment?: string; changes?: string[]; createdBy?: string } = {}) =>
  commitRootfs(v1.CommitRootfsRequest.create({ containerId, config: { cmd: ['sh'], cmdSet: true, env: ['A=1'] }, ...o }), s);

/** Every layer row has its directory and every directory its row; every row is held. */
function expectNoGarbage(): void {
  const rows = s.store.layers();
  expect(rows.every((l) => l.ref_count > 0)).toBe(true);
  const dir = join(s.root, 'vfs');
  expect((existsSync(dir) ? readdirSync(dir) : []).sort()).toEqual(rows.map((l) => l.cache_id).sort());
}

beforeAll(async () => {
  s = await openGraphd({ root: join(top, 'data', 'graphd'), drivers: graphDrivers('vfs', true) });
  tarFile = join(top, 'busybox.tar');
  execFileSync('bash', [FIXTURE, tarFile]);
  const src = join(s.dataRoot, 'tmp', 'bb.tar');
  mkdirSync(join(s.dataRoot, 'tmp'), { recursive: true });
  writeFileSync(src, readFileSync(tarFile));
  base = (await importImage(v1.ImportImageRequest.create({ sourcePath: src, repo: 'bb', tag: '1', changes: ['LABEL tier=base'] }), s)).image!.id!;
}, 60_000);

afterAll(async () => {
  await s.close?.();
  rmSync(top, { recursive: true, force: true });
});

test('tag: points a new reference at an image, moves an old one; bad references are refused', () => {
  expect(tag('bb:1', 'bb', '2')).toEqual({ imageId: base });
  expect(tag(base.slice(7, 19), 'example.com:5000/x/bb')).toEqual({ imageId: base });
  expect(s.store.tagsOf(base).map((t) => `${t.repo}:${t.tag}`)).toEqual(['bb:1', 'bb:2', 'example.com:5000/x/bb:latest']);
  expect(() => tag('nosuch', 'x')).toThrow(expect.objectContaining({ code: 'NOT_FOUND', message: 'No such image: nosuch:latest' }));
  expect(() => tag('bb:1', 'Upper')).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', message: 'invalid reference format: repository name must be lowercase' }));
  expect(() => tag('bb:1', 'bb', 'bad tag')).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', message: 'invalid tag format' }));
  expect(() => tag('bb:1', `bb@sha256:${'a'.repeat(64)}`)).toThrow(/digest/);
  expect(() => tag('bb:1', '')).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
});

test('list filters: reference patterns pick tags, labels, dangling, before/since; unknown keys are refused', () => {
  expect(list({ reference: ['bb'] })[0].repoTags).toEqual(['bb:1', 'bb:2']);
  expect(list({ reference: ['bb:2'] })[0].repoTags).toEqual(['bb:2']);
  expect(list({ reference: ['*/x/*'] })[0].repoTags).toEqual(['example.com:5000/x/bb:latest']);
  expect(list({ reference: ['nomatch*'] })).toEqual([]);
  expect(list({ label: ['tier=base'] })).toHaveLength(1);
  expect(list({ label: ['tier'] })).toHaveLength(1);
  expect(list({ label: ['tier=other'] })).toEqual([]);
  expect(list({ dangling: ['true'] })).toEqual([]);
  expect(list({ dangling: ['false'] })).toHaveLength(1);
  expect(list({ before: ['bb:1'] })).toEqual([]);
  expect(list({ since: ['bb:1'] })).toEqual([]);
  expect(() => list({ nonsense: ['1'] })).toThrow("invalid filter 'nonsense'");
  expect(() => list({ dangling: ['maybe'] })).toThrow("invalid filter 'dangling=maybe'");
  expect(() => list({ before: ['nosuch'] })).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
});

describe('commit, history, rmi and prune', () => {
  let c1: string;

  test('commit: additions, changes and deletions of a vfs copy make a layer over the image', async () => {
    await prepareRootfs(v1.PrepareRootfsRequest.create({ containerId: 'ctr1', image: 'bb:1' }), s);
    writeFileSync(join(merged('ctr1'), 'new.txt'), 'hello\n');
    writeFileSync(join(merged('ctr1'), 'etc', 'passwd'), 'root:x:0:0:root:/root:/bin/sh\n');
    unlinkSync(join(merged('ctr1'), 'bin', 'vi'));
    rmSync(join(merged('ctr1'), 'home'), { recursive: true });
    const written = 'hello\n'.length + 'root:x:0:0:root:/root:/bin/sh\n'.length;
    const usage = (await rootfsUsage(v1.RootfsUsageRequest.create({}), s)).usage!;
    const image = s.store.image(base)!.size;
    expect(usage).toEqual([{ containerId: 'ctr1', sizeRw: written, sizeRootFs: written + image }]);
    const r = await commit('ctr1', { repo: 'bb', tag: 'c1', comment: 'first', changes: ['ENV B=2'], createdBy: 'sh -c edit' });
    c1 = r.image!.id!;
    expect(r.image).toMatchObject({ repoTags: ['bb:c1'], parent: base, comment: 'first', container: 'ctr1', config: { cmd: ['sh'], env: ['A=1', 'B=2'] } });
    expect(r.image!.layers).toHaveLength(2);
    // the new layer holds the changes: a vfs layer is a full tree
    const top = s.store.chain(s.store.image(c1)!.top_layer)[0];
    const dir = join(s.root, 'vfs', top.cache_id, 'diff');
    expect(readFileSync(join(dir, 'new.txt'), 'utf8')).toBe('hello\n');
    expect(readFileSync(join(dir, 'etc', 'passwd'), 'utf8')).toBe('root:x:0:0:root:/root:/bin/sh\n');
    expect(existsSync(join(dir, 'bin', 'vi'))).toBe(false);
    expect(existsSync(join(dir, 'home'))).toBe(false);
    expect(existsSync(join(dir, 'bin', 'sh'))).toBe(true);
    expect(top.size).toBe('hello\n'.length + 'root:x:0:0:root:/root:/bin/sh\n'.length);
    expectNoGarbage();
  });

  test('commit with nothing changed adds no layer; an unknown container is NOT_FOUND; a bad repo changes nothing', async () => {
    await prepareRootfs(v1.PrepareRootfsRequest.create({ containerId: 'ctr2', image: 'bb:1' }), s);
    const e = (await commit('ctr2')).image!;
    expect(e.layers).toEqual(list({ reference: ['bb:1'] })[0].layers);
    expect(e.repoTags).toEqual([]);
    const h = history(e.id!);
    expect(h[0]).toMatchObject({ id: e.id, size: 0 });
    const rows = s.store.layers().length;
    await expect(commit('nosuch')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(commit('ctr2', { repo: 'Bad' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(commit('ctr2', { tag: 'x' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(s.store.layers()).toHaveLength(rows);
    expectNoGarbage();
  });

  test('history: newest first, sized per layer, ids down the parent chain', () => {
    const h = history('bb:c1');
    expect(h).toHaveLength(2);
    expect(h[0]).toMatchObject({ id: c1, createdBy: 'sh -c edit', comment: 'first', tags: ['bb:c1'] });
    expect(Number(h[0].size)).toBeGreaterThan(0);
    expect(h[1]).toMatchObject({ id: base, createdBy: '', comment: 'Imported from -', tags: ['bb:1', 'bb:2', 'example.com:5000/x/bb:latest'] });
    expect(() => history('nosuch')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  test('history of an image whose builders are not stored: empty layers sized 0, the rest <missing>', async () => {
    const b = s.store.image(base)!;
    const layer = s.store.chain(b.top_layer)[0];
    const config = JSON.stringify({
      architecture: 'amd64', os: 'linux', created: '2024-01-03T00:00:00Z', config: { Cmd: ['sh'] },
      rootfs: { type: 'layers', diff_ids: [layer.diff_id] },
      history: [
        { created: '2024-01-01T00:00:00Z', created_by: '/bin/sh -c #(nop) ARG X', empty_layer: true },
        { created: '2024-01-02T00:00:00Z', created_by: '/bin/sh -c #(nop) ADD file:abc in / ' },
        { created: '2024-01-03T00:00:00Z', created_by: '/bin/sh -c #(nop)  CMD ["sh"]', empty_layer: true },
      ],
    });
    const id = `sha256:${'9'.repeat(64)}`;
    s.store.tx(() => {
      s.store.insertImage({ id, config, created: '2024-01-03T00:00:00Z', size: layer.size, top_layer: b.top_layer, created_ms: Date.now() });
      s.store.setTag('built', 'latest', id);
    });
    expect(history('built')).toEqual([
      { id, created: 1704240000, createdBy: '/bin/sh -c #(nop)  CMD ["sh"]', comment: '', size: 0, tags: ['built:latest'] },
      { id: '<missing>', created: 1704153600, createdBy: '/bin/sh -c #(nop) ADD file:abc in / ', comment: '', size: layer.size, tags: [] },
      { id: '<missing>', created: 1704067200, createdBy: '/bin/sh -c #(nop) ARG X', comment: '', size: 0, tags: [] },
    ]);
    expect(list({ reference: ['built'] })[0].createdMs).toBe(Date.parse('2024-01-03T00:00:00Z'));
    expect(list({ before: ['bb:1'] }).map((i) => i.id)).toEqual([id]);
    expect(list({ since: ['built'] }).map((i) => i.id)).not.toContain(id);
    await expect(rmi('built')).resolves.toEqual({ untagged: ['built:latest'], deleted: [id] });
  });

  test('rmi: conflicts as dockerd words them, untag vs delete, parents kept while tagged', async () => {
    await expect(rmi(base)).rejects.toMatchObject({ code: 'CONFLICT', message: `conflict: unable to delete ${base.slice(7, 19)} (cannot be forced) - image has dependent child images` });
    await expect(rmi(base, { force: true })).rejects.toMatchObject({ message: expect.stringMatching(/cannot be forced/) });
    // several tags, by reference: untag only
    expect(await rmi('bb:2')).toEqual({ untagged: ['bb:2'], deleted: [] });
    expect(await rmi('example.com:5000/x/bb')).toEqual({ untagged: ['example.com:5000/x/bb:latest'], deleted: [] });
    // the last tag of an image containers use: must force
    await expect(rmi('bb:1')).rejects.toMatchObject({
      code: 'CONFLICT', message: `conflict: unable to remove repository reference "bb:1" (must force) - container ctr1 is using its referenced image ${base.slice(7, 19)}`,
    });
    // several tags by id: must force
    tag('bb:c1', 'bb', 'c1b');
    await expect(rmi(c1.slice(7, 19))).rejects.toMatchObject({ message: `conflict: unable to delete ${c1.slice(7, 19)} (must be forced) - image is referenced in multiple repositories` });
    // an image a running container uses cannot go even forced; a stopped one's can
    await prepareRootfs(v1.PrepareRootfsRequest.create({ containerId: 'ctr3', image: 'bb:c1' }), s);
    await expect(rmi(c1, { force: true, running: ['ctr3'] })).rejects.toMatchObject({ message: `conflict: unable to delete ${c1.slice(7, 19)} (cannot be forced) - image is being used by running container ctr3` });
    const forced = await rmi(c1, { force: true });
    expect(forced.untagged).toEqual(['bb:c1', 'bb:c1b']);
    expect(forced.deleted).toEqual([c1]); // its layer stays while ctr3's rootfs is on it
    expect(s.store.layers().length).toBe(2);
    expectNoGarbage();
    await releaseRootfs(v1.ReleaseRootfsRequest.create({ containerId: 'ctr3' }), s);
    expect(s.store.layers().length).toBe(1);
    expectNoGarbage();
  });

  test('prune: dangling only, then all unused; used images stay; the reclaimed space is the layers\' size', async () => {
    const dangling = list({ dangling: ['true'] });
    expect(dangling).toHaveLength(1);
    const p = await prune(false);
    expect(p).toMatchObject({ untagged: [], deleted: [dangling[0].id], spaceReclaimed: 0 });
    // bb:1 is used by ctr1 and ctr2: prune -a leaves it
    expect(await prune(true)).toMatchObject({ untagged: [], deleted: [] });
    await releaseRootfs(v1.ReleaseRootfsRequest.create({ containerId: 'ctr1' }), s);
    await releaseRootfs(v1.ReleaseRootfsRequest.create({ containerId: 'ctr2' }), s);
    expect(await prune(true, [{ key: 'label', value: 'tier=other' }])).toMatchObject({ deleted: [] });
    expect(await prune(true, [{ key: 'label!', value: 'tier=base' }])).toMatchObject({ deleted: [] });
    await expect(prune(true, [{ key: 'bogus', value: '1' }])).rejects.toThrow("invalid filter 'bogus'");
    const all = await prune(true, [{ key: 'until', value: '0s' }]);
    expect(all.untagged).toEqual(['bb:1']);
    expect(all.deleted).toEqual([base, expect.stringMatching(/^sha256:/)]);
    expect(Number(all.spaceReclaimed)).toBeGreaterThan(1_000_000);
    expect(s.store.layers()).toEqual([]);
    expect(s.store.images()).toEqual([]);
    expect(s.store.repositories()).toEqual([]);
    expectNoGarbage();
  });

  test('an untagged image with children is an intermediate: listed only with all, kept by rmi of its tag', async () => {
    const src = join(s.dataRoot, 'tmp', 'bb2.tar');
    writeFileSync(src, readFileSync(tarFile));
    base = (await importImage(v1.ImportImageRequest.create({ sourcePath: src, repo: 'bb', tag: '1' }), s)).image!.id!;
    await prepareRootfs(v1.PrepareRootfsRequest.create({ containerId: 'ctr4', image: 'bb:1' }), s);
    writeFileSync(join(merged('ctr4'), 'four'), '4');
    // a release that arrives while the commit runs waits for it
    const [made] = await Promise.all([
      commit('ctr4', { repo: 'bb', tag: 'c4' }),
      releaseRootfs(v1.ReleaseRootfsRequest.create({ containerId: 'ctr4' }), s),
    ]);
    expect(made.image!.layers).toHaveLength(2);
    expect(await rmi('bb:1')).toEqual({ untagged: ['bb:1'], deleted: [] });
    expect(list().map((i) => i.id)).not.toContain(base);
    expect(list({}, true).find((i) => i.id === base)).toMatchObject({ repoTags: [] });
    expect(list({ dangling: ['true'] }).map((i) => i.id)).not.toContain(base);
    // the child goes, and with prune (the default) its untagged, unused parent with it
    const gone = await rmi('bb:c4');
    expect(gone.untagged).toEqual(['bb:c4']);
    expect(gone.deleted).toEqual([made.image!.id, expect.any(String), base, expect.any(String)]);
    expect(s.store.images()).toEqual([]);
    expectNoGarbage();
  });

  test('prune -a takes a tagged image and the tagged image committed over it in one go', async () => {
    const src = join(s.dataRoot, 'tmp', 'bb3.tar');
    writeFileSync(src, readFileSync(tarFile));
    const b = (await importImage(v1.ImportImageRequest.create({ sourcePath: src, repo: 'bb', tag: '1' }), s)).image!.id!;
    await prepareRootfs(v1.PrepareRootfsRequest.create({ containerId: 'ctr5', image: 'bb:1' }), s);
    writeFileSync(join(merged('ctr5'), 'five'), '5');
    const child = (await commit('ctr5', { repo: 'bb', tag: '5' })).image!.id!;
    await releaseRootfs(v1.ReleaseRootfsRequest.create({ containerId: 'ctr5' }), s);
    const stored = s.store.layers().reduce((n, l) => n + l.size, 0);
    const r = await prune(true);
    expect(r.untagged!.sort()).toEqual(['bb:1', 'bb:5']);
    expect(r.deleted).toEqual(expect.arrayContaining([b, child]));
    expect(r.deleted).toHaveLength(4);
    expect(Number(r.spaceReclaimed)).toBe(stored);
    expect(stored).toBeGreaterThan(1_000_000);
    expect(s.store.images()).toEqual([]);
    expect(s.store.layers()).toEqual([]);
    expectNoGarbage();
  });

  test('rmi --no-prune leaves the untagged parent: dangling now, and the next prune takes it', async () => {
    const src = join(s.dataRoot, 'tmp', 'bb4.tar');
    writeFileSync(src, readFileSync(tarFile));
    const b = (await importImage(v1.ImportImageRequest.create({ sourcePath: src, repo: 'bb', tag: '1' }), s)).image!.id!;
    await prepareRootfs(v1.PrepareRootfsRequest.create({ containerId: 'ctr6', image: 'bb:1' }), s);
    writeFileSync(join(merged('ctr6'), 'six'), '6');
    const child = (await commit('ctr6', { repo: 'bb', tag: '6' })).image!.id!;
    await releaseRootfs(v1.ReleaseRootfsRequest.create({ containerId: 'ctr6' }), s);
    expect(await rmi('bb:1')).toEqual({ untagged: ['bb:1'], deleted: [] });
    const r = await rmi('bb:6', { noPrune: true });
    expect(r.untagged).toEqual(['bb:6']);
    expect(r.deleted).toEqual([child, expect.stringMatching(/^sha256:/)]);
    expect(list({ dangling: ['true'] }).map((i) => i.id)).toEqual([b]);
    expect((await prune(false)).deleted).toEqual([b, expect.stringMatching(/^sha256:/)]);
    expect(s.store.images()).toEqual([]);
    expectNoGarbage();
  });

  test('digest references: rmi repo@digest untags it; a repository\'s last tag takes its digests; by id one tag and its digests go together', async () => {
    const manifest = (n: string) => `sha256:${n.repeat(64)}`;
    const withManifest = async (name: string, digest: string) => {
      const src = join(s.dataRoot, 'tmp', `${name}.tar`);
      writeFileSync(src, readFileSync(tarFile));
      const id = (await importImage(v1.ImportImageRequest.create({ sourcePath: src, repo: 'bb', tag: name }), s)).image!.id!;
      const layer = s.store.chain(s.store.image(id)!.top_layer)[0];
      s.store.tx(() => s.store.insertManifest(
        { digest, image_id: id, media_type: 'application/vnd.docker.distribution.manifest.v2+json', size: 1, json: '{}', created_ms: 1 },
        [{ digest: manifest('7'), media_type: 'application/vnd.docker.image.rootfs.diff.tar.gzip', size: 1, diff_id: layer.diff_id }], 'bb'));
      return id;
    };
    const id = await withManifest('d1', manifest('8'));
    expect(list({ reference: ['bb'] })[0].repoDigests).toEqual([`bb@${manifest('8')}`]);
    // by digest: untags that reference only
    expect(await rmi(`bb@${manifest('8')}`)).toEqual({ untagged: [`bb@${manifest('8')}`], deleted: [] });
    s.store.tx(() => s.store.insertManifest({ digest: manifest('9'), image_id: id, media_type: 'm', size: 1, json: '{}', created_ms: 1 }, [], 'bb'));
    // the repository's last tag takes the digest with it, and the image goes
    const r = await rmi('bb:d1');
    expect(r.untagged).toEqual(['bb:d1', `bb@${manifest('9')}`]);
    expect(r.deleted).toEqual([id, expect.stringMatching(/^sha256:/)]);
    // by id: one tag and digests of the same repository are a single reference
    const id2 = await withManifest('d2', manifest('a'));
    const r2 = await rmi(id2.slice(7, 19));
    expect(r2.untagged).toEqual(['bb:d2', `bb@${manifest('a')}`]);
    expect(r2.deleted![0]).toBe(id2);
    // an image known only by a digest is dangling to prune
    const id3 = await withManifest('d3', manifest('c'));
    expect(await rmi('bb:d3')).toMatchObject({ untagged: ['bb:d3', `bb@${manifest('c')}`] });
    const id4 = await withManifest('d4', manifest('d'));
    s.store.tx(() => s.store.deleteTag('bb', 'd4'));
    expect(list({ dangling: ['true'] })).toMatchObject([{ id: id4, repoTags: [], repoDigests: [`bb@${manifest('d')}`] }]);
    expect(await prune(false)).toMatchObject({ untagged: [`bb@${manifest('d')}`], deleted: [id4, expect.any(String)] });
    expect(s.store.image(id3)).toBeUndefined();
    expect(s.store.images()).toEqual([]);
    expect(s.store.blobs()).toEqual([]);
    expect(s.store.repositories()).toEqual([]);
    expectNoGarbage();
  });
});
