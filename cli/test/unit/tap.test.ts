import { keel } from '../../../proto';
import { decodeArgs } from '../../src/tap/args';
import { type BusMsg, Tap, type TapRecord, argsSummary, classifySubject, codeName, formatRecord, jsonRecord, tapColumns } from '../../src/tap/tap';

const { Job, JobResult, JobCancel, Code } = keel.common.v1;

function request(service: string, job: string, reply: string, init: Partial<keel.common.v1.IJob> = {}): BusMsg {
  return {
    subject: `keel.${service}.${job}`,
    reply,
    data: Job.encode({ id: `id-${reply}`, name: job, traceId: 'trace-1', origin: 'engine', argsType: 'keel.kit.v1.ServiceInfoRequest', args: new Uint8Array(), ...init }).finish(),
  };
}

function result(reply: string, init: Partial<keel.common.v1.IJobResult> = {}): BusMsg {
  return { subject: reply, data: JobResult.encode({ jobId: 'x', exitStatus: 0, durationUs: 420, ...init }).finish() };
}

function harness(opts: { service?: string; job?: string; replyTimeoutMs?: number } = {}) {
  let now = 1_700_000_000_000;
  const out: TapRecord[] = [];
  const tap = new Tap({ ...opts, decodeArgs, emit: (r) => out.push(r), now: () => now });
  return { tap, out, advance: (ms: number) => { now += ms; } };
}

describe('classifySubject', () => {
  it('tells jobs, cancels, events and streams apart', () => {
    expect(classifySubject('keel.graphd.layer.create')).toEqual({ kind: 'job', service: 'graphd', job: 'layer.create' });
    expect(classifySubject('keel.registry-client.service.info')).toEqual({ kind: 'job', service: 'registry-client', job: 'service.info' });
    expect(classifySubject('keel.engine.job.cancel')).toEqual({ kind: 'cancel', service: 'engine' });
    expect(classifySubject('keel.events.keeld.service.started')).toEqual({ kind: 'event', service: 'keeld', topic: 'service.started' });
    expect(classifySubject('keel.stream.abc')).toEqual({ kind: 'stream' });
    expect(classifySubject('_INBOX.api.x.1')).toEqual({ kind: 'other' });
    expect(classifySubject('keel.too.many.tokens.here')).toEqual({ kind: 'other' });
  });
});

