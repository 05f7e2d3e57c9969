import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { connect as tcpConnect } from 'node:net';
import { join } from 'node:path';
import type { Logger } from '../../kit/src';
import type { Permissions } from './permissions';

export interface BusUser {
  user: string;
  password: string;
  permissions: Permissions;
}

export interface NatsServerOptions {
  binary: string;
  dir: string;          // exec-root/bus
  port: number;         // 0: pick one at first start, then keep it
  users: BusUser[];
  log: Logger;
  onUnexpectedExit: (code: number | null, signal: string | null) => void;
}

/** Finds nats-server: $KEEL_NATS_SERVER, then the PATH, then Debian's location. */
export function findNatsServer(): string {
  const candidates = [process.env.KEEL_NATS_SERVER, ...(process.env.PATH ?? '').split(':').map((d) => join(d, 'nats-server')), '/usr/bin/nats-server', '/usr/sbin/nats-server'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  throw new Error('nats-server was not found; install it (deploy/setup.sh does: apt-get install nats-server) or set KEEL_NATS_SERVER');
}

/**
 * How to run nats-server so that it ends with keeld, even a SIGKILLed one: under util-linux's
 * setpriv, which sets the parent-death signal (SIGKILL) and execs it (the pid stays nats-server's).
 * Without setpriv it runs as it is, and the next keeld ends a server left behind (reapStale).
 */
export function natsArgv(binary: string, config: string, setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p))): string[] {
  const argv = [binary, '-c', config];
  return setpriv ? [setpriv, '--pdeathsig', 'KILL', '--', ...argv] : argv;
}

/**
 * The daemon's bus: a nats-server child on 127.0.0.1 with a configuration written at each
 * start (users, passwords and permissions). Restarting it keeps the address and credentials.
 */
export class NatsServer {
  private child: ChildProcess | null = null;
  private stopping = false;
  port: number;

  constructor(private readonly opts: NatsServerOptions) {
    this.port = opts.port;
  }

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  get pid(): number {
    return this.child?.pid ?? 0;
  }

  get configPath(): string {
    return join(this.opts.dir, 'nats.conf');
  }

  get pidPath(): string {
    return join(this.opts.dir, 'nats.pid');
  }

  /** Ends a nats-server a crashed keeld left behind, found by the pid file it wrote. */
  static reapStale(dir: string, log: Logger): void {
    const pidPath = join(dir, 'nats.pid');
    if (!existsSync(pidPath)) return;
    const pid = Number(readFileSync(pidPath, 'utf8').trim());
    if (!pid) return;
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (cmdline.includes('nats-server') && cmdline.includes(join(dir, 'nats.conf'))) {
        log.warn({ pid }, 'ending the nats-server a previous keeld left running');
        process.kill(pid, 'SIGKILL');
      }
    } catch {
      // not running
    }
  }

  async start(): Promise<void> {
    const config = {
      host: '127.0.0.1',
      port: this.port || -1,
      pid_file: this.pidPath,
      ports_file_dir: this.opts.dir,
      max_payload: 1024 * 1024,
      write_deadline: '10s',
      authorization: {
        users: this.opts.users.map((u) => ({ user: u.user, password: u.password, permissions: u.permissions })),
      },
    };
    writeFileSync(this.configPath, JSON.stringify(config, null, 2) + '\n', { mode: 0o600 });
    for (const f of readdirSync(this.opts.dir)) if (f.endsWith('.ports')) rmSync(join(this.opts.dir, f), { force: true });

    const [cmd, ...args] = natsArgv(this.opts.binary, this.configPath);
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    this.child = child;
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) if (line.trim()) this.opts.log.debug({ nats: line.trim() }, 'nats-server');
    });
    const exited = new Promise<never>((_, reject) => {
      child.once('exit', (code, signal) => reject(new Error(`nats-server exited during start (${signal ?? `exit ${code}`})`)));
      child.once('error', reject);
    });
    exited.catch(() => undefined);
    await Promise.race([this.waitReady(child.pid!), exited]);
    child.removeAllListeners('exit');
    child.once('exit', (code, signal) => {
      if (this.child === child) this.child = null;
      if (!this.stopping) this.opts.onUnexpectedExit(code, signal);
    });
  }

  private async waitReady(pid: number): Promise<void> {
    const portsFile = join(this.opts.dir, `${this.opts.binary.split('/').pop()}_${pid}.ports`);
    const until = Date.now() + 10_000;
    while (Date.now() < until) {
      if (existsSync(portsFile)) {
        try {
          const ports = JSON.parse(readFileSync(portsFile, 'utf8')) as { nats: string[] };
          const port = Number(new URL(ports.nats[0]).port);
          if (await canConnect(port)) {
            this.port = port;
            return;
          }
        } catch {
          // file still being written
        }
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error('nats-server did not become ready within 10 s');
  }

  async stop(timeoutMs = 5_000): Promise<void> {
    this.stopping = true;
    const child = this.child;
    if (child && child.exitCode === null && child.signalCode === null) {
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      await gone;
      clearTimeout(t);
    }
    this.child = null;
    for (const f of readdirSync(this.opts.dir)) {
      if (f.endsWith('.ports') || f === 'nats.pid' || f === 'nats.conf') rmSync(join(this.opts.dir, f), { force: true });
    }
  }
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = tcpConnect({ host: '127.0.0.1', port }, () => { s.destroy(); resolve(true); });
    s.on('error', () => resolve(false));
  });
}
