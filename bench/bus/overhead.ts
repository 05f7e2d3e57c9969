// The job framework's cost per job without the bus: the real JobClient.call and
// ServiceRunner.dispatch, wired back to back through an in-process loopback that stands in for
// NatsConnection (publish hands the message straight to the subscriber's callback).
import type { NatsConnection } from 'nats';
import pino from 'pino';
import { keel } from '../../proto';
import { JobClient, newJobId } from '../../services/kit/src/client';
import { typeName } from '../../services/kit/src/contract';
import { JobMetrics } from '../../services/kit/src/metrics';
import { ServiceRunner, defineService } from '../../services/kit/src/service';
import { ECHO_JOB, SERVICE, benchContract } from './common';

const { Job, JobResult } = keel.common.v1;
const { PingRequest, PingResponse } = keel.kit.v1;

type Callback = (err: Error | null, msg: LoopMsg) => void;
interface LoopMsg {
  subject: string;
  data: Uint8Array;
  reply: string;
  headers: undefined;
  respond(data: Uint8Array): boolean;
}

/** Just enough of NatsConnection for JobClient and ServiceRunner: subscribe, publish, respond. */
class LoopbackBus {
  private readonly exact = new Map<string, Callback>();
  private readonly wild = new Map<string, Callback>(); // "<prefix>.*" → callback, keyed by prefix

  subscribe(subject: string, opts: { callback: Callback }): { unsubscribe(): void } {
    if (subject.endsWith('.*')) this.wild.set(subject.slice(0, -2), opts.callback);
    else this.exact.set(subject, opts.callback);
    return { unsubscribe: () => undefined };
  }

  /** Connection status events: a loopback never disconnects, so the iterator never yields. */
  status(): AsyncIterable<never> {
    return { [Symbol.asyncIterator]: () => ({ next: () => new Promise<never>(() => undefined) }) };
  }

  publish(subject: string, data: Uint8Array = new Uint8Array(0), opts?: { reply?: string }): void {
    let cb = this.exact.get(subject);
    if (!cb) cb = this.wild.get(subject.slice(0, subject.lastIndexOf('.')));
    if (!cb) return;
    const reply = opts?.reply ?? '';
    const msg: LoopMsg = {
      subject, data, reply, headers: undefined,
      respond: (d) => { this.publish(reply, d); return true; },
    };
    cb(null, msg);
  }
}

export interface OverheadResult {
  /** µs per job through JobClient.call → ServiceRunner.dispatch → reply → resolve. */
  frameworkUs: number;
  /** µs per job for the same exchange without the framework: encode/decode both messages and the handler. */
  plainUs: number;
}

const silent = pino({ level: 'silent' });

export function makeLoopback(): { client: JobClient; runner: ServiceRunner<typeof benchContract.jobs, object> } {
  const bus = new LoopbackBus();
  // anything else the kit starts to use fails loudly here rather than measuring the wrong thing
  const nc = new Proxy(bus, {
    get(target, prop, recv) {
      if (prop in target || typeof prop === 'symbol') return Reflect.get(target, prop, recv);
      throw new Error(`bench loopback bus: NatsConnection.${prop} is not implemented; extend bench/bus/overhead.ts`);
    },
  }) as unknown as NatsConnection;
  const def = defineService({
    contract: benchContract, version: '1', requires: [],
    handlers: { 'echo.run': () => ({ service: SERVICE, pid: process.pid }) },
  });
  const client = new JobClient(nc, 'bench', '_INBOX.client');
  const runner = new ServiceRunner(def, nc, new JobClient(nc, SERVICE, '_INBOX.server'), {}, silent);
  return { client, runner };
}

/** Sequential calls through the real framework code paths, in-process. */
export async function frameworkLoop(client: JobClient, n: number): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await client.call(benchContract, ECHO_JOB, {});
  return ((performance.now() - t0) * 1000) / n;
}

/** The same exchange with no envelope: request encode/decode, handler, response encode/decode. */
export async function plainLoop(n: number): Promise<number> {
  const handler = () => ({ service: SERVICE, pid: process.pid });
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const req = PingRequest.decode(PingRequest.encode({}).finish());
    const res = await handler();
    void req;
    PingResponse.decode(PingResponse.encode(res).finish());
  }
  return ((performance.now() - t0) * 1000) / n;
}

/** Per-piece costs (µs/op) of what the framework adds, to see where the time goes. */
export function breakdown(n: number): Record<string, number> {
  const spec = benchContract.jobs[ECHO_JOB];
  const deadlineMs = Date.now() + 60_000;
  const env = { id: newJobId(), name: ECHO_JOB, argsType: typeName(spec.request), args: spec.request.encode({}).finish(), deadlineMs, traceId: '', origin: 'bench' };
  const jobBytes = Job.encode(env).finish();
  const resultBytes = JobResult.encode({ jobId: env.id, exitStatus: 0, payloadType: typeName(spec.response), payload: spec.response.encode({ service: SERVICE, pid: 1 }).finish(), durationUs: 12, service: SERVICE }).finish();
  const metrics = new JobMetrics();
  const out: Record<string, number> = {};
  const time = (name: string, f: () => unknown) => {
    for (let i = 0; i < Math.min(n, 2000); i++) f();
    const t0 = performance.now();
    for (let i = 0; i < n; i++) f();
    out[name] = ((performance.now() - t0) * 1000) / n;
  };
  time('newJobId + seq token', () => (newJobId(), (i36++).toString(36)));
  time('Job.encode (args encode included)', () => Job.encode({ ...env, args: spec.request.encode({}).finish() }).finish());
  time('Job.decode + args decode', () => spec.request.decode(Job.decode(jobBytes).args));
  time('JobResult.encode (payload encode included)', () => JobResult.encode({ jobId: env.id, exitStatus: 0, payloadType: typeName(spec.response), payload: spec.response.encode({ service: SERVICE, pid: 1 }).finish(), durationUs: 12, service: SERVICE }).finish());
  time('JobResult.decode + payload decode', () => spec.response.decode(JobResult.decode(resultBytes).payload));
  time('typeName (cached)', () => typeName(spec.request));
  time('setTimeout + clearTimeout (deadline timer)', () => clearTimeout(setTimeout(noop, 60_000)));
  time('AbortController + its signal (made only if a handler reads ctx.signal)', () => new AbortController().signal);
  time('metrics entry + histogram record', () => metrics.entry(ECHO_JOB).latency.record(123.4));
  time('performance.now', () => performance.now());
  time('Date.now', () => Date.now());
  return out;
}
let i36 = 0;
function noop(): void {}
