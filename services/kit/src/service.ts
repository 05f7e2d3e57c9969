import type { Msg, NatsConnection, Subscription } from 'nats';
import { keel } from '../../../proto';
import { type CallOptions, JobClient } from './client';
import { type Contract, type JobSpec, type JobTable, type KitJobs, type RequestInit, type RequestOf, type ResponseInit, type ResponseOf, cancelSubject, jobSubject, typeName } from './contract';
import { CancelledError, DeadlineExceededError, InvalidArgumentError, KeelError } from './errors';
import { toStatus } from './status';
import { withTrace } from './trace';
import type { Logger } from './log';
import { JobMetrics } from './metrics';

const { Job, JobResult, JobCancel } = keel.common.v1;

/** What a handler sees of the job it runs, besides its arguments. */
export interface JobCtx {
  readonly jobId: string;
  readonly job: string;
  readonly traceId: string;
  readonly deadlineMs: number;
  readonly origin: string;
  readonly env: Record<string, string>;
  /** Aborted when the caller cancels or the deadline passes. */
  readonly signal: AbortSignal;
  readonly log: Logger;
  /** Sends a job to another service, carrying this job's trace id and cancellation; it ends by this job's deadline at the latest. */
  call<J extends JobTable, K extends keyof J & string>(contract: Contract<J>, job: K, args: RequestInit<J[K]>, opts?: CallOptions): Promise<ResponseOf<J[K]>>;
}

export type Handler<S extends JobSpec, State> =
  (req: RequestOf<S>, ctx: JobCtx & State) => Promise<ResponseInit<S>> | ResponseInit<S>;

type OwnJobs<J extends JobTable> = Omit<J, keyof KitJobs>;

export interface ServiceDefinition<J extends JobTable, State> {
  contract: Contract<J>;
  version: string;
  /** Services that must answer ping before this one is started. */
  requires: string[];
  handlers: { [K in keyof OwnJobs<J>]: Handler<J[K], State> };
  /** What the service reports about itself in service.info (drivers, facts). */
  info?: (state: State) => Promise<Omit<keel.kit.v1.IServiceInfoResponse, 'service' | 'version' | 'pid' | 'startedMs'>>;
}

export function defineService<J extends JobTable, State = object>(def: ServiceDefinition<J, State>): ServiceDefinition<J, State> {
  return def;
}

/**
 * A job being handled. Its AbortController is made only when someone reads the signal (a handler,
 * or ctx.call passing it on): creating an AbortSignal costs microseconds and most handlers never
 * look at it. abort() before that is remembered, so a signal read later is already aborted.
 */
class Running {
  private controller: AbortController | null = null;
  private reason: unknown;
  aborted = false;

  constructor(readonly deadlineMs: number) {}

  get signal(): AbortSignal {
    if (!this.controller) {
      this.controller = new AbortController();
      if (this.aborted) this.controller.abort(this.reason);
    }
    return this.controller.signal;
  }

  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    this.controller?.abort(reason);
  }
}

type JobCtxInit = Omit<JobCtx, 'signal' | 'log' | 'call'>;

const SWEEP_MS = 100;

/** A service attached to the bus: one queue-group subscription per job, plus job.cancel. */
export class ServiceRunner<J extends JobTable, State> {
  readonly metrics = new JobMetrics();
  private readonly subs: Subscription[] = [];
  private readonly running = new Map<string, Running>();
  private readonly sweep: NodeJS.Timeout;
  private readonly ctxBase: object;
  /** Builds a handler's ctx: the job's own fields, then (by prototype) the state, log and call. */
  private readonly Ctx: new (running: Running, init: JobCtxInit) => JobCtx;
  private readonly startedMs = Date.now();
  private readonly name: string;

