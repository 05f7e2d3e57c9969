import { execFileSync, fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { native } from '../../../../addon';
import { keel } from '../../../../proto';
import { type TarEntry, tar, writeManyFilesTarGz } from '../../../../test/fixtures/tar-writer';
import { graphDrivers, kernelHasOverlay } from '../../src/drivers/available';
import { mountsUnder } from '../../src/drivers/mount';
import { openGraphd } from '../../src/graph';
import { importImage } from '../../src/handlers/image-import';
import { removeImage } from '../../src/handlers/image-remove';
import { prepareRootfs } from '../../src/handlers/rootfs-prepare';
import { releaseRootfs } from '../../src/handlers/rootfs-release';
import { applyLayer } from '../../src/layer/apply';
import type { GraphdState } from '../../src/state';

const v1 = keel.graphd.v1;
const ROOT = join(__dirname, '..', '..', '..', '..');
const why = process.getuid?.() !== 0 ? 'unpacking layers (mknod, trusted xattrs, overlay mounts) needs root'
  : !kernelHasOverlay() ? 'the kernel has no overlay filesystem'
    : !native() ? 'the native module is not built (addon/)' : '';
if (why) console.log(`graphd layers skipped: ${why}`);
const describeRoot = why ? describe.skip : describe;

const top = mkdtempSync(join(tmpdir(), 'graphd-layers-'));
const states: GraphdState[] = [];
const DRIVERS = ['overlay2', 'vfs'] as const;

async function graphd(name: string, driver: 'overlay2' | 'vfs'): Promise<GraphdState> {
  const s = await openGraphd({ root: join(top, name, 'data', 'graphd'), drivers: graphDrivers(driver, true) });
  states.push(s);
  return s;
}

/** Writes each layer into the data-root (where import sources must be) and returns the paths. */
function layerFiles(s: GraphdState, layers: Buffer[]): string[] {
  const dir = join(s.dataRoot, 'tmp');
  mkdirSync(dir, { recursive: true });
  return layers.map((b) => {
    const p = join(dir, `${Math.random().toString(16).slice(2)}.tar`);
    writeFileSync(p, b);
    return p;
  });
}
const importLayers = async (s: GraphdState, layers: Buffer[], repo = '') =>
  (await importImage(v1.ImportImageRequest.create({ layerPaths: layerFiles(s, layers), repo }), s)).image as keel.graphd.v1.Image;
const prepare = (s: GraphdState, containerId: string, image: string) =>
  prepareRootfs(v1.PrepareRootfsRequest.create({ containerId, image }), s) as Promise<keel.graphd.v1.PrepareRootfsResponse>;
const release = (s: GraphdState, containerId: string) => releaseRootfs(v1.ReleaseRootfsRequest.create({ containerId }), s);
const rmi = (s: GraphdState, name: string) => removeImage(v1.RemoveImageRequest.create({ name }), s) as Promise<keel.graphd.v1.RemoveImageResponse>;
const dirsIn = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);
const layersOn = (s: GraphdState, driver: string) => dirsIn(join(s.root, driver)).filter((n) => n !== 'l');
const linksOf = (s: GraphdState) => dirsIn(join(s.root, 'overlay2', 'l'));
/** Every path under dir, sorted, "name/" for directories. */
function tree(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const n of readdirSync(join(dir, rel)).sort()) {
    const p = rel ? `${rel}/${n}` : n;
    const st = lstatSync(join(dir, p));
    if (st.isDirectory()) out.push(`${p}/`, ...tree(dir, p));
    else out.push(p);
  }
  return out;
}
/** Nothing stored: no image, layer or repository row; no layer directory or link. */
function expectEmpty(s: GraphdState): void {
  expect(s.store.images()).toEqual([]);
  expect(s.store.layers()).toEqual([]);
  expect(s.store.repositories()).toEqual([]);
  for (const d of DRIVERS) expect(layersOn(s, d)).toEqual([]);
  expect(linksOf(s)).toEqual([]);
}

afterAll(async () => {
  for (const s of states) {
    for (const m of mountsUnder(s.root)) execFileSync('umount', ['-l', m]);
    await s.close?.();
  }
  rmSync(top, { recursive: true, force: true });
  expect(mountsUnder(top)).toEqual([]);
});

