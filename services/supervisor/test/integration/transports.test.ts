import { execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import https from 'node:https';
import { type AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { KEELD, TestDaemon, httpRequest } from '../../../../test/helpers/daemon';

const run = promisify(execFile);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

describe('API listeners', () => {
  const d = new TestDaemon('keel-tr');
  let port: number;
  beforeAll(async () => {
    port = await freePort();
    await d.start({ hosts: [`tcp://127.0.0.1:${port}`] });
  });
  afterAll(() => d.cleanup());

  it('answers on the unix socket, mode 0660', async () => {
    const r = await d.request('GET', '/_ping');
    expect(r.status).toBe(200);
    expect(r.body).toBe('OK');
    expect(require('node:fs').statSync(d.sock).mode & 0o777).toBe(0o660);
  });

  it('answers on a loopback tcp address', async () => {
    const r = await httpRequest({ host: '127.0.0.1', port }, 'GET', '/v1.41/version');
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body).ApiVersion).toBe('1.41');
  });

  it('works with the docker CLI: version and info', async () => {
    const env = { ...process.env, DOCKER_HOST: d.host, DOCKER_CONFIG: join(d.dir, 'docker-config') };
    const v = await run('/usr/local/bin/docker', ['version', '--format', '{{.Server.Version}} {{.Server.APIVersion}} {{.Server.Os}}'], { env });
    expect(v.stdout.trim()).toBe(`${require('../../../../package.json').version} 1.41 linux`);
    const full = await run('/usr/local/bin/docker', ['version'], { env });
    expect(full.stdout).toMatch(/Server: keel/);
    const i = await run('/usr/local/bin/docker', ['info', '--format', '{{json .}}'], { env });
    const info = JSON.parse(i.stdout);
    expect(info.ServerVersion).toBe(require('../../../../package.json').version);
    expect(info.DockerRootDir).toBe(d.dataRoot);
    expect(info.Driver).toBe('overlay2');
    expect(info.OSType).toBe('linux');
    const text = await run('/usr/local/bin/docker', ['info'], { env });
    expect(text.stdout).toMatch(/Storage Driver: overlay2/);
    expect(text.stderr).not.toMatch(/error/i);
  });
});

describe('fd:// (socket activation)', () => {
  it('serves on a socket keeld was handed as LISTEN_FDS', async () => {
    const d = new TestDaemon('keel-fd');
    const listener = createServer();
    await new Promise<void>((r) => listener.listen(0, '127.0.0.1', () => r()));
    const { port } = listener.address() as AddressInfo;
    const fd = (listener as unknown as { _handle: { fd: number } })._handle.fd;
    try {
      // as systemd does: the socket at fd 3, LISTEN_PID = keeld's own pid (exec keeps the shell's)
      d.proc = spawn('/bin/sh', ['-c', 'LISTEN_PID=$$ LISTEN_FDS=1 exec "$0" "$@"', KEELD, ...d.argv({ hosts: ['fd://'] })], {
        stdio: ['ignore', 'pipe', 'pipe', fd],
      });
      d.proc.stdout!.on('data', (c) => { d.output += c; });
      d.proc.stderr!.on('data', (c) => { d.output += c; });
      d.exit = new Promise((resolve) => d.proc.once('exit', (code, signal) => resolve({ code, signal })));
      await d.waitReady();
      // from here on only keeld's copy of the socket accepts
      await new Promise<void>((r) => listener.close(() => r()));
      const r = await httpRequest({ host: '127.0.0.1', port }, 'GET', '/v1.41/info');
      expect(r.status).toBe(200);
      expect(JSON.parse(r.body).DockerRootDir).toBe(d.dataRoot);
      // the socket survives an api restart: keeld holds it and hands it to the new api
      const api = (await d.services()).find((s) => s.Name === 'api')!;
      process.kill(api.Pid, 'SIGKILL');
      const until = Date.now() + 5_000;
      let ok = false;
      while (!ok && Date.now() < until) {
        ok = (await httpRequest({ host: '127.0.0.1', port }, 'GET', '/_ping').catch(() => ({ status: 0 }))).status === 200;
        if (!ok) await new Promise((res) => setTimeout(res, 50));
      }
      expect(ok).toBe(true);
    } finally {
      if (listener.listening) listener.close();
      await d.cleanup();
    }
  });

  it('refuses fd:// when no socket was passed', async () => {
    const d = new TestDaemon('keel-fd2');
    try {
      await d.start({ hosts: ['fd://'], wait: false });
      const r = await d.exit;
      expect(r.code).not.toBe(0);
      expect(d.output).toMatch(/fd:\/\/ was asked for, but no sockets were passed/);
    } finally {
      await d.cleanup();
    }
  });
});

describe('tcp:// beyond loopback', () => {
  it('refuses a plain non-loopback address, saying what to do, and leaves nothing behind', async () => {
    const d = new TestDaemon('keel-tcp');
    try {
      await d.start({ hosts: ['tcp://0.0.0.0:2375'], wait: false });
      const r = await d.exit;
      expect(r.code).not.toBe(0);
      expect(d.output).toMatch(/refusing to listen on tcp:\/\/0.0.0.0:2375 without TLS client verification/);
      expect(d.output).toMatch(/--tlsverify/);
      expect(require('node:fs').existsSync(join(d.execRoot, 'bus'))).toBe(false);
    } finally {
      await d.cleanup();
    }
  });

  it('serves TLS and verifies client certificates with --tlsverify', async () => {
    const d = new TestDaemon('keel-tls');
    try {
      const certs = join(d.dir, 'certs');
      await run('/bin/sh', ['-c', `
        set -e; mkdir -p ${certs}; cd ${certs}
        openssl req -x509 -newkey rsa:2048 -nodes -keyout ca-key.pem -out ca.pem -days 2 -subj /CN=keel-test-ca 2>/dev/null
        for who in server client; do
          openssl req -newkey rsa:2048 -nodes -keyout $who-key.pem -out $who.csr -subj /CN=127.0.0.1 2>/dev/null
          printf 'subjectAltName=IP:127.0.0.1\\nextendedKeyUsage=%s\\n' $([ $who = server ] && echo serverAuth || echo clientAuth) > $who.ext
          openssl x509 -req -in $who.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -out $who.pem -days 2 -extfile $who.ext 2>/dev/null
        done`]);
      const port = await freePort();
      await d.start({
        hosts: [`tcp://127.0.0.1:${port}`],
        args: ['--tlsverify', '--tlscacert', join(certs, 'ca.pem'), '--tlscert', join(certs, 'server.pem'), '--tlskey', join(certs, 'server-key.pem')],
      });
      const ca = readFileSync(join(certs, 'ca.pem'));
      const get = (withCert: boolean) => new Promise<number>((resolve, reject) => {
        const req = https.request({
          host: '127.0.0.1', port, path: '/_ping', ca, agent: false,
          ...(withCert ? { cert: readFileSync(join(certs, 'client.pem')), key: readFileSync(join(certs, 'client-key.pem')) } : {}),
        }, (res) => { res.resume(); resolve(res.statusCode ?? 0); });
        req.on('error', reject);
        req.end();
      });
      expect(await get(true)).toBe(200);
      await expect(get(false)).rejects.toThrow();
      // plain HTTP on the TLS port gets nothing useful
      await expect(httpRequest({ host: '127.0.0.1', port }, 'GET', '/_ping').then((r) => r.status)).rejects.toThrow();
    } finally {
      await d.cleanup();
    }
  });
});
