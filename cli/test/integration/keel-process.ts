// Runs the built CLI (node bin/keel …) as a child of the test, with an environment of the
// test's choosing: nothing of the caller's KEEL_* variables leaks in.
import { type ChildProcess, type StdioOptions, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { KEEL, ROOT } from '../../../test/helpers/daemon';

export interface KeelResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface KeelOptions {
  env?: Record<string, string | undefined>;
  stdio?: StdioOptions;
  timeoutMs?: number;
  nodeArgs?: string[];
}

export function assertBuilt(): void {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'src', 'main.js'))) {
    throw new Error('dist/cli/src/main.js is missing: run `bash scripts/build.sh` before the integration tests');
  }
}

function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('KEEL_')) delete env[k];
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

/** A running `keel` whose output is collected as it comes. */
export class KeelProcess {
  readonly proc: ChildProcess;
  stdout = '';
  stderr = '';
  readonly done: Promise<KeelResult>;

  constructor(args: string[], opts: KeelOptions = {}) {
    this.proc = spawn(process.execPath, [...(opts.nodeArgs ?? []), KEEL, ...args], {
      env: cleanEnv(opts.env), stdio: opts.stdio ?? ['ignore', 'pipe', 'pipe'],
    });
    this.proc.stdout?.setEncoding('utf8').on('data', (d: string) => { this.stdout += d; });
    this.proc.stderr?.setEncoding('utf8').on('data', (d: string) => { this.stderr += d; });
    this.done = new Promise((resolve) => {
      this.proc.once('close', (code, signal) => resolve({ code, signal, stdout: this.stdout, stderr: this.stderr }));
    });
    const limit = opts.timeoutMs ?? 20_000;
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), limit);
    void this.done.then(() => clearTimeout(timer));
  }

  /** Until fn(stdout, stderr) holds; fails early when the process has exited. */
  async waitFor(fn: (stdout: string, stderr: string) => boolean, timeoutMs = 10_000, what = 'output'): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!fn(this.stdout, this.stderr)) {
      if (this.proc.exitCode !== null || this.proc.signalCode !== null) {
        throw new Error(`keel exited (${this.proc.exitCode ?? this.proc.signalCode}) before ${what}:\n${this.stdout}\n${this.stderr}`);
      }
      if (Date.now() > until) throw new Error(`no ${what} within ${timeoutMs} ms:\n${this.stdout}\n${this.stderr}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

/** Runs keel to completion. */
export function keel(args: string[], opts: KeelOptions = {}): Promise<KeelResult> {
  return new KeelProcess(args, opts).done;
}

/** A free TCP port on 127.0.0.1 (free when asked; good enough for a test's own daemon). */
export async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as net.AddressInfo).port;
  await new Promise((r) => srv.close(r));
  return port;
}
