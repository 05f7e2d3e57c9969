import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { keel } from '../../../../proto';
import { ConflictError, InternalError, type JobCtx } from '../../../kit/src';
import { startError } from '../errors';
import type { ExecdState } from '../state';
import type { Started, StartFailure } from '../task/store';
import { waitUntil } from '../task/watch';

const START_TIMEOUT_MS = 30_000;

/** args[0] of the plan, for the error messages. */
function command(bundle: string): string {
  try {
    const rec = readFileSync(join(bundle, 'plan'), 'utf8').split('\0').find((r) => r.startsWith('arg='));
    return rec ? rec.slice(4) : '';
  } catch {
    return '';
  }
}

/**
 * Starts the task through its exec driver: keel-shim is spawned (it daemonizes: the container is never execd's child) and
 * returns once the init has exec'd (the shim writes `pid`) or fails with the shim's report.
 * Idempotent: a started task answers with its pid.
 */
export async function startTask(req: keel.execd.v1.StartTaskRequest, ctx: ExecdState & JobCtx): Promise<keel.execd.v1.IStartTaskResponse> {
  const id = req.containerId;
  const driver = ctx.exec.get(ctx.tasks.get(id).driver);
  return await ctx.tasks.locked(id, async () => {
    const already = ctx.tasks.started(id);
    if (already) return { pid: already.pid, startedMs: already.startedMs };
    if (ctx.tasks.exited(id)) throw new ConflictError(`start task ${id}: it has run already`);
    ctx.tasks.clearStartFailure(id);
    const bundle = ctx.tasks.bundle(id);

    let spawnFailure: Error | null = null;
    // the first process exits 0 once it has forked the daemon; anything else is a failure
    driver.start(bundle).then(
      ({ exitCode, signal }) => { if (exitCode !== 0) spawnFailure = new Error(`keel-shim exited with ${signal ? `signal ${signal}` : `code ${exitCode}`}`); },
      (err: Error) => { spawnFailure = new Error(`keel-shim could not be started: ${err.message}`); },
    );

    type Outcome = { started: Started } | { failed: StartFailure } | { broken: Error };
    const outcome = await waitUntil<Outcome>(bundle, () => {
      const started = ctx.tasks.started(id);
      if (started) return { started };
      const failed = ctx.tasks.startFailure(id);
      if (failed) return { failed };
      // a failing first process writes start-error before it exits: look once more
      if (spawnFailure) return ctx.tasks.startFailure(id) ? null : { broken: spawnFailure };
      return null;
    }, { signal: ctx.signal, timeoutMs: START_TIMEOUT_MS, pollMs: 50, what: `start task ${id}` });

    if ('failed' in outcome) throw startError(id, command(bundle), outcome.failed);
    if ('broken' in outcome) throw new InternalError(`start task ${id}: ${outcome.broken.message}`, { cause: outcome.broken });
    ctx.log.debug({ id, pid: outcome.started.pid }, 'task started');
    return { pid: outcome.started.pid, startedMs: outcome.started.startedMs };
  });
}
