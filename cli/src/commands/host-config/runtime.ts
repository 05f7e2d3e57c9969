// keel run/create --runtime → the create body's HostConfig.Runtime (as the docker CLI sends it).
import type { Command } from 'commander';

export interface RuntimeOptions {
  runtime?: string;
}

/** Adds --runtime to `run` and `create` (loaded on every start: no imports beyond commander's types). */
export function runtimeFlags(c: Command): Command {
  return c.option('--runtime <name>', 'Runtime to use for this container (native, runc; default: the daemon\'s)');
}

export function runtimeBody(o: RuntimeOptions): Record<string, unknown> {
  return o.runtime !== undefined ? { Runtime: o.runtime } : {};
}