describe('Tap', () => {
  it('prints one record per job when its result passes by, with decoded args and the service-side duration', () => {
    const { tap, out, advance } = harness();
    tap.onMessage(request('keeld', 'bus.stats', '_INBOX.api.a.1', {
      argsType: 'keel.keeld.v1.BusStatsRequest', args: keel.keeld.v1.BusStatsRequest.encode({ service: 'engine' }).finish(),
    }));
    expect(out).toHaveLength(0);
    expect(tap.inFlight).toBe(1);
    advance(3);
    tap.onMessage(result('_INBOX.api.a.1', { durationUs: 2500 }));
    expect(tap.inFlight).toBe(0);
    expect(out).toEqual([{
      kind: 'job', time: 1_700_000_000_000, service: 'keeld', job: 'bus.stats', jobId: 'id-_INBOX.api.a.1',
      traceId: 'trace-1', origin: 'engine', args: { service: 'engine' }, durationMs: 2.5, status: 'ok', error: null,
    }]);
  });

  it('uses the time it observed when the result carries no duration', () => {
    const { tap, out, advance } = harness();
    tap.onMessage(request('netd', 'service.ping', 'r1'));
    advance(7);
    tap.onMessage(result('r1', { durationUs: 0 }));
    expect(out[0]).toMatchObject({ durationMs: 7 });
  });

  it('reports an error result by its code name and message', () => {
    const { tap, out } = harness();
    tap.onMessage(request('graphd', 'layer.remove', 'r1'));
    tap.onMessage(result('r1', { exitStatus: 1, error: { code: Code.NOT_FOUND, message: 'layer abc not found' } }));
    expect(out[0]).toMatchObject({ status: 'NOT_FOUND', error: 'layer abc not found' });
    expect(codeName(Code.DEADLINE_EXCEEDED)).toBe('DEADLINE_EXCEEDED');
    expect(codeName(undefined)).toBe('INTERNAL');
  });

  it('reports a no-responders status (503) as unavailable', () => {
    const { tap, out } = harness();
    tap.onMessage(request('execd', 'service.info', 'r1'));
    tap.onMessage({ subject: 'r1', data: new Uint8Array(), statusCode: 503 });
    expect(out[0]).toMatchObject({ service: 'execd', status: 'unavailable' });
  });

  it('gives up on a job after the reply timeout and reports it as no reply', () => {
    const { tap, out, advance } = harness({ replyTimeoutMs: 30_000 });
    tap.onMessage(request('execd', 'service.info', 'r1'));
    advance(29_999);
    tap.sweep();
    expect(out).toHaveLength(0);
    advance(1);
    tap.sweep();
    expect(out[0]).toMatchObject({ status: 'no reply', durationMs: null });
    tap.onMessage(result('r1'));
    expect(out).toHaveLength(1);
  });

  it('filters by service and job exactly', () => {
    const { tap, out } = harness({ service: 'graphd', job: 'service.info' });
    tap.onMessage(request('graphd', 'service.info', 'r1'));
    tap.onMessage(request('graphd', 'service.ping', 'r2'));
    tap.onMessage(request('graph', 'service.info', 'r3'));
    tap.onMessage(request('netd', 'service.info', 'r4'));
    for (const r of ['r1', 'r2', 'r3', 'r4']) tap.onMessage(result(r));
    expect(out.map((r) => r.kind === 'job' && `${r.service} ${r.job}`)).toEqual(['graphd service.info']);
  });

  it('matches a result that arrives before its request', () => {
    const { tap, out } = harness();
    tap.onMessage(result('_INBOX.x.9'));
    expect(out).toHaveLength(0);
    tap.onMessage(request('api', 'service.ping', '_INBOX.x.9'));
    expect(out[0]).toMatchObject({ service: 'api', status: 'ok' });
  });

  it('prints cancels with the job they cancel, and events', () => {
    const { tap, out } = harness();
    tap.onMessage(request('execd', 'container.start', 'r1', { id: 'job-7' }));
    tap.onMessage({ subject: 'keel.execd.job.cancel', data: JobCancel.encode({ jobId: 'job-7', reason: 'deadline exceeded' }).finish() });
    tap.onMessage({
      subject: 'keel.events.keeld.service.started',
      data: keel.events.v1.Envelope.encode({ topic: 'service.started', typeUrl: 'keel.events.v1.ServiceStarted', traceId: 't2' }).finish(),
    });
    expect(out).toEqual([
      expect.objectContaining({ kind: 'cancel', service: 'execd', job: 'container.start', jobId: 'job-7', traceId: 'trace-1', reason: 'deadline exceeded' }),
      expect.objectContaining({ kind: 'event', service: 'keeld', topic: 'service.started', type: 'keel.events.v1.ServiceStarted', traceId: 't2' }),
    ]);
  });

  it('leaves events out when a filter excludes them, and ignores stream chunks', () => {
    const { tap, out } = harness({ service: 'engine' });
    tap.onMessage({ subject: 'keel.events.keeld.service.started', data: new Uint8Array() });
    tap.onMessage({ subject: 'keel.stream.abc', data: new Uint8Array([1, 2, 3]) });
    expect(out).toHaveLength(0);
  });

  it('survives undecodable payloads and unknown args types', () => {
    const { tap, out } = harness();
    tap.onMessage({ subject: 'keel.graphd.layer.create', reply: 'r1', data: new Uint8Array([0xff, 0xff, 0xff]) });
    tap.onMessage({ subject: 'r1', data: new Uint8Array([0xff, 0xff]) });
    tap.onMessage(request('graphd', 'layer.create', 'r2', { argsType: 'keel.nope.v1.Missing', args: new Uint8Array([8, 1]) }));
    tap.onMessage(result('r2'));
    expect(out[0]).toMatchObject({ service: 'graphd', job: 'layer.create', status: 'undecodable' });
    expect(out[1]).toMatchObject({ args: '<keel.nope.v1.Missing: 2 bytes>', status: 'ok' });
  });
});

describe('decodeArgs', () => {
  it('decodes any message of proto/ by its full name, defaults left out', () => {
    expect(decodeArgs('keel.kit.v1.ServiceInfoRequest', new Uint8Array())).toEqual({});
    const bytes = keel.keeld.v1.RestartServiceRequest.encode({ name: 'netd', timeoutS: 5 }).finish();
    expect(decodeArgs('keel.keeld.v1.RestartServiceRequest', bytes)).toEqual({ name: 'netd', timeoutS: 5 });
    expect(() => decodeArgs('keel.nope.v1.Missing', new Uint8Array())).toThrow();
  });
});

describe('formatting', () => {
  const rec: TapRecord = {
    kind: 'job', time: new Date(2024, 0, 1, 12, 34, 56, 789).getTime(), service: 'graphd', job: 'service.info', jobId: 'j1',
    traceId: 'abc123', origin: 'engine', args: { a: 'x'.repeat(100) }, durationMs: 0.213, status: 'ok', error: null,
  };

  it('prints time, service, job, args, trace, duration and status', () => {
    const line = formatRecord(tapColumns(), rec);
    expect(line).toMatch(/^12:34:56\.789 +graphd +service\.info +\{"a":"x+…  +trace=abc123 +0\.21ms +ok$/);
  });

  it('truncates the args summary to 60 characters', () => {
    expect([...argsSummary({ a: 'x'.repeat(100) })]).toHaveLength(60);
    expect(argsSummary({})).toBe('{}');
    expect(argsSummary('<raw>')).toBe('<raw>');
  });

  it('prints --json lines with the documented fields in order', () => {
    const o = JSON.parse(jsonRecord(rec)) as Record<string, unknown>;
    expect(Object.keys(o)).toEqual(['time', 'service', 'job', 'jobId', 'traceId', 'origin', 'args', 'durationMs', 'status', 'error']);
    expect(o.time).toBe(new Date(rec.time).toISOString());
  });
});
