// End to end through a real keeld, with the keel CLI and the docker CLI alike: what a process
// sees inside a container, a death by signal reaching `run`'s exit code, `--rm` leaving nothing
// (record, rootfs, mount, shim), and a container outliving the forced removal of its image.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from 'nats';
import { keel } from '../../proto';
import { KEEL, ROOT, TestDaemon, eventually, processesUnder } from '../helpers/daemon';
import { DOCKER, describeContainers } from '../helpers/privileged';

const describeRoot = describeContainers('isolation e2e tests', { docker: true });

interface Result { code: number | null; stdout: string; stderr: string }

function start(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): { proc: ChildProcess; done: Promise<Result> } {
  const proc = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  proc.stdout!.on('data', (d) => { stdout += d; });
  proc.stderr!.on('data', (d) => { stderr += d; });
  const done = new Promise<Result>((resolve, reject) => {
    proc.on('error', reject);
    proc.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
  return { proc, done };
}

describeRoot('containers, end to end', () => {
  const daemon = new TestDaemon('keel-iso');
  const clis = {
    keel: (...args: string[]) => start(KEEL, ['-H', daemon.host, ...args]),
    docker: (...args: string[]) => start(DOCKER, args, { DOCKER_HOST: daemon.host, DOCKER_CONFIG: join(daemon.dir, 'docker-config') }),
  };
  const run = (cli: keyof typeof clis, ...args: string[]) => clis[cli](...args).done;

  beforeAll(async () => {
    await daemon.start();
    const tar = join(daemon.dir, 'busybox.tar');
    execFileSync('bash', [join(ROOT, 'test', 'fixtures', 'busybox-rootfs.sh'), tar]);
    for (const tag of ['busybox', 'victim:1']) expect((await run('keel', 'import', tar, tag)).code).toBe(0);
  }, 120_000);
  afterAll(async () => {
    await daemon.cleanup();
    expect(readFileSync('/proc/self/mountinfo', 'utf8')).not.toContain(daemon.dir);
  }, 60_000);

  /** What keel holds for containers: engine rows, graphd rootfs dirs, execd bundles, mounts, shims. */
  async function leftovers(): Promise<Record<string, unknown>> {
    const dirOf = (...p: string[]) => (existsSync(join(daemon.dataRoot, ...p)) ? readdirSync(join(daemon.dataRoot, ...p)) : []);
    return {
      containers: (await run('keel', 'ps', '-a', '-q')).stdout,
      rootfs: dirOf('graphd', 'containers'),
      bundles: dirOf('execd', 'containers'),
      mounts: readFileSync('/proc/self/mountinfo', 'utf8').split('\n').filter((l) => l.includes(join(daemon.dataRoot, 'graphd', 'containers'))),
      shims: processesUnder(daemon.dir).filter((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').startsWith(join(ROOT, 'addon'))),
    };
  }
  const nothingLeft = { containers: '', rootfs: [], bundles: [], mounts: [], shims: [] };

  for (const cli of ['keel', 'docker'] as const) {
    describe(`${cli} run`, () => {
      it('runs the command as pid 1, with its own hostname, only lo, and no host process or mount in sight', async () => {
        const r = await run(cli, 'run', '--rm', '--hostname', 'h1', 'busybox', 'sh', '-c',
          'echo pid=$$; hostname; ls /sys/class/net; ls /proc | grep -c "^[0-9]"; cat /proc/mounts');
        expect(r.code).toBe(0);
        const [pid, host, net, procs, ...mounts] = r.stdout.trim().split('\n');
        expect(pid).toBe('pid=1');
        expect(host).toBe('h1');
        expect(net).toBe('lo');
        expect(Number(procs)).toBeLessThanOrEqual(3); // sh, ls, grep: nothing of the host's
        const targets = mounts.map((m) => m.split(' ')[1]);
        expect(targets).toEqual(expect.arrayContaining(['/', '/proc', '/sys', '/dev', '/dev/pts', '/dev/shm', '/dev/mqueue']));
        for (const t of targets) expect(t.startsWith(ROOT) || t.startsWith(daemon.dir) || t === '/work').toBe(false);
      });

      it('gives 137 for a container killed by SIGKILL', async () => {
        const name = `sig-${cli}`;
        const c = clis[cli]('run', '--rm', '--name', name, 'busybox', 'sleep', '60');
        const pid = await eventually(async () => {
          const ins = JSON.parse((await run('keel', 'inspect', name)).stdout || '[]') as { State?: { Running: boolean; Pid: number } }[];
          return ins[0]?.State?.Running ? ins[0].State.Pid : 0;
        }, 15_000, `${name} running`);
        process.kill(pid, 'SIGKILL');
        const r = await c.done;
        expect(r.code).toBe(137);
      });

      it('leaves no record, rootfs, mount or shim after --rm', async () => {
        expect((await run(cli, 'run', '--rm', 'busybox', 'sh', '-c', 'echo bye > /tmp/x; cat /tmp/x')).stdout).toBe('bye\n');
        await eventually(async () => JSON.stringify(await leftovers()) === JSON.stringify(nothingLeft), 10_000, '--rm cleaned up');
      });

      it('refuses bad input with a clear error and makes nothing', async () => {
        const badEnv = await run(cli, 'run', '--rm', '-e', '=x', 'busybox', 'true');
        expect(badEnv.code).not.toBe(0);
        expect(badEnv.stderr).toMatch(/=x/);
        // the daemon's 404 sends the CLI to pull, which says what to do instead
        const noImage = await run(cli, 'create', 'nosuchimage');
        expect(noImage.code).not.toBe(0);
        expect(noImage.stderr).toMatch(/Unable to find image 'nosuchimage:latest' locally/);
        expect(noImage.stderr).toMatch(/no registry client so far; import a root filesystem tarball/);
        const noContainer = await run(cli, 'logs', 'nosuchcontainer');
        expect(noContainer.stderr).toMatch(/No such container: nosuchcontainer/);
        expect(await leftovers()).toEqual(nothingLeft);
      });
    });
  }

  it('carries each request\'s trace id into every job it causes, down to graphd and execd', async () => {
    const creds = daemon.busCredentials('tap');
    const nc = await connect({ servers: creds.url.replace('nats://', ''), user: creds.user, pass: creds.password });
    const jobs: { job: string; trace: string }[] = [];
    nc.subscribe('keel.>', {
      callback: (_e, m) => {
        if (m.subject.startsWith('keel.events.') || m.subject.endsWith('.job.cancel')) return;
        const j = keel.common.v1.Job.decode(m.data);
        jobs.push({ job: m.subject.replace(/^keel\./, ''), trace: j.traceId });
      },
    });
    await nc.flush();
    try {
      expect((await run('keel', 'run', '--rm', 'busybox', 'true')).code).toBe(0);
      await nc.flush();
      const traceOf = (job: string) => jobs.find((j) => j.job === job)?.trace;
      const create = traceOf('engine.container.create');
      const start = traceOf('engine.container.start');
      expect(create).toMatch(/^[0-9a-f]{16}$/);
      expect(start).toMatch(/^[0-9a-f]{16}$/);
      expect([traceOf('graphd.image.inspect'), traceOf('graphd.rootfs.prepare'), traceOf('execd.task.create')]).toEqual([create, create, create]);
      expect(traceOf('execd.task.start')).toBe(start);
    } finally {
      await nc.close();
    }
  });

  it('keeps a container running when its image is removed with force', async () => {
    const d = await run('docker', 'run', '-d', '--name', 'survivor', 'victim:1', 'sh', '-c', 'sleep 2; echo still here');
    expect(d.code).toBe(0);
    const refused = await run('docker', 'rmi', 'victim:1');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/conflict: unable to remove repository reference "victim:1" \(must force\) - container [0-9a-f]{12} is using its referenced image/);
    const forced = await run('docker', 'rmi', '-f', 'victim:1');
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/^Untagged: victim:1\n/);
    expect((await run('docker', 'images')).stdout).not.toMatch(/victim/);
    const ins = JSON.parse((await run('docker', 'inspect', 'survivor')).stdout) as { State: { Running: boolean } }[];
    expect(ins[0].State.Running).toBe(true);
    expect((await run('docker', 'wait', 'survivor')).stdout).toBe('0\n');
    expect((await run('docker', 'logs', 'survivor')).stdout).toBe('still here\n');
    expect((await run('docker', 'rm', 'survivor')).code).toBe(0);
    expect(await leftovers()).toEqual(nothingLeft);
  });
});
