/**
 * bench/run: `run --rm IMAGE true` end to end, keel against Docker in the same run.
 *
 * Starts dockerd (Debian's docker.io; its own data-root, exec-root and socket, with
 * `--bridge none --iptables=false --ip-forward=false` so it touches no host network state) and
 * keeld side by side, imports the same busybox image into both, then times, alternating:
 *   keel CLI → keeld,  docker CLI → keeld,  docker CLI → dockerd     (all with --network none)
 * and prints medians and ratios. It also counts the bus round trips one `docker run` causes,
 * from keeld's own per-job counters. Everything it started is stopped, and its directory removed.
 *
 *   npm run build && node dist/bench/run/run.js [--rounds 15]
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const DOCKER = '/usr/local/bin/docker';
const DOCKERD = ['/usr/sbin/dockerd', '/usr/bin/dockerd'].find((p) => existsSync(p));

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
}

const rounds = arg('rounds', 15);
const dir = mkdtempSync(join(tmpdir(), 'keel-bench-run-'));
const started: ChildProcess[] = [];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
}

function get(sock: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ socketPath: sock, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function waitFor(sock: string, what: string, ms = 60_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if ((await get(sock, '/_ping').catch(() => ({ status: 0 }))).status === 200) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not answer on ${sock} within ${ms / 1000} s`);
}

function start(cmd: string, args: string[], log: string): ChildProcess {
  const out = require('node:fs').openSync(log, 'a');
  const p = spawn(cmd, args, { stdio: ['ignore', out, out] });
  started.push(p);
  return p;
}

async function stopAll(): Promise<void> {
  for (const p of started.reverse()) {
    if (p.exitCode !== null || p.signalCode !== null) continue;
    const gone = new Promise((r) => p.once('exit', r));
    p.kill('SIGTERM');
    const t = setTimeout(() => p.kill('SIGKILL'), 20_000);
    await gone;
    clearTimeout(t);
  }
  // anything still mounted under our directory (dockerd's, keel's) goes before the directory
  const mounts = readFileSync('/proc/self/mountinfo', 'utf8').split('\n').map((l) => l.split(' ')[4]).filter((m) => m?.startsWith(dir));
  for (const m of mounts.sort((a, b) => b.length - a.length)) spawnSync('umount', ['-l', m]);
  rmSync(dir, { recursive: true, force: true });
}

function timeRun(cmd: string, args: string[], env: NodeJS.ProcessEnv): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

async function busJobCount(sock: string): Promise<Map<string, number>> {
  const rows = JSON.parse((await get(sock, '/keel/bus/stats')).body) as { Service: string; Job: string; Count: number }[];
  return new Map(rows.map((r) => [`${r.Service} ${r.Job}`, r.Count]));
}

async function main(): Promise<void> {
  if (!DOCKERD) throw new Error('dockerd not found: deploy/setup.sh installs docker.io');
  const tar = join(dir, 'busybox.tar');
  execFileSync(join(ROOT, 'test', 'fixtures', 'busybox-rootfs.sh'), [tar]);

  const d = { sock: join(dir, 'docker.sock'), root: join(dir, 'docker') };
  start(DOCKERD, [
    '--data-root', join(d.root, 'data'), '--exec-root', join(d.root, 'exec'), '-H', `unix://${d.sock}`,
    '--pidfile', join(d.root, 'docker.pid'), '--bridge', 'none', '--iptables=false', '--ip6tables=false',
    '--ip-forward=false', '--ip-masq=false', '--userland-proxy=false', '--containerd-namespace', 'keel-bench',
    '--containerd-plugins-namespace', 'keel-bench-plugins', '--storage-driver', 'overlay2',
  ], join(dir, 'dockerd.log'));
  const k = { sock: join(dir, 'keel.sock'), root: join(dir, 'keel') };
  start(process.execPath, [join(ROOT, 'bin', 'keeld'), '--data-root', join(k.root, 'data'), '--exec-root', join(k.root, 'exec'), '-H', `unix://${k.sock}`], join(dir, 'keeld.log'));
  await Promise.all([waitFor(d.sock, 'dockerd'), waitFor(k.sock, 'keeld')]);

  const dockerEnv = (sock: string) => ({ ...process.env, DOCKER_HOST: `unix://${sock}`, DOCKER_CONFIG: join(dir, 'docker-config') });
  for (const sock of [d.sock, k.sock]) {
    const r = spawnSync(DOCKER, ['import', tar, 'bb:latest'], { env: dockerEnv(sock), encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`docker import into ${sock}: ${r.stderr}`);
  }

  const runArgs = ['run', '--rm', '--network', 'none', 'bb', 'true'];
  const variants = [
    { name: 'keel CLI   → keeld  ', cmd: process.execPath, args: [join(ROOT, 'bin', 'keel'), '-H', `unix://${k.sock}`, ...runArgs], env: process.env },
    { name: 'docker CLI → keeld  ', cmd: DOCKER, args: runArgs, env: dockerEnv(k.sock) },
    { name: 'docker CLI → dockerd', cmd: DOCKER, args: runArgs, env: dockerEnv(d.sock) },
  ];
  for (const v of variants) timeRun(v.cmd, v.args, v.env); // warm-up

  const before = await busJobCount(k.sock);
  timeRun(DOCKER, runArgs, dockerEnv(k.sock));
  const after = await busJobCount(k.sock);
  const trips = [...after].map(([job, n]) => [job, n - (before.get(job) ?? 0)] as const).filter(([job, n]) => n > 0 && !/ (bus.stats|service.metrics)$/.test(job));

  const times: number[][] = variants.map(() => []);
  for (let i = 0; i < rounds; i++) {
    for (let j = 0; j < variants.length; j++) {
      const v = variants[(i + j) % variants.length];
      times[variants.indexOf(v)].push(timeRun(v.cmd, v.args, v.env));
    }
  }
  const med = times.map(median);
  const dockerd = med[2];
  console.log(`\nrun --rm bb true, ${rounds} rounds, alternating (medians, ms)`);
  console.log('variant                 median   ratio to docker→dockerd');
  variants.forEach((v, i) => console.log(`${v.name}    ${med[i].toFixed(1).padStart(6)}   ${(med[i] / dockerd).toFixed(2)}×`));
  console.log(`\nbus round trips for one docker run → keeld: ${trips.reduce((a, [, n]) => a + n, 0)}`);
  for (const [job, n] of trips) console.log(`  ${job.padEnd(32)} ${n}`);
  console.log('\ntargets: docker CLI → keeld ≤ 0.5× docker CLI → dockerd (later 0.33×); keel CLI → keeld ≤ 0.55×; ≤ 8 bus round trips');
}

const budget = setTimeout(() => {
  console.error('bench/run: out of time (10 min); stopping');
  void stopAll().finally(() => process.exit(1));
}, 600_000);
process.on('SIGINT', () => void stopAll().finally(() => process.exit(130)));
main().then(
  () => stopAll().then(() => clearTimeout(budget)),
  (err) => {
    console.error(`bench/run: ${(err as Error).message}`);
    return stopAll().finally(() => { clearTimeout(budget); process.exitCode = 1; });
  },
);
