import { type NatsConnection, connect } from 'nats';
import { keel } from '../../../../proto';
import { TestNats } from '../../../../test/helpers/nats';
import { JobClient } from '../../src/client';
import { defineContract, jobSubject, kitContract } from '../../src/contract';
import { CancelledError, DeadlineExceededError, InvalidArgumentError, NotFoundError, UnavailableError } from '../../src/errors';
import { createLogger } from '../../src/log';
import { type JobCtx, ServiceRunner, defineService } from '../../src/service';

const { RestartServiceRequest: Req, RestartServiceResponse: Res } = keel.keeld.v1;

/** A test service whose handlers exercise the framework: echo, fail, wait, and a job that calls another. */
const contract = defineContract('kittest', {
  'thing.echo': { request: Req, response: Res },
  'thing.fail': { request: Req, response: Res },
  'thing.wait': { request: Req, response: Res },
  'thing.relay': { request: Req, response: Res },
  'thing.relaywait': { request: Req, response: Res },
});

interface Seen { traces: string[]; origins: string[]; aborted: string[] }

const service = defineService<typeof contract.jobs, { seen: Seen }>({
  contract,
  version: 'test',
  requires: [],
  handlers: {
    'thing.echo': (req, ctx) => {
      ctx.seen.traces.push(ctx.traceId);
      ctx.seen.origins.push(ctx.origin);
      return { service: { name: req.name, restarts: req.timeoutS } };
    },
    'thing.fail': (req) => { throw new NotFoundError(`thing ${JSON.stringify(req.name)}`, { detail: 'd1' }); },
    'thing.wait': (_req, ctx) => new Promise((_resolve, reject) => {
      ctx.signal.addEventListener('abort', () => {
        ctx.seen.aborted.push(ctx.jobId);
        reject(ctx.signal.reason);
      });
    }),
    'thing.relay': async (req, ctx: JobCtx & { seen: Seen }) => {
      const r = await ctx.call(contract, 'thing.echo', { name: `${req.name}+relayed`, timeoutS: 7 });
      return { service: { name: r.service?.name, lastExit: ctx.traceId } };
    },
    // a sub-job with its own, shorter timeout: it ends then, not at the parent's deadline
    'thing.relaywait': async (_req, ctx: JobCtx & { seen: Seen }) => {
      const t0 = Date.now();
      const err = await ctx.call(contract, 'thing.wait', {}, { timeoutMs: 150 }).catch((e: Error) => e);
      return { service: { name: (err as Error).name, restarts: Date.now() - t0 } };
    },
  },
});

