// keel run/create --init → the create body's HostConfig.Init (as the docker CLI sends it: only when given).
import type { Command } from 'commander';

export interface InitOptions {
  init?: boolean;
}

/** Adds the flag to `run` and `create` (loaded on every start: no imports beyond commander's types). */
export function initFlags(c: Command): Command {
  return c.option('--init', 'run an init inside the container that forwards signals and reaps processes');
}

export function initBody(o: InitOptions): Record<string, unknown> {
  return o.init ? { Init: true } : {};
}
