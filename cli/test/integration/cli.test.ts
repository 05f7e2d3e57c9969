// keel against a real keeld (temporary data-root, exec-root and socket; nats-server from
// Debian). Run `bash scripts/build.sh` first: the CLI and the daemon run from dist/.
import type { StdioOptions } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestDaemon, eventually } from '../../../test/helpers/daemon';
import { KeelProcess, assertBuilt, freePort, keel } from './keel-process';

const UNREACHABLE_HINT = 'Is keeld running? Start it with `keeld` or point -H / KEEL_HOST at it.';

describe('keel against a running keeld', () => {
  const daemon = new TestDaemon('keel-cli');
  let tcpPort = 0;
  let env: Record<string, string>;

  beforeAll(async () => {
    assertBuilt();
    tcpPort = await freePort();
    await daemon.start({ hosts: [`tcp://127.0.0.1:${tcpPort}`] });
    env = { KEEL_HOST: daemon.host };
  }, 60_000);

  afterAll(async () => {
    await daemon.cleanup();
  }, 60_000);

  describe('version', () => {
    it('prints the client block and the daemon\'s', async () => {
      const r = await keel(['version'], { env });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Client:\n Version: +\d+\.\d+\.\d+\n API version: +1\.41\n Node version: +v\d+/);
      expect(r.stdout).toMatch(/\nServer: keel \d/);
      expect(r.stdout).toMatch(/\n  API version: +1\.41 \(minimum version 1\.\d+\)\n/);
      expect(r.stdout).toMatch(/\n  OS\/Arch: +linux\//);
    });

    it('prints both as JSON with --format json', async () => {
      const r = await keel(['version', '--format', 'json'], { env });
      expect(r.code).toBe(0);
      const v = JSON.parse(r.stdout) as { Client: Record<string, string>; Server: Record<string, unknown> };
      expect(v.Client).toMatchObject({ ApiVersion: '1.41', NodeVersion: process.version, Os: 'linux', Host: daemon.host });
      expect(v.Server).toMatchObject({ ApiVersion: '1.41', Os: 'linux' });
      expect(Array.isArray(v.Server.Components)).toBe(true);
    });
  });

  describe('info', () => {
    it("prints docker info's server section", async () => {
      const r = await keel(['info'], { env });
      expect(r.code).toBe(0);
      for (const re of [
        /\nServer:\n Containers: \d+\n  Running: \d+\n  Paused: \d+\n  Stopped: \d+\n Images: \d+\n Server Version: \d/,
        /\n Storage Driver: \S+\n/, /\n Logging Driver: /, /\n Cgroup Driver: /, /\n Cgroup Version: [12]\n/,
        /\n Plugins:\n  Volume: /, /\n Default Runtime: /, /\n Kernel Version: /, /\n Operating System: /, /\n OSType: linux\n/,
        /\n Architecture: /, /\n CPUs: [1-9]\d*\n/, /\n Total Memory: [\d.]+[KMGT]iB\n/, /\n Name: /, /\n ID: /, /\n Debug Mode: (true|false)\n/,
        /\n Live Restore Enabled: (true|false)/,
      ]) expect(r.stdout).toMatch(re);
      expect(r.stdout).toContain(`\n Docker Root Dir: ${daemon.dataRoot}\n`);
    });

    it('prints the raw JSON with --format json, and the trace id with --debug', async () => {
      const r = await keel(['--debug', 'info', '--format', 'json'], { env });
      expect(r.code).toBe(0);
      const info = JSON.parse(r.stdout) as { DockerRootDir: string; ID: string };
      expect(info.DockerRootDir).toBe(daemon.dataRoot);
      expect(r.stderr).toMatch(/^trace id: [0-9a-zA-Z-]+\n$/);
    });
  });

  describe('transports', () => {
    const rootDir = async (args: string[], extraEnv: Record<string, string | undefined>, stdio?: StdioOptions) => {
      const r = await keel([...args, 'info', '--format', 'json'], { env: extraEnv, stdio });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      return (JSON.parse(r.stdout) as { DockerRootDir: string }).DockerRootDir;
    };

    it('answers over unix:// given by -H, and by KEEL_HOST', async () => {
      expect(await rootDir(['-H', daemon.host], {})).toBe(daemon.dataRoot);
      expect(await rootDir([], { KEEL_HOST: daemon.host })).toBe(daemon.dataRoot);
    });

    it('answers over tcp://', async () => {
      expect(await rootDir(['-H', `tcp://127.0.0.1:${tcpPort}`], {})).toBe(daemon.dataRoot);
      expect(await rootDir([], { KEEL_HOST: `tcp://127.0.0.1:${tcpPort}` })).toBe(daemon.dataRoot);
    });

    it('answers over fd:// with a connected socket it inherited', async () => {
      const sock = net.connect(daemon.sock);
      await new Promise<void>((resolve, reject) => sock.once('connect', resolve).once('error', reject));
      try {
        expect(await rootDir(['-H', 'fd://3'], {}, ['ignore', 'pipe', 'pipe', sock])).toBe(daemon.dataRoot);
      } finally {
        sock.destroy();
      }
    });

    it('-H wins over KEEL_HOST', async () => {
      expect(await rootDir(['-H', daemon.host], { KEEL_HOST: 'unix:///nonexistent/keel.sock' })).toBe(daemon.dataRoot);
    });
  });

  describe('bus tap', () => {
    it("shows the jobs one `keel info` causes, all with that request's trace id", async () => {
      const tap = new KeelProcess(['bus', 'tap', '--json', '--exec-root', daemon.execRoot], { timeoutMs: 30_000 });
      try {
        await tap.waitFor((_o, e) => e.includes('tapping the bus'), 10_000, 'the tap to subscribe');
        const info = await keel(['--debug', 'info'], { env });
        expect(info.code).toBe(0);
        const traceId = /trace id: (\S+)/.exec(info.stderr)?.[1];
        expect(traceId).toBeTruthy();
        const want = ['engine system.info', 'graphd service.info', 'execd service.info', 'netd service.info', 'registry-client service.info'];
        type Line = { time: string; service: string; job: string; jobId: string; traceId: string; origin: string; args: unknown; durationMs: number; status: string; error: string | null };
        const ofTrace = () => tap.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line).filter((l) => l.traceId === traceId);
        await tap.waitFor(() => want.every((w) => ofTrace().some((l) => `${l.service} ${l.job}` === w)), 10_000, `the jobs of trace ${traceId}`);
        const lines = ofTrace();
        expect(lines.map((l) => `${l.service} ${l.job}`).sort()).toEqual([...want].sort());
        for (const l of lines) {
          expect(l).toMatchObject({ traceId, status: 'ok', error: null, args: {} });
          expect(Object.keys(l)).toEqual(['time', 'service', 'job', 'jobId', 'traceId', 'origin', 'args', 'durationMs', 'status', 'error']);
          expect(l.durationMs).toBeGreaterThan(0);
          expect(Number.isNaN(Date.parse(l.time))).toBe(false);
        }
        expect(lines.find((l) => l.job === 'system.info')!.origin).toBe('api');
        expect(lines.filter((l) => l.job === 'service.info').every((l) => l.origin === 'engine')).toBe(true);
      } finally {
        if (tap.proc.exitCode === null) tap.proc.kill('SIGTERM');
      }
      const end = await tap.done;
      expect(end).toMatchObject({ code: 0, signal: null });
    }, 40_000);

    it('filters by service and job, prints aligned lines, and stops after --count jobs', async () => {
      const tap = new KeelProcess(['bus', 'tap', '--service', 'graphd', '--job', 'service.info', '--count', '1', '--exec-root', daemon.execRoot]);
      await tap.waitFor((_o, e) => e.includes('tapping the bus'), 10_000, 'the tap to subscribe');
      const info = await keel(['--debug', 'info'], { env });
      const traceId = /trace id: (\S+)/.exec(info.stderr)?.[1];
      const end = await tap.done;
      expect(end.code).toBe(0);
      const lines = end.stdout.split('\n').filter(Boolean);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^\\d\\d:\\d\\d:\\d\\d\\.\\d{3}  +graphd  +service\\.info  +\\{\\}  +trace=${traceId}  +[\\d.]+ms  +ok$`));
    }, 30_000);

    it('takes the exec-root from KEEL_EXEC_ROOT', async () => {
      const tap = new KeelProcess(['bus', 'tap', '--job', 'system.version', '--count', '1'], { env: { KEEL_EXEC_ROOT: daemon.execRoot } });
      await tap.waitFor((_o, e) => e.includes('tapping the bus'), 10_000, 'the tap to subscribe');
      expect((await keel(['version'], { env })).code).toBe(0);
      const end = await tap.done;
      expect(end.code).toBe(0);
      expect(end.stdout).toMatch(/ engine +system\.version +\{\} +trace=\S+ +[\d.]+ms +ok\n$/);
    }, 30_000);

    it('says where it looked when it cannot read the credentials', async () => {
      const r = await keel(['bus', 'tap', '--exec-root', join(daemon.dir, 'nope')]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`cannot read the bus credentials at ${join(daemon.dir, 'nope', 'bus', 'tap.json')}`);
      expect(r.stderr).toContain(`are you root, and is keeld running with --exec-root ${join(daemon.dir, 'nope')}?`);
    });
  });

  describe('bus stats', () => {
    it('prints SERVICE JOB COUNT ERRORS P50 P99 per job, and filters by service', async () => {
      expect((await keel(['info'], { env })).code).toBe(0);
      const r = await keel(['bus', 'stats'], { env });
      expect(r.code).toBe(0);
      const lines = r.stdout.trimEnd().split('\n');
      expect(lines[0]).toMatch(/^SERVICE +JOB +COUNT +ERRORS +P50 +P99$/);
      expect(lines.some((l) => /^engine +system\.info +[1-9]\d* +0 +[\d.]+ms +[\d.]+ms$/.test(l))).toBe(true);
      expect(lines.some((l) => l.startsWith('graphd '))).toBe(true);
      const col = lines[0]!.indexOf('COUNT');
      for (const l of lines.slice(1)) expect(l[col - 1]).toBe(' ');

      const only = await keel(['bus', 'stats', '--service', 'engine'], { env });
      expect(only.code).toBe(0);
      const rows = only.stdout.trimEnd().split('\n').slice(1);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((l) => l.startsWith('engine '))).toBe(true);
    });
  });

  describe('service', () => {
    it('ls lists the six services with pid, state, restarts and uptime', async () => {
      const r = await keel(['service', 'ls'], { env });
      expect(r.code).toBe(0);
      const lines = r.stdout.trimEnd().split('\n');
      expect(lines[0]).toMatch(/^NAME +PID +STATE +RESTARTS +UPTIME +LAST EXIT$/);
      for (const name of ['graphd', 'netd', 'execd', 'registry-client', 'engine', 'api']) {
        expect(lines.some((l) => new RegExp(`^${name} +\\d+ +running +\\d+ +(Less than a second|\\d+ seconds?|About a minute|\\d+ minutes) +\\S`).test(l))).toBe(true);
      }
    });

    it('restart restarts one service and prints its name', async () => {
      const before = (await daemon.services()).find((s) => s.Name === 'netd')!;
      const r = await keel(['service', 'restart', 'netd', '-t', '5'], { env });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('netd\n');
      await eventually(async () => {
        const now = (await daemon.services()).find((s) => s.Name === 'netd')!;
        return now.State === 'running' && now.Pid !== before.Pid && now.Restarts > before.Restarts;
      }, 15_000, 'netd to run again under a new pid');
    }, 30_000);

    it("prints the daemon's message and exits 1 for a service that does not exist", async () => {
      const r = await keel(['service', 'restart', 'no-such-service'], { env });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^Error response from daemon: .*no-such-service.*\n$/);
    });
  });

  describe('command line errors', () => {
    it.each([
      [['no-such-command'], /unknown command 'no-such-command'/],
      [['info', '--no-such-flag'], /unknown option '--no-such-flag'/],
      [['service', 'restart', 'netd', '-t', 'soon'], /-t, --time/],
      [['bus', 'tap', '--count', '0'], /--count/],
      [['-H', 'http://127.0.0.1:1', 'info'], /unknown scheme/],
      [['version', '--format', '{{.Server.Version}}'], /json/],
    ])('keel %p exits 2', async (args, re) => {
      const r = await keel(args as string[], { env });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(re);
    });

    it('prints help and exits 0 without arguments or with --help', async () => {
      for (const args of [[], ['--help']]) {
        const r = await keel(args, { env });
        expect(r.code).toBe(0);
        expect(r.stdout).toMatch(/Usage: keel/);
        expect(r.stdout).toMatch(/bus/);
      }
    });
  });
});

describe('keel without a daemon', () => {
  let dir: string;
  beforeAll(() => {
    assertBuilt();
    dir = mkdtempSync(join(tmpdir(), 'keel-cli-none-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says the daemon is not reachable at a missing socket, and what to do (exit 1)', async () => {
    const sock = join(dir, 'keel.sock');
    for (const cmd of [['info'], ['service', 'ls'], ['bus', 'stats']]) {
      const r = await keel(['-H', `unix://${sock}`, ...cmd]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`Cannot connect to the keel daemon at unix://${sock}: there is no socket at ${sock}. ${UNREACHABLE_HINT}\n`);
    }
  });

  it('says so for a socket nobody listens on, and for a refused tcp port', async () => {
    const sock = join(dir, 'stale.sock');
    writeFileSync(sock, '');
    const stale = await keel(['info'], { env: { KEEL_HOST: `unix://${sock}` } });
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain(UNREACHABLE_HINT);
    const port = await freePort();
    const r = await keel(['-H', `tcp://127.0.0.1:${port}`, 'info']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`Cannot connect to the keel daemon at tcp://127.0.0.1:${port}: connection refused. ${UNREACHABLE_HINT}\n`);
  });

  it('still prints the client block of keel version', async () => {
    const r = await keel(['-H', `unix://${join(dir, 'keel.sock')}`, 'version']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Client:\n Version: /);
    expect(r.stdout).not.toContain('Server:');
    expect(r.stderr).toContain(UNREACHABLE_HINT);
  });
});

