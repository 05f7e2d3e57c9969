import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContainerRuntime, type Publish } from '../../src/runtime';
import { type ContainerRow, ContainerStore, NameTakenError } from '../../src/store';
import { FakeJobs, codeError, flush } from './fakes';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
let n = 0;
function row(over: Partial<ContainerRow> = {}): ContainerRow {
  const id = (++n).toString(16).padStart(4, '0').repeat(16);
  return {
    id, name: `c${n}`, imageId: 'sha256:img', config: { image: 'bb', cmd: ['sh'] }, process: { args: ['sh'], env: ['A=1'] },
    networkMode: 'none', args: ['sh', '-c', 'x'], createdMs: n, autoRemove: false,
    phase: 'creating', task: 'none', pid: 0, exitCode: 0, startedMs: 0, finishedMs: 0, error: '', oomKilled: false,
    rootfs: '', driver: '', logPath: '', execDriver: '', ...over,
  };
}

function setup(store = new ContainerStore(':memory:'), jobs = new FakeJobs()) {
  const events: [string, unknown][] = [];
  const publish: Publish = (verb, ev) => events.push([verb, ev]);
  const rt = new ContainerRuntime({ store, actors: jobs.actors(), publish, log: quiet, now: () => 1_000 });
  return { store, jobs, events, rt, verbs: () => events.map((e) => e[0]) };
}

async function createOne(t: ReturnType<typeof setup>, over: Partial<ContainerRow> = {}) {
  const r = row(over);
  t.store.insert(r);
  await t.rt.create(r, 'bb');
  return r;
}

describe('container store', () => {
  it('migrates a new database to the current version, and reopens it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'engine-db-'));
    try {
      const s = new ContainerStore(join(dir, 'engine.db'));
      expect(s.version).toBe(1);
      const r = row();
      s.insert(r);
      s.close();
      const again = new ContainerStore(join(dir, 'engine.db'));
      expect(again.version).toBe(1);
      expect(again.get(r.id)).toMatchObject(r);
      again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps names unique, finds by name, id and prefix, updates and deletes', () => {
    const s = new ContainerStore(':memory:');
    const a = row({ id: 'abc1'.repeat(16) });
    const b = row({ id: 'abc2'.repeat(16) });
    s.insert(a);
    s.insert(b);
    expect(() => s.insert({ ...row(), name: a.name })).toThrow(NameTakenError);
    expect(s.byName(`/${a.name}`)?.id).toBe(a.id);
    expect(s.idByName(b.name)).toBe(b.id);
    expect(s.byPrefix('abc')).toHaveLength(2);
    expect(s.byPrefix('abc1').map((r) => r.id)).toEqual([a.id]);
    expect(s.byPrefix('xyz')).toEqual([]);
    expect(s.update(a.id, { ...a, phase: 'running', pid: 9, oomKilled: true })).toBe(true);
    expect(s.get(a.id)).toMatchObject({ phase: 'running', pid: 9, oomKilled: true, config: a.config, process: a.process, args: a.args });
    expect(s.delete(a.id)).toBe(true);
    expect(s.delete(a.id)).toBe(false);
    expect(s.update(a.id, a)).toBe(false);
    expect(s.all().map((r) => r.id)).toEqual([b.id]);
  });
});

