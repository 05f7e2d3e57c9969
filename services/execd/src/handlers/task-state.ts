import type { keel } from '../../../../proto';
import type { JobCtx } from '../../../kit/src';
import type { ExecdState } from '../state';

/** What the task's records and the kernel say about it now. */
export function taskState(req: keel.execd.v1.TaskStateRequest, ctx: ExecdState & JobCtx): keel.execd.v1.ITaskStateResponse {
  const s = ctx.tasks.status(req.containerId);
  const started = s.status === 'created' ? null : s.started;
  const exited = s.status === 'stopped' ? s.exited : null;
  return {
    status: s.status,
    pid: s.status === 'running' ? s.started.pid : 0,
    exitCode: exited?.exitCode ?? 0,
    startedMs: started?.startedMs ?? 0,
    finishedMs: exited?.finishedMs ?? 0,
    logPath: s.record.logPath,
    oomKilled: exited?.oomKilled ?? false,
    paused: s.status === 'running' && (ctx.cgroup?.frozen(req.containerId) ?? false),
    execIds: s.status === 'running' ? ctx.execs.live(req.containerId) : [],
  };
}
