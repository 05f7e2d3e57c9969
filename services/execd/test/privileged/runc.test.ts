import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { keel } from '../../../../proto';
import { KeelError } from '../../../kit/src';
import { findExecutable } from '../../src/drivers/available';
import { RuncDriver } from '../../src/drivers/runc/runc';
import { createTask } from '../../src/handlers/task-create';
import { deleteTask } from '../../src/handlers/task-delete';
import { killTask } from '../../src/handlers/task-kill';
import { startTask } from '../../src/handlers/task-start';
import { taskState } from '../../src/handlers/task-state';
import { waitTask } from '../../src/handlers/task-wait';
import type { ExecdState } from '../../src/state';
import { canRunContainers, ctxOf, makeBusyboxRootfs, makeState, readLog, tmp } from '../helpers/tasks';

const v1 = keel.execd.v1;
const skip = canRunContainers() || (findExecutable('runc', '/usr/sbin:/usr/bin') ? '' : 'runc is not installed');
if (skip) console.log(`execd runc tests skipped: ${skip}`);
const describeRoot = skip ? describe.skip : describe;

/** Whether a cgroup dir of this container is left in any v1 hierarchy or the unified one. */
function cgroupLeft(id: string): string[] {
  const rel = RuncDriver.cgroupsPath(id).slice(1);
  const roots = readdirSync('/sys/fs/cgroup').map((d) => join('/sys/fs/cgroup', d));
  return roots.filter((r) => existsSync(join(r, rel)));
}

describeRoot('execd tasks through the runc driver (keel-shim parents runc\'s init)', () => {
  const t = tmp('execd-runc');
  let state: ExecdState;
  let rootfs: string;
  let n = 0;
  const ctx = () => ctxOf(state);

  beforeAll(() => {
    state = makeState(t.dir);
    rootfs = makeBusyboxRootfs(t.dir);
  });
  afterAll(async () => {
    for (const id of state.tasks.ids()) await deleteTask(v1.DeleteTaskRequest.create({ containerId: id, force: true }), ctx()).catch(() => undefined);
    t.cleanup();
  });

  function create(args: string[]): { id: string; log: string; driver: string } {
    const id = `runc${++n}-${process.pid}`;
    const r = createTask(v1.CreateTaskRequest.create({
      containerId: id, rootfs, process: { args }, networkMode: 'none', hostConfig: { runtime: 'runc' },
    }), ctx());
    return { id, log: r.logPath!, driver: r.execDriver! };
  }

  it('runs a container: output in the json-file log, exit code recorded, runc state and cgroup gone after delete', async () => {
    const c = create(['sh', '-c', 'echo out; echo err >&2; hostname; exit 7']);
    expect(c.driver).toBe('runc');
    expect(JSON.parse(readFileSync(join(state.tasks.bundle(c.id), 'task.json'), 'utf8')).driver).toBe('runc');
    const config = JSON.parse(readFileSync(join(state.tasks.bundle(c.id), 'config.json'), 'utf8'));
    expect(config.root.path).toBe(rootfs);
    const started = await startTask(v1.StartTaskRequest.create({ containerId: c.id }), ctx());
    expect(started.pid).toBeGreaterThan(1);
    const w = await waitTask(v1.WaitTaskRequest.create({ containerId: c.id }), ctx());
    expect(w.exitCode).toBe(7);
    const lines = readLog(c.log).map((l) => `${l.stream}:${l.log}`);
    expect(lines).toEqual(expect.arrayContaining(['stdout:out\n', 'stderr:err\n', `stdout:${c.id.slice(0, 12)}\n`]));
    expect(existsSync(join(t.dir, 'runc', c.id))).toBe(true);
    await deleteTask(v1.DeleteTaskRequest.create({ containerId: c.id }), ctx());
    expect(existsSync(join(t.dir, 'runc', c.id))).toBe(false);
    expect(cgroupLeft(c.id)).toEqual([]);
    expect(existsSync(state.tasks.bundle(c.id))).toBe(false);
  });

  it('the init is the shim\'s child; kill goes through runc and the signal is the exit status', async () => {
    const c = create(['sleep', '100']);
    const started = await startTask(v1.StartTaskRequest.create({ containerId: c.id }), ctx());
    const stat = readFileSync(`/proc/${started.pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    expect(readFileSync(`/proc/${ppid}/cmdline`, 'utf8').split('\0')).toEqual([expect.stringMatching(/keel-shim$/), state.tasks.bundle(c.id), '']);
    expect(taskState(v1.TaskStateRequest.create({ containerId: c.id }), ctx()).status).toBe('running');
    await killTask(v1.KillTaskRequest.create({ containerId: c.id, signal: 9 }), ctx());
    const w = await waitTask(v1.WaitTaskRequest.create({ containerId: c.id }), ctx());
    expect(w.exitCode).toBe(137);
    await expect(killTask(v1.KillTaskRequest.create({ containerId: c.id, signal: 9 }), ctx())).rejects.toThrow(/not running/);
    await deleteTask(v1.DeleteTaskRequest.create({ containerId: c.id }), ctx());
    expect(cgroupLeft(c.id)).toEqual([]);
  });

  it('a command not in PATH fails the start with Docker\'s words; force delete of a running task cleans up', async () => {
    const bad = create(['no-such-command']);
    const err = await startTask(v1.StartTaskRequest.create({ containerId: bad.id }), ctx()).catch((e: KeelError) => e);
    expect(err).toBeInstanceOf(KeelError);
    expect((err as KeelError).code).toBe('INVALID_ARGUMENT');
    expect((err as Error).message).toMatch(/executable file not found in \$PATH/);
    await deleteTask(v1.DeleteTaskRequest.create({ containerId: bad.id }), ctx());
    expect(existsSync(join(t.dir, 'runc', bad.id))).toBe(false);

    const c = create(['sleep', '100']);
    await startTask(v1.StartTaskRequest.create({ containerId: c.id }), ctx());
    await deleteTask(v1.DeleteTaskRequest.create({ containerId: c.id, force: true }), ctx());
    expect(existsSync(join(t.dir, 'runc', c.id))).toBe(false);
    expect(cgroupLeft(c.id)).toEqual([]);
  });

  it('an unknown runtime is an error at create, and nothing is left', () => {
    expect(() => createTask(v1.CreateTaskRequest.create({
      containerId: 'unknown-rt', rootfs, process: { args: ['true'] }, networkMode: 'none', hostConfig: { runtime: 'kata' },
    }), ctx())).toThrow(/unknown runtime "kata"/);
    expect(existsSync(state.tasks.bundle('unknown-rt'))).toBe(false);
  });
});
