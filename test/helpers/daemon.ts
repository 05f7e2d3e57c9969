import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const KEELD = join(ROOT, 'bin', 'keeld');
export const KEEL = join(ROOT, 'bin', 'keel');

export interface StartOptions {
  /** extra -H addresses besides the unix socket */
  hosts?: string[];
  /** daemon.json contents */
  config?: Record<string, unknown>;
  args?: string[];
  env?: NodeJS.ProcessEnv;
  /** wait for the API socket (default true) */
  wait?: boolean;
}

/** A keeld of a test's own: temporary data-root, exec-root and socket; stop() removes them. */
export class TestDaemon {
  private made: string | null = null;
  proc!: ChildProcess;
  output = '';
  exit: Promise<{ code: number | null; signal: string | null }> = Promise.resolve({ code: null, signal: null });

  constructor(readonly name = 'keel') {}

  /** The test's directory, made on first use (a suite whose tests are all filtered out makes none). */
  get dir(): string {
    this.made ??= mkdtempSync(join(tmpdir(), `${this.name}-`));
    return this.made;
  }
  get dataRoot(): string { return join(this.dir, 'data'); }
  get execRoot(): string { return join(this.dir, 'exec'); }
  get sock(): string { return join(this.dir, 'keel.sock'); }
  get cgroupParent(): string { return `keel-test-${basename(this.dir)}`; }

  get host(): string {
    return `unix://${this.sock}`;
  }

  argv(opts: StartOptions = {}): string[] {
    // a cgroup parent of its own, so daemons side by side never share or remove each other's cgroups
    const args = ['--data-root', this.dataRoot, '--exec-root', this.execRoot, '-H', this.host, '--cgroup-parent', this.cgroupParent];
    for (const h of opts.hosts ?? []) args.push('-H', h);
    if (opts.config) {
      const file = join(this.dir, 'daemon.json');
      writeFileSync(file, JSON.stringify(opts.config));
      args.push('--config-file', file);
    }
    return [...args, ...(opts.args ?? [])];
  }

