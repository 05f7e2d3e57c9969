import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConflictError } from '../../../../kit/src/errors';
import { type Plan, encodePlan } from '../../task/plan';
import { startShim } from '../../task/shim';
import { type Started, procStartTime } from '../../task/store';
import type { ExecDriver, FirstExit } from '../driver';

/** Signals a task's init by pid (the caller checked its start time). */
export function signalInit(id: string, started: Started, signal: number): void {
  try {
    process.kill(started.pid, signal);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') throw new ConflictError(`kill task ${id}: it is not running`);
    throw err;
  }
}

/** The init runs while its pid exists and started when the shim recorded. */
export function initState(started: Started): 'running' | 'stopped' {
  return procStartTime(started.pid) === started.startTime ? 'running' : 'stopped';
}

/** keel-shim clones the init itself and carries out the plan (addon/PROTOCOL.md). */
export class NativeDriver implements ExecDriver {
  readonly id = 'native';
  constructor(private readonly shim: string) {}

  create(bundle: string, plan: Plan): void {
    writeFileSync(join(bundle, 'plan'), encodePlan(plan), { mode: 0o600 });
  }

  start(bundle: string): Promise<FirstExit> {
    return startShim(this.shim, bundle);
  }

  async kill(id: string, _bundle: string, started: Started, signal: number): Promise<void> {
    signalInit(id, started, signal);
  }

  state(_id: string, _bundle: string, started: Started): 'running' | 'stopped' {
    return initState(started);
  }

  async delete(): Promise<void> {
    // nothing outside the bundle
  }
}
