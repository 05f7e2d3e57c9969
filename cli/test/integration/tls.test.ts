// keel over tcp:// with TLS against a keeld that demands client certificates (--tlsverify),
// with a throwaway CA made by openssl for the test.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestDaemon } from '../../../test/helpers/daemon';
import { assertBuilt, freePort, keel } from './keel-process';

function openssl(cwd: string, ...args: string[]): void {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

/** ca.pem, server-{cert,key}.pem for 127.0.0.1 and client-{cert,key}.pem, all signed by the CA. */
function makeCerts(dir: string): void {
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(dir, 'req', '-x509', ...ec, '-keyout', 'ca-key.pem', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=keel test CA');
  for (const [name, ext] of [
    ['server', 'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n'],
    ['client', 'extendedKeyUsage=clientAuth\n'],
  ] as const) {
    writeFileSync(join(dir, `${name}.ext`), ext);
    openssl(dir, 'req', ...ec, '-keyout', `${name}-key.pem`, '-out', `${name}.csr`, '-subj', `/CN=${name}`);
    openssl(dir, 'x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca-key.pem', '-CAcreateserial',
      '-out', `${name}-cert.pem`, '-days', '2', '-extfile', `${name}.ext`);
  }
}

describe('keel over tcp:// with TLS', () => {
  const daemon = new TestDaemon('keel-cli-tls');
  let certs: string;
  let host: string;

  beforeAll(async () => {
    assertBuilt();
    certs = join(daemon.dir, 'certs');
    mkdirSync(certs);
    makeCerts(certs);
    host = `tcp://127.0.0.1:${await freePort()}`;
    await daemon.start({
      hosts: [host],
      args: ['--tlsverify', '--tlscacert', join(certs, 'ca.pem'), '--tlscert', join(certs, 'server-cert.pem'), '--tlskey', join(certs, 'server-key.pem')],
    });
  }, 60_000);

  afterAll(async () => {
    await daemon.cleanup();
  }, 60_000);

  const serverVersion = (stdout: string) => (JSON.parse(stdout) as { Server: { ApiVersion: string } | null }).Server?.ApiVersion;

  it('verifies the daemon and presents a client certificate given by flags', async () => {
    const r = await keel([
      '-H', host, '--tlsverify', '--tlscacert', join(certs, 'ca.pem'),
      '--tlscert', join(certs, 'client-cert.pem'), '--tlskey', join(certs, 'client-key.pem'), 'version', '--format', 'json',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(serverVersion(r.stdout)).toBe('1.41');
  });

  it('finds ca.pem, cert.pem and key.pem in KEEL_CERT_PATH with KEEL_TLS_VERIFY=1', async () => {
    const dir = join(certs, 'client-dir');
    mkdirSync(dir);
    copyFileSync(join(certs, 'ca.pem'), join(dir, 'ca.pem'));
    copyFileSync(join(certs, 'client-cert.pem'), join(dir, 'cert.pem'));
    copyFileSync(join(certs, 'client-key.pem'), join(dir, 'key.pem'));
    const r = await keel(['info', '--format', 'json'], { env: { KEEL_HOST: host, KEEL_CERT_PATH: dir, KEEL_TLS_VERIFY: '1' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { DockerRootDir: string }).DockerRootDir).toBe(daemon.dataRoot);
  });

  it('fails with a sentence, exit 1, without a client certificate', async () => {
    const r = await keel(['-H', host, '--tlsverify', '--tlscacert', join(certs, 'ca.pem'), 'info'], { env: { KEEL_CERT_PATH: join(certs, 'empty') } });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`TLS with the keel daemon at ${host} failed: the daemon wants a client certificate it trusts; `
      + 'give --tlscert and --tlskey, or put cert.pem and key.pem in $KEEL_CERT_PATH.\n');
  });

  it("refuses a daemon whose certificate the CA did not sign under --tlsverify, and accepts it under --tls", async () => {
    const client = ['--tlscert', join(certs, 'client-cert.pem'), '--tlskey', join(certs, 'client-key.pem')];
    const strict = await keel(['-H', host, '--tlsverify', '--tlscacert', join(certs, 'client-cert.pem'), ...client, 'info']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toBe(`TLS with the keel daemon at ${host} failed: self-signed certificate in certificate chain\n`);
    const loose = await keel(['-H', host, '--tls', ...client, 'version', '--format', 'json'], { env: { KEEL_CERT_PATH: join(certs, 'empty') } });
    expect(loose.stderr).toBe('');
    expect(serverVersion(loose.stdout)).toBe('1.41');
  });
});
