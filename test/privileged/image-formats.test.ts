// Image archives both ways between keel and a dockerd the test starts on its own data-root,
// exec-root and socket: docker-archive and OCI image layout, bad archives refused with nothing
// stored, and a graphd killed in the middle of a load leaving no half image. Needs root.
import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { buildImageArchive } from '../fixtures/image-archive';
import { tar } from '../fixtures/tar-writer';
import { KEEL, ROOT, TestDaemon } from '../helpers/daemon';
import { DOCKERD, TestDockerd } from '../helpers/dockerd';
import { DOCKER, containerTestsSkipReason } from '../helpers/privileged';
import { run as exec } from '../helpers/exec';

const why = containerTestsSkipReason({ docker: true }) || (DOCKERD ? '' : 'no dockerd (docker.io) installed');
if (why) console.log(`image formats e2e tests skipped: ${why}`);
const describeRoot = why ? describe.skip : describe;


/** Unpacks a tar into a fresh directory (for editing an archive in a test). */
function untar(archive: string, dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['-xf', archive, '-C', dir]);
  return dir;
}

function retar(dir: string, archive: string): string {
  execFileSync('tar', ['-cf', archive, '-C', dir, ...readdirSync(dir)]);
  return archive;
}

/** GET path into file; the status and content type. */
function download(sock: string, path: string, file: string): Promise<{ status: number; type: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ socketPath: sock, path }, (res) => {
      const out = createWriteStream(file);
      res.pipe(out);
      out.on('finish', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']) }));
      out.on('error', reject);
    });
    req.on('error', reject);
  });
}

