import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Context, type Output, tlsMaterial } from '../../src/context';
import { DaemonError, UnreachableError, UsageError } from '../../src/errors';
import { parseHost } from '../../src/hosts';
import { ApiClient, daemonMessage } from '../../src/http';

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A stand-in for the api service: answers from a table and records what it was asked. */
function fakeDaemon(routes: Record<string, (s: Seen) => [number, unknown, Record<string, string>?]>) {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', () => {
      const s = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      seen.push(s);
      const route = routes[`${s.method} ${s.url}`];
      const [status, payload, headers] = route ? route(s) : [404, { message: `page not found: ${s.url}` }];
      res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
      res.end(typeof payload === 'string' ? payload : JSON.stringify(payload));
    });
  });
  return { server, seen };
}

function capture(): Output & { outs: string[]; errs: string[] } {
  const outs: string[] = [];
  const errs: string[] = [];
  return { outs, errs, out: (t) => outs.push(t), err: (t) => errs.push(t) };
}

describe('ApiClient', () => {
  let dir: string;
  let sock: string;
  let fake: ReturnType<typeof fakeDaemon>;
  let tcpServer: http.Server;
  let tcpPort: number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'keel-cli-http-'));
    sock = join(dir, 'api.sock');
    fake = fakeDaemon({
      'GET /v1.41/info': () => [200, { Name: 'host1' }, { 'X-Keel-Trace-Id': 'feedc0de' }],
      'GET /keel/boom': () => [500, { message: 'graphd: disk on fire' }],
      'GET /keel/plain': () => [502, 'bad gateway\n'],
      'GET /keel/empty': () => [503, ''],
      'GET /keel/notjson': () => [200, '<html>'],
      'POST /keel/services/netd/restart': (s) => [200, { echo: s.body, type: s.headers['content-type'] ?? null }],
    });
    await new Promise<void>((r) => fake.server.listen(sock, r));
    tcpServer = http.createServer((req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ via: 'tcp', url: req.url }));
    });
    await new Promise<void>((r) => tcpServer.listen(0, '127.0.0.1', r));
    tcpPort = (tcpServer.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise((r) => fake.server.close(r));
    await new Promise((r) => tcpServer.close(r));
    rmSync(dir, { recursive: true, force: true });
  });

  it('talks HTTP over a unix socket and returns parsed JSON', async () => {
    const api = new ApiClient(parseHost(`unix://${sock}`));
    await expect(api.get('/v1.41/info')).resolves.toEqual({ Name: 'host1' });
  });

  it('talks HTTP over tcp://', async () => {
    const api = new ApiClient(parseHost(`tcp://127.0.0.1:${tcpPort}`));
    await expect(api.get('/v1.41/version')).resolves.toEqual({ via: 'tcp', url: '/v1.41/version' });
  });

  it('logs the trace id of a response with --debug', async () => {
    const io = capture();
    const ctx = new Context({ host: `unix://${sock}`, debug: true }, io, {});
    await ctx.api().get('/v1.41/info');
    expect(io.errs).toEqual(['trace id: feedc0de']);
    const quiet = capture();
    await new Context({ host: `unix://${sock}` }, quiet, {}).api().get('/v1.41/info');
    expect(quiet.errs).toEqual([]);
  });

  it("turns a status ≥ 400 into the daemon's message", async () => {
    const api = new ApiClient(parseHost(`unix://${sock}`));
    await expect(api.get('/keel/boom')).rejects.toThrow(new DaemonError(500, 'graphd: disk on fire'));
    await expect(api.get('/keel/boom')).rejects.toThrow('Error response from daemon: graphd: disk on fire');
    await expect(api.get('/keel/nowhere')).rejects.toMatchObject({ status: 404, exitCode: 1 });
    await expect(api.get('/keel/plain')).rejects.toThrow('Error response from daemon: bad gateway');
    await expect(api.get('/keel/empty')).rejects.toThrow('Error response from daemon: 503 Service Unavailable');
    await expect(api.get('/keel/notjson')).rejects.toThrow(/not JSON/);
  });

  it('sends a JSON body with its content type, and none when there is nothing to send', async () => {
    const api = new ApiClient(parseHost(`unix://${sock}`));
    await expect(api.json('POST', '/keel/services/netd/restart', { Timeout: 3 })).resolves.toEqual({ echo: '{"Timeout":3}', type: 'application/json' });
    await expect(api.json('POST', '/keel/services/netd/restart')).resolves.toEqual({ echo: '', type: null });
  });

  it('says plainly that nothing is listening, with what to do', async () => {
    const missing = new ApiClient(parseHost(`unix://${join(dir, 'nope.sock')}`));
    const err = await missing.get('/_ping').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnreachableError);
    expect((err as Error).message).toBe(
      `Cannot connect to the keel daemon at unix://${join(dir, 'nope.sock')}: there is no socket at ${join(dir, 'nope.sock')}. `
      + 'Is keeld running? Start it with `keeld` or point -H / KEEL_HOST at it.',
    );
    const refused = new ApiClient(parseHost('tcp://127.0.0.1:1'));
    await expect(refused.get('/_ping')).rejects.toThrow(/at tcp:\/\/127\.0\.0\.1:1: connection refused\. Is keeld running\?/);
  });

  it('refuses an fd that is not an inherited socket', async () => {
    const api = new ApiClient(parseHost('fd://987'));
    await expect(api.get('/_ping')).rejects.toThrow('Cannot use fd://987: file descriptor 987 is not an open socket this process inherited.');
  });
});