describeRoot('applyLayer', () => {
  test.each(DRIVERS)('every kind of entry is kept: owners, modes, setuid, times, xattrs, devices, links, long names (%s)', async (driverId) => {
    const s = await graphd(`kinds-${driverId}`, driverId);
    const driver = s.graph.get(driverId)!;
    const cap = Buffer.from('0100000200200000000000000000000000000000', 'hex'); // cap_net_bind_service, permitted
    const long = `deep/${'d'.repeat(90)}/${'e'.repeat(90)}/file`;
    const entries: TarEntry[] = [
      { name: 'bin/', type: 'dir', mode: 0o755, mtime: 1_600_000_000 },
      { name: 'bin/ping', data: 'ping', mode: 0o4755, uid: 0, gid: 0, xattrs: { 'security.capability': cap, 'user.note': 'hi' } },
      { name: 'home/u/', type: 'dir', mode: 0o700, uid: 1000, gid: 1000 },
      { name: 'home/u/f', data: 'mine', mode: 0o640, uid: 1000, gid: 1001, mtime: 1_500_000_000 },
      { name: 'dev/null', type: 'char', mode: 0o666, devmajor: 1, devminor: 3 },
      { name: 'dev/sda', type: 'block', mode: 0o660, devmajor: 8, devminor: 0 },
      { name: 'run/fifo', type: 'fifo', mode: 0o600 },
      { name: 'bin/ping6', type: 'link', linkname: 'bin/ping' },
      { name: 'bin/sh', type: 'symlink', linkname: '/bin/busybox' },
      { name: long, data: 'pax long name' },
      { name: `gnu/${'g'.repeat(120)}`, data: 'gnu long name', gnuLongName: true },
    ];
    const plain = tar(entries);
    const want = `sha256:${createHash('sha256').update(plain).digest('hex')}`;
    const zst = execFileSync('zstd', ['-q', '-c'], { input: plain });
    for (const [form, bytes] of [['plain', plain], ['gzip', gzipSync(plain)], ['zstd', zst]] as const) {
      const l = await applyLayer(Readable.from([bytes]), driver, null, { diffId: want });
      expect({ form, diffId: l.diffId }).toEqual({ form, diffId: want });
      // the blob as given: its own digest and size (the diff id's, when it is not compressed)
      const blob = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
      expect({ form, digest: l.digest, blobSize: l.blobSize }).toEqual({ form, digest: blob, blobSize: bytes.length });
      if (form === 'plain') expect(l.digest).toBe(want);
      const d = driver.layerDir(l.cacheId);
      const ping = statSync(join(d, 'bin/ping'));
      expect(ping.mode & 0o7777).toBe(0o4755);
      expect(native()!.lgetxattr(join(d, 'bin/ping'), 'security.capability')).toEqual(cap);
      expect(native()!.lgetxattr(join(d, 'bin/ping'), 'user.note')!.toString()).toBe('hi');
      expect(statSync(join(d, 'bin/ping6')).ino).toBe(ping.ino);
      expect(readlinkSync(join(d, 'bin/sh'))).toBe('/bin/busybox');
      const f = statSync(join(d, 'home/u/f'));
      expect([f.uid, f.gid, f.mode & 0o777, f.mtime.getTime()]).toEqual([1000, 1001, 0o640, 1_500_000_000_000]);
      expect(statSync(join(d, 'home/u')).uid).toBe(1000);
      expect(statSync(join(d, 'bin')).mtime.getTime()).toBe(1_600_000_000_000);
      const nul = statSync(join(d, 'dev/null'));
      expect([nul.isCharacterDevice(), nul.rdev]).toEqual([true, (1 << 8) | 3]);
      expect(statSync(join(d, 'dev/sda')).isBlockDevice()).toBe(true);
      expect(statSync(join(d, 'run/fifo')).isFIFO()).toBe(true);
      expect(readFileSync(join(d, long), 'utf8')).toBe('pax long name');
      expect(readFileSync(join(d, 'gnu', 'g'.repeat(120)), 'utf8')).toBe('gnu long name');
      expect(l.size).toBe(4 + 4 + 13 + 13);
      await driver.removeLayer(l.cacheId);
    }
    // a diff id that does not match: refused, and the directory is gone
    const before = layersOn(s, driverId);
    await expect(applyLayer(Readable.from([plain]), driver, null, { diffId: `sha256:${'0'.repeat(64)}` }))
      .rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringMatching(/does not match its diff id/) });
    expect(layersOn(s, driverId)).toEqual(before);
    expect(linksOf(s)).toEqual([]);
  });
});

