import type { Plan } from '../task/plan';
import type { Started } from '../task/store';

/** How keel-shim's first process ended (it forks the shim proper and exits 0). */
export interface FirstExit {
  exitCode: number | null;
  signal: number | string | null;
}

/**
 * An exec driver runs a task (a container's process tree) from its Plan.
 *
 * Terms: the *bundle* is the task's dir (<data-root>/execd/containers/<id>/); the *plan* is
 * everything decided about the container (task/plan.ts), the same for every driver; each driver
 * only renders it. keel-shim is the init's parent under every driver: it keeps stdout/stderr in
 * the json-file log and writes the `pid`, `start-error` and `exit` records (addon/PROTOCOL.md),
 * so waiting, logs and liveness do not depend on the driver.
 *
 * Lifecycle: create → start → kill* → delete.
 * - create(bundle, plan) writes what the driver needs into the bundle (keel-shim's `plan`; runc's
 *   config.json too). Nothing runs. A plan the driver cannot render: InvalidArgumentError.
 * - start(bundle) spawns keel-shim (detached) and settles when its first process exits; the
 *   caller then watches the bundle for `pid` or `start-error`.
 * - kill(id, bundle, started, signal) signals the init; the caller has checked that it runs.
 * - state(id, bundle, started): whether the init still runs (its pid and start time match).
 * - delete(id, bundle) is called once the init has exited (or never started), before the bundle
 *   is removed: it removes what the driver keeps outside the bundle. Idempotent: nothing to
 *   remove is not an error.
 * Each task records the id of the driver that created it (task.json `driver`) and stays with it.
 */
export interface ExecDriver {
  readonly id: string;
  create(bundle: string, plan: Plan): void;
  start(bundle: string): Promise<FirstExit>;
  kill(id: string, bundle: string, started: Started, signal: number): Promise<void>;
  state(id: string, bundle: string, started: Started): 'running' | 'stopped';
  delete(id: string, bundle: string): Promise<void>;
}

/** What a driver's init gets: where keel-shim and runc are, and the dir for runc's state. */
export interface DriverInitCtx {
  shim: string;
  runc: string;
  /** runc's --root: under keel's exec-root, one per daemon */
  runcRoot: string;
}

/** Thrown by a registration's init when this host cannot run the driver: the message says why. */
export class SkipDriver extends Error {
  constructor(why: string) {
    super(why);
    this.name = 'SkipDriver';
  }
}

export interface DriverRegistration {
  kind: 'execdriver';
  id: string;
  init(ic: DriverInitCtx): ExecDriver;
}