describe('daemonMessage', () => {
  it('prefers the JSON message, then the text, then the status line', () => {
    expect(daemonMessage({ status: 400, headers: {}, body: '{"message":"bad field Timeout"}' })).toBe('bad field Timeout');
    expect(daemonMessage({ status: 400, headers: {}, body: '{"error":"x"}' })).toBe('{"error":"x"}');
    expect(daemonMessage({ status: 404, headers: {}, body: '' })).toBe('404 Not Found');
  });
});

describe('tlsMaterial', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'keel-cli-tls-'));
    for (const f of ['ca.pem', 'cert.pem', 'key.pem']) writeFileSync(join(dir, f), f);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is off without --tls, --tlsverify or KEEL_TLS_VERIFY', () => {
    expect(tlsMaterial({}, {})).toBeNull();
    expect(tlsMaterial({}, { KEEL_TLS_VERIFY: '' })).toBeNull();
    expect(tlsMaterial({}, { KEEL_TLS_VERIFY: '0' })).toBeNull();
  });

  it('reads ca/cert/key from KEEL_CERT_PATH with KEEL_TLS_VERIFY=1', () => {
    const m = tlsMaterial({}, { KEEL_TLS_VERIFY: '1', KEEL_CERT_PATH: dir });
    expect(m).toEqual({ verify: true, ca: Buffer.from('ca.pem'), cert: Buffer.from('cert.pem'), key: Buffer.from('key.pem') });
  });

  it('prefers the flags, and --tls alone does not verify', () => {
    const m = tlsMaterial({ tls: true, tlscert: join(dir, 'key.pem'), tlskey: join(dir, 'cert.pem') }, { KEEL_CERT_PATH: '/nonexistent' });
    expect(m).toEqual({ verify: false, ca: undefined, cert: Buffer.from('key.pem'), key: Buffer.from('cert.pem') });
  });

  it('needs the CA under --tlsverify, a named file to exist, and cert and key together', () => {
    expect(() => tlsMaterial({ tlsverify: true }, { KEEL_CERT_PATH: '/nonexistent' })).toThrow(UsageError);
    expect(() => tlsMaterial({ tls: true, tlscert: '/nonexistent/cert.pem' }, {})).toThrow(/cannot read the TLS file \/nonexistent\/cert\.pem/);
    expect(() => tlsMaterial({ tls: true, tlscert: join(dir, 'cert.pem') }, { KEEL_CERT_PATH: '/nonexistent' })).toThrow(/needs its key/);
  });
});
