import pino from 'pino';

export type Logger = pino.Logger;

/** A service's logger: JSON lines on stderr, named after the service. */
export function createLogger(name: string, level: string = process.env.KEEL_LOG_LEVEL ?? 'info'): Logger {
  return pino({ name, level, base: { pid: process.pid } }, pino.destination({ fd: 2, sync: false }));
}
