/**
 * The engine's live containers: one container machine per record, the store kept in step with
 * each machine's snapshots, events published from the same place, and the waits the jobs need
 * ("until it has started", "until it is gone"). Handlers talk to this, never to a machine.
 */
import { type Actor, type ActorOptions, type SnapshotFrom, createActor, fromPromise } from 'xstate';
import { keel } from '../../../proto';
import { CancelledError, ConflictError, InvalidArgumentError, KeelError, wrap } from '../../kit/src/errors';
import type { JobClient } from '../../kit/src/client';
import type { Logger } from '../../kit/src/log';
import { type ContainerInput, type ContainerMachine, type TaskInput, type TaskStateReport, containerMachine, dockerStatus, phaseOf } from './machines/container';
import { ambiguousId, noSuchContainer, notRunning, removeRunning } from './errors';
import { SIGKILL, parseSignal, stopSignalOf } from './signals';
import { execd, graphd } from './peers';
import type { ContainerRow, ContainerStatus, ContainerStore, Phase } from './store';

type Snap = SnapshotFrom<ContainerMachine>;
type Impl = Parameters<ContainerMachine['provide']>[0]['actors'];

/** Where a container's events go: keel.events.engine.container.<verb>. */
export type Publish = (verb: 'created' | 'started' | 'died' | 'destroyed', ev: keel.engine.v1.IContainerEvent) => void;

export interface RuntimeOptions {
  store: ContainerStore;
  actors: NonNullable<Impl>;
  publish: Publish;
  log: Pick<Logger, 'info' | 'warn' | 'error'>;
  now?: () => number;
  clock?: ActorOptions<ContainerMachine>['clock'];
}

/** A watcher is told each new snapshot, or null once the container is gone; true ends the watch. */
type Watcher = (snap: Snap | null) => boolean;

interface Live {
  actor: Actor<ContainerMachine>;
  last: Snap;
  persisted: string;
  watchers: Set<Watcher>;
  /** The image as the user named it, for events. */
  image: string;
  name: string;
  /** Made it past creating: its removal is a "destroyed" event. */
  announced: boolean;
  rebuilds: number;
}

const isNotFound = (e: unknown) => e instanceof KeelError && e.code === 'NOT_FOUND';

/**
 * The deadline of the background task.wait: long, but under setTimeout's limit (2^31-1 ms, about
 * 24.8 days), beyond which Node fires a timer at once. A wait that does reach it reconciles and
 * waits again.
 */
export const WAIT_TIMEOUT_MS = 20 * 24 * 3600 * 1000;

/** Docker's default stop timeout (container.DefaultStopTimeout). */
export const DEFAULT_STOP_TIMEOUT_S = 10;

/**
 * How long a stop waits before SIGKILL: the request's seconds, else (unset or -1) the container's
 * StopTimeout, else 10 s. A negative StopTimeout waits for ever (in practice: the longest timer).
 */
export function stopTimeoutMs(requested: number | null, config: keel.engine.v1.IContainerConfig): number {
  let t = requested;
  if (t === null || t === -1) t = config.stopTimeoutSet ? (config.stopTimeout ?? DEFAULT_STOP_TIMEOUT_S) : DEFAULT_STOP_TIMEOUT_S;
  if (t < 0) return WAIT_TIMEOUT_MS;
  return Math.min(t * 1000, WAIT_TIMEOUT_MS);
}

