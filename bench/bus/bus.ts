// bench/bus: job round trips through a real nats-server between two Node processes, with the
// kit's JobClient/ServiceRunner and, for comparison, plain nats.js request(); plus the framework's
// in-process cost per job. See bench/README.md. Run: node dist/bench/bus/bus.js [--seconds N] [--jobs N]
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { connect as tcpConnect } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Session } from 'node:inspector';
import { parseArgs } from 'node:util';
import type { NatsConnection } from 'nats';
import { keel } from '../../proto';
import { type BusCredentials, connectBus } from '../../services/kit/src/bus';
import { JobClient } from '../../services/kit/src/client';
import { kitContract } from '../../services/kit/src/contract';
import { CREDS_ENV, ECHO_JOB, ORPHAN_ENV, PLAIN_SUBJECT, SERVICE, benchContract } from './common';
import { breakdown, frameworkLoop, makeLoopback, plainLoop } from './overhead';

const { PingRequest, PingResponse } = keel.kit.v1;

const TARGET_P50_MS = 0.3;
const TARGET_JOBS_PER_S = 30_000;
const TARGET_OVERHEAD_US = 20;

const HELP = `usage: node dist/bench/bus/bus.js [options]
  --jobs N          sequential round trips per round and kind (default 10000)
  --seconds S       seconds of throughput per round and kind (default 5)
  --inflight N      jobs in flight for the throughput runs (default 64)
  --rounds N        alternating framework/plain rounds; medians are reported (default 3)
  --overhead-jobs N in-process jobs per round for the framework-overhead figure (default 100000)
  --warmup S        seconds of warm-up per kind before measuring (default 1)
  --json            also print all results as one JSON line at the end
  --budget S        hard limit on the whole run; past it everything is stopped (default 115)
  --only KIND       measure only "framework" or "plain" over the bus (for profiling)
  --profile DIR     write CPU profiles of the bus phase: DIR/client.cpuprofile (this process, via
                    the inspector) and DIR/service.cpuprofile (the service, via node --cpu-prof)
`;

interface Opts { jobs: number; seconds: number; inflight: number; rounds: number; overheadJobs: number; warmup: number; json: boolean; budget: number; only?: Kind; profile?: string }

class UsageError extends Error {}

function parseOpts(): Opts {
  const { values } = parseArgs({
    options: {
      jobs: { type: 'string' }, seconds: { type: 'string' }, inflight: { type: 'string' }, rounds: { type: 'string' },
      'overhead-jobs': { type: 'string' }, warmup: { type: 'string' }, json: { type: 'boolean' }, budget: { type: 'string' },
      only: { type: 'string' }, profile: { type: 'string' }, help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.only !== undefined && values.only !== 'framework' && values.only !== 'plain') throw new UsageError('--only is framework or plain');
  if (values.help) {
    process.stdout.write(HELP);
    process.exit(0);
  }
  const num = (v: string | undefined, d: number, name: string, min: number) => {
    if (v === undefined) return d;
    const n = Number(v);
    if (!Number.isFinite(n) || n < min) throw new UsageError(`--${name} must be a number ≥ ${min}, not ${JSON.stringify(v)}`);
    return n;
  };
  return {
    jobs: Math.floor(num(values.jobs, 10_000, 'jobs', 1)),
    seconds: num(values.seconds, 5, 'seconds', 0.1),
    inflight: Math.floor(num(values.inflight, 64, 'inflight', 1)),
    rounds: Math.floor(num(values.rounds, 3, 'rounds', 1)),
    overheadJobs: Math.floor(num(values['overhead-jobs'], 100_000, 'overhead-jobs', 100)),
    warmup: num(values.warmup, 1, 'warmup', 0),
    json: values.json ?? false,
    budget: num(values.budget, 115, 'budget', 5),
    only: values.only as Kind | undefined,
    profile: values.profile ? resolve(values.profile) : undefined,
  };
}

// ---------------------------------------------------------------- processes and cleanup

const cleanups: (() => Promise<void> | void)[] = [];
/** Last resort when the process exits without the orderly cleanup: kill children, remove dirs. */
const onExit: (() => void)[] = [];
process.on('exit', () => {
  for (const f of onExit) {
    try {
      f();
    } catch {
      // exiting anyway
    }
  }
});
let cleaning: Promise<void> | null = null;
/** Set once the run is being stopped (signal, budget, crash): errors after that are expected. */
let aborting = false;
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const c of cleanups.reverse()) {
      try {
        await c();
      } catch (err) {
        process.stderr.write(`bench: cleanup: ${(err as Error).message}\n`);
      }
    }
  })();
  return cleaning;
}