describe('jobs over a real nats-server', () => {
  const nats = new TestNats();
  let serverNc: NatsConnection;
  let clientNc: NatsConnection;
  let runner: ServiceRunner<typeof contract.jobs, { seen: Seen }>;
  let client: JobClient;
  const seen: Seen = { traces: [], origins: [], aborted: [] };

  beforeAll(async () => {
    await nats.start();
    serverNc = await connect({ servers: nats.url });
    clientNc = await connect({ servers: nats.url });
    const log = createLogger('kittest', 'fatal');
    runner = new ServiceRunner(service, serverNc, new JobClient(serverNc, 'kittest', '_INBOX.kittest'), { seen }, log);
    client = new JobClient(clientNc, 'tester', '_INBOX.tester');
    await serverNc.flush();
  });
  afterAll(async () => {
    client.close();
    runner.client.close();
    await runner.stop(100);
    await clientNc.close();
    await serverNc.close();
    await nats.stop();
  });

  it('runs a job and returns its typed result', async () => {
    const r = await client.call(contract, 'thing.echo', { name: 'a', timeoutS: 3 }, { traceId: 't-echo' });
    expect(r.service?.name).toBe('a');
    expect(r.service?.restarts).toBe(3);
    expect(seen.traces).toContain('t-echo');
    expect(seen.origins).toContain('tester');
  });

  it('carries a typed error across the bus', async () => {
    const err = await client.call(contract, 'thing.fail', { name: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotFoundError);
    expect((err as NotFoundError).message).toBe('thing "x" not found');
    expect((err as NotFoundError).service).toBe('kittest');
    expect((err as NotFoundError).detail).toBe('d1');
  });

  it('carries the trace id through every job a job causes', async () => {
    const r = await client.call(contract, 'thing.relay', { name: 'r' }, { traceId: 'trace-relay-1' });
    expect(r.service?.name).toBe('r+relayed');
    expect(r.service?.lastExit).toBe('trace-relay-1');
    expect(seen.traces.filter((t) => t === 'trace-relay-1')).toHaveLength(1);
    expect(seen.origins).toContain('kittest');
  });

  it('fails a job past its deadline, and tells the service to stop it', async () => {
    const t0 = Date.now();
    const before = seen.aborted.length;
    const err = await client.call(contract, 'thing.wait', {}, { timeoutMs: 200, jobId: 'job-deadline-1' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeadlineExceededError);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(190);
    expect(Date.now() - t0).toBeLessThan(1_000);
    await waitFor(() => seen.aborted.length > before);
    expect(seen.aborted).toContain('job-deadline-1');
    expect(runner.inFlight).toBe(0);
  });

  it("ends a sub-job at its own timeout, within the parent's deadline", async () => {
    const r = await client.call(contract, 'thing.relaywait', {}, { timeoutMs: 5_000 });
    expect(r.service?.name).toBe('DeadlineExceededError');
    expect(r.service?.restarts).toBeGreaterThanOrEqual(140);
    expect(r.service?.restarts).toBeLessThan(1_000);
  });

  it('cancels a job when the caller aborts', async () => {
    const ac = new AbortController();
    const p = client.call(contract, 'thing.wait', {}, { signal: ac.signal, jobId: 'job-cancel-1' }).catch((e: unknown) => e);
    await waitFor(() => runner.inFlight === 1);
    ac.abort();
    expect(await p).toBeInstanceOf(CancelledError);
    await waitFor(() => seen.aborted.includes('job-cancel-1'));
    expect(client.inFlight).toBe(0);
  });

  it('fails at once with UNAVAILABLE when no service answers the subject', async () => {
    const t0 = Date.now();
    const err = await client.call(kitContract('nobody'), 'service.ping', {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnavailableError);
    expect((err as UnavailableError).retryable).toBe(true);
    expect((err as Error).message).toMatch(/service nobody is not running/);
    expect(Date.now() - t0).toBeLessThan(500);
  });

  it('refuses arguments of the wrong type, and a job whose deadline passed in transit', async () => {
    const reply = async (job: Partial<keel.common.v1.IJob>) => {
      const msg = await clientNc.request(jobSubject('kittest', 'thing.echo'), keel.common.v1.Job.encode({ id: 'raw', name: 'thing.echo', ...job }).finish(), { timeout: 2_000 });
      return keel.common.v1.JobResult.decode(msg.data);
    };
    const wrongType = await reply({ argsType: 'keel.kit.v1.PingRequest', deadlineMs: Date.now() + 5_000 });
    expect(wrongType.exitStatus).toBe(1);
    expect(wrongType.error?.code).toBe(keel.common.v1.Code.INVALID_ARGUMENT);
    const late = await reply({ argsType: 'keel.keeld.v1.RestartServiceRequest', deadlineMs: Date.now() - 1 });
    expect(late.error?.code).toBe(keel.common.v1.Code.DEADLINE_EXCEEDED);
  });

  it('answers the kit jobs and counts every job it ran', async () => {
    const pong = await client.call(contract, 'service.ping', {});
    expect(pong.pid).toBe(process.pid);
    const m = await client.call(contract, 'service.metrics', {});
    const echo = m.jobs.find((j) => j.job === 'thing.echo');
    expect(echo?.count).toBeGreaterThanOrEqual(2);
    const fail = m.jobs.find((j) => j.job === 'thing.fail');
    expect(fail?.errors).toBe(1);
    expect(fail?.p50Ms).toBeGreaterThan(0);
  });

  it('refuses to call a job its contract does not have', async () => {
    await expect(client.call(contract, 'thing.nope' as never, {} as never)).rejects.toBeInstanceOf(InvalidArgumentError);
  });
});

async function waitFor(cond: () => boolean, ms = 3_000): Promise<void> {
  const until = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > until) throw new Error('condition not met');
    await new Promise((r) => setTimeout(r, 10));
  }
}