describe('container runtime', () => {
  it('creates: persists each step, publishes created', async () => {
    const t = setup();
    const r = await createOne(t);
    expect(t.store.get(r.id)).toMatchObject({ phase: 'created', task: 'created', rootfs: `/rootfs/${r.id}`, logPath: `/logs/${r.id}.log`, driver: 'vfs' });
    expect(t.events).toEqual([['created', { id: r.id, name: r.name, image: 'bb', exitCode: 0 }]]);
  });

  it('a failed create leaves no record and no event, and rejects with the cause', async () => {
    const t = setup();
    t.jobs.fail.createTask = codeError('INTERNAL', 'shim would not start');
    const r = row();
    t.store.insert(r);
    await expect(t.rt.create(r, 'bb')).rejects.toThrow('shim would not start');
    expect(t.store.get(r.id)).toBeUndefined();
    expect(t.jobs.jobs()).toEqual(['prepareRootfs', 'createTask', 'undoCreate']);
    expect(t.events).toEqual([]);
    expect(() => t.rt.resolve(r.id)).toThrow(`No such container: ${r.id}`);
  });

  it('starts, waits for the exit, removes; with events in order', async () => {
    const t = setup();
    const r = await createOne(t);
    const next = t.rt.wait(r.id, 'next-exit');
    expect(await t.rt.start(r.id)).toEqual({ alreadyRunning: false });
    expect(t.store.get(r.id)).toMatchObject({ phase: 'running', pid: 42, startedMs: 50 });
    expect(await t.rt.start(r.id)).toEqual({ alreadyRunning: true });
    t.jobs.exit({ exitCode: 3, finishedMs: 99 });
    expect(await next).toEqual({ statusCode: 3, error: '' });
    expect(t.store.get(r.id)).toMatchObject({ phase: 'exited', exitCode: 3, finishedMs: 99, pid: 0 });
    expect(await t.rt.wait(r.id, 'not-running')).toEqual({ statusCode: 3, error: '' });
    await t.rt.remove(r.id, false);
    expect(t.store.get(r.id)).toBeUndefined();
    expect(t.verbs()).toEqual(['created', 'started', 'died', 'destroyed']);
    expect(t.events[2][1]).toMatchObject({ exitCode: 3 });
  });

  it('a start failure comes back with its error; State.Error and exit 127 are recorded', async () => {
    const t = setup();
    const r = await createOne(t);
    const next = t.rt.wait(r.id, 'next-exit');
    t.jobs.fail.startTask = codeError('INVALID_ARGUMENT', 'exec: "nosuch": executable file not found in $PATH');
    await expect(t.rt.start(r.id)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: 'exec: "nosuch": executable file not found in $PATH' });
    expect(t.store.get(r.id)).toMatchObject({ phase: 'created', exitCode: 127, error: expect.stringContaining('executable file not found') });
    expect(await next).toEqual({ statusCode: 127, error: expect.stringContaining('executable file not found') });
    expect(t.rt.toProto(t.rt.resolve(r.id)).state).toMatchObject({ status: 'created', exitCode: 127, running: false });
    expect(t.verbs()).toEqual(['created']);
  });

  it('auto_remove: a failed start removes the container and still reports the start error; removed-waiters end', async () => {
    const t = setup();
    const r = await createOne(t, { autoRemove: true });
    const removed = t.rt.wait(r.id, 'removed');
    t.jobs.fail.startTask = codeError('INVALID_ARGUMENT', 'exec: "x": executable file not found in $PATH');
    await expect(t.rt.start(r.id)).rejects.toThrow('executable file not found');
    expect(await removed).toMatchObject({ statusCode: 127 });
    expect(t.store.get(r.id)).toBeUndefined();
    expect(t.jobs.jobs()).toContain('removeResources');
  });

  it('auto_remove after an exit: removed-waiters get the exit code once the record is gone', async () => {
    const t = setup();
    const r = await createOne(t, { autoRemove: true });
    const removed = t.rt.wait(r.id, 'removed');
    await t.rt.start(r.id);
    t.jobs.exit({ exitCode: 7 });
    expect(await removed).toEqual({ statusCode: 7, error: '' });
    expect(t.store.get(r.id)).toBeUndefined();
    expect(t.verbs()).toEqual(['created', 'started', 'died', 'destroyed']);
  });

  it('refuses to remove a running container without force; with force kills and removes', async () => {
    const t = setup();
    const r = await createOne(t);
    await t.rt.start(r.id);
    await expect(t.rt.remove(r.id, false)).rejects.toMatchObject({
      code: 'CONFLICT', message: `You cannot remove a running container ${r.id}. Stop the container before attempting removal or force remove`,
    });
    const gone = t.rt.remove(r.id, true);
    await flush();
    expect(t.jobs.called('killTask')).toHaveLength(1);
    t.jobs.exit({ exitCode: 137 });
    await gone;
    expect(t.store.get(r.id)).toBeUndefined();
  });

  it('a failed removal rejects and leaves the container dead', async () => {
    const t = setup();
    const r = await createOne(t);
    t.jobs.fail.removeResources = codeError('INTERNAL', 'umount: busy');
    await expect(t.rt.remove(r.id, false)).rejects.toThrow('umount: busy');
    expect(t.store.get(r.id)).toMatchObject({ phase: 'dead' });
    t.jobs.fail.removeResources = undefined;
    await t.rt.remove(r.id, false);
    expect(t.store.get(r.id)).toBeUndefined();
  });

  it('a wait ends when its caller goes away', async () => {
    const t = setup();
    const r = await createOne(t);
    await t.rt.start(r.id);
    const ac = new AbortController();
    const w = t.rt.wait(r.id, 'not-running', ac.signal);
    ac.abort();
    await expect(w).rejects.toMatchObject({ code: 'CANCELLED' });
    await expect(t.rt.wait(r.id, 'bogus')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    // a created container is not running: not-running answers at once
    const r2 = await createOne(t);
    expect(await t.rt.wait(r2.id, '')).toEqual({ statusCode: 0, error: '' });
  });

  it('resolves full ids, unique prefixes and names; ambiguous prefixes and unknowns are errors', async () => {
    const t = setup();
    const a = await createOne(t, { id: 'feed1'.padEnd(64, '0') });
    const b = await createOne(t, { id: 'feed2'.padEnd(64, '0') });
    expect(t.rt.resolve(a.id).id).toBe(a.id);
    expect(t.rt.resolve('feed2').id).toBe(b.id);
    expect(t.rt.resolve(a.name).id).toBe(a.id);
    expect(t.rt.resolve(`/${b.name}`).id).toBe(b.id);
    expect(() => t.rt.resolve('feed')).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', message: 'multiple IDs found with provided prefix: feed' }));
    expect(() => t.rt.resolve('nosuch')).toThrow(expect.objectContaining({ code: 'NOT_FOUND', message: 'No such container: nosuch' }));
    expect(() => t.rt.resolve('')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('lists (running only unless all), counts, and shapes the proto as inspect shows it', async () => {
    const t = setup();
    const a = await createOne(t);
    const b = await createOne(t);
    const creating = row();
    t.store.insert(creating); // a create in flight is not listed
    await t.rt.start(b.id);
    expect(t.rt.list(false).map((r) => r.id)).toEqual([b.id]);
    expect(t.rt.list(true).map((r) => r.id)).toEqual([b.id, a.id]);
    expect(t.rt.counts()).toEqual({ total: 2, running: 1, stopped: 1 });
    const p = t.rt.toProto(t.rt.resolve(b.id));
    expect(p).toMatchObject({ id: b.id, name: b.name, path: 'sh', args: ['-c', 'x'], state: { status: 'running', running: true, pid: 42 } });
  });

  it('restores records after a restart: running ones are reconciled with execd, half-made ones undone', async () => {
    const store = new ContainerStore(':memory:');
    const t1 = setup(store);
    const running = await createOne(t1);
    await t1.rt.start(running.id);
    const exitedMeanwhile = await createOne(t1);
    await t1.rt.start(exitedMeanwhile.id);
    const halfMade = row();
    store.insert(halfMade);
    t1.rt.close();

    const jobs = new FakeJobs();
    const t2 = setup(store, jobs);
    jobs.state = { status: 'running', pid: 42, exitCode: 0, startedMs: 50, finishedMs: 0, oomKilled: false, logPath: '' };
    const states = new Map([[exitedMeanwhile.id, { status: 'stopped', pid: 0, exitCode: 4, startedMs: 50, finishedMs: 70, oomKilled: false, logPath: '' }]]);
    const base = jobs.actors();
    const { fromPromise } = await import('xstate');
    const actors = {
      ...base,
      taskState: fromPromise(async ({ input }: { input: { id: string } }) => states.get(input.id) ?? jobs.state as never),
    };
    const rt = new ContainerRuntime({ store, actors, publish: (v, e) => t2.events.push([v, e]), log: quiet });
    expect(rt.restore()).toBe(3);
    await flush();
    expect(store.get(running.id)).toMatchObject({ phase: 'running' });
    expect(jobs.called('waitTask')).toEqual([{ id: running.id }]);
    expect(store.get(exitedMeanwhile.id)).toMatchObject({ phase: 'exited', exitCode: 4, finishedMs: 70 });
    expect(store.get(halfMade.id)).toBeUndefined();
    expect(jobs.called('undoCreate')).toEqual([{ id: halfMade.id }]);
    expect(t2.events.map((e) => e[0])).toEqual(['died']);
    const next = rt.wait(running.id, 'next-exit');
    jobs.exit({ exitCode: 0 });
    expect(await next).toEqual({ statusCode: 0, error: '' });
    rt.close();
  });
});

describe('the background wait', () => {
  it('has a deadline a Node timer can hold (setTimeout fires at once past 2^31-1 ms)', async () => {
    const { WAIT_TIMEOUT_MS } = await import('../../src/runtime');
    expect(WAIT_TIMEOUT_MS).toBeLessThanOrEqual(2 ** 31 - 1);
    expect(WAIT_TIMEOUT_MS).toBeGreaterThan(7 * 24 * 3600 * 1000);
  });
});

describe('container runtime: stop, kill, restart', () => {
  it('stop of a container that is not running is not_modified and sends nothing', async () => {
    const t = setup();
    const r = await createOne(t);
    expect(await t.rt.stop(r.id, null)).toEqual({ notModified: true });
    await t.rt.start(r.id);
    t.jobs.exit({ exitCode: 0 });
    await flush();
    expect(await t.rt.stop(r.id, 5)).toEqual({ notModified: true });
    expect(t.jobs.called('killTask')).toEqual([]);
  });

  it("stop uses the container's stop signal and returns once it has exited", async () => {
    const t = setup();
    const r = await createOne(t, { config: { image: 'bb', stopSignal: 'SIGQUIT' } });
    await t.rt.start(r.id);
    let done = false;
    const stopped = t.rt.stop(r.id, 7).then((v) => { done = true; return v; });
    await flush();
    expect(t.jobs.called('killTask')).toEqual([{ id: r.id, signal: 3 }]);
    expect(done).toBe(false);
    t.jobs.exit({ exitCode: 0 });
    expect(await stopped).toEqual({ notModified: false });
    expect(t.store.get(r.id)).toMatchObject({ phase: 'exited', exitCode: 0 });
  });

  it('kill: CONFLICT in Docker words when not running, INVALID_ARGUMENT for an unknown signal, else the signal', async () => {
    const t = setup();
    const r = await createOne(t);
    await expect(t.rt.kill(r.id, 'web2', '')).rejects.toMatchObject({
      code: 'CONFLICT', message: `Cannot kill container: web2: Container ${r.id} is not running`,
    });
    await t.rt.start(r.id);
    await expect(t.rt.kill(r.id, 'web2', 'SIGBOGUS')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: 'Invalid signal: SIGBOGUS' });
    await t.rt.kill(r.id, 'web2', 'usr1');
    expect(t.jobs.called('killTask')).toEqual([{ id: r.id, signal: 10 }]);
    // SIGKILL (the default) returns once the container has exited
    let done = false;
    const killed = t.rt.kill(r.id, 'web2', '').then(() => { done = true; });
    await flush();
    expect(t.jobs.called('killTask')).toEqual([{ id: r.id, signal: 10 }, { id: r.id, signal: 9 }]);
    expect(done).toBe(false);
    t.jobs.exit({ exitCode: 137 });
    await killed;
    expect(t.store.get(r.id)).toMatchObject({ phase: 'exited', exitCode: 137 });
  });

  it('restart stops, then starts a fresh task; of a stopped container it only starts', async () => {
    const t = setup();
    const r = await createOne(t);
    await t.rt.start(r.id);
    const restarted = t.rt.restart(r.id, 1);
    await flush();
    t.jobs.exit({ exitCode: 143 });
    await restarted;
    expect(t.jobs.jobs().filter((j) => j !== 'prepareRootfs' && j !== 'createTask')).toEqual(['startTask', 'waitTask', 'killTask', 'recreateTask', 'startTask', 'waitTask']);
    expect(t.store.get(r.id)).toMatchObject({ phase: 'running' });
    expect(t.verbs()).toEqual(['created', 'started', 'died', 'started']);
  });

  it('the stop timeout: the request, else the container\'s StopTimeout, else 10 s; negative waits for ever', async () => {
    const { stopTimeoutMs, WAIT_TIMEOUT_MS } = await import('../../src/runtime');
    expect(stopTimeoutMs(3, {})).toBe(3_000);
    expect(stopTimeoutMs(0, { stopTimeout: 30, stopTimeoutSet: true })).toBe(0);
    expect(stopTimeoutMs(null, {})).toBe(10_000);
    expect(stopTimeoutMs(-1, { stopTimeout: 30, stopTimeoutSet: true })).toBe(30_000);
    expect(stopTimeoutMs(null, { stopTimeout: -1, stopTimeoutSet: true })).toBe(WAIT_TIMEOUT_MS);
  });

  it('parses signals as Docker does', async () => {
    const { parseSignal } = await import('../../src/signals');
    expect(['SIGTERM', 'TERM', 'term', '15'].map(parseSignal)).toEqual([15, 15, 15, 15]);
    expect(['KILL', 'USR1', 'SIGHUP', 'RTMIN', 'RTMIN+2', 'RTMAX-1', '64'].map(parseSignal)).toEqual([9, 10, 1, 34, 36, 63, 64]);
    for (const bad of ['', '0', '65', 'SIGFOO', '-9', 'RTMAX+1']) expect(() => parseSignal(bad)).toThrow(`Invalid signal: ${bad}`);
  });
});
