// keel run/create flags of confinement → the create body's HostConfig keys (as the docker CLI sends them).
import type { Command } from 'commander';

export interface SecurityOptions {
  [flag: string]: unknown;
}

/** Adds the flags to `run` and `create` (loaded on every start: no imports beyond commander's types). */
export function securityFlags(c: Command): Command {
  return c;
}

export function securityBody(_o: SecurityOptions): Record<string, unknown> {
  return {};
}
