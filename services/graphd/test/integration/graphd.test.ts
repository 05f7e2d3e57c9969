import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keel } from '../../../../proto';
import { graphDrivers } from '../../src/drivers/available';
import { mountsUnder } from '../../src/drivers/mount';
import { openGraphd } from '../../src/graph';
import { importImage } from '../../src/handlers/image-import';
import { inspectImage } from '../../src/handlers/image-inspect';
import { listImages } from '../../src/handlers/image-list';
import { removeImage } from '../../src/handlers/image-remove';
import { prepareRootfs } from '../../src/handlers/rootfs-prepare';
import { releaseRootfs } from '../../src/handlers/rootfs-release';
import service from '../../src/service';
import type { GraphdState } from '../../src/state';

const v1 = keel.graphd.v1;
const FIXTURE = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'busybox-rootfs.sh');
const top = mkdtempSync(join(tmpdir(), 'graphd-it-'));
const states: GraphdState[] = [];

/** A graphd of its own over <dir>/data/graphd, with the given default driver. */
async function graphd(name: string, driver: 'overlay2' | 'vfs'): Promise<GraphdState> {
  const s = await openGraphd({ root: join(top, name, 'data', 'graphd'), drivers: graphDrivers(driver, true) });
  states.push(s);
  return s;
}

function sourceIn(s: GraphdState, file: string): string {
  const dir = join(s.dataRoot, 'tmp');
  mkdirSync(dir, { recursive: true });
  const dest = join(dir, `${Math.random().toString(16).slice(2)}-${file.split('/').pop()}`);
  writeFileSync(dest, readFileSync(file));
  return dest;
}

const imp = (s: GraphdState, source: string, o: { repo?: string; tag?: string; changes?: string[]; message?: string } = {}) =>
  importImage(v1.ImportImageRequest.create({ sourcePath: source, ...o }), s) as Promise<{ image: keel.graphd.v1.Image }>;
const inspect = (s: GraphdState, name: string) => inspectImage(v1.InspectImageRequest.create({ name }), s).image as keel.graphd.v1.Image;
const rmi = (s: GraphdState, name: string, force = false) =>
  removeImage(v1.RemoveImageRequest.create({ name, force }), s) as Promise<keel.graphd.v1.RemoveImageResponse>;
const prepare = (s: GraphdState, containerId: string, image: string) =>
  prepareRootfs(v1.PrepareRootfsRequest.create({ containerId, image }), s) as Promise<keel.graphd.v1.PrepareRootfsResponse>;
const release = (s: GraphdState, containerId: string) => releaseRootfs(v1.ReleaseRootfsRequest.create({ containerId }), s);
const mounted = (dir: string) => mountsUnder(dir);
const dirsIn = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);
/** Layer directories of a driver (overlay2's l/ of short links aside), and overlay2's links. */
const layersOn = (s: GraphdState, driver: string) => dirsIn(join(s.root, driver)).filter((n) => n !== 'l');
const linksOf = (s: GraphdState) => dirsIn(join(s.root, 'overlay2', 'l'));

let plainTar: string;
let gzTar: string;
let plainDigest: string;

beforeAll(() => {
  plainTar = join(top, 'busybox.tar');
  gzTar = join(top, 'busybox.tar.gz');
  execFileSync('bash', [FIXTURE, plainTar]);
  execFileSync('bash', [FIXTURE, gzTar]);
  plainDigest = `sha256:${createHash('sha256').update(readFileSync(plainTar)).digest('hex')}`;
});

afterAll(async () => {
  for (const s of states) {
    for (const m of mountsUnder(s.root)) execFileSync('umount', ['-l', m]);
    await s.close?.();
  }
  rmSync(top, { recursive: true, force: true });
  expect(mountsUnder(top)).toEqual([]);
});

