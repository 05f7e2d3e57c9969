import { appendFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { ConflictError, InvalidArgumentError, NotFoundError, UnavailableError } from '../../../kit/src/errors';
import { buildApp } from '../../src/app';
import { upgradeListener } from '../../src/listeners';
import type { Container, ContainerBackend, ContainerConfig, WaitCondition } from '../../src/routes/containers/backend';
import { containerConfig, dockerStatus } from '../../src/routes/containers/docker';
import { muxFrame } from '../../src/routes/containers/logs';
import type { Image, ImageBackend, ImportArgs } from '../../src/routes/images/backend';
import { splitRepoTag } from '../../src/routes/images/docker';
import type { SystemBackend } from '../../src/routes/system/backend';

const ID = 'a'.repeat(64);
const IMG = `sha256:${'b'.repeat(64)}`;
const system = {} as SystemBackend;

function logLine(stream: 'stdout' | 'stderr', log: string): string {
  return `${JSON.stringify({ log, stream, time: '2026-01-01T00:00:00.000000001Z' })}\n`;
}

function fakes(dir: string) {
  const calls: { m: string; args: unknown[] }[] = [];
  const image: Image = {
    id: IMG, repoTags: ['127.0.0.1:5000/bb:1'], createdMs: 1_700_000_000_500, size: 1234,
    config: { cmd: ['sh'], cmdSet: true, env: ['PATH=/bin'], exposedPorts: ['80/tcp'] },
    layers: [`sha256:${'c'.repeat(64)}`], os: 'linux', architecture: 'amd64', driver: 'overlay2', comment: 'imported',
  };
  let imported: { args: ImportArgs; content: string } | null = null;
  const images: ImageBackend = {
    async list(all) { calls.push({ m: 'list', args: [all] }); return [image, { ...image, id: `sha256:${'d'.repeat(64)}`, repoTags: [] }]; },
    async inspect(name) {
      calls.push({ m: 'inspect', args: [name] });
      if (name !== '127.0.0.1:5000/bb:1') throw new NotFoundError(`image ${name}`);
      return image;
    },
    async remove(name, force, noPrune) {
      calls.push({ m: 'remove', args: [name, force, noPrune] });
      if (name === 'nosuch') throw new NotFoundError(`image ${name}`);
      return { untagged: [name], deleted: [IMG] };
    },
    async import(args) {
      const { readFileSync } = await import('node:fs');
      imported = { args, content: readFileSync(args.sourcePath, 'utf8') };
      if (args.repo === 'bad') throw new UnavailableError('graphd is down');
      return image;
    },
    async load() { throw new UnavailableError('graphd is down'); },
    async save() { throw new UnavailableError('graphd is down'); },
  };
  const logPath = join(dir, 'ctr', 'log.json');
  let state: NonNullable<Container['state']> = { status: 'created' };
  const exitWaiters: (() => void)[] = [];
  let created: { name: string; config: ContainerConfig } | null = null;
  const container = (): Container => ({
    id: ID, name: 'web', imageId: IMG, createdMs: 1_700_000_000_000, logPath, driver: 'overlay2', path: 'echo', args: ['echo', 'hi'],
    config: { image: 'bb', cmd: ['echo', 'hi'], cmdSet: true, entrypointSet: false, autoRemove: true }, state,
  });
  const containers: ContainerBackend = {
    async stats(id) {
      calls.push({ m: 'stats', args: [id] });
      return { id: ID, name: 'web', stats: { running: true, readMs: Date.now(), cpuStats: { cpuUsage: { totalUsage: 5e8 }, systemCpuUsage: 4e9, onlineCpus: 2 }, memoryStats: { usage: 1 << 20, limit: 64 << 20 }, pidsStats: { current: 3 } } };
    },
    async top(id, psArgs) {
      calls.push({ m: 'top', args: [id, ...psArgs] });
      return { titles: ['UID', 'PID', 'CMD'], processes: [['root', '42', 'sleep 100']] };
    },
    async pause(id) { calls.push({ m: 'pause', args: [id] }); },
    async unpause(id) { calls.push({ m: 'unpause', args: [id] }); },
    async create(name, config) {
      created = { name, config };
      if (config.image === 'nosuch') throw new NotFoundError('image nosuch');
      return { id: ID, warnings: [] };
    },
    async start(id) {
      calls.push({ m: 'start', args: [id] });
      if (state.status === 'running') return true;
      state = { status: 'running', running: true, startedMs: Date.now(), pid: 42 };
      return false;
    },
    async wait(id, condition: WaitCondition, c) {
      calls.push({ m: 'wait', args: [id, condition] });
      await new Promise<void>((resolve, reject) => {
        exitWaiters.push(resolve);
        c.signal.addEventListener('abort', () => reject(new Error('cancelled')));
      });
      return { statusCode: state.exitCode ?? 0, error: '' };
    },
    async remove(id, force) {
      calls.push({ m: 'rm', args: [id, force] });
      if (id !== 'web' && id !== ID) throw new NotFoundError(`container ${id}`);
    },
    async stop(id, timeout) {
      calls.push({ m: 'stop', args: [id, timeout] });
      if (id !== 'web' && id !== ID) throw new NotFoundError(`container ${id}`);
      if (state.status !== 'running') return true;
      state = { status: 'exited', exitCode: 137, startedMs: state.startedMs, finishedMs: Date.now() };
      return false;
    },
    async kill(id, signal) {
      calls.push({ m: 'kill', args: [id, signal] });
      if (id !== 'web' && id !== ID) throw new NotFoundError(`container ${id}`);
      if (signal === 'BOGUS') throw new InvalidArgumentError('Invalid signal: BOGUS');
      if (state.status !== 'running') throw new ConflictError(`Cannot kill container: ${id}: Container ${ID} is not running`);
    },
    async restart(id, timeout) {
      calls.push({ m: 'restart', args: [id, timeout] });
      if (id !== 'web' && id !== ID) throw new NotFoundError(`container ${id}`);
      state = { status: 'running', running: true, startedMs: Date.now(), pid: 43 };
    },
    async list(all) { calls.push({ m: 'ps', args: [all] }); return [container()]; },
    async inspect(id) {
      if (id !== 'web' && id !== ID && !ID.startsWith(id)) throw new NotFoundError(`container ${id}`);
      return container();
    },
    async logs() { return { logPath, running: state.status === 'running' }; },
  };
  const exit = (code: number) => {
    state = { status: 'exited', exitCode: code, startedMs: state.startedMs, finishedMs: Date.now() };
    for (const w of exitWaiters.splice(0)) w();
  };
  return { images, containers, calls, logPath, exit, get imported() { return imported; }, get created() { return created; } };
}

describe('api: images and containers', () => {
  let dir: string;
  let app: FastifyInstance;
  let f: ReturnType<typeof fakes>;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'keel-api-unit-'));
    f = fakes(dir);
    app = buildApp({ system, images: f.images, containers: f.containers, tmpDir: join(dir, 'tmp'), exitPollMs: 50 });
    await app.ready();
  });
  afterEach(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("lists images in Docker's shape", async () => {
    const r = await app.inject({ method: 'GET', url: '/v1.41/images/json' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('application/json');
    expect(r.json()[0]).toEqual({
      Containers: -1, Created: 1_700_000_000, Id: IMG, Labels: null, ParentId: '', RepoDigests: null,
      RepoTags: ['127.0.0.1:5000/bb:1'], SharedSize: -1, Size: 1234, VirtualSize: 1234,
    });
    expect(r.json()[1].RepoTags).toEqual(['<none>:<none>']);
  });

  it('matches image names greedily, slashes and colons included', async () => {
    const r = await app.inject({ method: 'GET', url: '/v1.41/images/127.0.0.1:5000/bb:1/json' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({
      Id: IMG, Created: '2023-11-14T22:13:20.500000000Z', Os: 'linux', Architecture: 'amd64',
      RootFS: { Type: 'layers', Layers: [`sha256:${'c'.repeat(64)}`] }, GraphDriver: { Name: 'overlay2' },
      Config: { Cmd: ['sh'], Entrypoint: null, Env: ['PATH=/bin'], ExposedPorts: { '80/tcp': {} }, WorkingDir: '' },
    });
    const missing = await app.inject({ method: 'GET', url: '/images/nosuch/json' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ message: 'No such image: nosuch' });
    const del = await app.inject({ method: 'DELETE', url: '/v1.41/images/127.0.0.1:5000/bb:1?force=1' });
    expect(del.json()).toEqual([{ Untagged: '127.0.0.1:5000/bb:1' }, { Deleted: IMG }]);
    expect(f.calls).toContainEqual({ m: 'remove', args: ['127.0.0.1:5000/bb:1', true, false] });
    expect((await app.inject({ method: 'DELETE', url: '/images/nosuch' })).json()).toEqual({ message: 'No such image: nosuch' });
  });

  it('imports a chunked body of any Content-Type through a temp file it removes', async () => {
    for (const ct of ['text/plain', 'application/x-tar', undefined]) {
      const r = await app.inject({
        method: 'POST', url: `/v1.41/images/create?fromSrc=-&repo=${encodeURIComponent('127.0.0.1:5000/imp:1')}&changes=${encodeURIComponent('CMD ["/bin/sh"]')}&changes=ENV%20X%3D1&message=hi`,
        headers: ct ? { 'content-type': ct } : {}, payload: 'x'.repeat(3 * 1024 * 1024),
      });
      expect(r.statusCode).toBe(200);
      expect(r.body).toBe(`{"status":"${IMG}"}\r\n`);
      expect(f.imported!.args).toMatchObject({ repo: '127.0.0.1:5000/imp', tag: '1', changes: ['CMD ["/bin/sh"]', 'ENV X=1'], message: 'hi' });
      expect(f.imported!.content.length).toBe(3 * 1024 * 1024);
      expect(f.imported!.args.sourcePath.startsWith(join(dir, 'tmp'))).toBe(true);
      expect(readdirSync(join(dir, 'tmp'))).toEqual([]);
    }
    const bad = await app.inject({ method: 'POST', url: '/images/create?fromSrc=-&repo=bad', payload: 'x' });
    expect(bad.statusCode).toBe(200);
    expect(JSON.parse(bad.body)).toEqual({ errorDetail: { message: 'graphd is down' }, error: 'graphd is down' });
    expect(readdirSync(join(dir, 'tmp'))).toEqual([]);
    const pull = await app.inject({ method: 'POST', url: '/images/create?fromImage=busybox&tag=latest' });
    expect(pull.statusCode).toBe(501);
    expect(pull.json().message).toMatch(/registry client/);
  });

  it('splits repo:tag as docker import sends it', () => {
    expect(splitRepoTag('127.0.0.1:5000/imp:1', '')).toEqual({ repo: '127.0.0.1:5000/imp', tag: '1' });
    expect(splitRepoTag('127.0.0.1:5000/imp', '')).toEqual({ repo: '127.0.0.1:5000/imp', tag: 'latest' });
    expect(splitRepoTag('bb', 'v2')).toEqual({ repo: 'bb', tag: 'v2' });
    expect(splitRepoTag('', '')).toEqual({ repo: '', tag: '' });
  });

  it('parses the create body: null vs [] Cmd and Entrypoint, network modes', async () => {
    const body = { Image: 'bb', Cmd: ['echo', 'hi'], Entrypoint: null, Env: null, Labels: {}, HostConfig: { AutoRemove: true, NetworkMode: 'default' }, Volumes: {} };
    const r = await app.inject({ method: 'POST', url: '/v1.41/containers/create?name=web', payload: body });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toEqual({ Id: ID, Warnings: [] });
    expect(f.created).toMatchObject({ name: 'web', config: { image: 'bb', cmd: ['echo', 'hi'], cmdSet: true, entrypointSet: false, autoRemove: true, networkMode: 'default' } });
    expect(containerConfig({ Image: 'x', Cmd: [], Entrypoint: [] })).toMatchObject({ cmd: [], cmdSet: true, entrypoint: [], entrypointSet: true });
    expect(containerConfig({ Image: 'x', Entrypoint: '/bin/sh' })).toMatchObject({ entrypoint: ['/bin/sh'], entrypointSet: true, cmdSet: false });
    const net = await app.inject({ method: 'POST', url: '/containers/create', payload: { Image: 'bb', HostConfig: { NetworkMode: 'bridge' } } });
    expect(net.statusCode).toBe(400);
    expect(net.json().message).toMatch(/networking is not built yet/);
    const typed = await app.inject({ method: 'POST', url: '/containers/create', payload: { Image: 'bb', Env: 'A=1' } });
    expect(typed.statusCode).toBe(400);
    const noImage = await app.inject({ method: 'POST', url: '/containers/create', payload: { Image: 'nosuch' } });
    expect(noImage.statusCode).toBe(404);
    expect(noImage.json()).toEqual({ message: 'No such image: nosuch' });
    const badName = await app.inject({ method: 'POST', url: '/containers/create?name=a%20b', payload: { Image: 'bb' } });
    expect(badName.statusCode).toBe(400);
  });

  it('starts (204, then 304), lists, inspects and removes', async () => {
    expect((await app.inject({ method: 'POST', url: '/containers/web/start' })).statusCode).toBe(204);
    expect((await app.inject({ method: 'POST', url: '/containers/web/start' })).statusCode).toBe(304);
    const ps = (await app.inject({ method: 'GET', url: '/containers/json?all=1' })).json();
    expect(ps[0]).toMatchObject({ Id: ID, Names: ['/web'], Image: 'bb', ImageID: IMG, Command: 'echo hi', State: 'running', Ports: [], Mounts: [], HostConfig: { NetworkMode: 'none' }, NetworkSettings: { Networks: {} } });
    expect(ps[0].Status).toMatch(/^Up /);
    const ins = (await app.inject({ method: 'GET', url: '/containers/web/json' })).json();
    expect(ins).toMatchObject({ Id: ID, Name: '/web', Path: 'echo', Args: ['hi'], Platform: 'linux', Created: '2023-11-14T22:13:20.000000000Z', State: { Status: 'running', Running: true, Pid: 42, FinishedAt: '0001-01-01T00:00:00Z' }, HostConfig: { AutoRemove: true }, Config: { Cmd: ['echo', 'hi'], Entrypoint: null } });
    const missing = await app.inject({ method: 'GET', url: '/containers/nosuch/json' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ message: 'No such container: nosuch' });
    expect((await app.inject({ method: 'DELETE', url: '/containers/web?force=1' })).statusCode).toBe(204);
    expect(f.calls).toContainEqual({ m: 'rm', args: ['web', true] });
    expect((await app.inject({ method: 'DELETE', url: '/containers/zzz' })).json()).toEqual({ message: 'No such container: zzz' });
  });

  it('stops (204, then 304), kills (204, 409 not running, 400 bad signal) and restarts, as Docker answers', async () => {
    await app.inject({ method: 'POST', url: '/containers/web/start' });
    expect((await app.inject({ method: 'POST', url: '/containers/web/kill?signal=USR1' })).statusCode).toBe(204);
    expect(f.calls).toContainEqual({ m: 'kill', args: ['web', 'USR1'] });
    const bad = await app.inject({ method: 'POST', url: '/containers/web/kill?signal=BOGUS' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toEqual({ message: 'Invalid signal: BOGUS' });
    expect((await app.inject({ method: 'POST', url: '/v1.41/containers/web/stop?t=3' })).statusCode).toBe(204);
    expect(f.calls).toContainEqual({ m: 'stop', args: ['web', 3] });
    expect((await app.inject({ method: 'POST', url: '/containers/web/stop' })).statusCode).toBe(304);
    expect(f.calls).toContainEqual({ m: 'stop', args: ['web', null] });
    const notRunning = await app.inject({ method: 'POST', url: '/containers/web/kill' });
    expect(notRunning.statusCode).toBe(409);
    expect(notRunning.json()).toEqual({ message: `Cannot kill container: web: Container ${ID} is not running` });
    expect(f.calls).toContainEqual({ m: 'kill', args: ['web', ''] });
    expect((await app.inject({ method: 'POST', url: '/containers/web/restart?t=0' })).statusCode).toBe(204);
    expect(f.calls).toContainEqual({ m: 'restart', args: ['web', 0] });
    expect((await app.inject({ method: 'POST', url: '/containers/web/stop?t=soon' })).statusCode).toBe(400);
    for (const verb of ['stop', 'kill', 'restart']) {
      const r = await app.inject({ method: 'POST', url: `/containers/zzz/${verb}` });
      expect([verb, r.statusCode, r.json()]).toEqual([verb, 404, { message: 'No such container: zzz' }]);
    }
  });

  it('writes Status the way dockerd does', () => {
    const now = 1_000_000;
    expect(dockerStatus({ state: { status: 'running', startedMs: now - 3000 } }, now)).toBe('Up 3 seconds');
    expect(dockerStatus({ state: { status: 'exited', exitCode: 3, finishedMs: now - 120_000 } }, now)).toBe('Exited (3) 2 minutes ago');
    expect(dockerStatus({ state: { status: 'created' } }, now)).toBe('Created');
  });

  it('reads logs as multiplexed frames, with tail and timestamps', async () => {
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'ctr'));
    writeFileSync(f.logPath, logLine('stdout', 'out1\n') + logLine('stderr', 'err1\n') + logLine('stdout', 'out2\n'));
    const r = await app.inject({ method: 'GET', url: '/containers/web/logs?stdout=1&stderr=1' });
    expect(r.statusCode).toBe(200);
    expect(r.rawPayload).toEqual(Buffer.concat([muxFrame(1, Buffer.from('out1\n')), muxFrame(2, Buffer.from('err1\n')), muxFrame(1, Buffer.from('out2\n'))]));
    const t = await app.inject({ method: 'GET', url: '/containers/web/logs?stdout=1&tail=1&timestamps=1' });
    expect(t.rawPayload).toEqual(muxFrame(1, Buffer.from('2026-01-01T00:00:00.000000001Z out2\n')));
    expect((await app.inject({ method: 'GET', url: '/containers/web/logs' })).statusCode).toBe(400);
  });

  describe('on a real listener', () => {
    let server: http.Server;
    let sock: string;
    beforeEach(async () => {
      sock = join(dir, 'api.sock');
      const handler = (req: http.IncomingMessage, res: http.ServerResponse) => app.routing(req, res);
      server = http.createServer(handler);
      server.on('upgrade', upgradeListener(handler));
      await new Promise<void>((r) => server.listen(sock, r));
    });
    afterEach(async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    });

    it('sends the wait headers before the body, and the body at exit', async () => {
      const got: string[] = [];
      const res = await new Promise<http.IncomingMessage>((resolve, reject) => {
        const req = http.request({ socketPath: sock, method: 'POST', path: '/v1.41/containers/web/wait?condition=next-exit' }, resolve);
        req.on('error', reject);
        req.end();
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/json');
      expect(res.headers['api-version']).toBe('1.41');
      res.on('data', (d) => got.push(String(d)));
      const ended = new Promise((r) => res.on('end', r));
      await new Promise((r) => setTimeout(r, 50));
      expect(got).toEqual([]);
      f.exit(3);
      await ended;
      expect(got.join('')).toBe('{"Error":null,"StatusCode":3}\n');
    });

    it('drops the wait job when the client goes away', async () => {
      const req = http.request({ socketPath: sock, method: 'POST', path: '/containers/web/wait' });
      req.on('error', () => undefined);
      await new Promise<void>((resolve) => { req.on('response', () => resolve()); req.end(); });
      req.destroy();
      await new Promise((r) => setTimeout(r, 50));
      expect(f.calls.filter((c) => c.m === 'wait')).toHaveLength(1);
    });

    it('attaches: 101, frames from the log as it grows, survives the half-close, closes after the exit', async () => {
      const { mkdirSync } = await import('node:fs');
      mkdirSync(join(dir, 'ctr'));
      const s = net.connect(sock);
      let data = Buffer.alloc(0);
      s.on('data', (d) => { data = Buffer.concat([data, d]); });
      const closed = new Promise((r) => s.on('close', r));
      s.write('POST /v1.41/containers/web/attach?stderr=1&stdout=1&stream=1 HTTP/1.1\r\nHost: api.moby.localhost\r\nContent-Length: 0\r\nConnection: Upgrade\r\nContent-Type: text/plain\r\nUpgrade: tcp\r\n\r\n');
      await new Promise((r) => setTimeout(r, 100));
      expect(data.toString()).toMatch(/^HTTP\/1.1 101 UPGRADED\r\n/);
      expect(data.toString()).toContain('Upgrade: tcp\r\n');
      s.end(); // the docker CLI half-closes at once when stdin is not attached
      expect(existsSync(f.logPath)).toBe(true); // made before start, so keel-shim appends to it
      await app.inject({ method: 'POST', url: '/containers/web/start' });
      appendFileSync(f.logPath, logLine('stdout', 'hi\n'));
      await new Promise((r) => setTimeout(r, 100));
      appendFileSync(f.logPath, logLine('stderr', 'oops\n'));
      f.exit(0);
      await closed;
      const head = data.indexOf('\r\n\r\n') + 4;
      expect(data.subarray(head)).toEqual(Buffer.concat([muxFrame(1, Buffer.from('hi\n')), muxFrame(2, Buffer.from('oops\n'))]));
    });

    it('answers an attach to an unknown container with a JSON 404 and closes', async () => {
      const r = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = http.request({ socketPath: sock, method: 'POST', path: '/containers/nosuch/attach?stream=1&stdout=1', headers: { Connection: 'Upgrade', Upgrade: 'tcp' } });
        req.on('response', (res) => { let b = ''; res.on('data', (d) => { b += d; }); res.on('end', () => resolve({ status: res.statusCode!, body: b })); });
        req.on('upgrade', () => reject(new Error('upgraded')));
        req.on('error', reject);
        req.end();
      });
      expect(r.status).toBe(404);
      expect(JSON.parse(r.body)).toEqual({ message: 'No such container: nosuch' });
    });
  });
});
