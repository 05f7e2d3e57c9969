import { constants } from 'node:os';
import type { keel } from '../../../../proto';
import { ConflictError, InvalidArgumentError, type JobCtx } from '../../../kit/src';
import type { ExecdState } from '../state';

/**
 * Sends a signal (0 = SIGKILL) to the task's init, through its exec driver. The pid is checked against the start time the
 * shim recorded, so a recycled pid is never signalled. A paused task is thawed after SIGKILL.
 */
export async function killTask(req: keel.execd.v1.KillTaskRequest, ctx: ExecdState & JobCtx): Promise<keel.execd.v1.IKillTaskResponse> {
  const id = req.containerId;
  const signal = req.signal || constants.signals.SIGKILL;
  if (!Number.isInteger(signal) || signal < 1 || signal > 64) throw new InvalidArgumentError(`kill task ${id}: invalid signal ${req.signal}`);
  const driver = ctx.exec.get(ctx.tasks.get(id).driver);
  return await ctx.tasks.locked(id, async () => {
    const s = ctx.tasks.status(id);
    if (s.status !== 'running' || driver.state(id, ctx.tasks.bundle(id), s.started) !== 'running') throw new ConflictError(`kill task ${id}: it is not running`);
    await driver.kill(id, ctx.tasks.bundle(id), s.started, signal);
    // as Docker: a paused container is thawed after SIGKILL, so it can die (other signals wait)
    if (signal === constants.signals.SIGKILL && ctx.cgroup?.frozen(id)) await ctx.cgroup.freeze(id, false);
    return {};
  });
}
