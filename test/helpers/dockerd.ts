import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { basename, join } from 'node:path';

export const DOCKERD = ['/usr/sbin/dockerd', '/usr/bin/dockerd'].find((p) => existsSync(p)) ?? '';

/**
 * A dockerd of a test's own, for interoperability tests: its data-root, exec-root, socket and
 * containerd namespace under dir; no bridge, no iptables, no forwarding (it touches no host-global
 * network state). stop() ends it (and the containerd it started) and detaches its mounts.
 */
export class TestDockerd {
  proc?: ChildProcess;
  constructor(readonly dir: string) {}

  get sock(): string { return join(this.dir, 'docker.sock'); }
  get host(): string { return `unix://${this.sock}`; }
  get env(): NodeJS.ProcessEnv { return { DOCKER_HOST: this.host, DOCKER_CONFIG: join(this.dir, 'cli-config') }; }

  async start(): Promise<void> {
    mkdirSync(this.dir, { recursive: true });
    const ns = `keel-test-${basename(this.dir)}`;
    const log = openSync(join(this.dir, 'dockerd.log'), 'a');
    this.proc = spawn(DOCKERD, [
      '--data-root', join(this.dir, 'data'), '--exec-root', join(this.dir, 'exec'), '-H', this.host,
      '--pidfile', join(this.dir, 'dockerd.pid'), '--bridge=none', '--iptables=false', '--ip6tables=false',
      '--ip-forward=false', '--ip-masq=false', '--userland-proxy=false', '--storage-driver', 'overlay2',
      '--containerd-namespace', ns, '--containerd-plugins-namespace', `${ns}-plugins`,
    ], { stdio: ['ignore', log, log] });
    const until = Date.now() + 60_000;
    while (Date.now() < until) {
      if (this.proc.exitCode !== null) throw new Error(`dockerd exited: ${this.log()}`);
      if (await ping(this.sock)) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`dockerd did not answer within 60 s: ${this.log()}`);
  }

  log(): string {
    try {
      return readFileSync(join(this.dir, 'dockerd.log'), 'utf8').slice(-4000);
    } catch {
      return '';
    }
  }

  async stop(): Promise<void> {
    const p = this.proc;
    if (p && p.exitCode === null && p.signalCode === null) {
      const gone = new Promise((r) => p.once('exit', r));
      p.kill('SIGTERM');
      const t = setTimeout(() => p.kill('SIGKILL'), 30_000);
      await gone;
      clearTimeout(t);
    }
    const mounts = readFileSync('/proc/self/mountinfo', 'utf8').split('\n').map((l) => l.split(' ')[4]).filter((m) => m?.startsWith(this.dir));
    for (const m of mounts.sort((a, b) => b.length - a.length)) spawnSync('umount', ['-l', m]);
  }
}

function ping(sock: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.request({ socketPath: sock, path: '/_ping', method: 'GET' }, (res) => { res.resume(); resolve(res.statusCode === 200); });
    req.on('error', () => resolve(false));
    req.end();
  });
}
