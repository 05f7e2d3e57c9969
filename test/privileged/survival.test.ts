// Survival: containers outlive execd and keeld. Ten running containers (four print a line every
// 100 ms); execd is SIGKILLed, then keeld itself; the containers run on, some exit while no one
// watches, and the restarted daemon re-adopts every shim, records those exits, and the logs hold
// what was written meanwhile. Needs root; skipped with the reason printed otherwise.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { KEEL, ROOT, TestDaemon, alive, eventually } from '../helpers/daemon';
import { describeContainers } from '../helpers/privileged';

const describeRoot = describeContainers('survival e2e tests');

interface Result { code: number | null; stdout: string; stderr: string }

function exec(cmd: string, args: string[]): Promise<Result> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => { stdout += d; });
    p.stderr.on('data', (d) => { stderr += d; });
    p.on('error', reject);
    p.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

interface State { Status: string; Running: boolean; Pid: number; ExitCode: number }

const TICKER = ['sh', '-c', 'i=0; while true; do echo tick-$i; i=$((i+1)); sleep 0.1; done'];
/** Runs until SIGUSR1 (sent by the test straight to its pid), then exits with `code`. */
const quitter = (code: number) => ['sh', '-c', `trap "exit ${code}" USR1; echo ready; while true; do sleep 0.1; done`];