describe('image import', () => {
  test('a plain and a gzipped tar make the same layer, stored once by its diff id', async () => {
    const s = await graphd('import', 'overlay2');
    const a = (await imp(s, sourceIn(s, plainTar), { repo: 'busybox' })).image!;
    expect(a.id).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(a.layers).toEqual([plainDigest]);
    expect(a.repoTags).toEqual(['busybox:latest']);
    expect(a.driver).toBe('overlay2');
    expect(a.os).toBe('linux');
    expect(a.config!.env).toEqual(['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']);
    expect(a.config!.cmdSet).toBe(false);
    expect(a.size).toBeGreaterThan(statSync('/bin/busybox').size - 1);

    const b = (await imp(s, sourceIn(s, gzTar), { repo: 'BusyBox', tag: 'gz' })).image!;
    expect(b.layers).toEqual([plainDigest]);
    expect(b.repoTags).toEqual(['busybox:gz']);
    expect(s.store.layers()).toHaveLength(1);
    expect(layersOn(s, 'overlay2')).toHaveLength(1);
    expect(linksOf(s)).toHaveLength(1);

    const diff = s.graph.get('overlay2')!.layerDir(s.store.layers()[0].cache_id);
    expect(readlinkSync(join(diff, 'bin', 'sh'))).toBe('busybox');
    expect(statSync(join(diff, 'bin', 'busybox')).mode & 0o777).toBe(statSync('/bin/busybox').mode & 0o777);
    expect(statSync(join(diff, 'tmp')).mode & 0o7777).toBe(0o1777);
    expect(statSync(join(diff, 'root')).mode & 0o777).toBe(0o700);
    expect(statSync(join(diff, 'etc', 'passwd')).mtime.toISOString()).toBe('2024-01-01T00:00:00.000Z');
    expect(readFileSync(join(diff, 'etc', 'passwd'), 'utf8')).toMatch(/^root:x:0:0/);

    // the image config is stored as the exact bytes digested
    const row = s.store.image(a.id)!;
    expect(`sha256:${createHash('sha256').update(row.config).digest('hex')}`).toBe(a.id);
    // the source belongs to the api: still there
    expect(dirsIn(join(s.dataRoot, 'tmp'))).toHaveLength(2);
  });

  test('changes are applied; a bad change or a bad reference stores nothing', async () => {
    const s = await graphd('changes', 'vfs');
    const img = (await imp(s, sourceIn(s, plainTar), {
      repo: 'bb', tag: 'x', message: 'hello',
      changes: ['CMD ["echo", "hi"]', 'ENTRYPOINT /bin/sh', 'ENV A=1 B="2 3"', 'ENV C 4', 'WORKDIR /tmp', 'USER nobody', 'LABEL k=v', 'EXPOSE 80 53/udp'],
    })).image!;
    expect(img.config).toMatchObject({
      cmd: ['echo', 'hi'], cmdSet: true, entrypoint: ['/bin/sh', '-c', '/bin/sh'], entrypointSet: true,
      env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'A=1', 'B=2 3', 'C=4'],
      workingDir: '/tmp', user: 'nobody', labels: { k: 'v' }, exposedPorts: ['80/tcp', '53/udp'],
    });
    expect(img.comment).toBe('hello');
    expect(img.driver).toBe('vfs');

    const before = { images: s.store.images().length, layers: dirsIn(join(s.root, 'vfs')).length };
    await expect(imp(s, sourceIn(s, plainTar), { repo: 'bad', changes: ['RUN rm -rf /'] }))
      .rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: 'run is not a valid change command' });
    await expect(imp(s, sourceIn(s, plainTar), { repo: 'bad', changes: ['ENV A'] })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(imp(s, sourceIn(s, plainTar), { repo: 'Bad Name!' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(imp(s, '/etc/passwd')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringMatching(/not inside the data-root/) });
    await expect(imp(s, join(s.dataRoot, 'nope.tar'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // not a tar at all
    const junk = join(s.dataRoot, 'junk.tar');
    writeFileSync(junk, 'this is not a tar archive\n'.repeat(100));
    await expect(imp(s, junk, { repo: 'junk' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect({ images: s.store.images().length, layers: dirsIn(join(s.root, 'vfs')).length }).toEqual(before);
    expect(s.store.tag('bad', 'latest')).toBeUndefined();
  });

  test('entries that would leave the layer refuse the archive and leave nothing', async () => {
    const s = await graphd('evil', 'overlay2');
    const outside = join(top, 'outside');
    mkdirSync(outside, { recursive: true });
    const evil = (name: string, py: string) => {
      const file = join(s.dataRoot, `${name}.tar`);
      execFileSync('python3', ['-c', `
import tarfile, io
t = tarfile.open(${JSON.stringify(file)}, 'w')
def f(name, data=b'x', **kw):
    i = tarfile.TarInfo(name); i.size = len(data)
    for k, v in kw.items(): setattr(i, k, v)
    t.addfile(i, io.BytesIO(data))
def l(name, target, kind):
    i = tarfile.TarInfo(name); i.type = kind; i.linkname = target; t.addfile(i)
${py}
t.close()`]);
      return file;
    };
    const cases = {
      dotdot: "f('../escaped')",
      hardlink: "l('passwd', '../../../../../../etc/passwd', tarfile.LNKTYPE)",
      through: `l('evil', ${JSON.stringify(outside)}, tarfile.SYMTYPE)\nf('evil/planted')`,
    };
    for (const [name, py] of Object.entries(cases)) {
      await expect(imp(s, evil(name, py), { repo: name })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringMatching(/refused archive/) });
    }
    expect(dirsIn(outside)).toEqual([]);
    expect(existsSync(join(top, 'escaped'))).toBe(false);
    expect(layersOn(s, 'overlay2')).toEqual([]);
    expect(linksOf(s)).toEqual([]);
    expect(s.store.images()).toEqual([]);

    // absolute and relative symlinks are kept verbatim; they resolve inside the container
    const ok = (await imp(s, evil('links', `f('bin/busybox')\nl('bin/sh', '/bin/busybox', tarfile.SYMTYPE)\nl('usr/bin/env', '../../bin/busybox', tarfile.SYMTYPE)\nl('hard', 'bin/busybox', tarfile.LNKTYPE)`), { repo: 'links' })).image!;
    const diff = s.graph.get('overlay2')!.layerDir(s.store.layer(ok.layers[0])!.cache_id);
    expect(readlinkSync(join(diff, 'bin', 'sh'))).toBe('/bin/busybox');
    expect(readlinkSync(join(diff, 'usr', 'bin', 'env'))).toBe('../../bin/busybox');
    expect(statSync(join(diff, 'hard')).ino).toBe(statSync(join(diff, 'bin', 'busybox')).ino);
  });
});

describe('inspect, list, remove', () => {
  let s: GraphdState;
  let a: string;
  let b: string;
  beforeAll(async () => {
    s = await graphd('names', 'overlay2');
    a = (await imp(s, sourceIn(s, plainTar), { repo: 'busybox' })).image!.id;
    await imp(s, sourceIn(s, plainTar), { repo: 'busybox', tag: 'v2' }); // another image (created differs), same layer
    b = (await imp(s, sourceIn(s, gzTar), { repo: 'other', changes: ['CMD ["sh"]'] })).image!.id;
  });

  test('by repo:tag, repo (→ latest), full id with and without sha256:, unique prefix', () => {
    const hex = a.slice('sha256:'.length);
    expect(inspect(s, 'busybox').id).toBe(a);
    expect(inspect(s, 'busybox:latest').id).toBe(a);
    expect(inspect(s, 'docker.io/library/busybox:latest').id).toBe(a);
    expect(inspect(s, a).id).toBe(a);
    expect(inspect(s, hex).id).toBe(a);
    // the shortest prefix that tells a from the other two images
    const ids = s.store.images().map((r) => r.id.slice(7)).filter((x) => x !== hex);
    let n = 1;
    while (ids.some((x) => x.startsWith(hex.slice(0, n)))) n++;
    expect(inspect(s, hex.slice(0, n)).id).toBe(a);
    expect(inspect(s, `sha256:${hex.slice(0, Math.max(n, 12))}`).id).toBe(a);
  });

  test('missing → NOT_FOUND with Docker\'s message; an ambiguous prefix is an error', () => {
    expect(() => inspect(s, 'nope')).toThrow(expect.objectContaining({ code: 'NOT_FOUND', message: 'No such image: nope:latest' }));
    expect(() => inspect(s, 'busybox:v9')).toThrow(expect.objectContaining({ code: 'NOT_FOUND', message: 'No such image: busybox:v9' }));
    expect(() => inspect(s, `sha256:${'0'.repeat(64)}`)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    // every image id starts with one of 16 hex digits; with 3 images some 1-char prefix may be shared
    const firsts = s.store.images().map((r) => r.id[7]);
    const shared = firsts.find((c, i) => firsts.indexOf(c) !== i);
    if (shared) expect(() => inspect(s, shared)).toThrow(/ambiguous/);
    const empty = [...'0123456789abcdef'].find((c) => !firsts.includes(c))!;
    expect(() => inspect(s, empty)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  test('list shows tags, sizes and config; service.info counts images', async () => {
    const list = listImages(v1.ListImagesRequest.create({}), s).images!;
    expect(list).toHaveLength(3);
    expect(list.find((i) => i.id === b)).toMatchObject({ repoTags: ['other:latest'], config: { cmd: ['sh'] } });
    expect(list.every((i) => Number(i.size) > 0 && Number(i.createdMs) > 0)).toBe(true);
    const info = await service.info!(s);
    expect(info.facts).toEqual(expect.arrayContaining([{ key: 'images', value: '3' }, { key: 'supports-d-type', value: 'true' }]));
  });

  test('remove: untag, then delete with the last tag; by id with several tags needs force', async () => {
    await imp(s, sourceIn(s, plainTar), { repo: 'alias' }).then((r) => r.image!.id); // another image
    // tag b twice
    s.store.tx(() => s.store.setTag('other', 'second', b));
    await expect(rmi(s, b)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/referenced in multiple repositories/) });
    expect(await rmi(s, 'other:second')).toEqual({ untagged: ['other:second'], deleted: [] });
    const r = await rmi(s, 'other');
    expect(r.untagged).toEqual(['other:latest']);
    expect(r.deleted).toEqual([b]); // its layer is shared with the others: it stays
    await expect(rmi(s, 'other')).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'No such image: other:latest' });

    s.store.tx(() => s.store.setTag('busybox', 'again', a));
    const forced = await rmi(s, a, true);
    expect(forced.untagged.sort()).toEqual(['busybox:again', 'busybox:latest']);
    expect(forced.deleted).toEqual([a]);
    await rmi(s, 'busybox:v2');
    const last = await rmi(s, 'alias');
    expect(last.deleted).toHaveLength(2); // the image and, with it, the last user of the layer
    expect(last.deleted[1]).toBe(plainDigest);
    expect(s.store.layers()).toEqual([]);
    expect(layersOn(s, 'overlay2')).toEqual([]);
    expect(linksOf(s)).toEqual([]);
    expect((await service.info!(s)).facts).toEqual(expect.arrayContaining([{ key: 'images', value: '0' }]));
  });
});

describe.each(['overlay2', 'vfs'] as const)('rootfs on %s', (driver) => {
  let s: GraphdState;
  let id: string;
  beforeAll(async () => {
    s = await graphd(`rootfs-${driver}`, driver);
    id = (await imp(s, sourceIn(s, plainTar), { repo: 'busybox' })).image!.id;
  });

  test('prepare mounts the layers with a writable layer over them; release removes it', async () => {
    const r = await prepare(s, 'c1', id);
    expect(r).toEqual({ rootfsPath: join(s.root, 'containers', 'c1', 'merged'), driver });
    const root = r.rootfsPath!;
    expect(mounted(root)).toEqual(driver === 'overlay2' ? [root] : []);
    expect(readlinkSync(join(root, 'bin', 'sh'))).toBe('busybox');
    // the container's busybox runs (chroot stands in for the shim here)
    expect(execFileSync('chroot', [root, '/bin/sh', '-c', 'echo hello > /tmp/out; cat /tmp/out']).toString()).toBe('hello\n');
    writeFileSync(join(root, 'etc', 'hostname'), 'c1\n');
    const diff = s.graph.get(driver)!.layerDir(s.store.layers()[0].cache_id);
    expect(existsSync(join(diff, 'tmp', 'out'))).toBe(false);
    expect(readFileSync(join(diff, 'etc', 'hostname'), 'utf8')).toBe('');
    if (driver === 'overlay2') {
      expect(readFileSync(join(s.root, 'containers', 'c1', 'upper', 'tmp', 'out'), 'utf8')).toBe('hello\n');
    }
    // a retry gets the same; another image for the same container is refused
    expect(await prepare(s, 'c1', id)).toEqual(r);
    expect(await prepare(s, 'c1', 'busybox')).toEqual(r);
    const other = (await imp(s, sourceIn(s, gzTar), { repo: 'other' })).image!.id;
    await expect(prepare(s, 'c1', other)).rejects.toMatchObject({ code: 'ALREADY_EXISTS' });

    await release(s, 'c1');
    expect(mounted(join(s.root, 'containers'))).toEqual([]);
    expect(dirsIn(join(s.root, 'containers'))).toEqual([]);
    await expect(release(s, 'c1')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await rmi(s, other);
  });

  test('bad input: unknown image, bad container id', async () => {
    await expect(prepare(s, 'c2', 'nope')).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'No such image: nope:latest' });
    await expect(prepare(s, '../escape', id)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(release(s, 'never')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(dirsIn(join(s.root, 'containers'))).toEqual([]);
  });

  test('an image in use: rmi is refused, rmi -f keeps the rootfs working until release', async () => {
    const r = await prepare(s, 'c3', id);
    await expect(rmi(s, 'busybox')).rejects.toMatchObject({
      code: 'CONFLICT',
      message: `conflict: unable to remove repository reference "busybox" (must force) - container c3 is using its referenced image ${id.slice(7, 19)}`,
    });
    await expect(rmi(s, id)).rejects.toMatchObject({ code: 'CONFLICT' });
    const forced = await rmi(s, 'busybox', true);
    expect(forced).toEqual({ untagged: ['busybox:latest'], deleted: [id] });
    expect(() => inspect(s, id)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    // the layer stays while the rootfs uses it
    expect(s.store.layers()).toHaveLength(1);
    expect(execFileSync('chroot', [r.rootfsPath!, '/bin/echo', 'still here']).toString()).toBe('still here\n');
    await release(s, 'c3');
    expect(s.store.layers()).toEqual([]);
    expect(layersOn(s, driver)).toEqual([]);
    expect(mounted(s.root)).toEqual([]);
  });
});

describe('reconcile at start', () => {
  test('rows without a mount are mounted again; dirs, mounts and layers without rows are removed', async () => {
    const name = 'reconcile';
    let s = await graphd(name, 'overlay2');
    const id = (await imp(s, sourceIn(s, plainTar), { repo: 'busybox' })).image!.id;
    const kept = (await prepare(s, 'kept', id)).rootfsPath!;
    writeFileSync(join(kept, 'marker'), 'x');
    // an orphan: a mounted rootfs with no row (a crash after mounting, before recording)
    const orphan = await prepare(s, 'orphan', id);
    s.store.tx(() => s.store.deleteRootfs('orphan'));
    // a half-made layer, and a rootfs dir with no row and no mount
    mkdirSync(join(s.root, 'overlay2', 'deadbeef', 'diff'), { recursive: true });
    mkdirSync(join(s.root, 'containers', 'stray', 'upper'), { recursive: true });
    // the "reboot": the kept rootfs is no longer mounted
    execFileSync('umount', [kept]);
    await s.close?.();
    states.splice(states.indexOf(s), 1);

    s = await graphd(name, 'overlay2');
    expect(mounted(join(s.root, 'containers'))).toEqual([kept]);
    expect(readFileSync(join(kept, 'marker'), 'utf8')).toBe('x');
    expect(existsSync(orphan.rootfsPath!)).toBe(false);
    expect(dirsIn(join(s.root, 'containers'))).toEqual(['kept']);
    expect(layersOn(s, 'overlay2')).toEqual([s.store.layers()[0].cache_id]);
    expect(linksOf(s)).toHaveLength(1);
    await release(s, 'kept');
    expect(mounted(s.root)).toEqual([]);
  });
});