/** The machine's actors as bus jobs to graphd and execd. */
export function busActors(client: JobClient, log: Pick<Logger, 'warn'>): NonNullable<Impl> {
  const del = async (id: string) => {
    try {
      await client.call(execd, 'task.delete', { containerId: id, force: true });
    } catch (err) {
      if (!isNotFound(err)) throw wrap(err, 'delete task');
    }
  };
  const release = async (id: string) => {
    try {
      await client.call(graphd, 'rootfs.release', { containerId: id });
    } catch (err) {
      if (!isNotFound(err)) throw wrap(err, 'release rootfs');
    }
  };
  /** Both steps run even when the first fails; a second failure is attached to the first. */
  const unmake = async (id: string) => {
    const results = await Promise.allSettled([del(id), release(id)]);
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason as Error);
    if (failed.length === 1) throw failed[0];
    if (failed.length > 1) throw Object.assign(failed[0], { cause: new AggregateError(failed.slice(1), 'and') });
  };
  const create = async (input: TaskInput) => {
    try {
      const r = await client.call(execd, 'task.create', {
        containerId: input.id, rootfs: input.rootfs, process: input.process, networkMode: input.networkMode, hostConfig: input.hostConfig,
      });
      return { logPath: r.logPath, execDriver: r.execDriver };
    } catch (err) {
      throw wrap(err, 'create task');
    }
  };
  return {
    prepareRootfs: fromPromise(async ({ input }) => {
      try {
        const r = await client.call(graphd, 'rootfs.prepare', { containerId: input.id, image: input.imageId });
        return { rootfs: r.rootfsPath, driver: r.driver };
      } catch (err) {
        throw wrap(err, 'prepare rootfs');
      }
    }),
    createTask: fromPromise(async ({ input }) => create(input)),
    undoCreate: fromPromise(async ({ input }) => unmake(input.id)),
    recreateTask: fromPromise(async ({ input }) => {
      if (input.hadTask) await del(input.id);
      return create(input);
    }),
    // the start error goes back as execd gave it: clients read its words (exit 127 for "not found")
    startTask: fromPromise(async ({ input }) => {
      const r = await client.call(execd, 'task.start', { containerId: input.id });
      return { pid: r.pid, startedMs: r.startedMs };
    }),
    cleanupTask: fromPromise(async ({ input }) => {
      try {
        await del(input.id);
      } catch (err) {
        log.warn({ err, id: input.id }, 'could not delete the task of a container that failed to start');
        throw err;
      }
    }),
    waitTask: fromPromise(async ({ input, signal }) => {
      const r = await client.call(execd, 'task.wait', { containerId: input.id }, { timeoutMs: WAIT_TIMEOUT_MS, signal });
      return { exitCode: r.exitCode, finishedMs: r.finishedMs, oomKilled: r.oomKilled };
    }),
    killTask: fromPromise(async ({ input }) => {
      try {
        await client.call(execd, 'task.kill', { containerId: input.id, signal: input.signal });
      } catch (err) {
        // gone, or exited meanwhile: the wait reports the exit either way
        const over = isNotFound(err) || (err instanceof KeelError && err.code === 'CONFLICT');
        if (!over) throw wrap(err, 'kill task');
      }
    }),
    taskState: fromPromise(async ({ input }): Promise<TaskStateReport> => {
      const r = await client.call(execd, 'task.state', { containerId: input.id }, { timeoutMs: 10_000 });
      return { status: r.status, pid: r.pid, exitCode: r.exitCode, startedMs: r.startedMs, finishedMs: r.finishedMs, oomKilled: r.oomKilled, logPath: r.logPath };
    }),
    removeResources: fromPromise(async ({ input }) => unmake(input.id)),
  };
}

export class ContainerRuntime {
  private readonly live = new Map<string, Live>();
  /** running containers whose cgroup is frozen (docker pause); forgotten when they stop */
  readonly paused = new Set<string>();
  private readonly machine: ContainerMachine;
  private readonly now: () => number;
  private closing = false;

  constructor(private readonly opts: RuntimeOptions) {
    this.machine = containerMachine.provide({ actors: opts.actors });
    this.now = opts.now ?? Date.now;
  }

  get store(): ContainerStore {
    return this.opts.store;
  }

  /**
   * Rebuilds a machine for every record (engine start): running ones ask execd about their
   * task and re-arm the wait; half-made ones are undone; half-removed ones are removed.
   */
  restore(): number {
    const rows = this.opts.store.all();
    for (const row of rows) this.spawn(row, true, row.config.image ?? '');
    return rows.length;
  }

  /** Starts the machine of a new record (already inserted, phase creating); resolves once created. */
  async create(row: ContainerRow, image: string): Promise<void> {
    this.spawn(row, false, image);
    const snap = await this.until(row.id, (s) => s === null || phaseOf(s.value) !== 'creating');
    if (snap === null || phaseOf(snap.value) === null) {
      throw this.lastError(row.id) ?? new Error('create failed');
    }
  }

