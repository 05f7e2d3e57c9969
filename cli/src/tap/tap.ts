// The logic of `keel bus tap`, without NATS: messages seen on keel.> and _INBOX.> go in, one
// record per finished job (and per event or cancel) comes out. A request is remembered by its
// reply subject until its result passes by on that subject, or until it is given up on.
import { keel } from '../../../proto';
import { StreamColumns } from '../table';
import { clock, formatMs, truncate } from '../format';

const { Job, JobResult, JobCancel } = keel.common.v1;
const { Envelope } = keel.events.v1;

/** A message as the tap saw it; statusCode is the NATS status header (503 = no responders). */
export interface BusMsg {
  subject: string;
  reply?: string;
  data: Uint8Array;
  statusCode?: number;
}

export interface JobRecord {
  kind: 'job';
  time: number;
  service: string;
  job: string;
  jobId: string;
  traceId: string;
  origin: string;
  args: unknown;
  durationMs: number | null;
  /** "ok", an error code name such as NOT_FOUND, "unavailable" or "no reply" */
  status: string;
  error: string | null;
}

export interface EventRecord {
  kind: 'event';
  time: number;
  service: string;
  topic: string;
  type: string;
  traceId: string;
}

export interface CancelRecord {
  kind: 'cancel';
  time: number;
  service: string;
  job: string;
  jobId: string;
  traceId: string;
  reason: string;
}

export type TapRecord = JobRecord | EventRecord | CancelRecord;

/** Turns a job's args bytes into something to show; throws when the type is unknown. */
export type ArgsDecoder = (argsType: string, args: Uint8Array) => unknown;

export interface TapOptions {
  service?: string;
  job?: string;
  decodeArgs: ArgsDecoder;
  emit: (r: TapRecord) => void;
  /** a request whose result has not passed by in this time is reported as "no reply" */
  replyTimeoutMs?: number;
  now?: () => number;
}

interface Pending {
  time: number;
  service: string;
  job: string;
  jobId: string;
  traceId: string;
  origin: string;
  args: unknown;
}

/** A job subject keel.<service>.<noun>.<verb>, an event subject, a cancel or a stream chunk. */
export type Subject =
  | { kind: 'job'; service: string; job: string }
  | { kind: 'cancel'; service: string }
  | { kind: 'event'; service: string; topic: string }
  | { kind: 'stream' }
  | { kind: 'other' };

export function classifySubject(subject: string): Subject {
  const t = subject.split('.');
  if (t[0] !== 'keel') return { kind: 'other' };
  if (t[1] === 'events' && t.length >= 4) return { kind: 'event', service: t[2]!, topic: t.slice(3).join('.') };
  if (t[1] === 'stream') return { kind: 'stream' };
  if (t.length === 4 && t[2] === 'job' && t[3] === 'cancel') return { kind: 'cancel', service: t[1]! };
  if (t.length === 4) return { kind: 'job', service: t[1]!, job: `${t[2]}.${t[3]}` };
  return { kind: 'other' };
}

/** The name of an error code of keel.common.v1.Code, e.g. NOT_FOUND. */
export function codeName(code: number | null | undefined): string {
  return (code !== null && code !== undefined ? keel.common.v1.Code[code] : undefined) ?? 'INTERNAL';
}

const ORPHAN_MS = 5_000;
const MAX_ORPHANS = 1_000;

export class Tap {
  private readonly pending = new Map<string, Pending>();
  private readonly byJobId = new Map<string, string>();
  /** results that passed by before their request (not expected from one nats-server, but cheap to allow) */
  private readonly orphans = new Map<string, { msg: BusMsg; at: number }>();
  private readonly replyTimeoutMs: number;
  private readonly now: () => number;

  constructor(private readonly opts: TapOptions) {
    this.replyTimeoutMs = opts.replyTimeoutMs ?? 30_000;
    this.now = opts.now ?? Date.now;
  }

  /** Jobs seen and not yet answered. */
  get inFlight(): number {
    return this.pending.size;
  }

  onMessage(msg: BusMsg): void {
    const pending = this.pending.get(msg.subject);
    if (pending) {
      this.complete(msg.subject, pending, msg);
      return;
    }
    const s = classifySubject(msg.subject);
    switch (s.kind) {
      case 'job':
        this.onRequest(s.service, s.job, msg);
        return;
      case 'cancel':
        this.onCancel(s.service, msg);
        return;
      case 'event':
        this.onEvent(s.service, s.topic, msg);
        return;
      case 'stream':
        return;
      case 'other':
        // a reply we have no request for yet (or one to a request filtered out: dropped by sweep)
        if (!msg.subject.startsWith('keel.') && this.orphans.size < MAX_ORPHANS) this.orphans.set(msg.subject, { msg, at: this.now() });
        return;
    }
  }

  /** Reports requests that waited too long for their result; call it every second or so. */
  sweep(): void {
    const now = this.now();
    for (const [reply, p] of this.pending) {
      if (now - p.time < this.replyTimeoutMs) continue;
      this.forget(reply, p);
      this.opts.emit({ kind: 'job', ...p, durationMs: null, status: 'no reply', error: `no result within ${Math.round(this.replyTimeoutMs / 1000)} s` });
    }
    for (const [subject, o] of this.orphans) if (now - o.at > ORPHAN_MS) this.orphans.delete(subject);
  }

  private matches(service: string, job: string): boolean {
    return (!this.opts.service || this.opts.service === service) && (!this.opts.job || this.opts.job === job);
  }

