// keel run/create flags of mounts (-v, --mount, --tmpfs) → the create body's HostConfig keys (as the docker CLI sends them).
import type { Command } from 'commander';

export interface MountOptions {
  [flag: string]: unknown;
}

/** Adds the flags to `run` and `create` (loaded on every start: no imports beyond commander's types). */
export function mountFlags(c: Command): Command {
  return c;
}

export function mountsBody(_o: MountOptions): Record<string, unknown> {
  return {};
}
