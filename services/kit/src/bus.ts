import { readFileSync, writeFileSync } from 'node:fs';
import { connect, type NatsConnection } from 'nats';

/** What a bus client needs to connect: kept by keeld in exec-root/bus/<user>.json, mode 0600. */
export interface BusCredentials {
  url: string;
  user: string;
  password: string;
}

export function readCredentials(path: string): BusCredentials {
  const c = JSON.parse(readFileSync(path, 'utf8')) as BusCredentials;
  if (!c.url || !c.user || !c.password) throw new Error(`bus credentials ${path} are incomplete`);
  return c;
}

export function writeCredentials(path: string, creds: BusCredentials): void {
  writeFileSync(path, JSON.stringify(creds) + '\n', { mode: 0o600 });
}

/** The subject prefix of a user's reply inboxes; nats-server lets only that user read below it. */
export function inboxPrefix(user: string): string {
  return `_INBOX.${user}`;
}

/**
 * Connects to the daemon's bus. The connection never gives up reconnecting: when nats-server
 * restarts (keeld brings it back on the same address and credentials) every client comes back.
 */
export async function connectBus(creds: BusCredentials, name: string): Promise<NatsConnection> {
  const hostport = creds.url.replace(/^nats:\/\//, '');
  return connect({
    servers: hostport,
    user: creds.user,
    pass: creds.password,
    name,
    inboxPrefix: inboxPrefix(creds.user),
    maxReconnectAttempts: -1,
    reconnectTimeWait: 50,
    reconnectJitter: 20,
    waitOnFirstConnect: true,
    pingInterval: 10_000,
  });
}