  private errors = new Map<string, Error>();
  private lastError(id: string): Error | undefined {
    const e = this.errors.get(id);
    this.errors.delete(id);
    return e;
  }

  private spawn(row: ContainerRow, restored: boolean, image: string, rebuilds = 0): void {
    const input: ContainerInput = {
      id: row.id, imageId: row.imageId, autoRemove: row.autoRemove, process: row.process, networkMode: row.networkMode,
      hostConfig: row.config.hostConfig ?? {},
      status: pickStatus(row), restored, now: this.now,
    };
    const actor = createActor(this.machine, { input, ...(this.opts.clock ? { clock: this.opts.clock } : {}) });
    const prev = this.live.get(row.id);
    const live: Live = {
      actor, last: actor.getSnapshot(), persisted: '', watchers: prev?.watchers ?? new Set(), image, name: row.name,
      announced: restored && row.phase !== 'creating', rebuilds,
    };
    this.live.set(row.id, live);
    actor.subscribe({
      next: (snap) => this.onSnapshot(row.id, live, snap),
      error: (err) => this.onActorError(row.id, live, err),
    });
    actor.start();
  }

  /** A machine that threw (a bug): rebuild it from its record, which reconciles with execd. */
  private onActorError(id: string, live: Live, err: unknown): void {
    if (this.closing || this.live.get(id) !== live) return;
    this.opts.log.error({ err, id }, 'container machine failed; rebuilding it from its record');
    const row = this.opts.store.get(id);
    if (!row || live.rebuilds >= 3) {
      this.live.delete(id);
      for (const w of live.watchers) w(null);
      return;
    }
    this.spawn(row, true, live.image, live.rebuilds + 1);
  }

  private onSnapshot(id: string, live: Live, snap: Snap): void {
    if (this.closing || this.live.get(id) !== live) return;
    const prev = live.last;
    live.last = snap;
    const ctx = snap.context;
    const ev = (exitCode = 0): keel.engine.v1.IContainerEvent => ({ id, name: live.name, image: live.image, exitCode });
    const phase = phaseOf(snap.value);
    if (phase === null) {
      // final: removed, or a create undone
      if (ctx.error) this.errors.set(id, ctx.error);
      this.opts.store.delete(id);
      this.live.delete(id);
      if (live.announced) this.opts.publish('destroyed', ev(ctx.status.exitCode));
      for (const w of [...live.watchers]) if (w(null)) live.watchers.delete(w);
      live.watchers.clear();
      return;
    }
    const status: ContainerStatus = { ...ctx.status, phase };
    const key = JSON.stringify(status);
    if (key !== live.persisted) {
      live.persisted = key;
      this.opts.store.update(id, status);
    }
    if (!live.announced && phase !== 'creating') {
      live.announced = true;
      this.opts.publish('created', ev());
    }
    if (ctx.starts > prev.context.starts) this.opts.publish('started', ev());
    if (ctx.exits > prev.context.exits) this.opts.publish('died', ev(ctx.status.exitCode));
    for (const w of [...live.watchers]) if (w(snap)) live.watchers.delete(w);
  }

