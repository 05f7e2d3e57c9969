import { SimulatedClock, createActor } from 'xstate';
import { type ContainerInput, containerMachine, dockerStatus, phaseOf, startFailureExitCode } from '../../src/machines/container';
import type { ContainerStatus, Phase } from '../../src/store';
import { FakeJobs, codeError, flush } from './fakes';

const ID = 'c'.repeat(64);
const status = (over: Partial<ContainerStatus> = {}): ContainerStatus => ({
  phase: 'creating', task: 'none', pid: 0, exitCode: 0, startedMs: 0, finishedMs: 0, error: '', oomKilled: false,
  rootfs: '', driver: '', logPath: '', execDriver: '', ...over,
});

function run(jobs: FakeJobs, over: Partial<ContainerInput> = {}, clock?: SimulatedClock) {
  const input: ContainerInput = {
    id: ID, imageId: 'sha256:img', autoRemove: false, process: { args: ['sh'] }, networkMode: 'none', hostConfig: {},
    status: status(), restored: false, now: () => 1_000, ...over,
  };
  const actor = createActor(containerMachine.provide({ actors: jobs.actors() }), { input, ...(clock ? { clock } : {}) });
  const phases: (Phase | null)[] = [];
  const errors: unknown[] = [];
  actor.subscribe({
    next: (s) => { const p = phaseOf(s.value); if (phases[phases.length - 1] !== p) phases.push(p); },
    error: (e) => errors.push(e),
  });
  actor.start();
  const phase = () => phaseOf(actor.getSnapshot().value);
  const ctx = () => actor.getSnapshot().context;
  return { actor, phases, errors, phase, ctx };
}

async function created(jobs = new FakeJobs(), over: Partial<ContainerInput> = {}) {
  const m = run(jobs, over);
  await flush();
  expect(m.phase()).toBe('created');
  return m;
}

async function running(jobs = new FakeJobs(), over: Partial<ContainerInput> = {}) {
  const m = await created(jobs, over);
  m.actor.send({ type: 'START' });
  await flush();
  expect(m.phase()).toBe('running');
  return m;
}

describe('container machine: create', () => {
  it('prepares the rootfs, then the task, and is created', async () => {
    const jobs = new FakeJobs();
    const m = await created(jobs);
    expect(jobs.jobs()).toEqual(['prepareRootfs', 'createTask']);
    expect(jobs.called('prepareRootfs')).toEqual([{ id: ID, imageId: 'sha256:img' }]);
    expect(jobs.called('createTask')).toEqual([{ id: ID, rootfs: `/rootfs/${ID}`, process: { args: ['sh'] }, networkMode: 'none', hostConfig: {} }]);
    expect(m.ctx().status).toMatchObject({ rootfs: `/rootfs/${ID}`, driver: 'vfs', logPath: `/logs/${ID}.log`, execDriver: 'native', task: 'created' });
    expect(m.phases).toEqual(['creating', 'created']);
    expect(m.errors).toEqual([]);
  });

  it.each(['prepareRootfs', 'createTask'])('undoes everything when %s fails, and ends with the error', async (job) => {
    const jobs = new FakeJobs();
    jobs.fail[job] = codeError('INTERNAL', `${job} broke`);
    const m = run(jobs);
    await flush();
    expect(m.actor.getSnapshot().status).toBe('done');
    expect(m.actor.getSnapshot().value).toBe('failed');
    expect(jobs.jobs()).toEqual(job === 'prepareRootfs' ? ['prepareRootfs', 'undoCreate'] : ['prepareRootfs', 'createTask', 'undoCreate']);
    expect(m.ctx().error?.message).toBe(`${job} broke`);
    expect(m.phases).toEqual(['creating', null]);
  });

  it('keeps the original error when the undo fails too, with the cleanup failure attached', async () => {
    const jobs = new FakeJobs();
    jobs.fail.createTask = new Error('no shim');
    jobs.fail.undoCreate = new Error('umount: busy');
    const m = run(jobs);
    await flush();
    expect(m.actor.getSnapshot().value).toBe('failed');
    expect(m.ctx().error?.message).toBe('no shim');
    expect((m.ctx().error as Error & { cleanupError: Error }).cleanupError.message).toBe('umount: busy');
  });

  it('a remove while created releases everything', async () => {
    const jobs = new FakeJobs();
    const m = await created(jobs);
    m.actor.send({ type: 'REMOVE', force: false });
    await flush();
    expect(m.actor.getSnapshot().value).toBe('removed');
    expect(jobs.jobs()).toEqual(['prepareRootfs', 'createTask', 'removeResources']);
    expect(m.phases).toEqual(['creating', 'created', 'removing', null]);
  });
});