describeRoot('image formats: save and load with dockerd', () => {
  const daemon = new TestDaemon('keel-formats');
  let dockerd: TestDockerd;
  let work: string;
  let dockerSaved: string;
  const keel = (...args: string[]) => exec(KEEL, ['-H', daemon.host, ...args]);
  const docker = (...args: string[]) => exec(DOCKER, args, dockerd.env);
  const graphd = () => join(daemon.dataRoot, 'graphd');
  /** What graphd holds on disk: layer directories and blobs. */
  const onDisk = () => ({
    layers: readdirSync(join(graphd(), 'overlay2')).filter((n) => n !== 'l').sort(),
    blobs: existsSync(join(graphd(), 'blobs', 'sha256')) ? readdirSync(join(graphd(), 'blobs', 'sha256')).sort() : [],
  });
  const imageIds = async () => (await keel('images', '-q')).stdout.split('\n').filter(Boolean).sort();

  beforeAll(async () => {
    await daemon.start();
    work = join(daemon.dir, 'work');
    mkdirSync(work);
    dockerd = new TestDockerd(join(daemon.dir, 'dockerd'));
    await dockerd.start();
    const rootfs = join(work, 'busybox.tar');
    execFileSync('bash', [join(ROOT, 'test', 'fixtures', 'busybox-rootfs.sh'), rootfs]);
    expect((await docker('import', '--change', 'CMD ["sh"]', rootfs, 'bb:latest')).code).toBe(0);
    dockerSaved = join(work, 'docker-saved.tar');
    const saved = await docker('save', '-o', dockerSaved, 'bb:latest');
    expect(saved).toMatchObject({ code: 0, stderr: '' });
  }, 180_000);
  afterAll(async () => {
    await dockerd?.stop();
    await daemon.cleanup();
  }, 120_000);

  it('loads an image docker saved (docker-archive) and runs it', async () => {
    const r = await keel('load', '-i', dockerSaved);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^[0-9a-f]{12}: Loading layer \[=+>\]\s+\S+\/\S+\nLoaded image: bb:latest\n$/);
    const dockerId = (await docker('image', 'inspect', '-f', '{{.Id}}', 'bb:latest')).stdout.trim();
    expect((await daemon.json<{ Id: string }>('/images/bb:latest/json')).Id).toBe(dockerId);
    expect(await keel('run', '--rm', 'bb', 'echo', 'loaded from dockerd')).toEqual({ code: 0, stdout: 'loaded from dockerd\n', stderr: '' });
    // the layer's archive is kept as a blob, listed by a manifest
    expect(onDisk().blobs).toHaveLength(1);
    // a second load stores nothing new; docker's own CLI, quiet (not a terminal), gets docker's line
    const again = await exec(DOCKER, ['load', '-i', dockerSaved], { DOCKER_HOST: daemon.host, DOCKER_CONFIG: join(work, 'cli') });
    expect(again).toEqual({ code: 0, stdout: 'Loaded image: bb:latest\n', stderr: '' });
  }, 120_000);

  it('saves a docker-archive that dockerd loads and runs', async () => {
    const file = join(work, 'keel-saved.tar');
    expect(await keel('save', '-o', file, 'bb')).toEqual({ code: 0, stdout: '', stderr: '' });
    const names = execFileSync('tar', ['-tf', file]).toString().split('\n');
    expect(names).toEqual(expect.arrayContaining(['manifest.json', 'repositories', expect.stringMatching(/^[0-9a-f]{64}\.json$/), expect.stringMatching(/^[0-9a-f]{64}\/layer\.tar$/)]));
    expect((await docker('rmi', 'bb:latest')).code).toBe(0);
    expect(await docker('load', '-i', file)).toMatchObject({ code: 0, stdout: 'Loaded image: bb:latest\n' });
    expect(await docker('run', '--rm', 'bb', 'echo', 'saved by keel')).toMatchObject({ code: 0, stdout: 'saved by keel\n' });
  }, 120_000);

  it('saves an OCI image layout that dockerd loads and runs, and that keel loads back by its index', async () => {
    const file = join(work, 'keel-oci.tar');
    expect(await keel('save', '--format', 'oci', '-o', file, 'bb:latest')).toEqual({ code: 0, stdout: '', stderr: '' });
    const dir = untar(file, join(work, 'oci'));
    expect(JSON.parse(readFileSync(join(dir, 'oci-layout'), 'utf8'))).toEqual({ imageLayoutVersion: '1.0.0' });
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
    expect(index.manifests).toEqual([expect.objectContaining({
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      annotations: { 'io.containerd.image.name': 'docker.io/library/bb:latest', 'org.opencontainers.image.ref.name': 'latest' },
    })]);
    const manifest = JSON.parse(readFileSync(join(dir, 'blobs', 'sha256', index.manifests[0].digest.slice(7)), 'utf8'));
    expect(manifest.layers).toEqual([expect.objectContaining({ mediaType: 'application/vnd.oci.image.layer.v1.tar' })]);

    expect((await docker('rmi', 'bb:latest')).code).toBe(0);
    expect(await docker('load', '-i', file)).toMatchObject({ code: 0, stdout: 'Loaded image: bb:latest\n' });
    expect(await docker('run', '--rm', 'bb', 'echo', 'oci by keel')).toMatchObject({ code: 0, stdout: 'oci by keel\n' });

    // the layout alone (no manifest.json, no repositories) loads into keel and runs
    rmSync(join(dir, 'manifest.json'));
    rmSync(join(dir, 'repositories'));
    const pure = retar(dir, join(work, 'pure-oci.tar'));
    expect((await keel('rmi', 'bb')).code).toBe(0);
    expect(onDisk()).toEqual({ layers: [], blobs: [] });
    expect(await keel('load', '-q', '-i', pure)).toEqual({ code: 0, stdout: 'Loaded image: bb:latest\n', stderr: '' });
    expect(await keel('run', '--rm', 'bb', 'echo', 'pure oci')).toEqual({ code: 0, stdout: 'pure oci\n', stderr: '' });
  }, 180_000);

  it('saves a committed image, and every tag of a repository named alone; dockerd loads them and runs the commit', async () => {
    expect((await keel('run', '--name', 'cm', 'bb', 'sh', '-c', 'echo committed > /note; rm /bin/vi')).code).toBe(0);
    expect(await keel('commit', 'cm', 'bb:c1')).toMatchObject({ code: 0, stdout: expect.stringMatching(/^sha256:[0-9a-f]{64}\n$/) });
    expect((await keel('tag', 'bb:latest', 'bb:other')).code).toBe(0);
    const file = join(work, 'repo.tar');
    expect(await keel('save', '-o', file, 'bb')).toEqual({ code: 0, stdout: '', stderr: '' });
    const dir = untar(file, join(work, 'repo'));
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { RepoTags: string[]; Layers: string[] }[];
    expect(manifest.map((m) => m.RepoTags.sort()).sort()).toEqual([['bb:c1'], ['bb:latest', 'bb:other']]);
    expect(manifest.find((m) => m.RepoTags.includes('bb:c1'))!.Layers).toHaveLength(2);
    expect(Object.keys(JSON.parse(readFileSync(join(dir, 'repositories'), 'utf8')).bb).sort()).toEqual(['c1', 'latest', 'other']);

    expect((await docker('rmi', 'bb:latest')).code).toBe(0);
    const loaded = await docker('load', '-i', file);
    expect(loaded.code).toBe(0);
    expect(loaded.stdout.split('\n').filter(Boolean).sort()).toEqual(['Loaded image: bb:c1', 'Loaded image: bb:latest', 'Loaded image: bb:other']);
    const ran = await docker('run', '--rm', 'bb:c1', 'sh', '-c', 'cat /note; test -e /bin/vi || echo vi gone');
    expect(ran).toMatchObject({ code: 0, stdout: 'committed\nvi gone\n' });
    expect((await docker('rmi', 'bb:c1', 'bb:other')).code).toBe(0);
    // a tag, by contrast, saves that tag alone
    expect(await keel('save', '-o', file, 'bb:other')).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(JSON.parse(readFileSync(join(untar(file, join(work, 'one')), 'manifest.json'), 'utf8'))[0].RepoTags).toEqual(['bb:other']);
    expect((await keel('rm', 'cm')).code).toBe(0);
    expect((await keel('rmi', 'bb:c1', 'bb:other')).code).toBe(0);

    // two commits with the same changes share the layer and its blob; either saves once the other is gone
    expect((await keel('run', '--name', 'cm2', 'bb', 'sh', '-c', 'echo two > /two')).code).toBe(0);
    expect((await keel('commit', 'cm2', 'bb:t1')).code).toBe(0);
    expect((await keel('commit', 'cm2', 'bb:t2')).code).toBe(0);
    const layersOf = async (ref: string) => (await daemon.json<{ RootFS: { Layers: string[] } }>(`/images/${ref}/json`)).RootFS.Layers;
    expect(await layersOf('bb:t2')).toEqual(await layersOf('bb:t1'));
    expect((await keel('rm', 'cm2')).code).toBe(0);
    expect((await keel('rmi', 'bb:t1')).code).toBe(0);
    expect(await keel('save', '-o', file, 'bb:t2')).toEqual({ code: 0, stdout: '', stderr: '' });
    expect((await keel('rmi', 'bb:t2')).code).toBe(0);
  }, 180_000);

  it('answers the Docker API: GET /images/get and /images/{name}/get stream a tar; POST /images/load streams progress', async () => {
    const file = join(work, 'api.tar');
    const one = await download(daemon.sock, '/v1.41/images/bb:latest/get', file);
    expect(one).toEqual({ status: 200, type: 'application/x-tar' });
    expect(execFileSync('tar', ['-tf', file]).toString()).toMatch(/^manifest\.json$/m);
    const missing = await daemon.request('GET', '/v1.41/images/get?names=bb&names=nosuch');
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body)).toEqual({ message: 'No such image: nosuch:latest' });

    const load = await daemon.request('POST', '/v1.41/images/load?quiet=1', readFileSync(dockerSaved), { 'Content-Type': 'application/x-tar' });
    expect(load.status).toBe(200);
    expect(load.body).toBe('{"stream":"Loaded image: bb:latest\\n"}\r\n');
  }, 60_000);

  it('load shows the progress of each layer as it goes, and says when a tag it sets leaves another image', async () => {
    expect((await keel('run', '--name', 'mk', 'bb', 'touch', '/x')).code).toBe(0);
    expect((await keel('commit', 'mk', 'other:1')).code).toBe(0);
    expect((await keel('rm', 'mk')).code).toBe(0);
    const other = (await daemon.json<{ Id: string }>('/images/other:1/json')).Id;
    const original = (await daemon.json<{ Id: string }>('/images/bb:latest/json')).Id;
    expect((await keel('tag', 'other:1', 'bb:latest')).code).toBe(0);
    const moved = await daemon.request('POST', '/v1.41/images/load?quiet=1', readFileSync(dockerSaved), { 'Content-Type': 'application/x-tar' });
    expect(moved.body).toBe(`{"stream":"The image bb:latest already exists, renaming the old one with ID ${other} to empty string\\n"}\r\n{"stream":"Loaded image: bb:latest\\n"}\r\n`);
    expect((await daemon.json<{ Id: string }>('/images/bb:latest/json')).Id).toBe(original);

    // with no layer of it stored, each layer's line comes at 0 as it starts and again once stored
    expect((await keel('rmi', 'other:1', 'bb:latest')).code).toBe(0);
    const load = await daemon.request('POST', '/v1.41/images/load', readFileSync(dockerSaved), { 'Content-Type': 'application/x-tar' });
    expect(load.status).toBe(200);
    const lines = load.body.split('\r\n').filter(Boolean).map((l) => JSON.parse(l) as { status?: string; id?: string; progressDetail?: { current: number; total: number }; stream?: string });
    const progress = lines.filter((l) => l.status === 'Loading layer');
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(progress[0].progressDetail!.current).toBe(0);
    const total = progress[0].progressDetail!.total;
    expect(total).toBe(statSync(join(untar(dockerSaved, join(work, 'ds')), JSON.parse(readFileSync(join(work, 'ds', 'manifest.json'), 'utf8'))[0].Layers[0])).size);
    expect(progress[progress.length - 1].progressDetail).toEqual({ current: total, total });
    expect(new Set(progress.map((l) => l.id))).toEqual(new Set([expect.stringMatching(/^[0-9a-f]{12}$/)]));
    expect(lines[lines.length - 1]).toEqual({ stream: 'Loaded image: bb:latest\n' });
  }, 60_000);

  it('exports a container filesystem as a tar', async () => {
    expect((await keel('run', '--name', 'exp', 'bb', 'sh', '-c', 'echo inside > /made-here')).code).toBe(0);
    const file = join(work, 'export.tar');
    expect(await keel('export', '-o', file, 'exp')).toEqual({ code: 0, stdout: '', stderr: '' });
    const names = execFileSync('tar', ['-tf', file]).toString().split('\n');
    expect(names).toEqual(expect.arrayContaining(['made-here', 'bin/busybox', 'etc/passwd']));
    expect(execFileSync('tar', ['-xOf', file, 'made-here']).toString()).toBe('inside\n');
    // and docker's CLI reads it through the same route
    const viaDocker = join(work, 'export-docker.tar');
    expect((await exec(DOCKER, ['export', '-o', viaDocker, 'exp'], { DOCKER_HOST: daemon.host, DOCKER_CONFIG: join(work, 'cli') })).code).toBe(0);
    expect(statSync(viaDocker).size).toBe(statSync(file).size);
    const none = await keel('export', '-o', join(work, 'none.tar'), 'nosuch');
    expect(none).toMatchObject({ code: 1, stderr: 'Error response from daemon: No such container: nosuch\n' });
    expect(existsSync(join(work, 'none.tar'))).toBe(false);
    expect((await keel('rm', 'exp')).code).toBe(0);
  }, 60_000);

  describe('bad archives are refused and store nothing', () => {
    let src: string;
    beforeAll(() => {
      src = untar(dockerSaved, join(work, 'src'));
    });
    const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { Config: string; Layers: string[]; RepoTags: string[] }[];

    async function refused(archive: string, message: RegExp): Promise<void> {
      expect((await keel('rmi', 'bb')).code).toBe(0);
      const before = { disk: onDisk(), images: await imageIds() };
      const r = await keel('load', '-i', archive);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
      expect({ disk: onDisk(), images: await imageIds() }).toEqual(before);
      expect(readdirSync(join(daemon.dataRoot, 'tmp'))).toEqual([]);
      // and the daemon is fine: the good archive loads
      expect((await keel('load', '-q', '-i', dockerSaved)).code).toBe(0);
    }

    it('no manifest.json', async () => {
      const dir = untar(dockerSaved, join(work, 'bad1'));
      rmSync(join(dir, 'manifest.json'));
      rmSync(join(dir, 'repositories'));
      await refused(retar(dir, join(work, 'bad1.tar')), /^Error response from daemon: invalid archive: it has neither manifest\.json \(docker-archive\) nor index\.json and oci-layout/);
    }, 60_000);

    it('a layer whose content is not the diff id its config names', async () => {
      const dir = untar(dockerSaved, join(work, 'bad2'));
      const [m] = manifestOf(dir);
      const layer = join(dir, m.Layers[0]);
      const bytes = readFileSync(layer);
      // one byte of file data changed: still a tar, another digest
      const at = bytes.indexOf(Buffer.from('root:x:0:0'));
      expect(at).toBeGreaterThan(0);
      bytes[at] = 'R'.charCodeAt(0);
      writeFileSync(layer, bytes);
      await refused(retar(dir, join(work, 'bad2.tar')), /layer: content does not match its diff id: expected sha256:[0-9a-f]{64}, got sha256:[0-9a-f]{64}/);
    }, 60_000);

    it('a truncated archive', async () => {
      const file = join(work, 'bad3.tar');
      execFileSync('cp', [dockerSaved, file]);
      truncateSync(file, Math.floor(statSync(file).size / 2) + 100);
      await refused(file, /^Error response from daemon: invalid archive: the tar stream ends inside a file/);
    }, 60_000);

    it('a layer path in manifest.json that leaves the archive', async () => {
      const canary = join(daemon.dir, 'canary');
      writeFileSync(canary, tar([{ name: 'evil', data: 'x' }]));
      for (const path of ['../../canary', '/etc/passwd', 'a/../../../canary']) {
        const dir = untar(dockerSaved, join(work, 'bad4'));
        const m = manifestOf(dir);
        m[0].Layers[0] = path;
        writeFileSync(join(dir, 'manifest.json'), JSON.stringify(m));
        await refused(retar(dir, join(work, 'bad4.tar')), new RegExp(`invalid archive: layer path "${path.replace(/[.*/]/g, '\\$&')}" leaves the archive`));
      }
    }, 120_000);

    it('a config that names fewer layers than the archive gives', async () => {
      const dir = untar(dockerSaved, join(work, 'bad5'));
      const [m] = manifestOf(dir);
      m.Layers.push(m.Layers[0]);
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify([m]));
      await refused(retar(dir, join(work, 'bad5.tar')), /config of image sha256:[0-9a-f]{64} names 1 layers, the archive gives 2/);
    }, 60_000);

    afterAll(() => rmSync(src, { recursive: true, force: true }));
  });

  it('a graphd killed in the middle of a load leaves no half image after it restarts', async () => {
    const built = await buildImageArchive({
      dir: join(work, 'big'), archive: join(work, 'big.tar'), tag: 'big:1',
      layers: [{ files: 40, each: 1 << 20, random: true }, { files: 40, each: 1 << 20, random: false }, { files: 40, each: 1 << 20, random: true }],
    });
    const before = { disk: onDisk(), images: await imageIds() };
    const graphdPid = async () => (await daemon.services()).find((s) => s.Name === 'graphd')!;
    const first = await graphdPid();
    const load = keel('load', '-i', built.archive);
    // kill graphd once it has begun writing the image's layers
    const until = Date.now() + 60_000;
    while (onDisk().layers.length <= before.disk.layers.length + 1 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    expect(onDisk().layers.length).toBeGreaterThan(before.disk.layers.length + 1);
    process.kill(first.Pid, 'SIGKILL');
    const r = await load;
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/Loaded image/);
    // keeld restarts graphd, whose start removes what the load left
    const back = Date.now() + 60_000;
    let now = await graphdPid();
    while ((now.Pid === first.Pid || now.State !== 'running') && Date.now() < back) {
      await new Promise((res) => setTimeout(res, 100));
      now = await graphdPid();
    }
    expect(now).toMatchObject({ State: 'running', Restarts: first.Restarts + 1 });
    // a ping after the restart: graphd answers only once it has reconciled
    expect(await imageIds()).toEqual(before.images);
    expect(onDisk()).toEqual(before.disk);
    // and the same archive loads whole afterwards
    expect(await keel('load', '-q', '-i', built.archive)).toEqual({ code: 0, stdout: 'Loaded image: big:1\n', stderr: '' });
    expect((await daemon.json<{ Id: string }>('/images/big:1/json')).Id).toBe(built.id);
    expect((await keel('rmi', 'big:1')).code).toBe(0);
    expect(onDisk()).toEqual(before.disk);
  }, 240_000);
});
