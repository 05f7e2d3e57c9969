// A command run in a real pty (util-linux's `script`), as a user's terminal would run it: the
// test types into it, reads what it shows, and changes the window size (stty on the pty's
// slave: the kernel sends the foreground process SIGWINCH).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync, readlinkSync } from 'node:fs';

export class Pty {
  readonly proc: ChildProcess;
  output = '';
  readonly exited: Promise<number | null>;

  /** command: a shell command line; the terminal starts rows × cols. */
  constructor(command: string, opts: { rows?: number; cols?: number; env?: NodeJS.ProcessEnv } = {}) {
    const line = `stty rows ${opts.rows ?? 24} cols ${opts.cols ?? 80}; exec ${command}`;
    this.proc = spawn('script', ['-qfec', line, '/dev/null'], { env: { ...process.env, ...opts.env }, stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stdout!.on('data', (d) => { this.output += d; });
    this.proc.stderr!.on('data', (d) => { this.output += d; });
    this.exited = new Promise((resolve) => this.proc.on('exit', (code) => resolve(code)));
  }

  /** Types text (\r is Enter). */
  send(text: string): void {
    this.proc.stdin!.write(text);
  }

  /** Resolves once the output (from `from` on) matches; rejects after timeoutMs with what was shown. */
  async waitFor(re: RegExp, from = 0, timeoutMs = 15_000): Promise<RegExpMatchArray> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const m = this.output.slice(from).match(re);
      if (m) return m;
      if (Date.now() > end) throw new Error(`pty: no ${re} in ${JSON.stringify(this.output.slice(from))}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** The pty's slave, as the command (script's child) has it on fd 0. */
  private slave(): string {
    const children = readFileSync(`/proc/${this.proc.pid}/task/${this.proc.pid}/children`, 'utf8').trim().split(/\s+/);
    return readlinkSync(`/proc/${children[0]}/fd/0`);
  }

  /** Changes the terminal's window size, as a terminal emulator does when its window is resized. */
  resize(rows: number, cols: number): void {
    execFileSync('stty', ['-F', this.slave(), 'rows', String(rows), 'cols', String(cols)]);
  }

  /** Ends it (if still running) and waits for its exit. */
  async close(): Promise<void> {
    if (this.proc.exitCode === null && this.proc.signalCode === null) this.proc.kill('SIGKILL');
    await this.exited;
  }
}
