// End to end: json-file rotation (--log-opt max-size, max-file) carried out by keel-shim, and
// logs reading across the rotated files. Needs root; skipped with the reason printed otherwise.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { KEEL, ROOT, TestDaemon, sleep } from '../helpers/daemon';
import { DOCKER, describeContainers } from '../helpers/privileged';

const describeRoot = describeContainers('log rotation e2e tests');

interface Result { code: number | null; stdout: string; stderr: string; ms: number }

function exec(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Result> {
  const t0 = Date.now();
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => { stdout += d; });
    p.stderr.on('data', (d) => { stderr += d; });
    p.on('error', reject);
    p.on('exit', (code) => resolve({ code, stdout, stderr, ms: Date.now() - t0 }));
  });
}

const count = (n: number, pause = '') => ['sh', '-c', `i=1; while [ $i -le ${n} ]; do echo line-$i; ${pause} i=$((i+1)); done`];

/** line-a … line-b, each once, in order. */
function expectRun(out: string, last: number): number[] {
  const nums = out.trim().split('\n').map((l) => Number(/^line-(\d+)$/.exec(l)?.[1] ?? NaN));
  expect(nums.length).toBeGreaterThan(0);
  expect(nums[nums.length - 1]).toBe(last);
  expect(nums).toEqual(nums.map((_, i) => nums[0] + i));
  return nums;
}

