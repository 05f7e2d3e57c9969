import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { keel } from '../../../../proto';
import { KeelError } from '../../../kit/src';
import { createTask } from '../../src/handlers/task-create';
import { deleteTask } from '../../src/handlers/task-delete';
import { killTask } from '../../src/handlers/task-kill';
import { startTask } from '../../src/handlers/task-start';
import { taskState } from '../../src/handlers/task-state';
import { waitTask } from '../../src/handlers/task-wait';
import type { ExecdState } from '../../src/state';
import { READONLY_PATHS, maskedPaths, parseCpuList } from '../../src/task/plan';
import { alive, canRunContainers, ctxOf, makeBusyboxRootfs, makeState, readLog, tmp } from '../helpers/tasks';

const v1 = keel.execd.v1;
const skip = canRunContainers();
if (skip) console.log(`execd privileged tests skipped: ${skip}`);
const describeRoot = skip ? describe.skip : describe;

/** Pids of processes whose command line names this dir (shims of this test's bundles). */
function processesUnder(dir: string): number[] {
  const out: number[] = [];
  for (const p of readdirSync('/proc')) {
    if (!/^\d+$/.test(p) || Number(p) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(dir)) out.push(Number(p));
    } catch {
      // gone
    }
  }
  return out;
}

function mountsUnder(dir: string): string[] {
  return readFileSync('/proc/self/mountinfo', 'utf8').split('\n').filter((l) => l.split(' ')[4]?.startsWith(dir));
}

