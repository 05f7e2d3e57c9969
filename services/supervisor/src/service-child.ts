import { type ChildProcess, spawn } from 'node:child_process';
import type { Logger } from '../../kit/src';

export type ChildState = 'starting' | 'running' | 'restarting' | 'failed' | 'stopping' | 'stopped';

export interface RestartPolicy {
  /** At most this many restarts within periodMs; one more and the service is marked failed. */
  intensity: number;
  periodMs: number;
  /** Delay before the n-th restart in the period: 0 for the first, then doubling, capped. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export interface ServiceChildOptions {
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  /** Extra fds handed to the child from fd 3 on (socket activation for the api). */
  extraFds: number[];
  policy: RestartPolicy;
  shutdownMs: number;
  log: Logger;
  /** Resolves when the new process answers its health job. */
  waitReady: (child: ServiceChild) => Promise<void>;
  onEvent: (ev: { type: 'started' | 'exited' | 'failed'; child: ServiceChild; code?: number | null; signal?: string | null; reason?: string }) => void;
}

/**
 * One supervised service process (one_for_one): restarted with backoff when it dies, marked
 * failed when it dies more often than its restart intensity allows, the other services untouched.
 */
export class ServiceChild {
  state: ChildState = 'stopped';
  restarts = 0;
  startedMs = 0;
  lastExit = '';
  private proc: ChildProcess | null = null;
  private recentRestarts: number[] = [];
  private restartTimer: NodeJS.Timeout | null = null;

  constructor(readonly opts: ServiceChildOptions) {}

  get name(): string {
    return this.opts.name;
  }

  get pid(): number {
    return this.proc?.pid ?? 0;
  }

  /** Starts the process and waits until it answers its health job. */
  async start(): Promise<void> {
    this.state = this.restarts ? 'restarting' : 'starting';
    const proc = spawn(this.opts.command, this.opts.args, {
      env: this.opts.env,
      stdio: ['pipe', 'inherit', 'inherit', ...this.opts.extraFds],
      // its own process group: a terminal's ^C reaches keeld, which stops the services in order
      detached: true,
    });
    this.proc = proc;
    proc.stdin!.on('error', () => undefined);
    const died = new Promise<never>((_, reject) => {
      proc.once('exit', (code, signal) => reject(new Error(`${this.name} exited while starting (${signal ?? `exit ${code}`})`)));
      proc.once('error', reject);
    });
    died.catch(() => undefined);
    proc.once('exit', (code, signal) => this.onExit(proc, code, signal));
    try {
      await Promise.race([this.opts.waitReady(this), died]);
    } catch (err) {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
      throw err;
    }
    this.state = 'running';
    this.startedMs = Date.now();
    this.opts.onEvent({ type: 'started', child: this });
  }

  /**
   * Ends what the service left running in its process group (a cp, mount or zstd it had spawned):
   * its replacement reconciles the service's state, and a helper still writing would undo that.
   * Containers are not in it (their shims make sessions of their own).
   */
  private endGroup(proc: ChildProcess): void {
    if (!proc.pid) return;
    try {
      process.kill(-proc.pid, 'SIGKILL');
    } catch {
      // ESRCH: nothing of the group is left
    }
  }

  private onExit(proc: ChildProcess, code: number | null, signal: string | null): void {
    this.endGroup(proc);
    if (this.proc !== proc) return;
    this.proc = null;
    this.startedMs = 0;
    this.lastExit = signal ? `signal ${signal}` : `exit ${code}`;
    if (this.state === 'stopping' || this.state === 'stopped') {
      this.state = 'stopped';
      return;
    }
    this.opts.onEvent({ type: 'exited', child: this, code, signal });
    this.scheduleRestart();
  }

  private scheduleRestart(): void {
    const now = Date.now();
    const { intensity, periodMs, baseDelayMs, maxDelayMs } = this.opts.policy;
    this.recentRestarts = this.recentRestarts.filter((t) => now - t < periodMs);
    if (this.recentRestarts.length >= intensity) {
      this.state = 'failed';
      const reason = `died ${this.recentRestarts.length + 1} times within ${periodMs / 1000} s (last: ${this.lastExit}); not restarting it`;
      this.opts.log.error({ service: this.name }, reason);
      this.opts.onEvent({ type: 'failed', child: this, reason });
      return;
    }
    const n = this.recentRestarts.length;
    const delay = n === 0 ? 0 : Math.min(baseDelayMs * 2 ** (n - 1), maxDelayMs);
    this.recentRestarts.push(now);
    this.state = 'restarting';
    this.opts.log.warn({ service: this.name, delayMs: delay, lastExit: this.lastExit }, 'restarting service');
    this.restartTimer = setTimeout(() => {
      this.restartTimer = null;
      this.restarts++;
      // a start that fails ends its process, and onExit schedules the next try
      this.start().catch((err) => this.opts.log.error({ service: this.name, err: (err as Error).message }, 'restart failed'));
    }, delay);
  }

  /** Restarts the process now (keel service restart), resetting nothing of its history. */
  async restart(timeoutMs = this.opts.shutdownMs): Promise<void> {
    await this.stop(timeoutMs);
    this.restarts++;
    await this.start();
  }

  /** SIGTERM, then SIGKILL after the grace period; resolves when the process is gone. */
  async stop(timeoutMs = this.opts.shutdownMs): Promise<void> {
    if (this.restartTimer) clearTimeout(this.restartTimer);
    this.restartTimer = null;
    this.state = 'stopping';
    const proc = this.proc;
    if (proc && proc.exitCode === null && proc.signalCode === null) {
      const gone = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      const t = setTimeout(() => proc.kill('SIGKILL'), timeoutMs);
      await gone;
      clearTimeout(t);
    }
    this.state = 'stopped';
  }
}
