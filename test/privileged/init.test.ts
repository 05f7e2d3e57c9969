// End to end: --init (HostConfig.Init). keel-shim's tiny init is pid 1: it reaps orphans, forwards
// signals to the command and exits with the command's status. Needs root; skipped with the reason printed otherwise.
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KEEL, ROOT, TestDaemon, sleep } from '../helpers/daemon';
import { DOCKER, describeContainers } from '../helpers/privileged';

const describeRoot = describeContainers('--init e2e tests');

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

/** Every process below pid (host pids), with its state letter (R, S, Z, …). */
function descendants(pid: number): { pid: number; state: string; comm: string }[] {
  const procs = new Map<number, { ppid: number; state: string; comm: string }>();
  for (const e of readdirSync('/proc')) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const [state, ppid] = stat.slice(close + 2).split(' ');
      procs.set(Number(e), { ppid: Number(ppid), state, comm: stat.slice(stat.indexOf('(') + 1, close) });
    } catch {
      // gone meanwhile
    }
  }
  const out: { pid: number; state: string; comm: string }[] = [];
  const walk = (parent: number) => {
    for (const [p, info] of procs) {
      if (info.ppid === parent) {
        out.push({ pid: p, state: info.state, comm: info.comm });
        walk(p);
      }
    }
  };
  walk(pid);
  return out;
}

/** A background sleep whose parent (a subshell) leaves at once: reparented to pid 1, it ends 1 s later. */
const ORPHAN = ['sh', '-c', '(sleep 1 &); exec sleep 30'];

interface State { Status: string; Running: boolean; Pid: number; ExitCode: number }

describeRoot('--init', () => {
  const daemon = new TestDaemon('keel-init');
  const keel = (...args: string[]) => exec(KEEL, ['-H', daemon.host, ...args]);
  const docker = (...args: string[]) => exec(DOCKER, args, { DOCKER_HOST: daemon.host, DOCKER_CONFIG: join(daemon.dir, 'docker-config') });
  const inspect = async (name: string) => (JSON.parse((await keel('inspect', '--type', 'container', name)).stdout) as { State: State; HostConfig: { Init: boolean | null } }[])[0];
  const logs = async (name: string) => (await keel('logs', name)).stdout;
  const until = async (what: string, pred: () => Promise<boolean> | boolean, ms = 10_000) => {
    const end = Date.now() + ms;
    while (!(await pred())) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await sleep(50);
    }
  };
  const runD = async (...args: string[]) => {
    const r = await keel('run', '-d', ...args);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    return r.stdout.trim();
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

  it('without --init an orphan stays a zombie under pid 1 (the command); with --init it is reaped', async () => {
    await runD('--name', 'i-zombie', 'busybox', ...ORPHAN);
    await runD('--name', 'i-reaped', '--init', 'busybox', ...ORPHAN);
    const plain = await inspect('i-zombie');
    const inited = await inspect('i-reaped');
    expect(plain.HostConfig.Init).toBeNull();
    expect(inited.HostConfig.Init).toBe(true);
    // the orphan ends after 1 s; give both containers time to have it
    await until('the zombie', () => descendants(plain.State.Pid).some((p) => p.state === 'Z'), 8_000);
    expect(readFileSync(`/proc/${plain.State.Pid}/comm`, 'utf8')).toBe('sleep\n');
    await sleep(1_500);
    const under = descendants(inited.State.Pid);
    expect(readFileSync(`/proc/${inited.State.Pid}/comm`, 'utf8')).toBe('keel-init\n');
    expect(readdirSync(`/proc/${inited.State.Pid}/fd`).sort()).toEqual(['0', '1', '2']);  // nothing of the shim's
    expect(under.map((p) => p.comm)).toEqual(['sleep']);  // the command, its orphan reaped
    expect(under.filter((p) => p.state === 'Z')).toEqual([]);
    // and still a zombie in the container without an init
    expect(descendants(plain.State.Pid).filter((p) => p.state === 'Z').map((p) => p.comm)).toEqual(['sleep']);
  }, 30_000);

  it('ps inside shows pid 1 is the init and the command its child', async () => {
    const r = await keel('run', '--rm', '--init', 'busybox', 'ps', '-o', 'pid,ppid,comm');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const rows = r.stdout.trim().split('\n').slice(1).map((l) => l.trim().split(/\s+/));
    expect(rows).toContainEqual(['1', '0', 'keel-init']);
    expect(rows).toContainEqual([expect.stringMatching(/^\d+$/), '1', 'ps']);
    const plain = await keel('run', '--rm', 'busybox', 'ps', '-o', 'pid,comm');
    expect(plain.stdout.trim().split('\n').slice(1).map((l) => l.trim().split(/\s+/))).toEqual([['1', 'ps']]);
  }, 30_000);

  it('exit status passes through; death by signal n is 128+n; an exec error is reported as without --init', async () => {
    expect((await keel('run', '--init', 'busybox', 'sh', '-c', 'exit 3')).code).toBe(3);
    expect((await keel('run', '--init', 'busybox', 'sh', '-c', 'kill -USR1 $$')).code).toBe(138);
    const missing = await keel('run', '--init', 'busybox', 'no-such-command');
    const without = await keel('run', 'busybox', 'no-such-command');
    expect(missing.code).toBe(127);
    expect(missing.code).toBe(without.code);
    const noId = (t: string) => t.replace(/[0-9a-f]{64}/g, '<id>');
    expect(noId(missing.stderr)).toBe(noId(without.stderr));
    expect(missing.stderr).toContain('exec: "no-such-command": executable file not found in $PATH');
  }, 30_000);

  it('docker stop of --init sleep 100: SIGTERM is forwarded to sleep, which dies of it: 143 at once, not 137 after 10 s', async () => {
    const run = await docker('run', '-d', '--init', '--name', 'i-stop', 'busybox', 'sleep', '100');
    expect(run).toMatchObject({ code: 0 });
    const stop = await docker('stop', 'i-stop');
    expect(stop).toMatchObject({ code: 0, stdout: 'i-stop\n', stderr: '' });
    expect(stop.ms).toBeLessThan(3_000);
    expect((await docker('inspect', '-f', '{{.State.Status}} {{.State.ExitCode}} {{.HostConfig.Init}}', 'i-stop')).stdout).toBe('exited 143 true\n');
  }, 30_000);

  it('other signals reach the command too (kill -s USR1 to a trapping shell)', async () => {
    await runD('--name', 'i-trap', '--init', 'busybox', 'sh', '-c', 'trap "echo got-usr1" USR1; echo ready; while true; do sleep 0.1; done');
    await until('the trap', async () => (await logs('i-trap')).includes('ready'));
    expect(await keel('kill', '-s', 'USR1', 'i-trap')).toMatchObject({ code: 0, stdout: 'i-trap\n' });
    await until('the USR1 trap', async () => (await logs('i-trap')).includes('got-usr1'));
    expect((await inspect('i-trap')).State).toMatchObject({ Status: 'running' });
    expect(await keel('kill', 'i-trap')).toMatchObject({ code: 0 });
    expect((await inspect('i-trap')).State).toMatchObject({ Status: 'exited', ExitCode: 137 });
  }, 30_000);
});