describeRoot('execd tasks on the real kernel (keel-shim)', () => {
  const t = tmp('execd-task');
  let state: ExecdState;
  let rootfs: string;
  let n = 0;
  const ctx = (opts?: Parameters<typeof ctxOf>[1]) => ctxOf(state, opts);

  beforeAll(() => {
    state = makeState(t.dir);
    rootfs = makeBusyboxRootfs(t.dir);
  });
  afterAll(async () => {
    // kill what still runs (only this test's shims and inits), then remove everything
    for (const id of state.tasks.ids()) await deleteTask(v1.DeleteTaskRequest.create({ containerId: id, force: true }), ctx()).catch(() => undefined);
    for (const pid of processesUnder(t.dir)) process.kill(pid, 'SIGKILL');
    t.cleanup();
  });

  async function create(args: string[], proc: Partial<keel.execd.v1.IProcessSpec> = {}): Promise<{ id: string; log: string }> {
    const id = `task${++n}`;
    const r = createTask(v1.CreateTaskRequest.create({ containerId: id, rootfs, process: { args, ...proc }, networkMode: 'none' }), ctx());
    return { id, log: r.logPath! };
  }

  /** Runs a command to its end: its exit code and its output, by stream. */
  async function run(args: string[], proc: Partial<keel.execd.v1.IProcessSpec> = {}) {
    const { id, log } = await create(args, proc);
    await startTask(v1.StartTaskRequest.create({ containerId: id }), ctx());
    const w = await waitTask(v1.WaitTaskRequest.create({ containerId: id }), ctx());
    const entries = readLog(log);
    const text = (stream: string) => entries.filter((e) => e.stream === stream).map((e) => e.log).join('');
    await deleteTask(v1.DeleteTaskRequest.create({ containerId: id }), ctx());
    return { code: w.exitCode, out: text('stdout'), err: text('stderr'), entries };
  }

  it('runs the command as pid 1 of its own pid namespace', async () => {
    expect(await run(['sh', '-c', 'echo $$'])).toMatchObject({ code: 0, out: '1\n' });
  });

  it('sets the container\'s hostname, and the id\'s first 12 characters by default', async () => {
    expect((await run(['hostname'], { hostname: 'box-one' })).out).toBe('box-one\n');
    expect((await run(['hostname'])).out).toMatch(/^task\d+\n$/);
  });

  it('shows no host process', async () => {
    // sh's own glob: only pid 1 (sh itself) is in this /proc
    expect((await run(['sh', '-c', 'echo /proc/[0-9]*'])).out).toBe('/proc/1\n');
    const ps = (await run(['ps', '-o', 'pid,comm'])).out.trim().split('\n').slice(1);
    expect(ps.map((l) => l.trim().split(/\s+/)[1])).toEqual(['ps']);
  });

  it('shows no host mount', async () => {
    const { out } = await run(['cat', '/proc/mounts']);
    const points = out.trim().split('\n').map((l) => l.split(' ')[1]);
    // then Docker's read-only and masked paths (runc's order), those this kernel has (the same /proc and /sys)
    const cpus = parseCpuList(readFileSync('/sys/devices/system/cpu/possible', 'utf8'));
    const masks = [...READONLY_PATHS, ...maskedPaths(cpus)].filter((p) => existsSync(p));
    expect(points).toEqual(['/', '/proc', '/dev', '/dev/pts', '/dev/shm', '/dev/mqueue', '/sys', ...masks]);
    expect(out).toMatch(/^sysfs \/sys sysfs ro,/m);
    expect(out).toMatch(/^devpts \/dev\/pts devpts rw,nosuid,noexec,relatime,gid=5,mode=620,ptmxmode=666/m);
  });

  it('has only lo, and it is up', async () => {
    const { out } = await run(['sh', '-c', 'ls /sys/class/net; cat /sys/class/net/lo/flags']);
    expect(out).toBe('lo\n0x9\n'); // IFF_UP | IFF_LOOPBACK
  });

  it('makes /dev: nodes, ptmx, fd links', async () => {
    const { code, out } = await run(['sh', '-c',
      'ls /dev; for l in ptmx fd stdin stdout stderr; do readlink /dev/$l; done; stat -c "%t:%T %a" /dev/null /dev/tty; echo x > /dev/null && head -c 3 /dev/zero | wc -c']);
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines.slice(0, 14).sort()).toEqual(['fd', 'full', 'mqueue', 'null', 'ptmx', 'pts', 'random', 'shm', 'stderr', 'stdin', 'stdout', 'tty', 'urandom', 'zero']);
    expect(lines.slice(14)).toEqual(['pts/ptmx', '/proc/self/fd', '/proc/self/fd/0', '/proc/self/fd/1', '/proc/self/fd/2', '1:3 666', '5:0 666', '3']);
  });

  it('gives Docker\'s environment, working dir (made if missing), user, default signals', async () => {
    const env = (await run(['env'], { env: ['FOO=bar'], hostname: 'h' })).out.trim().split('\n').sort();
    expect(env).toEqual(['FOO=bar', 'HOME=/root', 'HOSTNAME=h', 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']);
    expect((await run(['pwd'], { cwd: '/new/work/dir' })).out).toBe('/new/work/dir\n');
    expect(existsSync(join(rootfs, 'new/work/dir'))).toBe(true);
    expect((await run(['id'], { user: 'nobody' })).out).toBe('uid=65534(nobody) gid=65534(nogroup) groups=50(staff)\n'); // runc's: supplementary groups from /etc/group only
    const status = (await run(['cat', '/proc/self/status'])).out;
    expect(status).toMatch(/^SigBlk:\t0{16}$/m);
    expect(status).toMatch(/^SigIgn:\t0{16}$/m);
    expect((await run(['id'], { user: '1234:5678' })).out).toBe('uid=1234 gid=5678\n');
  });

  it('takes a rootfs path through a symlink or with a trailing slash', async () => {
    symlinkSync(rootfs, join(t.dir, 'link'));
    for (const path of [join(t.dir, 'link'), `${rootfs}/`]) {
      const id = `alias${++n}`;
      createTask(v1.CreateTaskRequest.create({ containerId: id, rootfs: path, process: { args: ['true'] }, networkMode: 'none' }), ctx());
      await startTask(v1.StartTaskRequest.create({ containerId: id }), ctx());
      expect((await waitTask(v1.WaitTaskRequest.create({ containerId: id }), ctx())).exitCode).toBe(0);
      await deleteTask(v1.DeleteTaskRequest.create({ containerId: id }), ctx());
    }
  });

  it('refuses an image whose mount point is a symlink out of the rootfs', async () => {
    const evil = join(t.dir, 'evil');
    mkdirSync(join(evil, 'bin'), { recursive: true });
    mkdirSync(join(t.dir, 'outside'));
    symlinkSync(join(t.dir, 'outside'), join(evil, 'proc'));
    createTask(v1.CreateTaskRequest.create({ containerId: 'evil', rootfs: evil, process: { args: ['/bin/true'] }, networkMode: 'none' }), ctx());
    const err = await startTask(v1.StartTaskRequest.create({ containerId: 'evil' }), ctx()).catch((e) => e);
    expect(err.code).toBe('INTERNAL');
    expect(err.message).toBe('start container evil: mount: realpath /proc: EXDEV (Invalid cross-device link)');
    expect(mountsUnder(join(t.dir, 'outside'))).toEqual([]);
    await deleteTask(v1.DeleteTaskRequest.create({ containerId: 'evil' }), ctx());
  });

  it('returns exit codes 0 and 3', async () => {
    expect((await run(['true'])).code).toBe(0);
    expect((await run(['sh', '-c', 'exit 3'])).code).toBe(3);
    expect((await run(['false'])).code).toBe(1);
  });

  it('keeps stdout and stderr apart in the json-file log, a partial last line as it is', async () => {
    const r = await run(['sh', '-c', 'echo out; echo err >&2; echo "<tag> & \\"q\\"\ttab"; printf partial']);
    expect(r.out).toBe('out\n<tag> & "q"\ttab\npartial');
    expect(r.err).toBe('err\n');
    for (const e of r.entries) expect(e.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z$/);
  });

  it('fails start for a missing command with Docker\'s message, leaving nothing running', async () => {
    const { id } = await create(['nosuch']);
    const err = await startTask(v1.StartTaskRequest.create({ containerId: id }), ctx()).catch((e) => e);
    expect(err).toBeInstanceOf(KeelError);
    expect(err.code).toBe('INVALID_ARGUMENT');
    expect(err.message).toContain('exec: "nosuch": executable file not found in $PATH');
    expect(JSON.parse(err.detail)).toMatchObject({ step: 'lookup', code: 'ENOENT', errno: 2 });
    expect(taskState(v1.TaskStateRequest.create({ containerId: id }), ctx())).toMatchObject({ status: 'created', pid: 0 });
    const abs = await create(['/no/such/file']);
    const err2 = await startTask(v1.StartTaskRequest.create({ containerId: abs.id }), ctx()).catch((e) => e);
    expect(err2.message).toContain('exec: "/no/such/file": stat /no/such/file: no such file or directory');
    await eventuallyNone(() => processesUnder(state.tasks.bundle(id)).concat(processesUnder(state.tasks.bundle(abs.id))));
    await deleteTask(v1.DeleteTaskRequest.create({ containerId: id }), ctx());
    await deleteTask(v1.DeleteTaskRequest.create({ containerId: abs.id }), ctx());
  });

  it('kills with SIGKILL (137) through task.kill; start, kill and state say what runs', async () => {
    const { id } = await create(['sleep', '1000']);
    const s = await startTask(v1.StartTaskRequest.create({ containerId: id }), ctx());
    expect(s.pid).toBeGreaterThan(1);
    expect(alive(s.pid!)).toBe(true);
    // start again: the same pid (idempotent)
    expect((await startTask(v1.StartTaskRequest.create({ containerId: id }), ctx())).pid).toBe(s.pid);
    expect(taskState(v1.TaskStateRequest.create({ containerId: id }), ctx())).toMatchObject({ status: 'running', pid: s.pid });
    await killTask(v1.KillTaskRequest.create({ containerId: id, signal: 0 }), ctx());
    const w = await waitTask(v1.WaitTaskRequest.create({ containerId: id }), ctx());
    expect(w.exitCode).toBe(137);
    expect(taskState(v1.TaskStateRequest.create({ containerId: id }), ctx())).toMatchObject({ status: 'stopped', exitCode: 137, pid: 0 });
    await expect(killTask(v1.KillTaskRequest.create({ containerId: id, signal: 15 }), ctx())).rejects.toMatchObject({ code: 'CONFLICT' });
    // wait on an exited task answers at once
    expect((await waitTask(v1.WaitTaskRequest.create({ containerId: id }), ctx())).exitCode).toBe(137);
    await deleteTask(v1.DeleteTaskRequest.create({ containerId: id }), ctx());
  });

  it('ends task.wait at the job\'s deadline, the task still running', async () => {
    const { id } = await create(['sleep', '1000']);
    await startTask(v1.StartTaskRequest.create({ containerId: id }), ctx());
    const t0 = Date.now();
    await expect(waitTask(v1.WaitTaskRequest.create({ containerId: id }), ctx({ deadlineMs: Date.now() + 300 }))).rejects.toThrow();
    expect(Date.now() - t0).toBeLessThan(2_000);
    expect(taskState(v1.TaskStateRequest.create({ containerId: id }), ctx()).status).toBe('running');
    await expect(deleteTask(v1.DeleteTaskRequest.create({ containerId: id }), ctx())).rejects.toMatchObject({ code: 'CONFLICT' });
    await deleteTask(v1.DeleteTaskRequest.create({ containerId: id, force: true }), ctx());
  });

  it('re-adopts tasks after a restart: running ones keep running, exits meanwhile are found', async () => {
    const running = await create(['sleep', '1000']);
    const quick = await create(['sh', '-c', 'exit 5']);
    const s = await startTask(v1.StartTaskRequest.create({ containerId: running.id }), ctx());
    await startTask(v1.StartTaskRequest.create({ containerId: quick.id }), ctx());
    // a new execd over the same data: what main.ts does on start
    const before = state;
    state = makeState(t.dir);
    expect(state.tasks.ids().sort()).toEqual(before.tasks.ids().sort());
    expect(taskState(v1.TaskStateRequest.create({ containerId: running.id }), ctx())).toMatchObject({ status: 'running', pid: s.pid });
    expect((await waitTask(v1.WaitTaskRequest.create({ containerId: quick.id }), ctx())).exitCode).toBe(5);
    const waiting = waitTask(v1.WaitTaskRequest.create({ containerId: running.id }), ctx());
    await killTask(v1.KillTaskRequest.create({ containerId: running.id, signal: 9 }), ctx());
    expect((await waiting).exitCode).toBe(137);
    await deleteTask(v1.DeleteTaskRequest.create({ containerId: running.id }), ctx());
    await deleteTask(v1.DeleteTaskRequest.create({ containerId: quick.id }), ctx());
  });

  it('refuses bad input with clear errors and makes nothing', async () => {
    const bad = (req: Partial<keel.execd.v1.ICreateTaskRequest>) => {
      try {
        createTask(v1.CreateTaskRequest.create({ containerId: 'badone', rootfs, networkMode: 'none', process: { args: ['true'] }, ...req }), ctx());
      } catch (err) {
        return err as KeelError;
      }
      throw new Error('created');
    };
    expect(bad({ containerId: '../x' })).toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringContaining('invalid container id') });
    expect(bad({ rootfs: '/no/such/dir' })).toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(bad({ process: { args: [] } })).toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringContaining('no command specified') });
    expect(bad({ process: { args: ['true'], env: ['NOEQUALS'] } })).toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(bad({ process: { args: ['true'], user: 'nosuch' } }).message).toBe('create task badone: unable to find user nosuch: no matching entries in passwd file');
    expect(existsSync(state.tasks.bundle('badone'))).toBe(false);
    await expect(startTask(v1.StartTaskRequest.create({ containerId: 'nosuch' }), ctx())).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const { id } = await create(['true']);
    expect(() => createTask(v1.CreateTaskRequest.create({ containerId: id, rootfs, networkMode: 'none', process: { args: ['true'] } }), ctx()))
      .toThrow(/already exists/);
    await deleteTask(v1.DeleteTaskRequest.create({ containerId: id }), ctx());
  });

  it('leaves no shim, no mount and no bundle behind', async () => {
    const { id } = await create(['sleep', '1000']);
    await startTask(v1.StartTaskRequest.create({ containerId: id }), ctx());
    expect(processesUnder(state.tasks.bundle(id)).length).toBe(1); // the shim
    await deleteTask(v1.DeleteTaskRequest.create({ containerId: id, force: true }), ctx());
    expect(existsSync(state.tasks.bundle(id))).toBe(false);
    await eventuallyNone(() => processesUnder(t.dir).filter(alive));
    expect(mountsUnder(t.dir)).toEqual([]);
    expect(readdirSync(state.tasks.dir)).toEqual([]);
  });
});

async function eventuallyNone(fn: () => number[]): Promise<void> {
  const until = Date.now() + 5_000;
  while (fn().length && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
  expect(fn()).toEqual([]);
}