/** Three layers deleting, hiding and re-creating things: the merged view is the same on both drivers. */
const THREE: TarEntry[][] = [
  [{ name: 'a/x', data: '1' }, { name: 'a/y', data: '1' }, { name: 'b/z', data: '1' }, { name: 'c/keep', data: '1' },
    { name: 'd/old', data: '1' }, { name: 'd/sub/older', data: '1' }, { name: 'gone', data: '1' }],
  [{ name: 'a/.wh.x' }, { name: '.wh.b' }, { name: 'c/new', data: '2' }, { name: 'd/new2', data: '2' }, { name: 'd/.wh..wh..opq' },
    { name: 'd/sub/newer', data: '2' }, { name: 'e/f', data: '2' }, { name: '.wh.gone' }],
  [{ name: 'a/.wh..wh..opq' }, { name: 'a/n', data: '3' }, { name: 'b/again', data: '3' }, { name: '.wh.e' }, { name: 'c/new', data: '3' }],
];
const MERGED = ['a/', 'a/n', 'b/', 'b/again', 'c/', 'c/keep', 'c/new', 'd/', 'd/new2', 'd/sub/', 'd/sub/newer'];

describeRoot('whiteouts and opaque directories', () => {
  test.each(DRIVERS)('across three layers give the right merged view (%s)', async (driverId) => {
    const s = await graphd(`whiteouts-${driverId}`, driverId);
    const img = await importLayers(s, THREE.map((l) => tar(l)), 'three');
    expect(img.layers).toHaveLength(3);
    expect(img.driver).toBe(driverId);
    const r = await prepare(s, 'w1', img.id);
    expect(tree(r.rootfsPath)).toEqual(MERGED);
    expect(readFileSync(join(r.rootfsPath, 'c/new'), 'utf8')).toBe('3');
    if (driverId === 'overlay2') {
      const l2 = s.store.chain(s.store.image(img.id)!.top_layer)[1];
      const dir = s.graph.get('overlay2')!.layerDir(l2.cache_id);
      expect(statSync(join(dir, 'b')).isCharacterDevice()).toBe(true);
      expect(statSync(join(dir, 'b')).rdev).toBe(0);
      expect(native()!.lgetxattr(join(dir, 'd'), 'trusted.overlay.opaque')!.toString()).toBe('y');
    }
    await release(s, 'w1');
    await rmi(s, 'three');
    expectEmpty(s);
  });
});

