import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NatsConnection } from 'nats';
import { keel } from '../../../proto';
import {
  type DaemonConfig, FailedPreconditionError, buildInfo, JobClient, type Logger, ServiceRunner, UnavailableError,
  connectBus, createLogger, defineService, isLoopback, kitContract, parseHost, paths, publishEvent, writeCredentials,
} from '../../kit/src';
import { keeld } from './contract';
import { busStats } from './handlers/bus-stats';
import { restartService } from './handlers/service-restart';
import { listServices } from './handlers/service-list';
import { acquireLock } from './lock';
import { NatsServer, findNatsServer } from './nats-server';
import { type BusUser } from './nats-server';
import { SERVICES, SUPERVISOR_USER, TAP_USER, supervisorPermissions, servicePermissions, tapPermissions } from './permissions';
import { ServiceChild } from './service-child';
import type { SupervisorState } from './state';

const VERSION = buildInfo().version;
const READY_TIMEOUT_MS = 20_000;
const SHUTDOWN_MS = 10_000;

/** Checks the API addresses before anything starts: a non-loopback tcp:// needs --tlsverify. */
export function checkHosts(config: DaemonConfig): void {
  for (const raw of config.hosts) {
    const h = parseHost(raw);
    if (h.type === 'tcp' && !isLoopback(h.host) && !config.tlsVerify) {
      throw new FailedPreconditionError(
        `refusing to listen on ${h.raw} without TLS client verification: anyone who reaches that address would control this host. ` +
        'Add --tlsverify --tlscacert CA --tlscert CERT --tlskey KEY, or listen on 127.0.0.1 or a unix:// socket',
      );
    }
    if (h.type === 'tcp' && config.tls && (!config.tlsCert || !config.tlsKey)) {
      throw new FailedPreconditionError(`TLS on ${h.raw} needs --tlscert and --tlskey`);
    }
    if (h.type === 'tcp' && config.tlsVerify && !config.tlsCaCert) {
      throw new FailedPreconditionError(`--tlsverify on ${h.raw} needs --tlscacert`);
    }
  }
}

/** Socket-activation fds handed to keeld by systemd (LISTEN_PID/LISTEN_FDS), from fd 3 on. */
function activationFds(): number[] {
  const n = Number(process.env.LISTEN_FDS ?? 0);
  if (!n || Number(process.env.LISTEN_PID) !== process.pid) return [];
  return Array.from({ length: n }, (_, i) => 3 + i);
}

/**
 * keeld: the init of the microkernel. Starts nats-server with fresh credentials, then each
 * service in order (each only once the previous answers its health job), keeps them alive
 * one_for_one, and stops everything in reverse order.
 */
export class Daemon {
  readonly log: Logger;
  onFatal: (reason: string) => void = () => undefined;
  private readonly p: ReturnType<typeof paths>;
  private releaseLock: (() => void) | null = null;
  private nats: NatsServer | null = null;
  private nc: NatsConnection | null = null;
  private client: JobClient | null = null;
  private runner: ServiceRunner<typeof keeld.jobs, SupervisorState> | null = null;
  private children: ServiceChild[] = [];
  private stopped = false;
  private booted = false;
  private stopping: Promise<void> | null = null;

  constructor(readonly config: DaemonConfig) {
    this.log = createLogger('keeld', config.logLevel);
    this.p = paths(config);
  }

  async start(): Promise<void> {
    const c = this.config;
    checkHosts(c);
    const fds = activationFds();
    if (c.hosts.some((h) => parseHost(h).type === 'fd') && !fds.length) {
      throw new FailedPreconditionError('fd:// was asked for, but no sockets were passed (LISTEN_FDS); start keeld from its systemd socket unit');
    }
    mkdirSync(c.dataRoot, { recursive: true, mode: 0o711 });
    // traversable (0711) so a socket group can reach keel.sock; the bus credentials stay in a 0700 dir
    mkdirSync(c.execRoot, { recursive: true, mode: 0o711 });
    this.releaseLock = acquireLock(this.p.lock, c.dataRoot);
    rmSync(c.pidfile, { force: true }); // a killed keeld's; the lock is ours now
    mkdirSync(this.p.busDir, { recursive: true, mode: 0o700 });
    NatsServer.reapStale(this.p.busDir, this.log);

    // a fresh user and password for every service at every start
    const users: BusUser[] = [
      { user: SUPERVISOR_USER, password: secret(), permissions: supervisorPermissions },
      { user: TAP_USER, password: secret(), permissions: tapPermissions },
      ...SERVICES.map((s) => ({ user: s, password: secret(), permissions: servicePermissions(s) })),
    ];
    this.nats = new NatsServer({
      binary: findNatsServer(), dir: this.p.busDir, port: c.busPort, users, log: this.log,
      onUnexpectedExit: (code, signal) => void this.restartBus(code, signal),
    });
    await this.nats.start();
    this.checkNotStopped();
    for (const u of users) writeCredentials(this.p.busCreds(u.user), { url: this.nats.url, user: u.user, password: u.password });
    writeFileSync(this.p.runtimeConfig, JSON.stringify(c, null, 2) + '\n', { mode: 0o600 });

    this.nc = await connectBus({ url: this.nats.url, user: SUPERVISOR_USER, password: users[0].password }, 'keeld');
    this.client = new JobClient(this.nc, 'keeld', `_INBOX.${SUPERVISOR_USER}`, { trackServices: false });
    const state: SupervisorState = { children: this.children, statusOf: (ch) => this.statusOf(ch) };
    this.runner = new ServiceRunner(defKeeld, this.nc, this.client, state, this.log);

    const mainOf = (svc: string) => join(__dirname, '..', '..', svc, 'src', 'main.js');
    for (const svc of SERVICES) {
      const isApi = svc === 'api';
      const child = new ServiceChild({
        name: svc,
        command: process.execPath,
        args: [mainOf(svc)],
        env: {
          ...process.env,
          KEEL_CONFIG: this.p.runtimeConfig,
          KEEL_BUS_CREDS: this.p.busCreds(svc),
          KEEL_SUPERVISED: '1',
          KEEL_LOG_LEVEL: c.logLevel,
          LISTEN_PID: undefined,
          LISTEN_FDS: isApi && fds.length ? String(fds.length) : undefined,
          LISTEN_FDNAMES: isApi ? process.env.LISTEN_FDNAMES : undefined,
        },
        extraFds: isApi ? fds : [],
        policy: { intensity: c.restartIntensity, periodMs: c.restartPeriodS * 1000, baseDelayMs: 100, maxDelayMs: 2_000 },
        shutdownMs: SHUTDOWN_MS,
        log: this.log,
        waitReady: (ch) => this.waitReady(ch),
        onEvent: (ev) => this.onChildEvent(ev),
      });
      this.children.push(child);
      await child.start();
      this.checkNotStopped();
      this.log.info({ service: svc, pid: child.pid }, 'service ready');
    }
    writeFileSync(c.pidfile, `${process.pid}\n`);
    this.booted = true;
    this.log.info({ hosts: c.hosts, bus: this.nats.url, version: VERSION }, 'keeld ready');
  }