describe('container machine: start, exit', () => {
  it('starts the fresh task and waits for its exit', async () => {
    const jobs = new FakeJobs();
    const m = await running(jobs);
    expect(jobs.jobs()).toEqual(['prepareRootfs', 'createTask', 'startTask', 'waitTask']);
    expect(m.ctx().status).toMatchObject({ pid: 42, startedMs: 50, task: 'used', exitCode: 0, error: '' });
    expect(m.ctx().starts).toBe(1);
    jobs.exit({ exitCode: 3, finishedMs: 200 });
    await flush();
    expect(m.phase()).toBe('exited');
    expect(m.ctx().status).toMatchObject({ pid: 0, exitCode: 3, finishedMs: 200, oomKilled: false });
    expect(m.ctx().exits).toBe(1);
    expect(m.phases).toEqual(['creating', 'created', 'starting', 'running', 'exited']);
  });

  it('records an OOM kill', async () => {
    const jobs = new FakeJobs();
    const m = await running(jobs);
    jobs.exit({ exitCode: 137, oomKilled: true });
    await flush();
    expect(m.ctx().status).toMatchObject({ exitCode: 137, oomKilled: true });
  });

  it('ignores START while running and while starting', async () => {
    const jobs = new FakeJobs();
    const m = await running(jobs);
    m.actor.send({ type: 'START' });
    await flush();
    expect(jobs.called('startTask')).toHaveLength(1);
    expect(m.phase()).toBe('running');
  });

  it('a start failure returns to created with State.Error, exit code 127 and no task left', async () => {
    const jobs = new FakeJobs();
    jobs.fail.startTask = codeError('INVALID_ARGUMENT', 'exec: "nosuch": executable file not found in $PATH');
    const m = await created(jobs);
    m.actor.send({ type: 'START' });
    await flush();
    expect(m.phase()).toBe('created');
    expect(m.ctx().status).toMatchObject({ exitCode: 127, error: 'exec: "nosuch": executable file not found in $PATH', task: 'none', startedMs: 0 });
    expect(m.ctx().startFailures).toBe(1);
    expect(m.ctx().error?.message).toContain('executable file not found');
    expect(jobs.jobs()).toEqual(['prepareRootfs', 'createTask', 'startTask', 'cleanupTask']);
    // a second start makes a fresh task first
    jobs.fail.startTask = undefined;
    m.actor.send({ type: 'START' });
    await flush();
    expect(m.phase()).toBe('running');
    expect(jobs.called('recreateTask')).toEqual([expect.objectContaining({ id: ID, hadTask: false })]);
    expect(m.ctx().status.error).toBe('');
    expect(m.ctx().error).toBeNull();
  });

  it('a start failure of a container that ran before leaves it exited', async () => {
    const jobs = new FakeJobs();
    const m = await running(jobs);
    jobs.exit({ exitCode: 0, finishedMs: 300 });
    await flush();
    jobs.fail.startTask = new Error('permission denied');
    m.actor.send({ type: 'START' });
    await flush();
    expect(m.phase()).toBe('exited');
    expect(m.ctx().status).toMatchObject({ exitCode: 126, error: 'permission denied', finishedMs: 1_000 });
    expect(jobs.called('recreateTask')).toEqual([expect.objectContaining({ hadTask: true })]);
  });

  it('keeps the failed task recorded when its cleanup fails, so the next start deletes it', async () => {
    const jobs = new FakeJobs();
    jobs.fail.startTask = new Error('boom');
    jobs.fail.cleanupTask = new Error('execd away');
    const m = await created(jobs);
    m.actor.send({ type: 'START' });
    await flush();
    expect(m.phase()).toBe('created');
    expect(m.ctx().status).toMatchObject({ task: 'used', exitCode: 128 });
  });

  it('a failing recreate is a start failure', async () => {
    const jobs = new FakeJobs();
    const m = await running(jobs);
    jobs.exit();
    await flush();
    jobs.fail.recreateTask = new Error('no rootfs');
    m.actor.send({ type: 'START' });
    await flush();
    expect(m.phase()).toBe('exited');
    expect(m.ctx().status.error).toBe('no rootfs');
    expect(jobs.called('startTask')).toHaveLength(1);
  });

  it('restarts an exited container with a fresh task', async () => {
    const jobs = new FakeJobs();
    const m = await running(jobs);
    jobs.exit({ exitCode: 1 });
    await flush();
    m.actor.send({ type: 'START' });
    await flush();
    expect(m.phase()).toBe('running');
    expect(m.ctx().status).toMatchObject({ exitCode: 0, finishedMs: 0, task: 'used' });
    expect(m.ctx().starts).toBe(2);
    expect(jobs.jobs().slice(-3)).toEqual(['recreateTask', 'startTask', 'waitTask']);
  });
});