describeRoot('hostile layers', () => {
  test.each(DRIVERS)('each is refused or contained, nothing is stored, the canary outside is untouched (%s)', async (driverId) => {
    const s = await graphd(`hostile-${driverId}`, driverId);
    const outside = join(top, `outside-${driverId}`);
    mkdirSync(outside);
    const canary = join(outside, 'canary');
    writeFileSync(canary, 'untouched');
    const refused: Record<string, TarEntry[][]> = {
      'a ".." path': [[{ name: '../../../escaped', data: 'x' }]],
      'a ".." path inside': [[{ name: 'a/../../escaped', data: 'x' }]],
      'a file through an absolute symlink': [[{ name: 'evil', type: 'symlink', linkname: outside }, { name: 'evil/canary', data: 'owned' }]],
      'a file through chained symlinks': [[{ name: 'a', type: 'symlink', linkname: 'b' }, { name: 'b', type: 'symlink', linkname: outside },
        { name: 'a/canary', data: 'owned' }]],
      'a file through a relative symlink climbing out': [[{ name: 'up', type: 'symlink', linkname: '../../../../../../../../..' },
        { name: `up${outside}/canary`, data: 'owned' }]],
      'a directory through a symlink': [[{ name: 'evil', type: 'symlink', linkname: outside }, { name: 'evil/newdir/', type: 'dir' }]],
      'a hard link to outside': [[{ name: 'pw', type: 'link', linkname: '../../../../../../etc/passwd' }]],
      'a hard link to an absolute path not in the layer': [[{ name: 'pw', type: 'link', linkname: canary }]],
      'a hard link through a symlink': [[{ name: 'evil', type: 'symlink', linkname: outside }, { name: 'h', type: 'link', linkname: 'evil/canary' }]],
      'a whiteout through a symlink': [[{ name: 'evil', type: 'symlink', linkname: outside }, { name: 'evil/.wh.canary' }]],
      'a whiteout of ".."': [[{ name: 'a/.wh...' }]],
      'an opaque marker through a symlink': [[{ name: 'evil', type: 'symlink', linkname: outside }, { name: 'evil/.wh..wh..opq' }]],
      'a good first layer, then an escaping second': [[{ name: 'ok', data: 'fine' }], [{ name: '../escaped', data: 'x' }]],
    };
    if (driverId === 'vfs') {
      // vfs copies the first layer into the second: a link planted there must not be written through
      refused['a write through a symlink planted by an earlier layer'] = [[{ name: 'etc', type: 'symlink', linkname: outside }], [{ name: 'etc/canary', data: 'owned' }]];
    }
    for (const [what, layers] of Object.entries(refused)) {
      const err = await importLayers(s, layers.map((l) => tar(l)), 'hostile').then(() => null, (e: unknown) => e);
      expect({ what, err }).toMatchObject({ what, err: { code: 'INVALID_ARGUMENT', message: expect.stringMatching(/refused archive/) } });
      expectEmpty(s);
    }

    // contained: absolute names and links are kept inside the layer, as data
    const contained = await importLayers(s, [
      tar([{ name: `${outside}/canary`, data: 'inside' }, { name: 'etc', type: 'symlink', linkname: outside },
        { name: 'dev/mem', type: 'char', mode: 0o600, devmajor: 1, devminor: 1 }, { name: 'suid', data: 'x', mode: 0o6755 }]),
      // overlay2: the earlier layer's symlink is not in this layer, so etc/ here is a directory of its own
      ...(driverId === 'overlay2' ? [tar([{ name: 'etc/canary', data: 'inside too' }])] : []),
    ], 'contained');
    const r = await prepare(s, 'c1', contained.id);
    expect(readFileSync(join(r.rootfsPath, outside, 'canary'), 'utf8')).toBe('inside');
    if (driverId === 'overlay2') expect(readFileSync(join(r.rootfsPath, 'etc', 'canary'), 'utf8')).toBe('inside too');
    else expect(readlinkSync(join(r.rootfsPath, 'etc'))).toBe(outside);
    expect(statSync(join(r.rootfsPath, 'dev', 'mem')).isCharacterDevice()).toBe(true);
    expect(statSync(join(r.rootfsPath, 'suid')).mode & 0o7777).toBe(0o6755);
    await release(s, 'c1');
    await rmi(s, 'contained');
    expectEmpty(s);

    expect(readdirSync(outside)).toEqual(['canary']);
    expect(readFileSync(canary, 'utf8')).toBe('untouched');
    expect(existsSync(join(top, 'escaped'))).toBe(false);
    expect(existsSync('/escaped')).toBe(false);
    rmSync(outside, { recursive: true });
  });
});

describeRoot('overlay2 with many layers', () => {
  test('a 120-layer image mounts through l/ short links and a process runs in it', async () => {
    const s = await graphd('deep', 'overlay2');
    const busybox = join(top, 'busybox.tar');
    execFileSync('bash', [join(ROOT, 'test', 'fixtures', 'busybox-rootfs.sh'), busybox]);
    const layers: Buffer[] = [readFileSync(busybox)];
    for (let i = 1; i < 120; i++) layers.push(tar([{ name: `layers/${i}`, data: String(i) }, { name: 'top', data: String(i) }]));
    const img = await importLayers(s, layers, 'deep');
    expect(img.layers).toHaveLength(120);
    expect(linksOf(s)).toHaveLength(120);
    for (const l of linksOf(s)) expect(l).toMatch(/^[A-Z2-7]{26}$/);

    const r = await prepare(s, 'deep1', img.id);
    expect(mountsUnder(s.root)).toEqual([r.rootfsPath]);
    const opts = readFileSync('/proc/self/mountinfo', 'utf8').split('\n').find((l) => l.split(' ')[4] === r.rootfsPath)!;
    expect(opts).toMatch(/lowerdir=l\/[A-Z2-7]{26}:/);
    expect(readdirSync(join(r.rootfsPath, 'layers'))).toHaveLength(119);
    // a process of the image, in the merged view
    const out = execFileSync('chroot', [r.rootfsPath, '/bin/sh', '-c', 'cat /top; echo; cat /layers/1; echo; ls /layers | wc -l'], { encoding: 'utf8' });
    expect(out.trim().split('\n').map((x) => x.trim())).toEqual(['119', '1', '119']);
    await release(s, 'deep1');
    await rmi(s, 'deep');
    expectEmpty(s);
  });
});

