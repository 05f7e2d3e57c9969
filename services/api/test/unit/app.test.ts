import type { FastifyInstance } from 'fastify';
import { NotFoundError, UnavailableError } from '../../../kit/src/errors';
import { buildApp } from '../../src/app';
import type { CallCtx, SystemBackend } from '../../src/routes/system/backend';
import { splitVersion } from '../../src/versioning';

/** A backend that records what it was asked and answers from fixed data. */
function fakeBackend() {
  const calls: { method: string; args: unknown[]; ctx: CallCtx }[] = [];
  const backend: SystemBackend = {
    async version(ctx) {
      calls.push({ method: 'version', args: [], ctx });
      return { version: '9.9.9', apiVersion: '1.41', minApiVersion: '1.12', os: 'linux', arch: 'amd64', platformName: 'keel 9.9.9', components: [{ name: 'Engine', version: '9.9.9', details: { ApiVersion: '1.41' } }] };
    },
    async info(ctx) {
      calls.push({ method: 'info', args: [], ctx });
      return { id: 'ID1', driver: 'overlay2', driverStatus: [{ key: 'Backing Filesystem', value: 'extfs' }], memTotal: 2 ** 34, ncpu: 2, runtimes: [{ name: 'runc', path: '/usr/sbin/runc' }], warnings: ['w1'] };
    },
    async services(ctx) {
      calls.push({ method: 'services', args: [], ctx });
      return { services: [{ name: 'graphd', pid: 10, state: 'running', restarts: 1, startedMs: Date.now() - 5000, lastExit: 'signal SIGKILL' }] };
    },
    async restartService(name, timeoutS, ctx) {
      calls.push({ method: 'restartService', args: [name, timeoutS], ctx });
      if (name !== 'graphd') throw new NotFoundError(`service "${name}"`);
      return { service: { name, pid: 11, state: 'running', restarts: 2 } };
    },
    async busStats(service, ctx) {
      calls.push({ method: 'busStats', args: [service], ctx });
      if (service === 'down') throw new UnavailableError('service down is not running');
      return { services: [{ service: 'engine', jobs: [{ job: 'system.info', count: 3, errors: 1, p50Ms: 0.5, p99Ms: 2, maxMs: 2, inFlight: 0 }] }] };
    },
  };
  return { backend, calls };
}