function findNatsServer(): string {
  const candidates = [process.env.KEEL_NATS_SERVER, '/usr/sbin/nats-server', '/usr/bin/nats-server',
    ...(process.env.PATH ?? '').split(':').filter(Boolean).map((d) => join(d, 'nats-server'))];
  for (const c of candidates) if (c && existsSync(c)) return c;
  throw new Error('nats-server not found (apt-get install nats-server, or set KEEL_NATS_SERVER)');
}

/** Ends a child: SIGTERM, then SIGKILL after graceMs; resolves when it has exited. */
async function endChild(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const t = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await gone;
  clearTimeout(t);
}

interface Bus { url: string; pid: number; dir: string; server: BusCredentials; client: BusCredentials }

/** nats-server on 127.0.0.1, a random port, two users with least-privilege permissions, in a temp dir. */
async function startNats(): Promise<Bus> {
  const bin = findNatsServer();
  const dir = mkdtempSync(join(tmpdir(), 'keel-bench-bus-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  onExit.push(() => rmSync(dir, { recursive: true, force: true }));
  const pw = () => randomBytes(18).toString('base64url');
  const server = { user: 'server', password: pw() };
  const client = { user: 'client', password: pw() };
  const conf = join(dir, 'nats.conf');
  writeFileSync(conf, JSON.stringify({
    host: '127.0.0.1',
    port: -1,
    ports_file_dir: dir,
    max_payload: 1024 * 1024,
    authorization: {
      users: [
        { ...server, permissions: { publish: { allow: [`keel.events.${SERVICE}.>`] }, subscribe: { allow: [`keel.${SERVICE}.>`, `_INBOX.${server.user}.>`, 'keel.events.keeld.>'] }, allow_responses: true } },
        { ...client, permissions: { publish: { allow: [`keel.${SERVICE}.>`] }, subscribe: { allow: [`_INBOX.${client.user}.>`, 'keel.events.keeld.>'] }, allow_responses: true } },
      ],
    },
  }, null, 2), { mode: 0o600 });
  const child = spawn(bin, ['-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => { stderr = (stderr + d).slice(-4000); });
  cleanups.push(() => endChild(child, 3_000));
  onExit.push(() => { if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL'); });
  const portsFile = join(dir, `${bin.split('/').pop()}_${child.pid}.ports`);
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`nats-server exited (${child.exitCode}): ${stderr.trim()}`);
    if (existsSync(portsFile)) {
      try {
        const port = Number(new URL((JSON.parse(readFileSync(portsFile, 'utf8')) as { nats: string[] }).nats[0]).port);
        if (await canConnect(port)) {
          const url = `nats://127.0.0.1:${port}`;
          return { url, pid: child.pid!, dir, server: { url, ...server }, client: { url, ...client } };
        }
      } catch {
        // ports file half written
      }
    }
    await sleep(10);
  }
  throw new Error(`nats-server did not become ready within 10 s: ${stderr.trim()} ${readdirSync(dir).join(' ')}`);
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = tcpConnect({ host: '127.0.0.1', port }, () => { s.destroy(); resolve(true); });
    s.on('error', () => resolve(false));
  });
}

/** The service process (bench/bus/service.js), ready when it says so on stdout. */
async function startService(creds: BusCredentials, bus: Bus, profileDir?: string): Promise<ChildProcess> {
  const prof = profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir, '--cpu-prof-name', 'service.cpuprofile'] : [];
  const child = spawn(process.execPath, [...prof, join(__dirname, 'service.js')], {
    env: { ...process.env, [CREDS_ENV]: JSON.stringify(creds), [ORPHAN_ENV]: JSON.stringify({ natsPid: bus.pid, dir: bus.dir }) },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  cleanups.push(async () => {
    child.stdin!.end();
    await endChild(child, 3_000);
  });
  onExit.push(() => { if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL'); });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => {
    stderr = (stderr + d).slice(-4000);
    process.stderr.write(`[service] ${d}`);
  });
  await new Promise<void>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`the service process was not ready within 10 s: ${stderr.trim()}`)), 10_000);
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      if (d.includes('ready')) { clearTimeout(t); resolve(); }
    });
    child.once('exit', (code, sig) => { clearTimeout(t); reject(new Error(`the service process exited (${sig ?? code}): ${stderr.trim()}`)); });
  });
  child.removeAllListeners('exit');
  return child;
}

