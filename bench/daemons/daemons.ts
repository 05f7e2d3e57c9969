/**
 * What bench/shim-mem and bench/parallel-run share: dockerd (Debian's docker.io) and keeld side
 * by side in one temporary directory, each with its own data-root, exec-root and socket (dockerd
 * with no bridge, no iptables, its own containerd namespace: it touches no host network state),
 * the same busybox image imported into both as `bb`, the docker CLI pointed at either, and a
 * teardown that removes every container, stops both daemons, unmounts and removes the directory
 * (also on error, ^C, or when the time budget runs out).
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export const ROOT = join(__dirname, '..', '..', '..');
export const DOCKER = '/usr/local/bin/docker';
const DOCKERD = ['/usr/sbin/dockerd', '/usr/bin/dockerd'].find((p) => existsSync(p));

export interface Engine {
  name: 'keeld' | 'dockerd';
  sock: string;
  /** the docker CLI's environment for this daemon */
  env: NodeJS.ProcessEnv;
}

export function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
}

export function median(xs: number[]): number {
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

/** The docker CLI against one engine; throws on a non-zero exit. */
export function docker(e: Engine, args: string[]): string {
  const r = spawnSync(DOCKER, args, { env: e.env, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`docker ${args.join(' ')} against ${e.name} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

/** The same, without waiting: resolves with the exit status. */
export function dockerAsync(e: Engine, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const p = spawn(DOCKER, args, { env: e.env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    p.stderr.on('data', (d) => { err += d; });
    p.on('error', reject);
    p.on('exit', (code) => (code === 0 ? resolve(0) : reject(new Error(`docker ${args.join(' ')} against ${e.name} exited ${code}: ${err}`))));
  });
}

/** Removes every container of an engine (in batches, so no command line grows too long). */
export function removeAll(e: Engine): void {
  const ids = docker(e, ['ps', '-a', '-q']).split('\n').filter(Boolean);
  for (let i = 0; i < ids.length; i += 25) docker(e, ['rm', '-f', ...ids.slice(i, i + 25)]);
}

/** Live processes whose command line names `under` and whose comm is `comm`. */
export function processes(comm: string, under: string): number[] {
  const out: number[] = [];
  for (const e of readdirSync('/proc')) {
    if (!/^\d+$/.test(e)) continue;
    try {
      if (readFileSync(`/proc/${e}/comm`, 'utf8').trim() !== comm) continue;
      if (readFileSync(`/proc/${e}/cmdline`, 'utf8').includes(under)) out.push(Number(e));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

export class Bench {
  readonly dir = mkdtempSync(join(tmpdir(), 'keel-bench-'));
  private readonly started: ChildProcess[] = [];
  private engines: Engine[] = [];
  keeld!: Engine;
  dockerd!: Engine;
  /** keeld's cgroup parent: the bench's own, removed at the end (never a host keeld's `keel`) */
  get cgroupParent(): string { return `keel-bench-${basename(this.dir)}`; }

  private start(cmd: string, args: string[], log: string): ChildProcess {
    const p = spawn(cmd, args, { stdio: ['ignore', openSync(log, 'a'), openSync(log, 'a')] });
    this.started.push(p);
    return p;
  }

  /** Both daemons up, `bb` imported into both. */
  async up(): Promise<void> {
    if (!DOCKERD) throw new Error('dockerd not found: deploy/setup.sh installs docker.io');
    const tar = join(this.dir, 'busybox.tar');
    execFileSync(join(ROOT, 'test', 'fixtures', 'busybox-rootfs.sh'), [tar]);
    const dRoot = join(this.dir, 'docker');
    const dSock = join(this.dir, 'docker.sock');
    this.start(DOCKERD, [
      '--data-root', join(dRoot, 'data'), '--exec-root', join(dRoot, 'exec'), '-H', `unix://${dSock}`,
      '--pidfile', join(dRoot, 'docker.pid'), '--bridge', 'none', '--iptables=false', '--ip6tables=false',
      '--ip-forward=false', '--ip-masq=false', '--userland-proxy=false', '--containerd-namespace', 'keel-bench',
      '--containerd-plugins-namespace', 'keel-bench-plugins', '--storage-driver', 'overlay2',
    ], join(this.dir, 'dockerd.log'));
    const kRoot = join(this.dir, 'keel');
    const kSock = join(this.dir, 'keel.sock');
    this.start(process.execPath, [
      join(ROOT, 'bin', 'keeld'), '--data-root', join(kRoot, 'data'), '--exec-root', join(kRoot, 'exec'), '-H', `unix://${kSock}`,
      '--cgroup-parent', this.cgroupParent,
    ], join(this.dir, 'keeld.log'));
    await Promise.all([waitFor(dSock, 'dockerd'), waitFor(kSock, 'keeld')]);
    const env = (sock: string) => ({ ...process.env, DOCKER_HOST: `unix://${sock}`, DOCKER_CONFIG: join(this.dir, 'docker-config') });
    this.keeld = { name: 'keeld', sock: kSock, env: env(kSock) };
    this.dockerd = { name: 'dockerd', sock: dSock, env: env(dSock) };
    this.engines = [this.keeld, this.dockerd];
    for (const e of this.engines) docker(e, ['import', tar, 'bb:latest']);
  }

  /** Every container removed, both daemons stopped, nothing left mounted, the directory gone. */
  async down(): Promise<void> {
    for (const e of this.engines) {
      try {
        removeAll(e);
      } catch (err) {
        console.error(`cleanup: ${(err as Error).message}`);
      }
    }
    for (const p of this.started.reverse()) {
      if (p.exitCode !== null || p.signalCode !== null) continue;
      const gone = new Promise((r) => p.once('exit', r));
      p.kill('SIGTERM');
      const t = setTimeout(() => p.kill('SIGKILL'), 20_000);
      await gone;
      clearTimeout(t);
    }
    const mounts = readFileSync('/proc/self/mountinfo', 'utf8').split('\n').map((l) => l.split(' ')[4]).filter((m) => m?.startsWith(this.dir));
    for (const m of mounts.sort((a, b) => b.length - a.length)) spawnSync('umount', ['-l', m]);
    rmSync(this.dir, { recursive: true, force: true });
    // the cgroup parent keeld made, in each hierarchy (empty now: its containers are gone)
    for (const h of existsSync('/sys/fs/cgroup') ? readdirSync('/sys/fs/cgroup') : []) {
      for (const top of [join('/sys/fs/cgroup', h, this.cgroupParent), join('/sys/fs/cgroup', this.cgroupParent)]) {
        if (existsSync(top)) spawnSync('find', [top, '-depth', '-type', 'd', '-exec', 'rmdir', '{}', ';']);
      }
    }
  }

  /** Runs main between up() and down(), with a hard time budget and ^C handling. */
  run(name: string, budgetS: number, main: () => Promise<void>): void {
    const budget = setTimeout(() => {
      console.error(`${name}: out of time (${budgetS} s); stopping`);
      void this.down().finally(() => process.exit(2));
    }, budgetS * 1000);
    process.on('SIGINT', () => void this.down().finally(() => process.exit(130)));
    this.up().then(main).then(
      () => this.down().then(() => clearTimeout(budget)),
      (err) => {
        console.error(`${name}: ${(err as Error).message}`);
        return this.down().finally(() => { clearTimeout(budget); process.exitCode = 1; });
      },
    );
  }
}
