// keel run/create flags of cgroup limits → the create body's HostConfig keys (as the docker CLI sends them).
import type { Command } from 'commander';

export interface ResourceOptions {
  [flag: string]: unknown;
}

/** Adds the flags to `run` and `create` (loaded on every start: no imports beyond commander's types). */
export function resourceFlags(c: Command): Command {
  return c;
}

export function resourcesBody(_o: ResourceOptions): Record<string, unknown> {
  return {};
}
