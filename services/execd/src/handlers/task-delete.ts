import { constants } from 'node:os';
import type { keel } from '../../../../proto';
import { ConflictError, type JobCtx } from '../../../kit/src';
import type { ExecdState } from '../state';
import { waitUntil } from '../task/watch';

const KILL_WAIT_MS = 10_000;

/**
 * Removes the task's cgroup and bundle (its records and log; the rootfs is graphd's). A running task needs
 * force: it is killed (SIGKILL) and its exit awaited first. Returns once its shim is gone too.
 */
export async function deleteTask(req: keel.execd.v1.DeleteTaskRequest, ctx: ExecdState & JobCtx): Promise<keel.execd.v1.IDeleteTaskResponse> {
  const id = req.containerId;
  const driver = ctx.exec.get(ctx.tasks.get(id).driver);
  return await ctx.tasks.locked(id, async () => {
    let s = ctx.tasks.status(id);
    if (s.status === 'running') {
      if (!req.force) throw new ConflictError(`delete task ${id}: it is running (stop it first, or force)`);
      if (ctx.tasks.initAlive(s.started)) {
        await driver.kill(id, ctx.tasks.bundle(id), s.started, constants.signals.SIGKILL).catch(() => undefined); // gone meanwhile
        if (ctx.cgroup?.frozen(id)) await ctx.cgroup.freeze(id, false).catch(() => undefined);
      }
      await waitUntil(ctx.tasks.bundle(id), () => (ctx.tasks.status(id).status === 'stopped' ? true : null),
        { signal: ctx.signal, timeoutMs: KILL_WAIT_MS, pollMs: 50, what: `delete task ${id}: wait for its exit` });
      s = ctx.tasks.status(id);
    }
    // the shim exits right after writing `exit`: wait for it, so nothing of the task is left
    const started = s.status === 'created' ? null : s.started;
    if (started && ctx.tasks.shimAlive(id, started)) {
      // (a zombie has no command line: shimAlive is false for it)
      await waitUntil(ctx.tasks.dir, () => (ctx.tasks.shimAlive(id, started) ? null : true),
        { signal: ctx.signal, timeoutMs: 5_000, pollMs: 10, what: `delete task ${id}: wait for its shim` }).catch(() => undefined);
    }
    await driver.delete(id, ctx.tasks.bundle(id));
    // the init's death killed its pid namespace: the cgroup empties, then goes
    if (ctx.cgroup) await ctx.cgroup.remove(id);
    ctx.tasks.remove(id);
    ctx.execs.forget(id);
    return {};
  });
}