  constructor(
    def: ServiceDefinition<J, State>,
    nc: NatsConnection,
    readonly client: JobClient,
    state: State,
    private readonly log: Logger,
  ) {
    this.name = def.contract.service;
    const client_ = client;
    this.ctxBase = Object.assign(Object.create({
      // a sub-job carries the trace, is cancelled with its parent and ends by the parent's
      // deadline at the latest (work that must outlive the job uses the service's own client)
      call(this: JobCtx, contract: Contract, job: string, args: unknown, opts: CallOptions = {}) {
        const own = opts.deadlineMs ?? (opts.timeoutMs !== undefined ? Date.now() + opts.timeoutMs : this.deadlineMs);
        return client_.call(contract, job, args as never, {
          ...opts, traceId: opts.traceId ?? this.traceId, deadlineMs: Math.min(own, this.deadlineMs), signal: opts.signal ?? this.signal,
        });
      },
    }), state, { log });
    const Ctx = class {
      readonly #running: Running;
      readonly jobId: string;
      readonly job: string;
      readonly traceId: string;
      readonly deadlineMs: number;
      readonly origin: string;
      readonly env: Record<string, string>;
      constructor(running: Running, init: JobCtxInit) {
        this.#running = running;
        this.jobId = init.jobId;
        this.job = init.job;
        this.traceId = init.traceId;
        this.deadlineMs = init.deadlineMs;
        this.origin = init.origin;
        this.env = init.env;
      }
      get signal(): AbortSignal {
        return this.#running.signal;
      }
    };
    Object.setPrototypeOf(Ctx.prototype, this.ctxBase);
    this.Ctx = Ctx as unknown as new (running: Running, init: JobCtxInit) => JobCtx;
    const builtin: Record<string, (req: unknown) => Promise<unknown> | unknown> = {
      'service.ping': () => ({ service: this.name, pid: process.pid }),
      'service.info': async () => ({
        ...(await def.info?.(state)), service: this.name, version: def.version, pid: process.pid, startedMs: this.startedMs,
      }),
      'service.metrics': () => ({
        service: this.name,
        jobs: this.metrics.snapshot().map((s) => ({ job: s.job, count: s.count, errors: s.errors, p50Ms: s.p50Ms, p99Ms: s.p99Ms, maxMs: s.maxMs, inFlight: s.inFlight })),
      }),
    };
    const handlers = { ...builtin, ...(def.handlers as Record<string, unknown>) } as Record<string, (req: unknown, ctx: unknown) => unknown>;
    for (const [job, handle] of Object.entries(handlers)) {
      const spec = def.contract.jobs[job];
      if (!spec) throw new Error(`service ${this.name}: handler ${job} is not in its contract`);
      this.subs.push(nc.subscribe(jobSubject(this.name, job), {
        queue: this.name,
        callback: (_err, msg) => { void this.dispatch(job, spec, handle, msg); },
      }));
    }
    for (const job of Object.keys(def.contract.jobs)) {
      if (!(job in handlers)) throw new Error(`service ${this.name}: job ${job} has no handler`);
    }
    this.subs.push(nc.subscribe(cancelSubject(this.name), { callback: (_err, msg) => this.onCancel(msg) }));
    this.sweep = setInterval(() => this.sweepDeadlines(), SWEEP_MS);
    this.sweep.unref();
  }

  /** Jobs being handled now. */
  get inFlight(): number {
    return this.running.size;
  }

  /** Stops taking jobs; waits (up to graceMs) for those in flight. */
  async stop(graceMs = 5_000): Promise<void> {
    for (const s of this.subs) s.unsubscribe();
    const until = Date.now() + graceMs;
    while (this.running.size && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    for (const r of this.running.values()) r.abort(new CancelledError(`service ${this.name} is stopping`));
    clearInterval(this.sweep);
  }

  private async dispatch(job: string, spec: JobSpec, handle: (req: unknown, ctx: unknown) => unknown, msg: Msg): Promise<void> {
    const t0 = performance.now();
    const stats = this.metrics.entry(job);
    stats.count++;
    stats.inFlight++;
    let jobId = '';
    let reply: Uint8Array;
    try {
      const env = Job.decode(msg.data);
      jobId = env.id;
      if (env.argsType && env.argsType !== typeName(spec.request)) {
        throw new InvalidArgumentError(`${job}: arguments are ${env.argsType}, expected ${typeName(spec.request)}`);
      }
      if (env.deadlineMs && env.deadlineMs <= Date.now()) {
        throw new DeadlineExceededError(`${this.name} ${job}: deadline passed before the job started`);
      }
      const req = spec.request.decode(env.args);
      const deadlineMs = env.deadlineMs || Date.now() + 60_000;
      const running = new Running(deadlineMs);
      if (jobId) this.running.set(jobId, running);
      const ctx = new this.Ctx(running, { jobId, job, traceId: env.traceId, deadlineMs, origin: env.origin, env: env.env });
      try {
        const res = await withTrace(env.traceId, () => handle(req, ctx));
        reply = JobResult.encode({
          jobId, exitStatus: 0, payloadType: typeName(spec.response), payload: spec.response.encode(res as never).finish(),
          durationUs: Math.round((performance.now() - t0) * 1000), service: this.name,
        }).finish();
      } finally {
        if (jobId) this.running.delete(jobId);
      }
    } catch (err) {
      stats.errors++;
      if (!(err instanceof KeelError)) this.log.error({ err, job, jobId }, 'job failed');
      reply = JobResult.encode({
        jobId, exitStatus: 1, error: toStatus(err, this.name), durationUs: Math.round((performance.now() - t0) * 1000), service: this.name,
      }).finish();
    }
    stats.inFlight--;
    stats.latency.record((performance.now() - t0) * 1000);
    if (msg.reply) {
      try {
        msg.respond(reply);
      } catch (err) {
        this.log.warn({ err, job, jobId }, 'could not send a job result');
      }
    }
  }

  private onCancel(msg: Msg): void {
    try {
      const c = JobCancel.decode(msg.data);
      this.running.get(c.jobId)?.abort(new CancelledError(`job ${c.jobId} cancelled: ${c.reason}`));
    } catch {
      // not a JobCancel: ignore
    }
  }

  private sweepDeadlines(): void {
    const now = Date.now();
    for (const [id, r] of this.running) {
      if (r.deadlineMs <= now && !r.aborted) {
        r.abort(new DeadlineExceededError(`job ${id}: deadline exceeded`));
      }
    }
  }
}
