import { readFileSync, readdirSync } from 'node:fs';
import { type NatsConnection, connect } from 'nats';
import { JobClient } from '../../../kit/src/client';
import { TestDaemon, eventually } from '../../../../test/helpers/daemon';
import { execd } from '../../src/contract';
import { alive, canRunContainers, makeBusyboxRootfs, readLog } from '../helpers/tasks';

const skip = canRunContainers();
if (skip) console.log(`execd daemon tests skipped: ${skip}`);
const describeRoot = skip ? describe.skip : describe;

function processesUnder(dir: string): number[] {
  return readdirSync('/proc').filter((p) => /^\d+$/.test(p) && Number(p) !== process.pid).filter((p) => {
    try {
      return readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(dir);
    } catch {
      return false;
    }
  }).map(Number).filter(alive);
}

/** execd's jobs through a real keeld and bus, as the engine calls them; containers outlive execd and keeld. */
describeRoot('execd under keeld', () => {
  const d = new TestDaemon('execd-daemon');
  let nc: NatsConnection | undefined;
  let client: JobClient | undefined;
  let rootfs: string;

  async function connectClient(): Promise<JobClient> {
    client?.close();
    await nc?.close();
    const c = d.busCredentials('keeld');
    nc = await connect({ servers: c.url.replace(/^nats:\/\//, ''), user: c.user, pass: c.password });
    client = new JobClient(nc, 'keeld', `_INBOX.${c.user}`);
    return client;
  }
  /** where the bundles are: keel-shim's argument names one */
  const shims = () => `${d.dataRoot}/execd/containers/`;
  const execdPid = async () => (await d.services()).find((s) => s.Name === 'execd')!;

  beforeAll(async () => {
    await d.start();
    rootfs = makeBusyboxRootfs(d.dir);
    await connectClient();
  });
  afterAll(async () => {
    if (client) {
      for (const id of ['survivor', 'quitter', 'restored', 'timed']) {
        await client.call(execd, 'task.delete', { containerId: id, force: true }).catch(() => undefined);
      }
    }
    client?.close();
    await nc?.close();
    for (const pid of processesUnder(shims())) process.kill(pid, 'SIGKILL');
    await d.cleanup();
  });

  it('reports the native exec driver as available', async () => {
    const info = await client!.call(execd, 'service.info', {});
    expect(info.drivers).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'execdriver', id: 'native', skipped: '' })]));
    expect(info.facts).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'runtime-path/native', value: expect.stringMatching(/keel-shim$/) })]));
  });

  it('starts over the bus, and measures start → pid', async () => {
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      await client!.call(execd, 'task.create', { containerId: 'timed', rootfs, process: { args: ['true'] }, networkMode: 'none' });
      const t0 = Date.now();
      const s = await client!.call(execd, 'task.start', { containerId: 'timed' });
      times.push(Number(s.startedMs) - t0);
      expect((await client!.call(execd, 'task.wait', { containerId: 'timed' })).exitCode).toBe(0);
      await client!.call(execd, 'task.delete', { containerId: 'timed' });
    }
    times.sort((a, b) => a - b);
    console.log(`task.start request → pid recorded (ms, over the bus, 10 runs): median ${times[5]}, min ${times[0]}, max ${times[9]}`);
  });

  it('keeps a container running when execd is killed; the restarted execd re-adopts it', async () => {
    await client!.call(execd, 'task.create', { containerId: 'survivor', rootfs, process: { args: ['sh', '-c', 'echo up; exec sleep 1000'] }, networkMode: 'none' });
    const { pid } = await client!.call(execd, 'task.start', { containerId: 'survivor' });
    await client!.call(execd, 'task.create', { containerId: 'quitter', rootfs, process: { args: ['sh', '-c', 'sleep 0.3; exit 7'] }, networkMode: 'none' });
    await client!.call(execd, 'task.start', { containerId: 'quitter' });

    const before = await execdPid();
    process.kill(before.Pid, 'SIGKILL');
    await eventually(async () => { const s = await execdPid(); return s.State === 'running' && s.Pid !== before.Pid; }, 10_000, 'execd restarted');
    expect(alive(pid)).toBe(true);

    // the quitter ended while execd was down (or restarting): its exit was recorded by its shim
    await eventually(async () => (await client!.call(execd, 'task.state', { containerId: 'quitter' })).status === 'stopped', 10_000, 'quitter stopped');
    expect((await client!.call(execd, 'task.wait', { containerId: 'quitter' })).exitCode).toBe(7);
    expect(await client!.call(execd, 'task.state', { containerId: 'survivor' })).toMatchObject({ status: 'running', pid });

    const waiting = client!.call(execd, 'task.wait', { containerId: 'survivor' }, { timeoutMs: 30_000 });
    await client!.call(execd, 'task.kill', { containerId: 'survivor', signal: 9 });
    expect((await waiting).exitCode).toBe(137);
    const log = (await client!.call(execd, 'task.state', { containerId: 'survivor' })).logPath;
    expect(readLog(log).map((e) => e.log)).toEqual(['up\n']);
    for (const id of ['survivor', 'quitter']) await client!.call(execd, 'task.delete', { containerId: id });
    expect(processesUnder(shims())).toEqual([]);
  });

  it('keeps a container running while the whole daemon is down (live restore)', async () => {
    await client!.call(execd, 'task.create', { containerId: 'restored', rootfs, process: { args: ['sleep', '1000'] }, networkMode: 'none' });
    const { pid } = await client!.call(execd, 'task.start', { containerId: 'restored' });
    client!.close();
    await nc!.close();
    client = undefined;
    nc = undefined;
    await d.stop();
    expect(alive(pid)).toBe(true);
    await d.start();
    await connectClient();
    expect(await client!.call(execd, 'task.state', { containerId: 'restored' })).toMatchObject({ status: 'running', pid });
    await client!.call(execd, 'task.delete', { containerId: 'restored', force: true });
    expect(alive(pid)).toBe(false);
    expect(processesUnder(shims())).toEqual([]);
  });
});
