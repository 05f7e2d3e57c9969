import { constants } from 'node:os';
import type { NatsConnection } from 'nats';
import { native } from '../../../addon';
import { connectBus, readCredentials } from './bus';
import { JobClient } from './client';
import type { JobTable } from './contract';
import { type DaemonConfig, loadRuntimeConfig } from './config';
import { createLogger, type Logger } from './log';
import { type ServiceDefinition, ServiceRunner } from './service';

/** What a service's setup gets: its configuration, a job client and a logger. */
export interface ServiceEnv {
  config: DaemonConfig;
  client: JobClient;
  nc: NatsConnection;
  log: Logger;
}

/** A service's own state, handed to each handler's ctx; close() runs at shutdown. */
export interface ServiceState {
  close?(): Promise<void> | void;
}

/**
 * The entry point of every service process: reads the configuration and bus credentials keeld
 * handed over (KEEL_CONFIG, KEEL_BUS_CREDS), connects, builds the state, serves its jobs, and
 * stops cleanly on SIGTERM or when keeld goes away (its stdin pipe closes).
 */
export async function serviceMain<J extends JobTable, State extends object>(
  def: ServiceDefinition<J, State>,
  setup: (env: ServiceEnv) => Promise<State> | State,
): Promise<ServiceRunner<J, State>> {
  const name = def.contract.service;
  process.title = `keel-${name}`;
  const configPath = process.env.KEEL_CONFIG;
  const credsPath = process.env.KEEL_BUS_CREDS;
  if (!configPath || !credsPath) {
    process.stderr.write(`keel-${name}: KEEL_CONFIG and KEEL_BUS_CREDS must be set; services are started by keeld\n`);
    process.exit(2);
  }
  const config = loadRuntimeConfig(configPath);
  const log = createLogger(name, config.logLevel);
  const creds = readCredentials(credsPath);
  const nc = await connectBus(creds, `keel-${name}`);
  const client = new JobClient(nc, name, `_INBOX.${creds.user}`);
  const state = await setup({ config, client, nc, log });
  const runner = new ServiceRunner(def, nc, client, state, log);
  await nc.flush();

  let stopping = false;
  const stop = async (why: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ why }, 'stopping');
    const hard = setTimeout(() => process.exit(1), 8_000);
    hard.unref();
    try {
      await runner.stop();
      await (state as ServiceState).close?.();
      client.close();
      await nc.drain();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  if (process.env.KEEL_SUPERVISED === '1') {
    // the kernel ends this service if keeld dies without stopping it (SIGKILL, crash)
    if (native()?.setParentDeathSignal(constants.signals.SIGTERM, process.ppid) === false) void stop('supervisor exited');
    // and keeld holds the other end of stdin: EOF means the supervisor is gone
    process.stdin.on('end', () => void stop('supervisor exited'));
    process.stdin.on('error', () => void stop('supervisor exited'));
    process.stdin.resume();
  }
  process.on('unhandledRejection', (err) => {
    log.fatal({ err }, 'unhandled rejection');
    process.exit(1);
  });
  log.info({ pid: process.pid }, 'ready');
  return runner;
}