describeRoot('garbage', () => {
  test.each(DRIVERS)('a layer shared by two images survives the removal of one; after both, nothing is left (%s)', async (driverId) => {
    const s = await graphd(`gc-${driverId}`, driverId);
    const base = tar([{ name: 'base', data: 'b' }]);
    const a = await importLayers(s, [base, tar([{ name: 'only-a', data: 'a' }])], 'a');
    const b = await importLayers(s, [base, tar([{ name: 'only-b', data: 'b' }])], 'b');
    expect(a.layers![0]).toBe(b.layers![0]);
    expect(s.store.layers()).toHaveLength(3);
    expect(layersOn(s, driverId)).toHaveLength(3);
    const baseRow = s.store.layer(a.layers![0])!;
    expect(baseRow.ref_count).toBe(2);

    const gone = await rmi(s, 'a');
    expect(gone.deleted).toHaveLength(2); // the image and its own top layer
    expect(s.store.layers()).toHaveLength(2);
    expect(layersOn(s, driverId).sort()).toEqual([baseRow.cache_id, s.store.layer(s.store.image(b.id)!.top_layer!)!.cache_id].sort());
    expect(s.store.layer(baseRow.chain_id)!.ref_count).toBe(1);
    const r = await prepare(s, 'g1', b.id);
    expect(tree(r.rootfsPath)).toEqual(['base', 'only-b']);
    // used by a container: its layers stay after rmi -f until the rootfs is released
    await removeImage(v1.RemoveImageRequest.create({ name: 'b', force: true }), s);
    expect(s.store.layers()).toHaveLength(2);
    await release(s, 'g1');
    expectEmpty(s);
  });
});

describeRoot('crash', () => {
  test('SIGKILL in the middle of importing a big layer leaves nothing half-made after restart', async () => {
    const name = 'crash';
    const root = join(top, name, 'data', 'graphd');
    mkdirSync(join(root, '..', 'tmp'), { recursive: true });
    const big = join(root, '..', 'tmp', 'big.tar.gz');
    await writeManyFilesTarGz(big, 40_000, 1024);
    // one complete image first: the crash must not take it
    let s = await graphd(name, 'overlay2');
    const kept = await importLayers(s, [tar([{ name: 'kept', data: 'k' }])], 'kept');
    await s.close?.();
    states.splice(states.indexOf(s), 1);

    const child = fork(join(__dirname, 'import-child.js'), [root, big], { stdio: 'pipe' });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => { stderr += d.toString(); });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_c, sig) => resolve(sig)));
    // wait until the import is writing files, then kill it
    const deadline = Date.now() + 60_000;
    let seen = 0;
    while (Date.now() < deadline) {
      const dirs = layersOn({ root } as GraphdState, 'overlay2').map((c) => join(root, 'overlay2', c, 'diff', 'many'));
      seen = dirs.filter((d) => existsSync(d)).map((d) => readdirSync(d).length).reduce((x, y) => x + y, 0);
      if (seen > 500) break;
      await new Promise((res) => setTimeout(res, 20));
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect({ seen, stderr }).toMatchObject({ stderr: '' });
    expect(seen).toBeGreaterThan(500);
    expect(seen).toBeLessThan(40_000);
    expect(layersOn({ root } as GraphdState, 'overlay2')).toHaveLength(2); // the kept layer and the half-made one

    s = await graphd(name, 'overlay2');
    expect(s.store.images().map((i) => i.id)).toEqual([kept.id]);
    expect(s.store.layers()).toHaveLength(1);
    expect(layersOn(s, 'overlay2')).toEqual([s.store.layers()[0].cache_id]);
    expect(linksOf(s)).toHaveLength(1);
    await rmi(s, 'kept');
    expectEmpty(s);
  });
});