  /** Resolves with the first snapshot (the current one included) for which pred holds; null = gone. */
  private until(id: string, pred: (s: Snap | null) => boolean, signal?: AbortSignal): Promise<Snap | null> {
    const live = this.live.get(id);
    if (!live) return pred(null) ? Promise.resolve(null) : Promise.reject(noSuchContainer(id));
    if (pred(live.last)) return Promise.resolve(live.last);
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        live.watchers.delete(w);
        reject(new CancelledError(`wait for container ${id.slice(0, 12)}: cancelled`));
      };
      const w: Watcher = (s) => {
        if (!pred(s)) return false;
        signal?.removeEventListener('abort', onAbort);
        resolve(s);
        return true;
      };
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      live.watchers.add(w);
    });
  }

  private snapshot(id: string): Snap {
    const live = this.live.get(id);
    if (!live) throw noSuchContainer(id);
    return live.last;
  }

  /** A container by full id, unique id prefix or name (with or without "/"). */
  resolve(ref: string): ContainerRow {
    const s = this.opts.store;
    const row = s.get(ref) ?? s.byName(ref);
    if (row && row.phase !== 'creating') return row;
    const matches = ref ? s.byPrefix(ref).filter((r) => r.phase !== 'creating') : [];
    if (matches.length > 1) throw ambiguousId(ref);
    if (matches.length === 1) return matches[0];
    throw noSuchContainer(ref);
  }

  /** Starts a container; already_running when it runs. A start error comes back as execd gave it. */
  async start(id: string): Promise<{ alreadyRunning: boolean }> {
    const snap = this.snapshot(id);
    const phase = phaseOf(snap.value);
    if (phase === 'running') return { alreadyRunning: true };
    if (phase === 'starting') {
      // another start is under way: its outcome is ours
      const s0 = snap.context.starts;
      const f0 = snap.context.startFailures;
      const end = await this.until(id, (s) => !s || s.context.starts > s0 || s.context.startFailures > f0);
      if (end && end.context.starts > s0) return { alreadyRunning: true };
      throw end?.context.error ?? new ConflictError(`container ${id} was removed while it started`);
    }
    if (phase === 'removing' || phase === 'dead') throw new ConflictError(`cannot start container ${id}: it is marked for removal`);
    if (phase === 'creating') throw new ConflictError(`cannot start container ${id}: it is still being created`);
    const s0 = snap.context.starts;
    const f0 = snap.context.startFailures;
    this.live.get(id)!.actor.send({ type: 'START' });
    const end = await this.until(id, (s) => !s || s.context.starts > s0 || s.context.startFailures > f0);
    if (end && end.context.starts > s0) return { alreadyRunning: false };
    throw end?.context.error ?? this.lastError(id) ?? new ConflictError(`container ${id} failed to start`);
  }

  /**
   * docker stop: the container's stop signal, then SIGKILL after the timeout (seconds; null = the
   * container's own); resolves once it has exited. notModified when it was not running.
   */
  async stop(id: string, timeoutS: number | null): Promise<{ notModified: boolean }> {
    const snap = this.snapshot(id);
    const phase = phaseOf(snap.value);
    if (phase !== 'running' && phase !== 'starting') return { notModified: true };
    const row = this.opts.store.get(id);
    let signal: number;
    try {
      signal = stopSignalOf(row?.config.stopSignal);
    } catch {
      signal = stopSignalOf('');
    }
    const c = snap.context;
    this.live.get(id)!.actor.send({ type: 'STOP', signal, timeoutMs: stopTimeoutMs(timeoutS, row?.config ?? {}) });
    const end = await this.until(id, (s) => !s || s.context.exits > c.exits || s.context.startFailures > c.startFailures
      || s.context.killFailures > c.killFailures || !['running', 'starting'].includes(phaseOf(s.value) ?? ''));
    if (end && end.context.killFailures > c.killFailures && ['running', 'starting'].includes(phaseOf(end.value) ?? '')) {
      throw end.context.error ?? new ConflictError(`could not stop container ${id}`);
    }
    return { notModified: false };
  }

  /**
   * docker kill: one signal (name or number, "" = SIGKILL) to a running container; CONFLICT when it
   * does not run (ref: the container as the user named it, for Docker's message). A SIGKILL
   * returns once the container has exited, as Docker's does.
   */
  async kill(id: string, ref: string, signalName: string): Promise<void> {
    const signal = signalName === '' ? SIGKILL : parseSignal(signalName);
    let snap = this.snapshot(id);
    // being reconciled with execd after a restart: its answer first
    if (snap.matches('reconciling') || snap.matches('retrying')) {
      const s = await this.until(id, (x) => !x || !(x.matches('reconciling') || x.matches('retrying')));
      if (!s) throw noSuchContainer(ref);
      snap = s;
    }
    if (!snap.matches('running')) throw notRunning(ref, id);
    const c = snap.context;
    this.live.get(id)!.actor.send({ type: 'KILL', signal });
    const end = await this.until(id, (s) => !s || s.context.signals > c.signals || s.context.killFailures > c.killFailures || s.context.exits > c.exits);
    if (end && end.context.killFailures > c.killFailures && end.context.signals === c.signals && end.context.exits === c.exits) {
      throw end.context.error ?? new ConflictError(`Cannot kill container: ${ref}`);
    }
    if (signal === SIGKILL) await this.until(id, (s) => !s || s.context.exits > c.exits || !s.matches('running'));
  }

  /** docker restart: stop (when it runs), then start. */
  async restart(id: string, timeoutS: number | null): Promise<void> {
    await this.stop(id, timeoutS);
    await this.start(id);
  }

  /**
   * Docker's wait conditions: not-running returns at once unless it runs; next-exit waits for
   * the next exit (or failed start); removed waits until the container is gone.
   */
  async wait(id: string, condition: string, signal?: AbortSignal): Promise<{ statusCode: number; error: string }> {
    const snap = this.snapshot(id);
    const c = snap.context;
    let last: Snap = snap;
    const track = (pred: (s: Snap) => boolean) => (s: Snap | null) => {
      if (s === null) return true;
      last = s;
      return pred(s);
    };
    switch (condition) {
      case '':
      case 'not-running':
        await this.until(id, track((s) => !['running', 'starting'].includes(phaseOf(s.value) ?? '')), signal);
        break;
      case 'next-exit':
        await this.until(id, track((s) => s.context.exits > c.exits || s.context.startFailures > c.startFailures), signal);
        break;
      case 'removed':
        await this.until(id, track(() => false), signal);
        break;
      default:
        throw new InvalidArgumentError(`invalid condition: "${condition}"`);
    }
    return { statusCode: last.context.status.exitCode, error: last.context.status.error };
  }

  /** Removes a container: refused while it runs unless forced (then killed first). */
  async remove(id: string, force: boolean): Promise<void> {
    const snap = this.snapshot(id);
    const phase = phaseOf(snap.value) as Phase;
    if ((phase === 'running' || phase === 'starting') && !force) throw removeRunning(id);
    if (phase === 'creating') throw new ConflictError(`cannot remove container ${id}: it is still being created`);
    const c = snap.context;
    if (phase !== 'removing') this.live.get(id)!.actor.send({ type: 'REMOVE', force });
    const end = await this.until(id, (s) => !s || s.context.removeFailures > c.removeFailures || s.context.killFailures > c.killFailures);
    if (end) throw end.context.error ?? new ConflictError(`could not remove container ${id}`);
  }

  /** The proto shape of a record, as inspect and list report it. */
  toProto(row: ContainerRow): keel.engine.v1.IContainer {
    if (row.phase !== 'running') this.paused.delete(row.id);
    const paused = this.paused.has(row.id);
    return {
      id: row.id, name: row.name, imageId: row.imageId, config: row.config, createdMs: row.createdMs,
      rootfs: row.rootfs, logPath: row.logPath, driver: row.driver, execDriver: row.execDriver,
      args: row.args.slice(1), path: row.args[0] ?? '',
      state: {
        status: paused ? 'paused' : dockerStatus(row.phase, row.startedMs), running: row.phase === 'running', pid: row.pid,
        exitCode: row.exitCode, startedMs: row.startedMs, finishedMs: row.finishedMs, error: row.error, oomKilled: row.oomKilled, paused,
      },
    };
  }

  list(all: boolean): ContainerRow[] {
    return this.opts.store.all().filter((r) => r.phase !== 'creating' && (all || r.phase === 'running'));
  }

  counts(): { total: number; running: number; stopped: number } {
    const rows = this.list(true);
    const running = rows.filter((r) => r.phase === 'running').length;
    return { total: rows.length, running, stopped: rows.length - running };
  }

  /** Stops every machine (the engine is stopping): records stay as they are, containers run on. */
  close(): void {
    this.closing = true;
    for (const live of this.live.values()) live.actor.stop();
    this.live.clear();
  }
}

function pickStatus(row: ContainerRow): ContainerStatus {
  return {
    phase: row.phase, task: row.task, pid: row.pid, exitCode: row.exitCode, startedMs: row.startedMs, finishedMs: row.finishedMs,
    error: row.error, oomKilled: row.oomKilled, rootfs: row.rootfs, driver: row.driver, logPath: row.logPath, execDriver: row.execDriver,
  };
}
