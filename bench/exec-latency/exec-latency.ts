/**
 * bench/exec-latency: how long from an exec request to the command running, keeld against
 * dockerd (Debian's, started by the bench on its own roots), one sleeping busybox container each.
 * Two measures, engines alternating round by round:
 *   api: POST /containers/{id}/exec, then POST /exec/{id}/start {"Detach":true}: both engines
 *        answer the start once the process is running, so the two round trips are the time from
 *        the request to the command running (no CLI, no stream);
 *   cli: `docker exec C true` end to end (the same docker CLI against both: create, hijacked
 *        start, the command's exit, inspect).
 * Prints medians per round and overall, and the ratios keeld/dockerd.
 *
 *   npm run build && node dist/bench/exec-latency/exec-latency.js [--rounds 5] [--execs 20]
 */
import http from 'node:http';
import { spawnSync } from 'node:child_process';
import { Bench, DOCKER, type Engine, arg, docker, median } from '../daemons/daemons';

const rounds = arg('rounds', 5);
const execs = arg('execs', 20);
const bench = new Bench();
const NAME = 'exec-latency';

function post(sock: string, path: string, body: unknown): Promise<{ status: number; body: string }> {
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request({ socketPath: sock, path, method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data) } }, (res) => {
      let text = '';
      res.on('data', (d) => { text += d; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(data);
  });
}

/** One exec through the API, detached: ms from the create request to the start's answer. */
async function apiExec(e: Engine): Promise<number> {
  const t0 = process.hrtime.bigint();
  const c = await post(e.sock, `/v1.41/containers/${NAME}/exec`, { Cmd: ['true'], AttachStdout: false, AttachStderr: false });
  if (c.status !== 201) throw new Error(`${e.name}: exec create ${c.status}: ${c.body}`);
  const id = (JSON.parse(c.body) as { Id: string }).Id;
  const s = await post(e.sock, `/v1.41/exec/${id}/start`, { Detach: true, Tty: false });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (s.status !== 200 && s.status !== 204) throw new Error(`${e.name}: exec start ${s.status}: ${s.body}`);
  return ms;
}

/** `docker exec NAME true`, end to end. */
function cliExec(e: Engine): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(DOCKER, ['exec', NAME, 'true'], { env: e.env, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${e.name}: docker exec exited ${r.status}: ${r.stderr}`);
  return ms;
}

bench.run('bench/exec-latency', 600, async () => {
  for (const e of [bench.keeld, bench.dockerd]) docker(e, ['run', '-d', '--network', 'none', '--name', NAME, 'bb', 'sleep', '3600']);
  // warm-up: the first exec of each engine pays for its caches
  for (const e of [bench.keeld, bench.dockerd]) {
    await apiExec(e);
    cliExec(e);
  }
  const api: Record<Engine['name'], number[]> = { keeld: [], dockerd: [] };
  const cli: Record<Engine['name'], number[]> = { keeld: [], dockerd: [] };
  for (let r = 0; r < rounds; r++) {
    for (const e of r % 2 ? [bench.dockerd, bench.keeld] : [bench.keeld, bench.dockerd]) {
      const a: number[] = [];
      const c: number[] = [];
      for (let i = 0; i < execs; i++) a.push(await apiExec(e));
      for (let i = 0; i < execs; i++) c.push(cliExec(e));
      api[e.name].push(...a);
      cli[e.name].push(...c);
      console.log(`round ${r + 1}: ${e.name.padEnd(7)} api ${median(a).toFixed(1).padStart(7)} ms   cli ${median(c).toFixed(1).padStart(7)} ms`);
    }
  }
  const row = (label: string, xs: Record<Engine['name'], number[]>) => {
    const k = median(xs.keeld);
    const d = median(xs.dockerd);
    console.log(`${label.padEnd(32)} ${k.toFixed(1).padStart(8)} ms ${d.toFixed(1).padStart(8)} ms ${(k / d).toFixed(2).padStart(7)}×`);
  };
  console.log(`\nexec latency, ${rounds} rounds × ${execs} execs per engine, alternating (medians)`);
  console.log(`${''.padEnd(32)} ${'keeld'.padStart(11)} ${'dockerd'.padStart(11)} ${'ratio'.padStart(8)}`);
  row('api: exec create + start (detach)', api);
  row('cli: docker exec C true', cli);
});
