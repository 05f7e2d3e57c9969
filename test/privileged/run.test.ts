// End to end: import a busybox image and run containers through a real keeld, with the keel CLI
// and with the docker CLI (DOCKER_HOST pointed at keeld's socket). Needs root (namespaces,
// mounts); skipped with the reason printed otherwise.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { KEEL, ROOT, TestDaemon } from '../helpers/daemon';
import { DOCKER, describeContainers } from '../helpers/privileged';

const describeRoot = describeContainers('run e2e tests');

interface Result { code: number | null; stdout: string; stderr: string }

function exec(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Result> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => { stdout += d; });
    p.stderr.on('data', (d) => { stderr += d; });
    p.on('error', reject);
    p.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describeRoot('run: import an image and run containers', () => {
  const daemon = new TestDaemon('keel-run');
  let tar: string;
  const keel = (...args: string[]) => exec(KEEL, ['-H', daemon.host, ...args]);
  const docker = (...args: string[]) => exec(DOCKER, args, { DOCKER_HOST: daemon.host, DOCKER_CONFIG: join(daemon.dir, 'docker-config') });

  beforeAll(async () => {
    await daemon.start();
    tar = join(daemon.dir, 'busybox.tar');
    execFileSync('bash', [join(ROOT, 'test', 'fixtures', 'busybox-rootfs.sh'), tar]);
    const r = await keel('import', tar, 'busybox');
    expect(r).toMatchObject({ code: 0, stdout: expect.stringMatching(/^sha256:[0-9a-f]{64}\n$/) });
  }, 120_000);
  afterAll(() => daemon.cleanup(), 60_000);

  describe('keel CLI', () => {
    it('lists the imported image', async () => {
      const r = await keel('images');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^REPOSITORY\s+TAG\s+IMAGE ID\s+CREATED\s+SIZE\n/);
      expect(r.stdout).toMatch(/\nbusybox\s+latest\s+[0-9a-f]{12}\s+.+ ago\s+[\d.]+[kM]B\n/);
    });

    it('runs echo hello with --rm and leaves nothing behind', async () => {
      expect(await keel('run', '--rm', 'busybox', 'echo', 'hello')).toEqual({ code: 0, stdout: 'hello\n', stderr: '' });
      expect((await keel('ps', '-a', '-q')).stdout).toBe('');
    });

    it("exits with the container's status; 127 for a missing command", async () => {
      expect((await keel('run', '--rm', 'busybox', 'sh', '-c', 'exit 3')).code).toBe(3);
      const missing = await keel('run', '--rm', 'busybox', 'nosuchcmd');
      expect(missing.code).toBe(127);
      expect(missing.stderr).toMatch(/executable file not found/);
    });

    it('keeps stdout and stderr apart, passes options after the image to the command', async () => {
      const r = await keel('run', '--rm', '-e', 'A=1', 'busybox', 'sh', '-c', 'echo out $A; echo err >&2');
      expect(r).toEqual({ code: 0, stdout: 'out 1\n', stderr: 'err\n' });
      expect((await keel('run', '--rm', 'busybox', 'ls', '-d', '/bin')).stdout).toBe('/bin\n');
    });

    it('keeps logs after exit; ps -a, wait, inspect and rm', async () => {
      expect((await keel('run', '--name', 'k1', 'busybox', 'sh', '-c', 'echo a; echo b >&2')).code).toBe(0);
      expect(await keel('logs', 'k1')).toEqual({ code: 0, stdout: 'a\n', stderr: 'b\n' });
      const ps = await keel('ps', '-a');
      expect(ps.stdout).toMatch(/^CONTAINER ID\s+IMAGE\s+COMMAND\s+CREATED\s+STATUS\s+PORTS\s+NAMES\n/);
      expect(ps.stdout).toMatch(/[0-9a-f]{12}\s+busybox\s+"sh -c echo a; echo …"\s+.+ago\s+Exited \(0\) .+\s+k1\n/);
      expect((await keel('wait', 'k1')).stdout).toBe('0\n');
      const ins = JSON.parse((await keel('inspect', 'k1')).stdout) as { Name: string; State: { Status: string } }[];
      expect(ins[0]).toMatchObject({ Name: '/k1', State: { Status: 'exited' } });
      expect(await keel('rm', 'k1')).toMatchObject({ code: 0, stdout: 'k1\n' });
      expect((await keel('logs', 'k1')).stderr).toMatch(/No such container: k1/);
    });

    it('runs detached, then waits', async () => {
      const d = await keel('run', '-d', 'busybox', 'sh', '-c', 'sleep 0.3; exit 5');
      expect(d.stdout).toMatch(/^[0-9a-f]{64}\n$/);
      const id = d.stdout.trim();
      expect((await keel('wait', id)).stdout).toBe('5\n');
      expect((await keel('rm', id)).code).toBe(0);
    });

    it('says so for an unknown image', async () => {
      const r = await keel('run', '--rm', 'nosuchimage');
      expect(r.code).toBe(125);
      expect(r.stderr).toMatch(/Unable to find image 'nosuchimage:latest' locally/);
      expect(r.stderr).toMatch(/registry client/);
    });
  });

  const describeDocker = existsSync(DOCKER) ? describe : describe.skip;
  if (!existsSync(DOCKER)) console.log(`docker CLI tests skipped: no ${DOCKER}`);
  describeDocker('docker CLI', () => {
    it('imports, runs --rm, exits with the status, keeps stdout and stderr apart', async () => {
      const imp = await docker('import', '--change', 'CMD ["sh"]', tar, 'dbb:1');
      expect(imp.code).toBe(0);
      expect(imp.stdout).toMatch(/^sha256:[0-9a-f]{64}\n$/);
      expect(await docker('run', '--rm', 'dbb:1', 'echo', 'hello')).toEqual({ code: 0, stdout: 'hello\n', stderr: '' });
      expect((await docker('run', '--rm', 'dbb:1', 'sh', '-c', 'exit 3')).code).toBe(3);
      expect((await docker('run', '--rm', 'dbb:1', 'nosuchcmd')).code).toBe(127);
      const both = await docker('run', '--rm', 'dbb:1', 'sh', '-c', 'echo out; echo err >&2');
      expect(both).toMatchObject({ code: 0, stdout: 'out\n', stderr: 'err\n' });
    });

    it('ps -a, logs, rm, images, rmi', async () => {
      expect((await docker('run', '--name', 'd1', 'dbb:1', 'echo', 'logged')).stdout).toBe('logged\n');
      expect((await docker('ps', '-a')).stdout).toMatch(/"echo logged"\s+.+Exited \(0\).+d1\n/);
      expect(await docker('logs', 'd1')).toMatchObject({ code: 0, stdout: 'logged\n' });
      expect(await docker('rm', 'd1')).toMatchObject({ code: 0, stdout: 'd1\n' });
      expect((await docker('images')).stdout).toMatch(/\ndbb\s+1\s+[0-9a-f]{12}\s/);
      const rmi = await docker('rmi', 'dbb:1');
      expect(rmi.code).toBe(0);
      expect(rmi.stdout).toMatch(/^Untagged: dbb:1\n/);
      expect((await docker('rm', 'nosuch')).stderr).toMatch(/Error response from daemon: No such container: nosuch/);
    });
  });
});