// ---------------------------------------------------------------- CPU accounting

const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU time (µs, user+system) a process has used so far, from /proc; 0 if unreadable. */
function cpuUs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1e6) / CLK_TCK;
  } catch {
    return 0;
  }
}

interface CpuPids { client: number; service: number; nats: number }
type CpuPerJob = { client: number; service: number; nats: number };
function cpuSnap(p: CpuPids): CpuPerJob {
  const c = process.cpuUsage();
  return { client: c.user + c.system, service: cpuUs(p.service), nats: cpuUs(p.nats) };
}
function cpuPerJob(a: CpuPerJob, b: CpuPerJob, jobs: number): CpuPerJob {
  return { client: (b.client - a.client) / jobs, service: (b.service - a.service) / jobs, nats: (b.nats - a.nats) / jobs };
}

// ---------------------------------------------------------------- measurements

type Kind = 'framework' | 'plain';
type RoundTrip = () => Promise<unknown>;

interface SeqResult { n: number; p50Ms: number; p99Ms: number; meanMs: number; cpu: CpuPerJob }
interface TputResult { n: number; jobsPerS: number; cpu: CpuPerJob }

async function sequential(rt: RoundTrip, n: number, maxMs: number, pids: CpuPids): Promise<SeqResult> {
  const lat = new Float64Array(n);
  const stop = performance.now() + maxMs;
  const c0 = cpuSnap(pids);
  let i = 0;
  for (; i < n; i++) {
    const t = performance.now();
    await rt();
    const e = performance.now();
    lat[i] = e - t;
    if (e > stop) { i++; break; }
  }
  const c1 = cpuSnap(pids);
  const s = lat.subarray(0, i).sort();
  const mean = s.reduce((a, b) => a + b, 0) / i;
  return { n: i, p50Ms: quantile(s, 0.5), p99Ms: quantile(s, 0.99), meanMs: mean, cpu: cpuPerJob(c0, c1, i) };
}

async function throughput(rt: RoundTrip, inflight: number, seconds: number, pids: CpuPids): Promise<TputResult> {
  let n = 0;
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  const c0 = cpuSnap(pids);
  const worker = async () => {
    while (performance.now() < end) {
      await rt();
      n++;
    }
  };
  await Promise.all(Array.from({ length: inflight }, worker));
  const elapsed = (performance.now() - t0) / 1000;
  const c1 = cpuSnap(pids);
  return { n, jobsPerS: n / elapsed, cpu: cpuPerJob(c0, c1, n) };
}

function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
function post(s: Session, method: string): Promise<unknown> {
  return new Promise((res, rej) => s.post(method, (err, r) => (err ? rej(err) : res(r))));
}
function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

// ---------------------------------------------------------------- output

const fmt = (x: number, d = 3) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
const fmtInt = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : 'n/a');

function table(rows: string[][]): string {
  const w = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: string[]) => r.map((x, c) => (c === 0 ? x.padEnd(w[c]) : x.padStart(w[c]))).join('  ').trimEnd();
  return [line(rows[0]), w.map((n) => '-'.repeat(n)).join('  '), ...rows.slice(1).map(line)].join('\n') + '\n';
}