  async start(opts: StartOptions = {}): Promise<this> {
    this.proc = spawn(KEELD, this.argv(opts), { env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    this.proc.stdout!.on('data', (d) => { this.output += d; });
    this.proc.stderr!.on('data', (d) => { this.output += d; });
    this.exit = new Promise((resolve) => this.proc.once('exit', (code, signal) => resolve({ code, signal })));
    if (opts.wait !== false) await this.waitReady();
    return this;
  }

  /** Until keeld has written its pid file (it does once every service answered). */
  async waitReady(timeoutMs = 30_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    const pidfile = join(this.execRoot, 'keeld.pid');
    while (Date.now() < until) {
      if (this.proc.exitCode !== null || this.proc.signalCode !== null) {
        throw new Error(`keeld exited during start:\n${this.output}`);
      }
      if (existsSync(pidfile) && existsSync(this.sock) && Number(readFileSync(pidfile, 'utf8')) === this.proc.pid) return;
      await sleep(25);
    }
    throw new Error(`keeld did not become ready within ${timeoutMs} ms:\n${this.output}`);
  }

  request(method: string, path: string, body?: string | Buffer, headers: Record<string, string> = {}): Promise<HttpResult> {
    return httpRequest({ socketPath: this.sock }, method, path, body, headers);
  }

  async json<T = unknown>(path: string): Promise<T> {
    const r = await this.request('GET', path);
    if (r.status !== 200) throw new Error(`GET ${path}: ${r.status} ${r.body}`);
    return JSON.parse(r.body) as T;
  }

  async services(): Promise<{ Name: string; Pid: number; State: string; Restarts: number }[]> {
    return this.json('/keel/services');
  }

  async stop(): Promise<{ code: number | null; signal: string | null }> {
    if (this.proc && this.proc.exitCode === null && this.proc.signalCode === null) this.proc.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const r = await Promise.race([this.exit, new Promise<null>((res) => { timer = setTimeout(() => res(null), 30_000); })]);
    clearTimeout(timer);
    if (r === null) {
      this.proc.kill('SIGKILL');
      throw new Error(`keeld did not stop within 30 s:\n${this.output}`);
    }
    return r;
  }

  /**
   * Removes every container (they outlive keeld by design), stops keeld if it runs, and removes
   * the test's directory; a mount a failed test left under it is detached first.
   */
  async cleanup(): Promise<void> {
    try {
      if (this.proc && this.proc.exitCode === null && this.proc.signalCode === null) {
        const list = await this.request('GET', '/containers/json?all=1').catch(() => null);
        const ids = list?.status === 200 ? (JSON.parse(list.body) as { Id: string }[]).map((c) => c.Id) : [];
        for (const id of ids) await this.request('DELETE', `/containers/${id}?force=1`).catch(() => undefined);
      }
      if (this.proc) await this.stop();
    } finally {
      if (this.made) {
        const mounts = readFileSync('/proc/self/mountinfo', 'utf8').split('\n').map((l) => l.split(' ')[4]).filter((m) => m?.startsWith(this.made!));
        for (const m of mounts.sort((a, b) => b.length - a.length)) spawnSync('umount', ['-l', m]);
        rmSync(this.made, { recursive: true, force: true });
        removeCgroupParent(this.cgroupParent);
      }
    }
  }

  busCredentials(user: string): { url: string; user: string; password: string } {
    return JSON.parse(readFileSync(join(this.execRoot, 'bus', `${user}.json`), 'utf8'));
  }
}

/** The cgroup dirs a daemon's parent has (v1: one per hierarchy; v2: one), whether made or not. */
export function cgroupParentDirs(parent: string, root = '/sys/fs/cgroup'): string[] {
  if (existsSync(join(root, 'cgroup.controllers'))) return [join(root, parent)];
  try {
    return readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(root, d.name, parent));
  } catch {
    return [];
  }
}

/** rmdir of a test daemon's cgroup parent and whatever (empty) container cgroups are left in it. */
function removeCgroupParent(parent: string): void {
  for (const dir of cgroupParentDirs(parent).filter((d) => existsSync(d))) {
    for (const d of readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory())) {
      try { rmdirSync(join(dir, d.name)); } catch { /* busy: a test that leaked a process fails on its own */ }
    }
    try { rmdirSync(dir); } catch { /* ditto */ }
  }
}

export interface HttpResult {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export function httpRequest(
  target: http.RequestOptions, method: string, path: string, body?: string | Buffer, headers: Record<string, string> = {},
): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const req = http.request({ ...target, method, path, headers: { ...headers, ...(body !== undefined ? { 'content-length': String(Buffer.byteLength(body)) } : {}) }, agent: false }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { data += d; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data }));
    });
    req.on('error', reject);
    req.setTimeout(15_000, () => req.destroy(new Error(`${method} ${path}: no answer within 15 s`)));
    if (body !== undefined) req.write(body);
    req.end();
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Polls fn until it returns a truthy value or the time runs out. */
export async function eventually<T>(fn: () => Promise<T | undefined | null | false> | T | undefined | null | false, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < until) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) {
      last = err;
    }
    await sleep(25);
  }
  throw new Error(`${what} did not hold within ${timeoutMs} ms${last ? `: ${(last as Error).message}` : ''}`);
}

/** Is a process with this pid alive (and not a zombie)? */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/\) Z /.test(stat);
  } catch {
    return false;
  }
}

/**
 * Live processes that belong to a test's directory: their command line or environment names it
 * (nats-server's config, a service's KEEL_CONFIG). Zombies are not counted.
 */
/** Live processes in process group pgid. */
export function processGroup(pgid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid pgrp …: comm may hold spaces and parentheses, so count from its end
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(pgrp) === pgid && state !== 'Z') out.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

export function processesUnder(dir: string): number[] {
  const out: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const text = readFileSync(`/proc/${entry}/cmdline`, 'utf8') + readFileSync(`/proc/${entry}/environ`, 'utf8');
      if (text.includes(dir) && alive(Number(entry))) out.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}