describe('api app', () => {
  let app: FastifyInstance;
  let calls: ReturnType<typeof fakeBackend>['calls'];
  beforeEach(async () => {
    const f = fakeBackend();
    calls = f.calls;
    app = buildApp({ system: f.backend });
    await app.ready();
  });
  afterEach(() => app.close());

  it('answers HEAD and GET /_ping itself, with the headers the docker CLI negotiates from', async () => {
    for (const method of ['GET', 'HEAD'] as const) {
      const r = await app.inject({ method, url: '/_ping' });
      expect(r.statusCode).toBe(200);
      expect(r.headers['api-version']).toBe('1.41');
      expect(r.headers['ostype']).toBe('linux');
      expect(r.headers['docker-experimental']).toBe('false');
      expect(r.body).toBe(method === 'GET' ? 'OK' : '');
    }
    expect(calls).toHaveLength(0);
  });

  it('serves every route with and without a /vX.Y prefix', async () => {
    for (const url of ['/version', '/v1.41/version', '/v1.24/version']) {
      const r = await app.inject({ method: 'GET', url });
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-type']).toBe('application/json');
      expect(r.json()).toMatchObject({ Version: '9.9.9', ApiVersion: '1.41', Components: [{ Name: 'Engine' }] });
    }
    expect((await app.inject({ method: 'GET', url: '/v1.41/_ping' })).body).toBe('OK');
  });

  it('refuses API versions outside 1.12..1.41 as dockerd does', async () => {
    const hi = await app.inject({ method: 'GET', url: '/v1.99/version' });
    expect(hi.statusCode).toBe(400);
    expect(hi.json()).toEqual({ message: 'client version 1.99 is too new. Maximum supported API version is 1.41' });
    const lo = await app.inject({ method: 'GET', url: '/v1.11/info' });
    expect(lo.statusCode).toBe(400);
    expect(lo.json().message).toMatch(/client version 1.11 is too old/);
    expect(calls).toHaveLength(0);
  });

  it("renders /info in Docker's shape", async () => {
    const r = await app.inject({ method: 'GET', url: '/v1.41/info' });
    const body = r.json();
    expect(body).toMatchObject({
      ID: 'ID1', Driver: 'overlay2', DriverStatus: [['Backing Filesystem', 'extfs']], MemTotal: 2 ** 34, NCPU: 2,
      Runtimes: { runc: { path: '/usr/sbin/runc' } }, Warnings: ['w1'], Swarm: { LocalNodeState: 'inactive', ControlAvailable: false },
    });
  });

  it('carries one trace id from the request into the job, and echoes it', async () => {
    const r = await app.inject({ method: 'GET', url: '/info', headers: { 'x-keel-trace-id': 'abcdef0123456789' } });
    expect(r.headers['x-keel-trace-id']).toBe('abcdef0123456789');
    expect(calls[0].ctx.traceId).toBe('abcdef0123456789');
    const r2 = await app.inject({ method: 'GET', url: '/info', headers: { 'x-keel-trace-id': 'not hex!' } });
    expect(r2.headers['x-keel-trace-id']).toMatch(/^[0-9a-f]{16}$/);
    expect(calls[1].ctx.traceId).toBe(r2.headers['x-keel-trace-id']);
  });

  it('answers an unknown route with 404 {"message"} and Content-Type exactly application/json', async () => {
    const r = await app.inject({ method: 'GET', url: '/v1.41/nothing/here' });
    expect(r.statusCode).toBe(404);
    expect(r.headers['content-type']).toBe('application/json');
    expect(r.json()).toEqual({ message: 'page not found' });
  });

  it('maps typed errors from the backend to their HTTP status', async () => {
    const nf = await app.inject({ method: 'POST', url: '/keel/services/nope/restart' });
    expect(nf.statusCode).toBe(404);
    expect(nf.json()).toEqual({ message: 'service "nope" not found' });
    const un = await app.inject({ method: 'GET', url: '/keel/bus/stats?service=down' });
    expect(un.statusCode).toBe(503);
    expect(un.headers['content-type']).toBe('application/json');
  });

  it('answers malformed JSON and wrong types with 400 naming the field', async () => {
    const bad = await app.inject({ method: 'POST', url: '/keel/services/graphd/restart', headers: { 'content-type': 'application/json' }, payload: '{"Timeout": ' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/malformed JSON/);
    const wrong = await app.inject({ method: 'POST', url: '/keel/services/graphd/restart', headers: { 'content-type': 'application/json' }, payload: '{"Timeout": "soon"}' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().message).toMatch(/"Timeout"/);
    const extra = await app.inject({ method: 'POST', url: '/keel/services/graphd/restart', headers: { 'content-type': 'application/json' }, payload: '{"Timout": 3}' });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().message).toMatch(/Timout/);
    const q = await app.inject({ method: 'GET', url: '/keel/bus/stats?service=BAD!' });
    expect(q.statusCode).toBe(400);
    expect(q.json().message).toMatch(/query parameter "service"/);
    expect(calls.filter((c) => c.method === 'restartService')).toHaveLength(0);
  });

  it('restarts a service with an empty body or a Timeout', async () => {
    const r = await app.inject({ method: 'POST', url: '/keel/services/graphd/restart' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ Name: 'graphd', Pid: 11, Restarts: 2 });
    await app.inject({ method: 'POST', url: '/keel/services/graphd/restart', headers: { 'content-type': 'application/json' }, payload: '{"Timeout": 3}' });
    expect(calls.filter((c) => c.method === 'restartService').map((c) => c.args)).toEqual([['graphd', 0], ['graphd', 3]]);
  });

  it('lists services and bus stats in keel shapes', async () => {
    const s = (await app.inject({ method: 'GET', url: '/keel/services' })).json();
    expect(s[0]).toMatchObject({ Name: 'graphd', Pid: 10, State: 'running', Restarts: 1, LastExit: 'signal SIGKILL' });
    expect(s[0].UptimeSeconds).toBeGreaterThan(4);
    const b = (await app.inject({ method: 'GET', url: '/keel/bus/stats' })).json();
    expect(b).toEqual([{ Service: 'engine', Job: 'system.info', Count: 3, Errors: 1, InFlight: 0, P50Ms: 0.5, P99Ms: 2, MaxMs: 2 }]);
  });
});

describe('splitVersion', () => {
  it('strips the prefix and leaves other paths alone', () => {
    expect(splitVersion('/v1.41/containers/json?all=1')).toEqual({ path: '/containers/json?all=1', version: '1.41', error: null });
    expect(splitVersion('/_ping')).toEqual({ path: '/_ping', version: null, error: null });
    expect(splitVersion('/v1.41')).toMatchObject({ path: '/' });
    expect(splitVersion('/v1.410x/a').version).toBeNull();
  });
});
