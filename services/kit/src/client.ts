import { randomBytes } from 'node:crypto';
import { createInbox, type Msg, type NatsConnection, type Subscription } from 'nats';
import { keel } from '../../../proto';
import { type Contract, type JobTable, type MessageType, type RequestInit, type ResponseOf, cancelSubject, jobSubject, typeName } from './contract';
import { CancelledError, DeadlineExceededError, InvalidArgumentError, KeelError, UnavailableError } from './errors';
import { fromStatus } from './status';
import { currentTrace } from './trace';

const { Job, JobResult, JobCancel } = keel.common.v1;

export const DEFAULT_JOB_TIMEOUT_MS = 60_000;

export interface CallOptions {
  /** Absolute deadline (Unix ms); wins over timeoutMs. */
  deadlineMs?: number;
  timeoutMs?: number;
  traceId?: string;
  /** Caller-chosen id: the idempotency key of a retried job. */
  jobId?: string;
  env?: Record<string, string>;
  signal?: AbortSignal;
}

interface Pending {
  resolve(r: keel.common.v1.JobResult): void;
  reject(e: Error): void;
  timer: NodeJS.Timeout;
  service: string;
  job: string;
  jobId: string;
}

let idCounter = 0;
const idPrefix = randomBytes(6).toString('hex');
/** Job ids: unique per process and cheap to make. */
export function newJobId(): string {
  return `${idPrefix}${(++idCounter).toString(36)}`;
}
export function newTraceId(): string {
  return randomBytes(8).toString('hex');
}

/**
 * Sends jobs and correlates their results over one reply subscription (`<inbox>.*`), so a
 * round trip costs one publish and one delivered message and nothing per request on the server.
 */
export class JobClient {
  private readonly inbox: string;
  private readonly sub: Subscription;
  private readonly lifecycle: Subscription;
  /** Services keeld reported exited or failed and not started since: jobs to them fail at once. */
  private readonly down = new Set<string>();
  private readonly pending = new Map<string, Pending>();
  private seq = 0;
  private connected = true;

  /**
   * trackServices: follow keeld's service events (every service's client does; keeld's own
   * does not, since it pings a service back to life before it announces it started).
   */
  constructor(private readonly nc: NatsConnection, readonly origin: string, inboxPrefix: string, opts: { trackServices?: boolean } = {}) {
    this.inbox = createInbox(inboxPrefix);
    this.sub = nc.subscribe(`${this.inbox}.*`, { callback: (_err, msg) => this.onReply(msg) });
    void this.watchConnection();
    // keeld says when a service process ends and when it is back. A job in flight to a service
    // that ended will never be answered, and one sent before it is back would wait for its
    // deadline whenever anything else (a `keel bus tap`) holds interest in the subject, since
    // NATS then has no reason to answer "no responders".
    this.lifecycle = nc.subscribe('keel.events.keeld.service.*', {
      callback: (_err, msg) => { if (opts.trackServices !== false) this.onServiceEvent(msg); },
    });
  }

  /**
   * A request or its result may be lost with the connection: fail what is in flight when it
   * drops, and refuse new jobs until it is back (nothing is buffered to be sent blind later).
   */
  private async watchConnection(): Promise<void> {
    for await (const s of this.nc.status()) {
      if (s.type === 'disconnect' || s.type === 'reconnect') {
        this.connected = s.type === 'reconnect';
        this.failWhere(() => true, (p) => new UnavailableError(`${p.service} ${p.job}: lost the bus connection while the job was in flight; it may or may not have run`));
      }
    }
  }

  private onServiceEvent(msg: Msg): void {
    const ev = keel.events.v1;
    let service = '';
    try {
      const env = ev.Envelope.decode(msg.data);
      if (env.topic === 'service.started') {
        this.down.delete(ev.ServiceStarted.decode(env.payload).service);
        return;
      }
      service = env.topic === 'service.exited' ? ev.ServiceExited.decode(env.payload).service : ev.ServiceFailed.decode(env.payload).service;
    } catch {
      return;
    }
    this.down.add(service);
    this.failWhere((p) => p.service === service, (p) => new UnavailableError(`${p.service} ${p.job}: service ${service} exited while the job was in flight`, { service }));
  }

  private failWhere(match: (p: Pending) => boolean, err: (p: Pending) => KeelError): void {
    for (const [token, p] of [...this.pending]) {
      if (match(p)) this.settle(token)?.reject(err(p));
    }
  }

