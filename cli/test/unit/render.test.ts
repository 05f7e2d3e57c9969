import { renderBusStats } from '../../src/commands/bus-stats';
import { checkFormat } from '../../src/commands/common';
import { type DockerInfo, renderInfo, securityOptionLines, warningLines } from '../../src/commands/info';
import { renderServices } from '../../src/commands/service';
import { clientVersion, renderClient, renderServer } from '../../src/commands/version';
import { parseCount, parseTimeout } from '../../src/args';

const info: DockerInfo = {
  ID: 'ABCD:EFGH', Containers: 3, ContainersRunning: 1, ContainersPaused: 0, ContainersStopped: 2, Images: 7,
  Driver: 'overlay2', DriverStatus: [['Backing Filesystem', 'extfs'], ['Supports d_type', 'true']],
  Plugins: { Volume: ['local'], Network: ['bridge', 'host', 'none'], Authorization: null, Log: ['json-file'] },
  LoggingDriver: 'json-file', CgroupDriver: 'cgroupfs', CgroupVersion: '2', KernelVersion: '6.1.0', OperatingSystem: 'Debian GNU/Linux 12 (bookworm)',
  OSType: 'linux', Architecture: 'x86_64', NCPU: 2, MemTotal: 25276026880, DockerRootDir: '/var/lib/keel', Name: 'host1',
  ServerVersion: '0.1.0', Runtimes: { runc: {}, native: {} }, DefaultRuntime: 'native', LiveRestoreEnabled: true,
  SecurityOptions: ['name=seccomp,profile=default', 'name=cgroupns'], Debug: false,
  RegistryConfig: { InsecureRegistryCIDRs: ['127.0.0.0/8'], Mirrors: ['https://mirror.example'] },
  Warnings: ['execd did not report (timeout)', 'WARNING: No swap limit support'],
};

describe('keel info', () => {
  it("lays out the server section like docker info's", () => {
    const text = renderInfo(info).join('\n');
    expect(text).toContain([
      'Server:', ' Containers: 3', '  Running: 1', '  Paused: 0', '  Stopped: 2', ' Images: 7', ' Server Version: 0.1.0',
      ' Storage Driver: overlay2', '  Backing Filesystem: extfs', '  Supports d_type: true', ' Logging Driver: json-file',
      ' Cgroup Driver: cgroupfs', ' Cgroup Version: 2', ' Plugins:', '  Volume: local', '  Network: bridge host none', '  Log: json-file',
      ' Runtimes: native runc', ' Default Runtime: native',
    ].join('\n'));
    expect(text).toContain([
      ' Security Options:', '  seccomp', '   Profile: default', '  cgroupns', ' Kernel Version: 6.1.0',
      ' Operating System: Debian GNU/Linux 12 (bookworm)', ' OSType: linux', ' Architecture: x86_64', ' CPUs: 2',
      ' Total Memory: 23.54GiB', ' Name: host1', ' ID: ABCD:EFGH', ' Docker Root Dir: /var/lib/keel', ' Debug Mode: false',
    ].join('\n'));
    expect(text).toContain(' Insecure Registries:\n  127.0.0.0/8\n Registry Mirrors:\n  https://mirror.example\n Live Restore Enabled: true');
  });

  it('leaves out empty lists and copes with a sparse answer', () => {
    const text = renderInfo({}).join('\n');
    expect(text).toContain(' Containers: 0');
    expect(text).toContain(' Total Memory: 0B');
    expect(text).not.toContain('Security Options');
    expect(text).not.toContain('Registry Mirrors');
  });

  it('prefixes warnings with WARNING: once', () => {
    expect(warningLines(info)).toEqual(['WARNING: execd did not report (timeout)', 'WARNING: No swap limit support']);
    expect(warningLines({ Warnings: null })).toEqual([]);
  });

  it('decodes security options the way docker does', () => {
    expect(securityOptionLines(['apparmor', 'name=seccomp,profile=builtin', 'name=rootless'])).toEqual([
      '  apparmor', '  seccomp', '   Profile: builtin', '  rootless',
    ]);
  });
});