/** Live keel-shim processes whose bundle is under dir. */
function shimsUnder(dir: string): number[] {
  const out: number[] = [];
  for (const e of readdirSync('/proc')) {
    if (!/^\d+$/.test(e)) continue;
    try {
      if (readFileSync(`/proc/${e}/comm`, 'utf8') !== 'keel-shim\n') continue;
      if (readFileSync(`/proc/${e}/cmdline`, 'utf8').includes(dir) && alive(Number(e))) out.push(Number(e));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

describeRoot('survival of containers', () => {
  const daemon = new TestDaemon('keel-survival');
  const keel = (...args: string[]) => exec(KEEL, ['-H', daemon.host, ...args]);
  const state = async (name: string): Promise<State> => (JSON.parse((await keel('inspect', '--type', 'container', name)).stdout) as { State: State }[])[0].State;
  const service = async (name: string) => (await daemon.services()).find((s) => s.Name === name)!;
  /** The tick lines' times (ms) from keel logs -t, checking they run on without a gap or repeat. */
  const ticks = async (name: string): Promise<number[]> => {
    const r = await keel('logs', '-t', name);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const rows = r.stdout.trim().split('\n').map((l) => /^(\S+) tick-(\d+)$/.exec(l)!);
    expect(rows.every(Boolean)).toBe(true);
    expect(rows.map((m) => Number(m[2]))).toEqual(rows.map((_, i) => i));
    return rows.map((m) => Date.parse(m[1]));
  };

  const tickers = ['t0', 't1', 't2', 't3'];
  const quitA = { qa0: 3, qa1: 4, qa2: 5 };  // exit while execd is down
  const quitB = { qb0: 6, qb1: 7, qb2: 8 };  // exit while keeld is down
  const all = [...tickers, ...Object.keys(quitA), ...Object.keys(quitB)];
  const pids = new Map<string, number>();

  beforeAll(async () => {
    await daemon.start();
    const tar = join(daemon.dir, 'busybox.tar');
    execFileSync('bash', [join(ROOT, 'test', 'fixtures', 'busybox-rootfs.sh'), tar]);
    expect((await keel('import', tar, 'busybox')).code).toBe(0);
    for (const name of tickers) expect(await keel('run', '-d', '--name', name, 'busybox', ...TICKER)).toMatchObject({ code: 0 });
    for (const [name, code] of [...Object.entries(quitA), ...Object.entries(quitB)]) {
      expect(await keel('run', '-d', '--name', name, 'busybox', ...quitter(code))).toMatchObject({ code: 0 });
    }
    for (const name of all) {
      const s = await state(name);
      expect(s).toMatchObject({ Status: 'running', Running: true });
      pids.set(name, s.Pid);
    }
    // the quitters' traps are set
    for (const name of [...Object.keys(quitA), ...Object.keys(quitB)]) {
      await eventually(async () => (await keel('logs', name)).stdout === 'ready\n', 10_000, `${name} ready`);
    }
  }, 180_000);
  afterAll(async () => {
    const ids = (await keel('ps', '-a', '-q').catch(() => ({ stdout: '' }))).stdout.split('\n').filter(Boolean);
    if (ids.length) await keel('rm', '-f', ...ids);
    await daemon.cleanup();
  }, 60_000);

  /** The quitters exit now (the test signals their pids), checked gone before anything else happens. */
  const quit = async (names: string[]) => {
    for (const name of names) process.kill(pids.get(name)!, 'SIGUSR1');
    await eventually(() => names.every((n) => !alive(pids.get(n)!)), 5_000, `${names.join(', ')} exited`);
  };

  /** After a restart: everything still running has its pid; the quitters' exit codes are recorded; ticks went on meanwhile. */
  const checkAfter = async (running: string[], exited: Record<string, number>, downFrom: number, downTo: number) => {
    for (const name of running) {
      expect(alive(pids.get(name)!)).toBe(true);
      expect(await state(name)).toMatchObject({ Status: 'running', Running: true, Pid: pids.get(name) });
    }
    for (const [name, code] of Object.entries(exited)) {
      await eventually(async () => (await state(name)).Status === 'exited', 10_000, `${name} recorded as exited`);
      expect(await state(name)).toMatchObject({ Status: 'exited', Running: false, ExitCode: code });
    }
    // every ticker's log has lines written while the service was down, none missing
    await new Promise((r) => setTimeout(r, 300));
    for (const name of tickers) {
      const times = await ticks(name);
      expect(times.filter((t) => t > downFrom && t < downTo).length).toBeGreaterThanOrEqual(2);
      expect(times.at(-1)).toBeGreaterThan(downTo);
    }
  };

  it('SIGKILL of execd: all ten run on; the execd keeld restarts re-adopts them and records the three exits meanwhile', async () => {
    const before = await service('execd');
    expect(before).toMatchObject({ State: 'running' });
    const shims = shimsUnder(daemon.dir);
    expect(shims).toHaveLength(10);

    const downFrom = Date.now();
    process.kill(before.Pid, 'SIGKILL');
    await quit(Object.keys(quitA));
    // the exits happened before the new execd answered
    const during = await service('execd');
    expect(during.State === 'running' && during.Pid !== before.Pid).toBe(false);
    for (const name of all) if (!(name in quitA)) expect(alive(pids.get(name)!)).toBe(true);
    await eventually(async () => { const s = await service('execd'); return s.State === 'running' && s.Pid !== before.Pid && s.Pid > 0; }, 15_000, 'execd restarted');
    const downTo = Date.now();
    await checkAfter([...tickers, ...Object.keys(quitB)], quitA, downFrom, downTo);
    // the three exited shims wrote their records and left; the seven others are the same processes
    expect(shimsUnder(daemon.dir).sort()).toEqual(shims.filter((p) => alive(p)).sort());
    expect(shimsUnder(daemon.dir)).toHaveLength(7);
  }, 90_000);

  it('SIGKILL of keeld: the containers run on; a fresh keeld on the same roots re-adopts them and records the exits meanwhile', async () => {
    const services = (await daemon.services()).filter((s) => s.Pid > 0);
    const downFrom = Date.now();
    daemon.proc.kill('SIGKILL');
    await daemon.exit;
    // keeld's services notice and end (nothing is left to run the API or the bus)
    await eventually(() => services.every((s) => !alive(s.Pid)), 15_000, "keeld's services ended");
    await quit(Object.keys(quitB));
    for (const name of tickers) expect(alive(pids.get(name)!)).toBe(true);
    await new Promise((r) => setTimeout(r, 500));

    await daemon.start();
    const downTo = Date.now();
    await checkAfter(tickers, { ...quitA, ...quitB }, downFrom, downTo);
    expect(shimsUnder(daemon.dir)).toHaveLength(4);
  }, 90_000);

  it('rm -f of all ten: every container and shim is gone', async () => {
    const r = await keel('rm', '-f', ...all);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout.trim().split('\n').sort()).toEqual([...all].sort());
    expect((await keel('ps', '-a', '-q')).stdout).toBe('');
    for (const name of all) expect(alive(pids.get(name)!)).toBe(false);
    await eventually(() => shimsUnder(daemon.dir).length === 0, 5_000, 'no shim left');
  }, 60_000);
});