  call<J extends JobTable, K extends keyof J & string>(
    contract: Contract<J>, job: K, args: RequestInit<J[K]>, opts: CallOptions = {},
  ): Promise<ResponseOf<J[K]>> {
    const spec = contract.jobs[job];
    if (!spec) return Promise.reject(new InvalidArgumentError(`service ${contract.service} has no job ${job}`));
    const service = contract.service;
    const deadlineMs = opts.deadlineMs ?? Date.now() + (opts.timeoutMs ?? DEFAULT_JOB_TIMEOUT_MS);
    const jobId = opts.jobId ?? newJobId();
    const token = (++this.seq).toString(36);
    const envelope = Job.encode({
      id: jobId, name: job, argsType: typeName(spec.request), args: spec.request.encode(args).finish(),
      env: opts.env, deadlineMs, traceId: opts.traceId ?? currentTrace(), origin: this.origin,
    }).finish();

    return new Promise<ResponseOf<J[K]>>((resolve, reject) => {
      if (opts.signal?.aborted) {
        reject(new CancelledError(`${service} ${job}: cancelled before it was sent`));
        return;
      }
      if (!this.connected) {
        reject(new UnavailableError(`${service} ${job}: the bus is reconnecting; try again`));
        return;
      }
      if (this.down.has(service)) {
        reject(new UnavailableError(`service ${service} is not running (keeld is restarting it, or it failed: see keel service ls)`, { service }));
        return;
      }
      const remaining = Math.max(0, deadlineMs - Date.now());
      const onAbort = () => this.abandon(token, new CancelledError(`${service} ${job}: cancelled`), 'cancelled by caller');
      const timer = setTimeout(() => {
        this.abandon(token, new DeadlineExceededError(`${service} ${job}: no result within ${remaining} ms`), 'deadline exceeded');
      }, remaining);
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      this.pending.set(token, {
        service, job, jobId, timer,
        resolve: (r) => {
          opts.signal?.removeEventListener('abort', onAbort);
          if (r.exitStatus === 0 && !r.error) {
            resolve(spec.response.decode(r.payload) as ResponseOf<J[K]>);
          } else {
            reject(fromStatus(r.error ?? { message: `${service} ${job} exited ${r.exitStatus}` }));
          }
        },
        reject: (e) => {
          opts.signal?.removeEventListener('abort', onAbort);
          reject(e);
        },
      });
      try {
        this.nc.publish(jobSubject(service, job), envelope, { reply: `${this.inbox}.${token}` });
      } catch (err) {
        this.settle(token)?.reject(new UnavailableError(`${service} ${job}: bus: ${(err as Error).message}`, { cause: err }));
      }
    });
  }

  /**
   * Hands each event published on subject (keel.events.<service>.<topic>) in trace traceId to
   * onEvent, decoded as type, until the returned function is called. Watch before sending the job
   * whose events these are: the subscription then reaches the bus first.
   */
  watch<I>(subject: string, type: MessageType<I>, traceId: string, onEvent: (payload: I) => void): () => void {
    const sub = this.nc.subscribe(subject, {
      callback: (_err, msg) => {
        let payload: I;
        try {
          const env = keel.events.v1.Envelope.decode(msg.data);
          if (env.traceId !== traceId) return;
          payload = type.decode(env.payload);
        } catch {
          return; // not an event of this type: nothing for the watcher
        }
        onEvent(payload);
      },
    });
    return () => sub.unsubscribe();
  }

  /** Jobs sent and not yet answered. */
  get inFlight(): number {
    return this.pending.size;
  }

  close(): void {
    this.sub.unsubscribe();
    this.lifecycle.unsubscribe();
    for (const token of [...this.pending.keys()]) this.settle(token)?.reject(new UnavailableError('bus client closed'));
  }

  private settle(token: string): Pending | undefined {
    const p = this.pending.get(token);
    if (!p) return undefined;
    this.pending.delete(token);
    clearTimeout(p.timer);
    return p;
  }

  private abandon(token: string, err: KeelError, reason: string): void {
    const p = this.settle(token);
    if (!p) return;
    p.reject(err);
    try {
      this.nc.publish(cancelSubject(p.service), JobCancel.encode({ jobId: p.jobId, reason }).finish());
    } catch {
      // the bus is down: the service's own deadline sweep ends the job
    }
  }

  private onReply(msg: Msg): void {
    const token = msg.subject.slice(this.inbox.length + 1);
    const p = this.settle(token);
    if (!p) return; // late answer to an abandoned job
    if (msg.headers && msg.headers.code === 503) {
      p.reject(new UnavailableError(`service ${p.service} is not running (no one answers ${jobSubject(p.service, p.job)})`, { service: p.service }));
      return;
    }
    let result: keel.common.v1.JobResult;
    try {
      result = JobResult.decode(msg.data);
    } catch (err) {
      p.reject(new UnavailableError(`${p.service} ${p.job}: undecodable result: ${(err as Error).message}`));
      return;
    }
    p.resolve(result);
  }
}
