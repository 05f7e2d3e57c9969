import { readFileSync } from 'node:fs';
import { eventually } from '../../../../test/helpers/daemon';
import { canRunContainers } from '../../../execd/test/helpers/tasks';
import { EngineBus, engine, errorOf } from '../helpers/engine-bus';

const skip = canRunContainers();
if (skip) console.log(`engine container tests skipped: ${skip}`);
const describeRoot = skip ? describe.skip : describe;

/** Containers run through the engine's jobs, against a real keeld, graphd and execd. */
describeRoot('engine: containers end to end over the bus', () => {
  const b = new EngineBus('engine-run');
  beforeAll(async () => {
    await b.start();
    await b.importBusybox();
  });
  afterAll(() => b.stop());

  const call = <K extends keyof typeof engine.jobs & string>(job: K, args: Parameters<typeof b.client.call<typeof engine.jobs, K>>[2]) =>
    b.client.call(engine, job, args, { timeoutMs: 30_000 });
  const inspect = async (id: string) => (await call('container.inspect', { id })).container!;
  const eventsOf = (id: string) => b.events.filter((e) => e.ev.id === id).map((e) => e.subject.split('.').pop());
  /** Nothing of these containers is left: no rootfs mount, no task bundle. */
  const noneLeft = (...ids: string[]) => {
    const l = b.leftovers();
    expect(l.bundles.filter((x) => ids.includes(x))).toEqual([]);
    expect(l.mounts.filter((m) => ids.some((id) => m.includes(id)))).toEqual([]);
  };
  const logLines = (path: string) => readFileSync(path, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { log: string; stream: string });

  /** docker run: create, a wait, start, the wait's answer. */
  async function run(config: Parameters<typeof b.create>[0], condition = 'next-exit') {
    const { id } = await b.create(config);
    const wait = call('container.wait', { id, condition });
    await call('container.start', { id });
    return { id, wait: await wait };
  }

  test('runs a command, records its exit, keeps its log; events created, started, died', async () => {
    const { id, wait } = await run({ image: 'busybox', cmd: ['sh', '-c', 'echo out; echo err >&2; hostname'] });
    expect(wait).toEqual({ statusCode: 0, error: '' });
    const c = await inspect(id);
    expect(c.state).toMatchObject({ status: 'exited', running: false, exitCode: 0, pid: 0 });
    expect(c.state!.startedMs).toBeGreaterThan(0);
    expect(c.state!.finishedMs).toBeGreaterThanOrEqual(c.state!.startedMs!);
    const { logPath, running } = await call('container.logs', { id });
    expect(running).toBe(false);
    const lines = logLines(logPath);
    expect(lines.filter((l) => l.stream === 'stdout').map((l) => l.log)).toEqual(['out\n', `${id.slice(0, 12)}\n`]);
    expect(lines.filter((l) => l.stream === 'stderr').map((l) => l.log)).toEqual(['err\n']);
    await eventually(() => eventsOf(id).length >= 3);
    expect(eventsOf(id)).toEqual(['created', 'started', 'died']);
    await call('container.remove', { id });
    await eventually(() => eventsOf(id).includes('destroyed'));
  });

  test('exit codes: 3, and 137 for SIGKILL through a forced remove', async () => {
    expect((await run({ image: 'busybox', cmd: ['sh', '-c', 'sleep 0.3; exit 3'], autoRemove: true }, 'removed')).wait).toEqual({ statusCode: 3, error: '' });
    const { id } = await b.create({ image: 'busybox', cmd: ['sleep', '1000'] });
    expect(await call('container.start', { id })).toEqual({ alreadyRunning: false });
    expect(await call('container.start', { id })).toEqual({ alreadyRunning: true });
    const c = await inspect(id);
    expect(c.state).toMatchObject({ status: 'running', running: true });
    expect(c.state!.pid).toBeGreaterThan(0);
    expect((await call('container.list', {})).containers.map((x) => x.id)).toEqual([id]);
    expect(await call('system.info', {})).toMatchObject({ containersRunning: 1, containersPaused: 0 });
    expect(await errorOf(call('container.remove', { id }))).toMatchObject({
      code: 'CONFLICT', message: `You cannot remove a running container ${id}. Stop the container before attempting removal or force remove`,
    });
    const removed = call('container.wait', { id, condition: 'removed' });
    await call('container.remove', { id, force: true });
    expect(await removed).toEqual({ statusCode: 137, error: '' });
    noneLeft(id);
  });

  test('a command that does not exist: the start error with Docker’s words, exit 127, State.Error; --rm removes it', async () => {
    const { id } = await b.create({ image: 'busybox', cmd: ['nosuchcmd'] });
    const e = await errorOf(call('container.start', { id }));
    expect(e.message).toContain('executable file not found');
    const c = await inspect(id);
    expect(c.state).toMatchObject({ status: 'created', exitCode: 127, running: false, error: expect.stringContaining('executable file not found') });
    expect(b.leftovers().bundles).not.toContain(id); // no task (no shim) left after a failed start
    await call('container.remove', { id });

    const rm = await b.create({ image: 'busybox', cmd: ['nosuchcmd'], autoRemove: true });
    const removed = call('container.wait', { id: rm.id, condition: 'removed' });
    expect((await errorOf(call('container.start', { id: rm.id }))).message).toContain('executable file not found');
    expect(await removed).toMatchObject({ statusCode: 127 });
    expect(await errorOf(call('container.inspect', { id: rm.id }))).toMatchObject({ code: 'NOT_FOUND' });
    noneLeft(id, rm.id);
  });

  test('an exited container starts again', async () => {
    const { id, wait } = await run({ image: 'busybox', cmd: ['sh', '-c', 'echo again; exit 2'] });
    expect(wait.statusCode).toBe(2);
    const next = call('container.wait', { id, condition: 'next-exit' });
    await call('container.start', { id });
    expect((await next).statusCode).toBe(2);
    expect((await inspect(id)).state).toMatchObject({ status: 'exited', exitCode: 2 });
    await call('container.remove', { id });
  });

  test('an engine restart loses no container: running ones are adopted, exits meanwhile recorded', async () => {
    const long = await b.create({ image: 'busybox', cmd: ['sleep', '1000'] }, 'long');
    await call('container.start', { id: long.id });
    const short = await b.create({ image: 'busybox', cmd: ['sh', '-c', 'sleep 1; exit 4'] }, 'short');
    await call('container.start', { id: short.id });
    const before = (await b.d.services()).find((s) => s.Name === 'engine')!;
    process.kill(before.Pid, 'SIGKILL');
    await eventually(async () => {
      const s = (await b.d.services()).find((x) => x.Name === 'engine')!;
      return s.Pid !== before.Pid && s.State === 'running';
    }, 20_000, 'engine restarted');
    await eventually(async () => (await inspect(short.id)).state!.status === 'exited', 15_000, 'short exit recorded');
    expect((await inspect(short.id)).state).toMatchObject({ exitCode: 4 });
    expect((await inspect(long.id)).state).toMatchObject({ status: 'running', running: true });
    // the re-armed wait sees the next exit
    const removed = call('container.wait', { id: 'long', condition: 'removed' });
    await call('container.remove', { id: 'long', force: true });
    expect((await removed).statusCode).toBe(137);
    await call('container.remove', { id: 'short' });
    noneLeft(long.id, short.id);
  });
});