describe("keel's start path", () => {
  let dir: string;
  beforeAll(() => {
    assertBuilt();
    dir = mkdtempSync(join(tmpdir(), 'keel-cli-modules-'));
    writeFileSync(join(dir, 'modules.js'),
      "process.on('exit', () => { process.stderr.write('MODULES ' + JSON.stringify(Object.keys(require.cache)) + '\\n'); });\n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['version', 'info', 'service ls', 'bus stats', '--help'])(
    'keel %s loads neither the bus client, nor protobufjs, fastify or pino',
    async (command) => {
      const r = await keel(['-H', `unix://${join(dir, 'none.sock')}`, ...command.split(' ')], { nodeArgs: ['-r', join(dir, 'modules.js')] });
      const modules = JSON.parse(/MODULES (.*)/.exec(r.stderr)![1]!) as string[];
      const heavy = modules.filter((m) => /node_modules\/(nats|nats-base-client|@nats-io|protobufjs|long|fastify|pino|better-sqlite3|xstate)\//.test(m));
      expect(heavy).toEqual([]);
      // of the daemon's code only the kit's dependency-free files: errors, -H parsing, durations
      const kit = modules.filter((m) => /\/dist\/(services|proto|addon)\//.test(m)).map((m) => m.replace(/^.*\/dist\//, ''));
      expect(kit.filter((m) => !['services/kit/src/errors.js', 'services/kit/src/hosts.js', 'services/kit/src/units.js'].includes(m))).toEqual([]);
      expect(kit).toContain('services/kit/src/hosts.js');
    },
  );
});