  /** A signal during start stops the daemon; start gives up at its next step. */
  private checkNotStopped(): void {
    if (this.stopped) throw new Error('stopped while starting');
  }

  private async waitReady(child: ServiceChild): Promise<void> {
    const until = Date.now() + READY_TIMEOUT_MS;
    let last: unknown;
    while (Date.now() < until) {
      try {
        const pong = await this.client!.call(kitContract(child.name), 'service.ping', {}, { timeoutMs: 1_000 });
        if (pong.pid === child.pid) return;
        last = new Error(`answered by pid ${pong.pid}, expected ${child.pid}`);
      } catch (err) {
        last = err;
        if (!(err instanceof UnavailableError)) await sleep(20);
      }
      await sleep(15);
    }
    throw new Error(`${child.name} did not answer its health job within ${READY_TIMEOUT_MS / 1000} s: ${(last as Error)?.message}`);
  }

  private onChildEvent(ev: Parameters<ConstructorParameters<typeof ServiceChild>[0]['onEvent']>[0]): void {
    if (!this.nc) return;
    const ev1 = keel.events.v1;
    const svc = ev.child.name;
    if (ev.type === 'started') {
      publishEvent(this.nc, 'keeld', 'service.started', ev1.ServiceStarted, { service: svc, pid: ev.child.pid, restarts: ev.child.restarts });
    } else if (ev.type === 'exited') {
      this.log.warn({ service: svc, code: ev.code, signal: ev.signal }, 'service exited');
      publishEvent(this.nc, 'keeld', 'service.exited', ev1.ServiceExited, { service: svc, exitCode: ev.code ?? -1, signal: ev.signal ?? '' });
    } else {
      publishEvent(this.nc, 'keeld', 'service.failed', ev1.ServiceFailed, { service: svc, reason: ev.reason ?? '' });
    }
  }

  private async restartBus(code: number | null, signal: string | null): Promise<void> {
    if (this.stopped || !this.nats) return;
    this.log.error({ code, signal }, 'nats-server exited; restarting it on the same address');
    for (let attempt = 1; attempt <= 5 && !this.stopped; attempt++) {
      try {
        await this.nats.start();
        this.log.info({ url: this.nats.url }, 'nats-server is back');
        return;
      } catch (err) {
        this.log.error({ attempt, err: (err as Error).message }, 'nats-server restart failed');
        await sleep(200 * attempt);
      }
    }
    if (!this.stopped) this.onFatal('nats-server could not be restarted');
  }

  statusOf(ch: ServiceChild): keel.keeld.v1.IServiceStatus {
    return { name: ch.name, pid: ch.pid, state: ch.state, restarts: ch.restarts, startedMs: ch.startedMs, lastExit: ch.lastExit };
  }

  /**
   * Stops the services in reverse order, then the bus; removes every runtime file. Safe to call
   * at any time, also while start() is still running, and more than once (one stop happens).
   */
  stop(): Promise<void> {
    this.stopped = true;
    this.stopping ??= this.doStop();
    return this.stopping;
  }

  private async doStop(): Promise<void> {
    for (const ch of [...this.children].reverse()) {
      await ch.stop().catch((err) => this.log.error({ service: ch.name, err: (err as Error).message }, 'stop failed'));
    }
    await this.runner?.stop(1_000);
    this.client?.close();
    await this.nc?.close().catch(() => undefined);
    await this.nats?.stop();
    rmSync(this.p.busDir, { recursive: true, force: true });
    rmSync(this.p.runtimeConfig, { force: true });
    if (this.booted) {
      // the api unlinks its sockets when it closes; this covers an api that was killed
      for (const h of this.config.hosts) {
        const addr = parseHost(h);
        if (addr.type === 'unix') rmSync(addr.path, { force: true });
      }
      rmSync(this.config.pidfile, { force: true });
    }
    this.releaseLock?.();
  }
}

const defKeeld = defineService<typeof keeld.jobs, SupervisorState>({
  contract: keeld,
  version: VERSION,
  requires: [],
  handlers: { 'service.list': listServices, 'service.restart': restartService, 'bus.stats': busStats },
});

function secret(): string {
  return randomBytes(24).toString('base64url');
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