  private onRequest(service: string, subjectJob: string, msg: BusMsg): void {
    if (!this.matches(service, subjectJob)) return;
    const time = this.now();
    let p: Pending;
    try {
      const j = Job.decode(msg.data);
      p = { time, service, job: j.name || subjectJob, jobId: j.id, traceId: j.traceId, origin: j.origin, args: this.args(j.argsType, j.args) };
    } catch (err) {
      p = { time, service, job: subjectJob, jobId: '', traceId: '', origin: '', args: `<undecodable job: ${(err as Error).message}>` };
    }
    if (!msg.reply) {
      this.opts.emit({ kind: 'job', ...p, durationMs: null, status: 'no reply subject', error: null });
      return;
    }
    this.pending.set(msg.reply, p);
    if (p.jobId) this.byJobId.set(p.jobId, msg.reply);
    const early = this.orphans.get(msg.reply);
    if (early) {
      this.orphans.delete(msg.reply);
      this.complete(msg.reply, p, early.msg);
    }
  }

  private args(argsType: string, bytes: Uint8Array): unknown {
    if (!argsType) return bytes.length ? `<${bytes.length} bytes of unnamed type>` : {};
    try {
      return this.opts.decodeArgs(argsType, bytes);
    } catch {
      return `<${argsType}: ${bytes.length} bytes>`;
    }
  }

  private complete(reply: string, p: Pending, msg: BusMsg): void {
    this.forget(reply, p);
    const observed = Math.max(0, this.now() - p.time);
    if (msg.statusCode === 503) {
      this.opts.emit({ kind: 'job', ...p, durationMs: observed, status: 'unavailable', error: `no one answers keel.${p.service}.${p.job}` });
      return;
    }
    if (msg.statusCode !== undefined && msg.statusCode >= 400) {
      this.opts.emit({ kind: 'job', ...p, durationMs: observed, status: `nats ${msg.statusCode}`, error: null });
      return;
    }
    let r: keel.common.v1.JobResult;
    try {
      r = JobResult.decode(msg.data);
    } catch (err) {
      this.opts.emit({ kind: 'job', ...p, durationMs: observed, status: 'undecodable', error: (err as Error).message });
      return;
    }
    const durationMs = r.durationUs > 0 ? r.durationUs / 1000 : observed;
    const failed = r.exitStatus !== 0 || Boolean(r.error && r.error.code);
    this.opts.emit({
      kind: 'job', ...p, durationMs,
      status: failed ? codeName(r.error?.code) : 'ok',
      error: failed ? (r.error?.message || `exit status ${r.exitStatus}`) : null,
    });
  }

  private forget(reply: string, p: Pending): void {
    this.pending.delete(reply);
    if (p.jobId) this.byJobId.delete(p.jobId);
  }

  private onCancel(service: string, msg: BusMsg): void {
    if (this.opts.service && this.opts.service !== service) return;
    let jobId = '';
    let reason = '';
    try {
      const c = JobCancel.decode(msg.data);
      jobId = c.jobId;
      reason = c.reason;
    } catch {
      reason = '<undecodable cancel>';
    }
    const reply = this.byJobId.get(jobId);
    const p = reply === undefined ? undefined : this.pending.get(reply);
    if (this.opts.job && p?.job !== this.opts.job) return;
    this.opts.emit({ kind: 'cancel', time: this.now(), service, job: p?.job ?? '', jobId, traceId: p?.traceId ?? '', reason });
  }

  private onEvent(service: string, subjectTopic: string, msg: BusMsg): void {
    if (this.opts.service && this.opts.service !== service) return;
    let topic = subjectTopic;
    let type = '';
    let traceId = '';
    try {
      const e = Envelope.decode(msg.data);
      topic = e.topic || subjectTopic;
      type = e.typeUrl;
      traceId = e.traceId;
    } catch {
      type = '<undecodable event>';
    }
    if (this.opts.job && this.opts.job !== topic) return;
    this.opts.emit({ kind: 'event', time: this.now(), service, topic, type, traceId });
  }
}

/** The args as one short line of JSON. */
export function argsSummary(args: unknown, max = 60): string {
  const text = typeof args === 'string' ? args : JSON.stringify(args) ?? '';
  return truncate(text, max);
}

/** The human line of a record: time, service, job, args, trace, duration, status. */
export function formatRecord(cols: StreamColumns, r: TapRecord): string {
  const time = clock(r.time);
  const trace = `trace=${r.traceId || '-'}`;
  switch (r.kind) {
    case 'job':
      return cols.line([time, r.service, r.job, argsSummary(r.args), trace, r.durationMs === null ? '-' : formatMs(r.durationMs), r.status]);
    case 'cancel':
      return cols.line([time, r.service, r.job || 'job.cancel', truncate(`job=${r.jobId} ${r.reason}`, 60), trace, '-', 'cancel']);
    case 'event':
      return cols.line([time, r.service, r.topic, truncate(r.type, 60), trace, '-', 'event']);
  }
}

/** The --json line of a record: the fields the docs promise, in a fixed order. */
export function jsonRecord(r: TapRecord): string {
  const time = new Date(r.time).toISOString();
  switch (r.kind) {
    case 'job':
      return JSON.stringify({
        time, service: r.service, job: r.job, jobId: r.jobId, traceId: r.traceId, origin: r.origin,
        args: r.args, durationMs: r.durationMs, status: r.status, error: r.error,
      });
    case 'cancel':
      return JSON.stringify({ time, kind: 'cancel', service: r.service, job: r.job, jobId: r.jobId, traceId: r.traceId, reason: r.reason });
    case 'event':
      return JSON.stringify({ time, kind: 'event', service: r.service, topic: r.topic, type: r.type, traceId: r.traceId });
  }
}

/** Column minimums for the human lines: wide enough for the usual services and jobs. */
export function tapColumns(): StreamColumns {
  return new StreamColumns([12, 15, 16, 16, 22, 7, 0]);
}