describe('container machine: auto_remove and removal', () => {
  it('auto_remove removes the container after it exits (and never kills it)', async () => {
    const jobs = new FakeJobs();
    const m = await running(jobs, { autoRemove: true });
    expect(m.actor.getSnapshot().value).toEqual({ running: 'idle' });
    expect(jobs.called('killTask')).toEqual([]);
    jobs.exit({ exitCode: 3 });
    await flush();
    expect(m.actor.getSnapshot().value).toBe('removed');
    expect(m.ctx().status.exitCode).toBe(3);
    expect(m.ctx().exits).toBe(1);
    expect(m.phases.slice(-2)).toEqual(['removing', null]);
  });

  it('auto_remove removes a container whose start failed, keeping the start error', async () => {
    const jobs = new FakeJobs();
    jobs.fail.startTask = new Error('exec: "x": executable file not found in $PATH');
    const m = await created(jobs, { autoRemove: true });
    m.actor.send({ type: 'START' });
    await flush();
    expect(m.actor.getSnapshot().value).toBe('removed');
    expect(m.ctx().status.exitCode).toBe(127);
    expect(m.ctx().error?.message).toContain('executable file not found');
  });

  it('force removal of a running container kills it, waits for the exit, then removes it', async () => {
    const jobs = new FakeJobs();
    const m = await running(jobs);
    m.actor.send({ type: 'REMOVE', force: true });
    await flush();
    expect(jobs.called('killTask')).toEqual([{ id: ID, signal: 9 }]);
    expect(m.phase()).toBe('running');
    jobs.exit({ exitCode: 137 });
    await flush();
    expect(m.actor.getSnapshot().value).toBe('removed');
    expect(m.ctx().status.exitCode).toBe(137);
  });

  it('ignores an unforced REMOVE while running (the job refuses it)', async () => {
    const jobs = new FakeJobs();
    const m = await running(jobs);
    m.actor.send({ type: 'REMOVE', force: false });
    await flush();
    expect(m.phase()).toBe('running');
    expect(jobs.called('killTask')).toHaveLength(0);
  });

  it('a failed kill leaves it running, with the error and no removal pending', async () => {
    const jobs = new FakeJobs();
    jobs.fail.killTask = new Error('EPERM');
    const m = await running(jobs);
    m.actor.send({ type: 'REMOVE', force: true });
    await flush();
    expect(m.phase()).toBe('running');
    expect(m.ctx()).toMatchObject({ killFailures: 1, removeRequested: false });
    expect(m.ctx().error?.message).toBe('EPERM');
    jobs.exit();
    await flush();
    expect(m.phase()).toBe('exited');
  });

  it('a force removal during a start kills once the start is done', async () => {
    const jobs = new FakeJobs();
    const m = await created(jobs);
    const hold = (jobs.hold.startTask = { promise: null as unknown as Promise<unknown>, resolve: () => undefined, reject: () => undefined });
    let release!: () => void;
    hold.promise = new Promise<void>((r) => { release = r; });
    m.actor.send({ type: 'START' });
    await flush();
    m.actor.send({ type: 'REMOVE', force: true });
    await flush();
    expect(m.phase()).toBe('starting');
    release();
    await flush();
    expect(jobs.called('killTask')).toHaveLength(1);
    jobs.exit({ exitCode: 137 });
    await flush();
    expect(m.actor.getSnapshot().value).toBe('removed');
  });

  it('a failed removal is dead, with the error; another remove tries again', async () => {
    const jobs = new FakeJobs();
    const m = await created(jobs);
    jobs.fail.removeResources = new Error('umount: busy');
    m.actor.send({ type: 'REMOVE', force: false });
    await flush();
    expect(m.phase()).toBe('dead');
    expect(m.ctx().removeFailures).toBe(1);
    expect(m.ctx().status.error).toBe('removal failed: umount: busy');
    jobs.fail.removeResources = undefined;
    m.actor.send({ type: 'REMOVE', force: false });
    await flush();
    expect(m.actor.getSnapshot().value).toBe('removed');
  });
});

