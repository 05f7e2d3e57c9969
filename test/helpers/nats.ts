import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BINARY = ['/usr/sbin/nats-server', '/usr/bin/nats-server'].find((p) => existsSync(p)) ?? 'nats-server';

/** A nats-server of a test's own on 127.0.0.1 and a free port; config is merged into the defaults. */
export class TestNats {
  readonly dir = mkdtempSync(join(tmpdir(), 'keel-nats-'));
  proc!: ChildProcess;
  port = 0;

  async start(config: Record<string, unknown> = {}): Promise<this> {
    const conf = join(this.dir, 'nats.conf');
    writeFileSync(conf, JSON.stringify({ host: '127.0.0.1', port: -1, ports_file_dir: this.dir, ...config }));
    this.proc = spawn(BINARY, ['-c', conf], { stdio: 'ignore' });
    const until = Date.now() + 10_000;
    while (Date.now() < until) {
      const f = readdirSync(this.dir).find((n) => n.endsWith('.ports'));
      if (f) {
        try {
          this.port = Number(new URL((JSON.parse(readFileSync(join(this.dir, f), 'utf8')) as { nats: string[] }).nats[0]).port);
          return this;
        } catch {
          // being written
        }
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error('nats-server did not start');
  }

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    if (this.proc && this.proc.exitCode === null && this.proc.signalCode === null) {
      const gone = new Promise((r) => this.proc.once('exit', r));
      this.proc.kill('SIGTERM');
      await gone;
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