function log(s: string): void {
  process.stdout.write(s + '\n');
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const opts = parseOpts();
  const started = performance.now();
  const watchdog = setTimeout(() => {
    aborting = true;
    process.stderr.write(`bench: over the ${opts.budget} s budget; stopping\n`);
    void cleanup().finally(() => process.exit(2));
  }, opts.budget * 1000);
  watchdog.unref();
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.on(sig, () => {
      aborting = true;
      process.stderr.write(`bench: ${sig}; stopping\n`);
      void cleanup().finally(() => process.exit(130));
    });
  }
  const crash = (err: unknown) => {
    if (aborting) return;
    aborting = true;
    process.stderr.write(`bench: ${(err as Error)?.stack ?? err}\n`);
    void cleanup().finally(() => process.exit(1));
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);

  // (d) in-process first, before any other process competes for the CPU
  log(`bench/bus: ${opts.rounds} rounds; sequential ${opts.jobs} jobs, throughput ${opts.seconds} s with ${opts.inflight} in flight, in-process ${opts.overheadJobs} jobs`);
  const lb = makeLoopback();
  await frameworkLoop(lb.client, Math.min(20_000, opts.overheadJobs));
  await plainLoop(Math.min(20_000, opts.overheadJobs));
  // each round: batches alternating framework and plain; a round's figure is its median batch,
  // so a burst of load from elsewhere on the machine spoils a batch, not the round
  const ovF: number[] = [];
  const ovP: number[] = [];
  const batch = Math.max(100, Math.floor(opts.overheadJobs / 20));
  for (let r = 0; r < opts.rounds; r++) {
    const fb: number[] = [];
    const pb: number[] = [];
    for (let b = 0; b * batch < opts.overheadJobs; b++) {
      if ((r + b) % 2 === 0) {
        fb.push(await frameworkLoop(lb.client, batch));
        pb.push(await plainLoop(batch));
      } else {
        pb.push(await plainLoop(batch));
        fb.push(await frameworkLoop(lb.client, batch));
      }
    }
    ovF.push(median(fb));
    ovP.push(median(pb));
  }
  await lb.runner.stop(0);
  const pieces = breakdown(Math.max(10_000, Math.floor(opts.overheadJobs / 2)));

  const bus = await startNats();
  if (opts.profile) mkdirSync(opts.profile, { recursive: true });
  const svc = await startService(bus.server, bus, opts.profile);
  const nc: NatsConnection = await connectBus(bus.client, 'keel-bench-client');
  cleanups.push(() => nc.close());
  const client = new JobClient(nc, 'bench', `_INBOX.${bus.client.user}`);
  cleanups.push(() => client.close());
  const pids: CpuPids = { client: process.pid, service: svc.pid!, nats: bus.pid };
  log(`nats-server pid ${bus.pid} at ${bus.url}; service pid ${svc.pid}; client pid ${process.pid}`);

  const reqBytes = PingRequest.encode({}).finish();
  const rts: Record<Kind, RoundTrip> = {
    framework: () => client.call(benchContract, ECHO_JOB, {}),
    plain: async () => PingResponse.decode((await nc.request(PLAIN_SUBJECT, reqBytes, { timeout: 10_000 })).data),
  };
  // sanity: both answer, and the service is who we think it is
  const pong = await client.call(kitContract(SERVICE), 'service.ping', {});
  if (pong.pid !== svc.pid) throw new Error(`service.ping answered by pid ${pong.pid}, expected ${svc.pid}`);
  await rts.plain();

  // warm-up: both paths, sequential and in flight, until the JIT has settled
  for (const k of ['framework', 'plain'] as Kind[]) {
    await sequential(rts[k], 2_000, opts.warmup * 500, pids);
    await throughput(rts[k], opts.inflight, opts.warmup / 2, pids);
  }

  const session = opts.profile ? new Session() : null;
  if (session) {
    session.connect();
    await post(session, 'Profiler.enable');
    await post(session, 'Profiler.start');
  }
  const seq: Record<Kind, SeqResult[]> = { framework: [], plain: [] };
  const tput: Record<Kind, TputResult[]> = { framework: [], plain: [] };
  const seqMaxMs = 15_000;
  for (let r = 0; r < opts.rounds; r++) {
    const order: Kind[] = (r % 2 === 0 ? ['framework', 'plain'] as Kind[] : ['plain', 'framework'] as Kind[]).filter((k) => !opts.only || k === opts.only);
    for (const k of order) seq[k].push(await sequential(rts[k], opts.jobs, seqMaxMs, pids));
    for (const k of order) tput[k].push(await throughput(rts[k], opts.inflight, opts.seconds, pids));
    const f = (k: Kind) => (seq[k][r] === undefined ? `${k} not measured` : `${k} p50 ${fmt(seq[k][r].p50Ms)} ms p99 ${fmt(seq[k][r].p99Ms)} ms, ${fmtInt(tput[k][r].jobsPerS)} jobs/s`);
    log(`round ${r + 1}: ${f('framework')}; ${f('plain')}`);
  }

  if (session) {
    const { profile } = (await post(session, 'Profiler.stop')) as { profile: unknown };
    writeFileSync(join(opts.profile!, 'client.cpuprofile'), JSON.stringify(profile));
    session.disconnect();
    log(`profiles: ${join(opts.profile!, 'client.cpuprofile')}, ${join(opts.profile!, 'service.cpuprofile')} (written when the service exits)`);
  }
  const svcMetrics = await client.call(kitContract(SERVICE), 'service.metrics', {});
  const echoStats = svcMetrics.jobs.find((j) => j.job === ECHO_JOB);

  const med = {
    fP50: median(seq.framework.map((x) => x.p50Ms)), fP99: median(seq.framework.map((x) => x.p99Ms)),
    pP50: median(seq.plain.map((x) => x.p50Ms)), pP99: median(seq.plain.map((x) => x.p99Ms)),
    fTput: median(tput.framework.map((x) => x.jobsPerS)), pTput: median(tput.plain.map((x) => x.jobsPerS)),
    fOv: median(ovF), pOv: median(ovP),
  };
  const pass = (ok: boolean) => (ok ? 'PASS' : 'MISS');
  const rows: string[][] = [
    ['metric', 'value', 'target', 'result'],
    ['framework sequential p50 (ms)', fmt(med.fP50), `<= ${TARGET_P50_MS}`, pass(med.fP50 <= TARGET_P50_MS)],
    ['framework sequential p99 (ms)', fmt(med.fP99), '-', ''],
    [`framework throughput, ${opts.inflight} in flight (jobs/s)`, fmtInt(med.fTput), `>= ${fmtInt(TARGET_JOBS_PER_S)}`, pass(med.fTput >= TARGET_JOBS_PER_S)],
    ['framework overhead in-process (us/job)', fmt(med.fOv, 2), `< ${TARGET_OVERHEAD_US}`, pass(med.fOv < TARGET_OVERHEAD_US)],
    ['plain request() sequential p50 (ms)', fmt(med.pP50), '-', ''],
    ['plain request() sequential p99 (ms)', fmt(med.pP99), '-', ''],
    [`plain request() throughput, ${opts.inflight} in flight (jobs/s)`, fmtInt(med.pTput), '-', ''],
    ['plain in-process, encode/decode only (us/job)', fmt(med.pOv, 2), '-', ''],
    ['ratio framework/plain: p50', fmt(med.fP50 / med.pP50, 2), '-', ''],
    ['ratio framework/plain: p99', fmt(med.fP99 / med.pP99, 2), '-', ''],
    ['ratio framework/plain: throughput', fmt(med.fTput / med.pTput, 2), '-', ''],
    ['ratio framework/plain: in-process', fmt(med.fOv / med.pOv, 1), '-', ''],
  ];
  log('');
  log(`medians of ${opts.rounds} alternating rounds (${cpus().length} CPUs, node ${process.version})`);
  log(table(rows));

  const rr: string[][] = [['round', 'kind', 'seq n', 'p50 ms', 'p99 ms', 'mean ms', 'jobs/s', 'cpu us/job seq c/s/n', 'cpu us/job tput c/s/n', 'in-proc us']];
  for (let r = 0; r < opts.rounds; r++) {
    for (const k of ['framework', 'plain'] as Kind[]) {
      const s = seq[k][r];
      const t = tput[k][r];
      if (!s || !t) continue;
      const c = (x: CpuPerJob) => `${fmt(x.client, 1)}/${fmt(x.service, 1)}/${fmt(x.nats, 1)}`;
      rr.push([String(r + 1), k, String(s.n), fmt(s.p50Ms), fmt(s.p99Ms), fmt(s.meanMs), fmtInt(t.jobsPerS), c(s.cpu), c(t.cpu), fmt(k === 'framework' ? ovF[r] : ovP[r], 2)]);
    }
  }
  log('per round (cpu: client/service/nats-server CPU time per job, from /proc at ' + CLK_TCK + ' Hz)');
  log(table(rr));
  log('in-process pieces (us/op)');
  log(table([['piece', 'us/op'], ...Object.entries(pieces).map(([k, v]) => [k, fmt(v, 3)])]));
  if (echoStats) {
    log(`service-side ${ECHO_JOB} (the kit's own histogram over the whole run, warm-up and in-flight runs included, so it holds queueing behind a batch): count ${echoStats.count}, p50 ${fmt(echoStats.p50Ms ?? NaN)} ms, p99 ${fmt(echoStats.p99Ms ?? NaN)} ms, max ${fmt(echoStats.maxMs ?? NaN)} ms`);
  }
  log(`total ${fmt((performance.now() - started) / 1000, 1)} s`);
  if (opts.json) {
    log(JSON.stringify({ opts, medians: med, rounds: { seq, tput, overheadFramework: ovF, overheadPlain: ovP }, pieces, service: echoStats }));
  }
}

main()
  .then(() => cleanup())
  .then(() => process.exit(0))
  .catch(async (err) => {
    if (aborting) return; // a signal, the budget or a crash handler is already stopping the run
    aborting = true;
    const usage = err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(usage ? `bench: ${(err as Error).message} (see --help)\n` : `bench: ${(err as Error).stack ?? err}\n`);
    await cleanup();
    process.exit(1);
  });
