import type { keel } from '../../../../../proto';
import type { JobClient } from '../../../../kit/src';
import { engine as engineContainers } from '../../../../engine/src';
import type { CallCtx } from '../system/backend';

export type Container = keel.engine.v1.IContainer;
export type ContainerConfig = keel.engine.v1.IContainerConfig;
export type WaitCondition = 'not-running' | 'next-exit' | 'removed';

/** The container routes' view of the daemon: narrow, so tests can give a fake one. */
export interface ContainerBackend {
  create(name: string, config: ContainerConfig, c: CallCtx): Promise<{ id: string; warnings: string[] }>;
  /** true when it was running already */
  start(id: string, c: CallCtx): Promise<boolean>;
  /** resolves when the condition holds; long: abort it through c.signal */
  wait(id: string, condition: WaitCondition, c: CallCtx): Promise<{ statusCode: number; error: string }>;
  remove(id: string, force: boolean, c: CallCtx): Promise<void>;
  /** timeout: seconds, null = the container's own; true when it was not running (304) */
  stop(id: string, timeout: number | null, c: CallCtx): Promise<boolean>;
  /** signal: a name or number as given, "" = SIGKILL */
  kill(id: string, signal: string, c: CallCtx): Promise<void>;
  restart(id: string, timeout: number | null, c: CallCtx): Promise<void>;
  list(all: boolean, c: CallCtx): Promise<Container[]>;
  inspect(id: string, c: CallCtx): Promise<Container>;
  /** the json-file log's path (the api reads it directly: bulk bytes move by path) */
  logs(id: string, c: CallCtx): Promise<{ logPath: string; running: boolean }>;
  /** one sample of the container's cgroup counters */
  stats(id: string, c: CallCtx): Promise<keel.engine.v1.IContainerStatsResponse>;
  top(id: string, psArgs: string[], c: CallCtx): Promise<{ titles: string[]; processes: string[][] }>;
  pause(id: string, c: CallCtx): Promise<void>;
  unpause(id: string, c: CallCtx): Promise<void>;
}

/** A wait lasts as long as the container runs: a day, and the client's disconnect aborts it sooner. */
export const WAIT_TIMEOUT_MS = 24 * 3600_000;

function stopArgs(id: string, timeout: number | null) {
  return timeout === null ? { id } : { id, timeout, timeoutSet: true };
}

/** A stop lasts its timeout and a bit (the exit, SIGKILL's); unknown or for ever: as long as a wait. */
function stopCallTimeout(timeout: number | null): number {
  return timeout !== null && timeout >= 0 ? timeout * 1000 + 60_000 : WAIT_TIMEOUT_MS;
}

export function busContainerBackend(client: JobClient): ContainerBackend {
  return {
    create: async (name, config, c) => {
      const r = await client.call(engineContainers, 'container.create', { name, config }, c);
      return { id: r.id, warnings: r.warnings ?? [] };
    },
    start: async (id, c) => (await client.call(engineContainers, 'container.start', { id }, { ...c, timeoutMs: 120_000 })).alreadyRunning,
    wait: async (id, condition, c) => {
      const r = await client.call(engineContainers, 'container.wait', { id, condition }, { ...c, timeoutMs: WAIT_TIMEOUT_MS });
      return { statusCode: r.statusCode, error: r.error };
    },
    stop: async (id, timeout, c) => (await client.call(engineContainers, 'container.stop', stopArgs(id, timeout), { ...c, timeoutMs: stopCallTimeout(timeout) })).notModified,
    kill: async (id, signal, c) => { await client.call(engineContainers, 'container.kill', { id, signal }, { ...c, timeoutMs: 60_000 }); },
    restart: async (id, timeout, c) => { await client.call(engineContainers, 'container.restart', stopArgs(id, timeout), { ...c, timeoutMs: stopCallTimeout(timeout) + 120_000 }); },
    remove: async (id, force, c) => { await client.call(engineContainers, 'container.remove', { id, force }, { ...c, timeoutMs: 120_000 }); },
    list: async (all, c) => (await client.call(engineContainers, 'container.list', { all }, c)).containers ?? [],
    inspect: async (id, c) => (await client.call(engineContainers, 'container.inspect', { id }, c)).container ?? {},
    logs: async (id, c) => {
      const r = await client.call(engineContainers, 'container.logs', { id }, c);
      return { logPath: r.logPath, running: r.running };
    },
    stats: async (id, c) => await client.call(engineContainers, 'container.stats', { id }, c),
    top: async (id, psArgs, c) => {
      const r = await client.call(engineContainers, 'container.top', { id, psArgs }, { ...c, timeoutMs: 30_000 });
      return { titles: r.titles ?? [], processes: (r.processes ?? []).map((p) => p.fields ?? []) };
    },
    pause: async (id, c) => { await client.call(engineContainers, 'container.pause', { id }, { ...c, timeoutMs: 30_000 }); },
    unpause: async (id, c) => { await client.call(engineContainers, 'container.unpause', { id }, { ...c, timeoutMs: 30_000 }); },
  };
}
