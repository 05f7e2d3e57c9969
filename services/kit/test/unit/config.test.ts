import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULTS, finishConfig, readConfigFile } from '../../src/config';
import { InvalidArgumentError } from '../../src/errors';
import { isLoopback, parseHost } from '../../src/hosts';

describe('daemon.json', () => {
  let dir: string;
  beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'keel-config-')); });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (content: string) => {
    const f = join(dir, `c${Math.random()}.json`);
    writeFileSync(f, content);
    return f;
  };

  it("takes dockerd's key names", () => {
    const c = readConfigFile(write(JSON.stringify({ 'data-root': '/srv/keel', hosts: ['unix:///x.sock'], 'log-level': 'debug', tlsverify: true })));
    expect(c).toEqual({ dataRoot: '/srv/keel', hosts: ['unix:///x.sock'], logLevel: 'debug', tlsVerify: true });
  });

  it('refuses unknown keys, wrong types and broken JSON with the file and key named', () => {
    expect(() => readConfigFile(write('{"data_root": "/x"}'))).toThrow(/don't match any configuration option: data_root/);
    expect(() => readConfigFile(write('{"hosts": "unix:///x"}'))).toThrow(/"hosts" must be an array of strings/);
    expect(() => readConfigFile(write('{"bus-port": "4222"}'))).toThrow(/"bus-port" must be a number/);
    expect(() => readConfigFile(write('{"debug": tru'))).toThrow(InvalidArgumentError);
    expect(() => readConfigFile(write('[1]'))).toThrow(/top level must be a JSON object/);
  });

  it('fills derived defaults: the socket and pid file under exec-root, tls implied by tlsverify', () => {
    const c = finishConfig({ ...DEFAULTS, execRoot: '/run/k2', tlsVerify: true });
    expect(c.hosts).toEqual(['unix:///run/k2/keel.sock']);
    expect(c.pidfile).toBe('/run/k2/keeld.pid');
    expect(c.tls).toBe(true);
    expect(() => finishConfig({ ...DEFAULTS, logLevel: 'loud' as never })).toThrow(/log level "loud"/);
    expect(() => finishConfig({ ...DEFAULTS, busPort: 70000 })).toThrow(/not a port number/);
  });
});

describe('API addresses', () => {
  it('parses the three transports', () => {
    expect(parseHost('unix:///run/keel/keel.sock')).toMatchObject({ type: 'unix', path: '/run/keel/keel.sock' });
    expect(parseHost('tcp://127.0.0.1:2375')).toMatchObject({ type: 'tcp', host: '127.0.0.1', port: 2375 });
    expect(parseHost('tcp://[::1]:2375')).toMatchObject({ type: 'tcp', host: '::1', port: 2375 });
    expect(parseHost('tcp://:2376')).toMatchObject({ type: 'tcp', host: '127.0.0.1', port: 2376 });
    expect(parseHost('fd://')).toMatchObject({ type: 'fd', fd: null });
    expect(parseHost('fd://3')).toMatchObject({ type: 'fd', fd: 3 });
  });

  it('rejects what it cannot serve, saying what it expects', () => {
    expect(() => parseHost('unix://relative.sock')).toThrow(/must be absolute/);
    expect(() => parseHost('http://x:1')).toThrow(/unknown scheme/);
    expect(() => parseHost('fd://x')).toThrow(/file descriptor number/);
    expect(() => parseHost('tcp://h:99999')).toThrow(/out of range/);
  });

  it('knows loopback addresses', () => {
    for (const h of ['127.0.0.1', '127.1.2.3', '::1', 'localhost']) expect(isLoopback(h)).toBe(true);
    for (const h of ['0.0.0.0', '10.0.0.1', '::', 'example.org', '128.0.0.1']) expect(isLoopback(h)).toBe(false);
  });
});
