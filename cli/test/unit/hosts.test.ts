import { DEFAULT_HOST, parseHost, resolveHost } from '../../src/hosts';
import { UsageError } from '../../src/errors';

describe('parseHost', () => {
  it('takes unix:// with an absolute path', () => {
    expect(parseHost('unix:///run/keel/keel.sock')).toEqual({ type: 'unix', path: '/run/keel/keel.sock', raw: 'unix:///run/keel/keel.sock' });
    expect(() => parseHost('unix://relative.sock')).toThrow(/must be absolute/);
  });

  it('takes tcp:// with host and port, bracketed IPv6, and bare HOST:PORT', () => {
    expect(parseHost('tcp://127.0.0.1:2375')).toEqual({ type: 'tcp', host: '127.0.0.1', port: 2375, raw: 'tcp://127.0.0.1:2375' });
    expect(parseHost('tcp://[::1]:2376')).toEqual({ type: 'tcp', host: '::1', port: 2376, raw: 'tcp://[::1]:2376' });
    expect(parseHost('localhost:8080')).toMatchObject({ type: 'tcp', host: 'localhost', port: 8080 });
    expect(parseHost('  tcp://example.com:1234/  ')).toMatchObject({ host: 'example.com', port: 1234 });
  });

  it("defaults the tcp port like docker: 2375 plain, 2376 with TLS, and the host to 127.0.0.1", () => {
    expect(parseHost('tcp://example.com')).toMatchObject({ port: 2375 });
    expect(parseHost('tcp://example.com', { tls: true })).toMatchObject({ port: 2376 });
    expect(parseHost('tcp://:4000')).toMatchObject({ host: '127.0.0.1', port: 4000 });
  });

  it('refuses ports out of range and malformed tcp addresses', () => {
    expect(() => parseHost('tcp://h:0')).toThrow(/out of range/);
    expect(() => parseHost('tcp://h:70000')).toThrow(/out of range/);
    expect(() => parseHost('tcp://a:b:c')).toThrow(/expected tcp:\/\/HOST:PORT/);
  });

  it('takes fd://N and refuses fd:// without a number', () => {
    expect(parseHost('fd://3')).toEqual({ type: 'fd', fd: 3, raw: 'fd://3' });
    expect(() => parseHost('fd://')).toThrow(/file descriptor|inherited/);
    expect(() => parseHost('fd://x')).toThrow(UsageError);
  });

  it('refuses unknown schemes and empty addresses as usage errors (exit 2)', () => {
    for (const bad of ['http://x:1', 'ssh://host', '', '/run/keel/keel.sock']) {
      let err: unknown;
      try {
        parseHost(bad);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(UsageError);
      expect((err as UsageError).exitCode).toBe(2);
    }
  });
});

describe('resolveHost', () => {
  it('prefers -H, then KEEL_HOST, then the default socket', () => {
    expect(resolveHost('tcp://a:1', { KEEL_HOST: 'unix:///x' })).toBe('tcp://a:1');
    expect(resolveHost(undefined, { KEEL_HOST: 'unix:///x' })).toBe('unix:///x');
    expect(resolveHost(undefined, {})).toBe(DEFAULT_HOST);
    expect(resolveHost('', { KEEL_HOST: '' })).toBe('unix:///run/keel/keel.sock');
  });
});
