import type { keel } from '../../../../proto';
import type { JobCtx } from '../../../kit/src';
import type { ExecdState } from '../state';
import type { Exited } from '../task/store';
import { waitUntil } from '../task/watch';

/**
 * Resolves when the task's init has exited (at once if it has), within the job's deadline: a
 * long job, the engine gives it a long deadline. A task whose shim vanished without recording
 * the exit counts as exited with 255.
 */
export async function waitTask(req: keel.execd.v1.WaitTaskRequest, ctx: ExecdState & JobCtx): Promise<keel.execd.v1.IWaitTaskResponse> {
  const id = req.containerId;
  const now = ctx.tasks.status(id);
  const toResponse = (e: Exited) => ({ exitCode: e.exitCode, finishedMs: e.finishedMs, oomKilled: e.oomKilled });
  if (now.status === 'stopped') return toResponse(now.exited);
  let polls = 0;
  const exited = await waitUntil<Exited>(ctx.tasks.bundle(id), () => {
    // the exit file is cheap to look for; the liveness check (lost shim) every 2 s or so
    if (++polls % 10 !== 0) return ctx.tasks.exited(id);
    const s = ctx.tasks.status(id);
    return s.status === 'stopped' ? s.exited : null;
  }, { signal: ctx.signal, pollMs: 200, what: `wait task ${id}` });
  return toResponse(exited);
}