describe('keel version', () => {
  it('prints the client block with the CLI version, API 1.41 and Node', () => {
    const c = clientVersion('unix:///run/keel/keel.sock');
    expect(c.ApiVersion).toBe('1.41');
    expect(c.Version).toMatch(/^\d+\.\d+\.\d+/);
    const lines = renderClient(c);
    expect(lines[0]).toBe('Client:');
    expect(lines).toContain(` API version:       1.41`);
    expect(lines).toContain(` Node version:      ${process.version}`);
    expect(lines.some((l) => /^ OS\/Arch: +linux\/|^ OS\/Arch: +\w+\//.test(l))).toBe(true);
  });

  it('prints the server block from Docker\'s JSON shape, with every component', () => {
    const lines = renderServer({
      Platform: { Name: 'keel 0.1.0' }, Version: '0.1.0', ApiVersion: '1.41', MinAPIVersion: '1.12', GitCommit: 'abc',
      GoVersion: 'v20.0.0', Os: 'linux', Arch: 'amd64', KernelVersion: '6.1', BuildTime: '2024-01-01T00:00:00Z',
      Components: [{ Name: 'Engine', Version: '0.1.0' }, { Name: 'nats-server', Version: '2.9.20', Details: { GitCommit: 'def' } }],
    });
    expect(lines).toEqual([
      'Server: keel 0.1.0',
      ' Engine:',
      '  Version:          0.1.0',
      '  API version:      1.41 (minimum version 1.12)',
      '  Node version:     v20.0.0',
      '  Git commit:       abc',
      '  Built:            2024-01-01T00:00:00Z',
      '  OS/Arch:          linux/amd64',
      '  Kernel version:   6.1',
      ' nats-server:',
      '  Version:          2.9.20',
      '  GitCommit:        def',
    ]);
  });
});

describe('keel service ls', () => {
  it('prints NAME PID STATE RESTARTS UPTIME LAST EXIT with human uptimes', () => {
    const lines = renderServices([
      { Name: 'graphd', Pid: 101, State: 'running', Restarts: 0, UptimeSeconds: 185.2, LastExit: '' },
      { Name: 'registry-client', Pid: 0, State: 'failed', Restarts: 5, UptimeSeconds: 0, LastExit: 'signal SIGKILL' },
      { Name: 'api', Pid: 7, State: 'running', Restarts: 1, UptimeSeconds: 12.9, LastExit: 'exit 1' },
    ]);
    expect(lines).toEqual([
      'NAME              PID       STATE     RESTARTS   UPTIME       LAST EXIT',
      'graphd            101       running   0          3 minutes    -',
      'registry-client   -         failed    5          -            signal SIGKILL',
      'api               7         running   1          12 seconds   exit 1',
    ]);
  });
});

describe('keel bus stats', () => {
  it('prints SERVICE JOB COUNT ERRORS P50 P99 with millisecond latencies', () => {
    const lines = renderBusStats([
      { Service: 'engine', Job: 'system.info', Count: 3, Errors: 1, InFlight: 0, P50Ms: 20.347, P99Ms: 26.9, MaxMs: 26.9 },
      { Service: 'graphd', Job: 'service.ping', Count: 1200, Errors: 0, InFlight: 0, P50Ms: 0.2134, P99Ms: 1.5, MaxMs: 3 },
    ]);
    expect(lines).toEqual([
      'SERVICE   JOB            COUNT     ERRORS    P50       P99',
      'engine    system.info    3         1         20.3ms    26.9ms',
      'graphd    service.ping   1200      0         0.21ms    1.50ms',
    ]);
  });
});

describe('flag values', () => {
  it('--format takes json (or nothing)', () => {
    expect(checkFormat(undefined)).toBe(false);
    expect(checkFormat('json')).toBe(true);
    expect(() => checkFormat('{{.ID}}')).toThrow(/json/);
  });

  it('-t and --count take whole numbers', () => {
    expect(parseTimeout('0')).toBe(0);
    expect(parseTimeout('30')).toBe(30);
    expect(() => parseTimeout('-1')).toThrow();
    expect(() => parseTimeout('1.5')).toThrow();
    expect(() => parseTimeout('99999')).toThrow();
    expect(parseCount('5')).toBe(5);
    expect(() => parseCount('0')).toThrow();
  });
});