describeRoot('json-file rotation', () => {
  const daemon = new TestDaemon('keel-logrot');
  const keel = (...args: string[]) => exec(KEEL, ['-H', daemon.host, ...args]);
  const docker = (...args: string[]) => exec(DOCKER, args, { DOCKER_HOST: daemon.host, DOCKER_CONFIG: join(daemon.dir, 'docker-config') });
  const inspect = async (name: string) => (JSON.parse((await keel('inspect', '--type', 'container', name)).stdout) as {
    LogPath: string; State: { Status: string; ExitCode: number }; HostConfig: { LogConfig: { Type: string; Config: Record<string, string> } };
  }[])[0];
  const logFiles = (logPath: string) => readdirSync(dirname(logPath)).filter((f) => f.startsWith(basename(logPath))).sort();
  const waitExit = async (name: string) => {
    const r = await keel('wait', name);
    expect(r.code).toBe(0);
    return Number(r.stdout.trim());
  };

  beforeAll(async () => {
    await daemon.start();
    const tar = join(daemon.dir, 'busybox.tar');
    execFileSync('bash', [join(ROOT, 'test', 'fixtures', 'busybox-rootfs.sh'), tar]);
    expect((await keel('import', tar, 'busybox')).code).toBe(0);
  }, 120_000);
  afterAll(async () => {
    const ids = (await keel('ps', '-a', '-q')).stdout.split('\n').filter(Boolean);
    if (ids.length) await keel('rm', '-f', ...ids);
    await daemon.cleanup();
  }, 60_000);

  it('2000 lines with max-size=10k max-file=3: 3 files of about 10k; logs shows the newest lines in order', async () => {
    const r = await keel('run', '-d', '--name', 'r-2000', '--log-opt', 'max-size=10k', '--log-opt', 'max-file=3', 'busybox', ...count(2000));
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(await waitExit('r-2000')).toBe(0);
    const c = await inspect('r-2000');
    expect(c.HostConfig.LogConfig).toEqual({ Type: 'json-file', Config: { 'max-size': '10k', 'max-file': '3' } });
    const name = basename(c.LogPath);
    expect(logFiles(c.LogPath)).toEqual([name, `${name}.1`, `${name}.2`]);
    for (const f of [`${c.LogPath}.1`, `${c.LogPath}.2`]) {
      // rotated once it held 10k or more: never more than one line (< 100 bytes) past it
      expect(statSync(f).size).toBeGreaterThanOrEqual(10 * 1024);
      expect(statSync(f).size).toBeLessThan(10 * 1024 + 100);
    }
    expect(statSync(c.LogPath).size).toBeLessThan(10 * 1024 + 100);
    const logs = await keel('logs', 'r-2000');
    expect(logs).toMatchObject({ code: 0, stderr: '' });
    const nums = expectRun(logs.stdout, 2000);
    // what three files of ~10k hold (a line here is ~70 bytes), nothing older
    expect(nums.length).toBeGreaterThan(2 * 10 * 1024 / 80);
    expect(nums.length).toBeLessThan(3 * (10 * 1024 + 100) / 60);
    expect(nums[0]).toBeGreaterThan(1);
    // --tail counts across the files too
    expect((await keel('logs', '--tail', '5', 'r-2000')).stdout).toBe([1996, 1997, 1998, 1999, 2000].map((n) => `line-${n}\n`).join(''));
  }, 60_000);

  it('max-size alone keeps one file, emptied when full', async () => {
    expect((await keel('run', '--name', 'r-one', '--log-opt', 'max-size=2k', 'busybox', ...count(300))).code).toBe(0);
    const c = await inspect('r-one');
    expect(logFiles(c.LogPath)).toEqual([basename(c.LogPath)]);
    expect(statSync(c.LogPath).size).toBeLessThan(2 * 1024 + 100);
    expectRun((await keel('logs', 'r-one')).stdout, 300);
  }, 60_000);

  it('logs -f follows across rotations, from the first line to the last, none lost or repeated', async () => {
    const r = await keel('run', '-d', '--name', 'r-follow', '--log-opt', 'max-size=4k', '--log-opt', 'max-file=2', 'busybox', ...count(800, 'usleep 3000;'));
    expect(r.code).toBe(0);
    const follow = await keel('logs', '-f', 'r-follow');
    expect(follow).toMatchObject({ code: 0, stderr: '' });
    const nums = expectRun(follow.stdout, 800);
    const c = await inspect('r-follow');
    expect(c.State).toMatchObject({ Status: 'exited', ExitCode: 0 });
    const onDisk = expectRun((await keel('logs', 'r-follow')).stdout, 800);
    // the follower saw lines that were rotated away: more than two 4k files hold
    expect(nums[0]).toBeLessThan(onDisk[0]);
    expect(nums.length).toBeGreaterThan(onDisk.length);
  }, 60_000);

  it('bad options: a clear error at create, nothing made', async () => {
    const before = (await keel('ps', '-a', '-q')).stdout;
    const cases: [string[], string][] = [
      [['--log-opt', 'max-size=lots'], "invalid size: 'lots'"],
      [['--log-opt', 'max-file=3'], 'max-file can only be set when max-size is set'],
      [['--log-opt', 'max-size=1m', '--log-opt', 'max-file=0'], 'max-file cannot be less than 1'],
      [['--log-opt', 'max-sise=1m'], "unknown log opt 'max-sise' for json-file log driver"],
      [['--log-driver', 'syslog'], 'log driver "syslog" is not supported: keel writes json-file logs only'],
    ];
    for (const [flags, message] of cases) {
      const k = await keel('run', ...flags, 'busybox', 'true');
      expect(k).toMatchObject({ code: 125, stdout: '' });
      expect(k.stderr).toContain(message);
      const d = await docker('run', ...flags, 'busybox', 'true');
      expect(d.code).toBe(125);
      expect(d.stderr).toContain(message);
    }
    expect((await keel('create', '--log-opt', 'nokey', 'busybox', 'true'))).toMatchObject({ code: 125, stderr: expect.stringContaining('expected key=value') });
    expect((await keel('ps', '-a', '-q')).stdout).toBe(before);
  }, 60_000);

  it('rm removes the rotated files with the log', async () => {
    const c = await inspect('r-2000');
    expect(existsSync(`${c.LogPath}.2`)).toBe(true);
    expect(await keel('rm', 'r-2000')).toMatchObject({ code: 0 });
    await sleep(100);
    expect(existsSync(dirname(c.LogPath)) ? logFiles(c.LogPath) : []).toEqual([]);
  }, 30_000);
});
