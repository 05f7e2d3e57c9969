// End to end: stop, kill and restart of real containers through a real keeld, with the keel CLI
// and with the docker CLI. Needs root; skipped with the reason printed otherwise.
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { KEEL, ROOT, TestDaemon } from '../helpers/daemon';
import { DOCKER, describeContainers } from '../helpers/privileged';

const describeRoot = describeContainers('stop e2e tests');

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

/** A container that exits 0 on SIGTERM and says so on SIGUSR1; "ready" once its traps are set. */
const TRAPPER = ['sh', '-c', 'trap "exit 0" TERM; trap "echo got-usr1" USR1; echo ready; while true; do sleep 0.1; done'];

interface State { Status: string; Running: boolean; Pid: number; ExitCode: number }

describeRoot('stop, kill, restart', () => {
  const daemon = new TestDaemon('keel-stop');
  const keel = (...args: string[]) => exec(KEEL, ['-H', daemon.host, ...args]);
  const docker = (...args: string[]) => exec(DOCKER, args, { DOCKER_HOST: daemon.host, DOCKER_CONFIG: join(daemon.dir, 'docker-config') });
  const state = async (name: string): Promise<State> => (JSON.parse((await keel('inspect', '--type', 'container', name)).stdout) as { State: State }[])[0].State;
  const logs = async (name: string) => (await keel('logs', name)).stdout;
  const until = async (what: string, pred: () => Promise<boolean>, ms = 10_000) => {
    const end = Date.now() + ms;
    while (!(await pred())) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const runD = async (name: string, ...cmd: string[]) => {
    const r = await keel('run', '-d', '--name', name, 'busybox', ...cmd);
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

  describe('keel CLI', () => {
    it('stop -t 1 of a pid-1 sleep (SIGTERM ignored) falls back to SIGKILL: 137, within the timeout; again is a no-op', async () => {
      await runD('s-sleep', 'sleep', '60');
      const r = await keel('stop', '-t', '1', 's-sleep');
      expect(r).toMatchObject({ code: 0, stdout: 's-sleep\n', stderr: '' });
      expect(r.ms).toBeGreaterThanOrEqual(900);
      expect(r.ms).toBeLessThan(5_000);
      expect(await state('s-sleep')).toMatchObject({ Status: 'exited', Running: false, ExitCode: 137 });
      // 304: printed all the same, exit 0
      expect(await keel('stop', 's-sleep')).toMatchObject({ code: 0, stdout: 's-sleep\n', stderr: '' });
    });

    it('a container that traps TERM stops with 0, quickly (no waiting out the 10 s)', async () => {
      await runD('s-trap', ...TRAPPER);
      await until('the traps', async () => (await logs('s-trap')).includes('ready'));
      const r = await keel('stop', 's-trap');
      expect(r).toMatchObject({ code: 0, stdout: 's-trap\n' });
      expect(r.ms).toBeLessThan(3_000);
      expect(await state('s-trap')).toMatchObject({ Status: 'exited', ExitCode: 0 });
    });

    it('kill -s USR1 reaches the process and it runs on; kill (SIGKILL) ends it with 137; a second kill is refused', async () => {
      const id = await runD('s-kill', ...TRAPPER);
      await until('the traps', async () => (await logs('s-kill')).includes('ready'));
      expect(await keel('kill', '-s', 'USR1', 's-kill')).toMatchObject({ code: 0, stdout: 's-kill\n', stderr: '' });
      await until('the USR1 trap', async () => (await logs('s-kill')).includes('got-usr1'));
      expect(await state('s-kill')).toMatchObject({ Status: 'running' });
      const bad = await keel('kill', '-s', 'BOGUS', 's-kill');
      expect(bad).toMatchObject({ code: 1, stdout: '', stderr: 'Error response from daemon: Invalid signal: BOGUS\n' });
      expect(await keel('kill', 's-kill')).toMatchObject({ code: 0, stdout: 's-kill\n' });
      expect(await state('s-kill')).toMatchObject({ Status: 'exited', ExitCode: 137 });
      expect(await keel('kill', 's-kill')).toMatchObject({
        code: 1, stdout: '', stderr: `Error response from daemon: Cannot kill container: s-kill: Container ${id} is not running\n`,
      });
    });

    it('restart brings it back running with a new pid', async () => {
      await runD('s-restart', 'sleep', '60');
      const before = await state('s-restart');
      expect(before).toMatchObject({ Status: 'running' });
      const r = await keel('restart', '-t', '0', 's-restart');
      expect(r).toMatchObject({ code: 0, stdout: 's-restart\n', stderr: '' });
      const after = await state('s-restart');
      expect(after).toMatchObject({ Status: 'running', Running: true });
      expect(after.Pid).toBeGreaterThan(0);
      expect(after.Pid).not.toBe(before.Pid);
      expect(await keel('stop', '-t', '0', 's-restart')).toMatchObject({ code: 0 });
    });

    it("stop sends the image's STOPSIGNAL", async () => {
      const tar = join(daemon.dir, 'busybox.tar');
      expect((await keel('import', '-c', 'STOPSIGNAL SIGUSR1', tar, 'busybox:usr1')).code).toBe(0);
      const r = await keel('run', '-d', '--name', 's-usr1', 'busybox:usr1', 'sh', '-c', 'trap "exit 7" USR1; echo ready; while true; do sleep 0.1; done');
      expect(r.code).toBe(0);
      await until('the trap', async () => (await logs('s-usr1')).includes('ready'));
      const stop = await keel('stop', 's-usr1');
      expect(stop).toMatchObject({ code: 0, stdout: 's-usr1\n' });
      expect(stop.ms).toBeLessThan(3_000);
      expect(await state('s-usr1')).toMatchObject({ Status: 'exited', ExitCode: 7 });
    });

    it('errors per container: the others are still done, exit 1', async () => {
      await runD('s-many', 'sleep', '60');
      const r = await keel('stop', '-t', '0', 'nosuch', 's-many');
      expect(r).toMatchObject({ code: 1, stdout: 's-many\n', stderr: 'Error response from daemon: No such container: nosuch\n' });
      expect(await state('s-many')).toMatchObject({ Status: 'exited' });
    });
  });

  describe('docker CLI', () => {
    it('docker stop, start, restart, kill', async () => {
      const run = await docker('run', '-d', '--name', 'd-stop', 'busybox', 'sleep', '60');
      expect(run).toMatchObject({ code: 0 });
      const id = run.stdout.trim();
      const stop = await docker('stop', '-t', '1', 'd-stop');
      expect(stop).toMatchObject({ code: 0, stdout: 'd-stop\n', stderr: '' });
      expect(stop.ms).toBeLessThan(5_000);
      expect((await docker('inspect', '-f', '{{.State.Status}} {{.State.ExitCode}}', 'd-stop')).stdout).toBe('exited 137\n');
      expect(await docker('stop', 'd-stop')).toMatchObject({ code: 0, stdout: 'd-stop\n' });

      expect(await docker('start', 'd-stop')).toMatchObject({ code: 0, stdout: 'd-stop\n', stderr: '' });
      const pid1 = (await state('d-stop')).Pid;
      expect(await state('d-stop')).toMatchObject({ Status: 'running' });

      expect(await docker('restart', '-t', '1', 'd-stop')).toMatchObject({ code: 0, stdout: 'd-stop\n', stderr: '' });
      const restarted = await state('d-stop');
      expect(restarted).toMatchObject({ Status: 'running' });
      expect(restarted.Pid).not.toBe(pid1);

      expect(await docker('kill', 'd-stop')).toMatchObject({ code: 0, stdout: 'd-stop\n', stderr: '' });
      expect((await docker('inspect', '-f', '{{.State.Status}} {{.State.ExitCode}}', 'd-stop')).stdout).toBe('exited 137\n');
      const again = await docker('kill', 'd-stop');
      expect(again.code).toBe(1);
      expect(again.stderr).toContain(`Cannot kill container: d-stop: Container ${id} is not running`);
      expect(await docker('rm', 'd-stop')).toMatchObject({ code: 0 });
    });

    it('docker kill -s USR1 on a trapping container, then docker stop ends it with 0', async () => {
      expect((await docker('run', '-d', '--name', 'd-trap', 'busybox', ...TRAPPER)).code).toBe(0);
      await until('the traps', async () => (await logs('d-trap')).includes('ready'));
      expect(await docker('kill', '-s', 'USR1', 'd-trap')).toMatchObject({ code: 0, stdout: 'd-trap\n' });
      await until('the USR1 trap', async () => (await logs('d-trap')).includes('got-usr1'));
      const stop = await docker('stop', 'd-trap');
      expect(stop).toMatchObject({ code: 0, stdout: 'd-trap\n' });
      expect(stop.ms).toBeLessThan(3_000);
      expect((await docker('inspect', '-f', '{{.State.ExitCode}}', 'd-trap')).stdout).toBe('0\n');
      expect(await docker('rm', 'd-trap')).toMatchObject({ code: 0 });
    });
  });
});