describe('container machine: rebuilt after an engine restart', () => {
  const restored = (phase: Phase, over: Partial<ContainerStatus> = {}): Partial<ContainerInput> => ({
    restored: true, status: status({ phase, rootfs: '/r', task: 'used', startedMs: 10, ...over }),
  });

  it('a running container whose task still runs gets its wait back', async () => {
    const jobs = new FakeJobs();
    const m = run(jobs, restored('running'));
    await flush();
    expect(m.phase()).toBe('running');
    expect(jobs.jobs()).toEqual(['taskState', 'waitTask']);
    expect(m.ctx().status.pid).toBe(7);
    jobs.exit({ exitCode: 5 });
    await flush();
    expect(m.phase()).toBe('exited');
    expect(m.ctx().status.exitCode).toBe(5);
  });

  it('a running container whose task exited meanwhile records the exit (and auto_remove follows)', async () => {
    const jobs = new FakeJobs();
    jobs.state = { status: 'stopped', pid: 0, exitCode: 2, startedMs: 10, finishedMs: 20, oomKilled: false, logPath: '/log' };
    const m = run(jobs, restored('running'));
    await flush();
    expect(m.phase()).toBe('exited');
    expect(m.ctx().status).toMatchObject({ exitCode: 2, finishedMs: 20 });
    const jobs2 = new FakeJobs();
    jobs2.state = jobs.state;
    const m2 = run(jobs2, { ...restored('running'), autoRemove: true });
    await flush();
    expect(m2.actor.getSnapshot().value).toBe('removed');
    expect(jobs2.called('killTask')).toEqual([]);
  });

  it('a task execd does not know is recorded as lost (exit 255)', async () => {
    const jobs = new FakeJobs();
    jobs.state = codeError('NOT_FOUND', 'no such task');
    const m = run(jobs, restored('running'));
    await flush();
    expect(m.phase()).toBe('exited');
    expect(m.ctx().status).toMatchObject({ exitCode: 255, finishedMs: 1_000, task: 'none' });
    expect(m.ctx().status.error).toMatch(/lost/);
  });

  it('retries while execd does not answer', async () => {
    const clock = new SimulatedClock();
    const jobs = new FakeJobs();
    jobs.state = codeError('UNAVAILABLE', 'execd is not running');
    const m = run(jobs, restored('running'), clock);
    await flush();
    expect(m.actor.getSnapshot().value).toBe('retrying');
    expect(m.phase()).toBe('running');
    jobs.state = { status: 'running', pid: 9, exitCode: 0, startedMs: 10, finishedMs: 0, oomKilled: false, logPath: '' };
    clock.increment(1_000);
    await flush();
    expect(m.actor.getSnapshot().value).toEqual({ running: 'idle' });
    expect(jobs.called('taskState')).toHaveLength(2);
  });

  it('a lost wait (execd restarted) asks for the task state again', async () => {
    const jobs = new FakeJobs();
    const m = await running(jobs);
    jobs.failWait(codeError('UNAVAILABLE', 'execd exited'));
    await flush();
    expect(m.phase()).toBe('running');
    expect(jobs.called('taskState')).toHaveLength(1);
    expect(jobs.called('waitTask')).toHaveLength(2);
  });

  it('a container caught starting whose task never started goes back to created', async () => {
    const jobs = new FakeJobs();
    jobs.state = { status: 'created', pid: 0, exitCode: 0, startedMs: 0, finishedMs: 0, oomKilled: false, logPath: '' };
    const m = run(jobs, restored('starting', { startedMs: 0 }));
    await flush();
    expect(m.phase()).toBe('created');
    expect(m.ctx().status.task).toBe('created');
  });

  it('a half-made container is undone', async () => {
    const jobs = new FakeJobs();
    const m = run(jobs, restored('creating'));
    await flush();
    expect(m.actor.getSnapshot().value).toBe('failed');
    expect(jobs.jobs()).toEqual(['undoCreate']);
  });

  it('a half-removed container is removed', async () => {
    const jobs = new FakeJobs();
    const m = run(jobs, restored('removing'));
    await flush();
    expect(m.actor.getSnapshot().value).toBe('removed');
    expect(jobs.jobs()).toEqual(['removeResources']);
  });

  it.each(['created', 'exited', 'dead'] as const)('a %s container stays so, asking nothing', async (phase) => {
    const jobs = new FakeJobs();
    const m = run(jobs, restored(phase));
    await flush();
    expect(m.phase()).toBe(phase);
    expect(jobs.jobs()).toEqual([]);
  });

  it('a force remove while reconciling kills once the task is found running', async () => {
    const jobs = new FakeJobs();
    const hold = { promise: null as unknown as Promise<unknown>, resolve: () => undefined, reject: () => undefined };
    let release!: () => void;
    hold.promise = new Promise<void>((r) => { release = r; });
    jobs.hold.taskState = hold;
    const m = run(jobs, restored('running'));
    m.actor.send({ type: 'REMOVE', force: true });
    release();
    await flush();
    expect(jobs.called('killTask')).toHaveLength(1);
    jobs.exit({ exitCode: 137 });
    await flush();
    expect(m.actor.getSnapshot().value).toBe('removed');
  });
});

describe('container machine helpers', () => {
  it('gives Docker exit codes to start failures', () => {
    expect(startFailureExitCode('exec: "x": executable file not found in $PATH')).toBe(127);
    expect(startFailureExitCode('exec /x: no such file or directory')).toBe(127);
    expect(startFailureExitCode('exec /etc: permission denied')).toBe(126);
    expect(startFailureExitCode('something else')).toBe(128);
  });
  it("maps phases to Docker's status", () => {
    expect(dockerStatus('creating', 0)).toBe('created');
    expect(dockerStatus('starting', 0)).toBe('created');
    expect(dockerStatus('starting', 5)).toBe('exited');
    expect(dockerStatus('running', 5)).toBe('running');
    expect(dockerStatus('dead', 5)).toBe('dead');
  });
  it('persists the machine states as phases', () => {
    expect(phaseOf({ creating: 'rootfs' })).toBe('creating');
    expect(phaseOf('undoing')).toBe('creating');
    expect(phaseOf({ starting: 'launch' })).toBe('starting');
    expect(phaseOf({ running: 'killing' })).toBe('running');
    expect(phaseOf('retrying')).toBe('running');
    expect(phaseOf('removed')).toBeNull();
    expect(phaseOf('failed')).toBeNull();
  });
});

describe('container machine: stop and kill', () => {
  const SIGTERM = 15;

  it('stop sends the stop signal, then SIGKILL when the timeout is up; the exit ends the stop', async () => {
    const clock = new SimulatedClock();
    const jobs = new FakeJobs();
    const m = run(jobs, {}, clock);
    await flush();
    m.actor.send({ type: 'START' });
    await flush();
    m.actor.send({ type: 'STOP', signal: SIGTERM, timeoutMs: 1_000 });
    await flush();
    expect(jobs.called('killTask')).toEqual([{ id: ID, signal: SIGTERM }]);
    expect(m.actor.getSnapshot().matches({ running: { stopping: 'grace' } })).toBe(true);
    clock.increment(999);
    await flush();
    expect(jobs.called('killTask')).toHaveLength(1);
    clock.increment(1);
    await flush();
    expect(jobs.called('killTask')).toEqual([{ id: ID, signal: SIGTERM }, { id: ID, signal: 9 }]);
    expect(m.actor.getSnapshot().matches({ running: 'killed' })).toBe(true);
    jobs.exit({ exitCode: 137 });
    await flush();
    expect(m.phase()).toBe('exited');
    expect(m.ctx()).toMatchObject({ stopRequested: false, signals: 2, exits: 1, status: { exitCode: 137 } });
  });

  it('an exit within the timeout ends the stop: no SIGKILL, ever', async () => {
    const clock = new SimulatedClock();
    const jobs = new FakeJobs();
    const m = run(jobs, {}, clock);
    await flush();
    m.actor.send({ type: 'START' });
    await flush();
    m.actor.send({ type: 'STOP', signal: 3, timeoutMs: 10_000 });
    await flush();
    jobs.exit({ exitCode: 0 });
    await flush();
    clock.increment(60_000);
    await flush();
    expect(jobs.called('killTask')).toEqual([{ id: ID, signal: 3 }]);
    expect(m.phase()).toBe('exited');
    expect(m.ctx().status.exitCode).toBe(0);
  });

  it('a stop signal that cannot be sent is followed by SIGKILL at once', async () => {
    const jobs = new FakeJobs();
    const m = await running(jobs);
    // the first kill (the stop signal) fails, SIGKILL goes through
    let n = 0;
    Object.defineProperty(jobs.fail, 'killTask', { configurable: true, get: () => (n++ === 0 ? new Error('EINVAL') : undefined) });
    m.actor.send({ type: 'STOP', signal: SIGTERM, timeoutMs: 10_000 });
    await flush();
    expect(jobs.called('killTask')).toEqual([{ id: ID, signal: SIGTERM }, { id: ID, signal: 9 }]);
    expect(m.actor.getSnapshot().matches({ running: 'killed' })).toBe(true);
  });

  it('ignores STOP and KILL when nothing runs (created, exited): the jobs answer those', async () => {
    const jobs = new FakeJobs();
    const m = await created(jobs);
    m.actor.send({ type: 'STOP', signal: SIGTERM, timeoutMs: 0 });
    m.actor.send({ type: 'KILL', signal: 9 });
    await flush();
    expect(m.phase()).toBe('created');
    m.actor.send({ type: 'START' });
    await flush();
    jobs.exit({ exitCode: 2 });
    await flush();
    m.actor.send({ type: 'STOP', signal: SIGTERM, timeoutMs: 0 });
    m.actor.send({ type: 'KILL', signal: 9 });
    await flush();
    expect(m.phase()).toBe('exited');
    expect(jobs.called('killTask')).toEqual([]);
    expect(m.ctx().stopRequested).toBe(false);
  });

  it('KILL with another signal sends it and keeps running; SIGKILL goes through killing', async () => {
    const jobs = new FakeJobs();
    const m = await running(jobs);
    m.actor.send({ type: 'KILL', signal: 10 });
    await flush();
    expect(jobs.called('killTask')).toEqual([{ id: ID, signal: 10 }]);
    expect(m.actor.getSnapshot().matches({ running: 'idle' })).toBe(true);
    expect(m.ctx().signals).toBe(1);
    m.actor.send({ type: 'KILL', signal: 9 });
    await flush();
    expect(jobs.called('killTask')).toEqual([{ id: ID, signal: 10 }, { id: ID, signal: 9 }]);
    expect(m.actor.getSnapshot().matches({ running: 'killed' })).toBe(true);
    jobs.exit({ exitCode: 137 });
    await flush();
    expect(m.phase()).toBe('exited');
  });

  it('a failed KILL is counted with its error and the container runs on', async () => {
    const jobs = new FakeJobs();
    const m = await running(jobs);
    jobs.fail.killTask = new Error('EPERM');
    m.actor.send({ type: 'KILL', signal: 1 });
    await flush();
    expect(m.ctx()).toMatchObject({ killFailures: 1, signals: 0 });
    expect(m.ctx().error?.message).toBe('EPERM');
    expect(m.actor.getSnapshot().matches({ running: 'idle' })).toBe(true);
  });

  it('a KILL during a stop is sent without resetting the stop timer', async () => {
    const clock = new SimulatedClock();
    const jobs = new FakeJobs();
    const m = run(jobs, {}, clock);
    await flush();
    m.actor.send({ type: 'START' });
    await flush();
    m.actor.send({ type: 'STOP', signal: SIGTERM, timeoutMs: 1_000 });
    await flush();
    clock.increment(600);
    m.actor.send({ type: 'KILL', signal: 10 });
    await flush();
    expect(jobs.called('killTask')).toEqual([{ id: ID, signal: SIGTERM }, { id: ID, signal: 10 }]);
    clock.increment(400);
    await flush();
    expect(jobs.called('killTask')).toEqual([{ id: ID, signal: SIGTERM }, { id: ID, signal: 10 }, { id: ID, signal: 9 }]);
  });

  it('a STOP during a start is acted on once it runs', async () => {
    const jobs = new FakeJobs();
    const m = await created(jobs);
    let release!: () => void;
    const p = new Promise<unknown>((r) => { release = () => r(undefined); });
    jobs.hold.startTask = { promise: p, resolve: () => undefined, reject: () => undefined };
    m.actor.send({ type: 'START' });
    await flush();
    m.actor.send({ type: 'STOP', signal: SIGTERM, timeoutMs: 5_000 });
    await flush();
    expect(jobs.called('killTask')).toEqual([]);
    release();
    await flush();
    await flush();
    expect(jobs.called('killTask')).toEqual([{ id: ID, signal: SIGTERM }]);
    expect(m.actor.getSnapshot().matches({ running: 'stopping' })).toBe(true);
    m.actor.stop(); // its stop timer is a real one
  });
});
