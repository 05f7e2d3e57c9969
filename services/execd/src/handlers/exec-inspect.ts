import type { keel } from '../../../../proto';
import type { JobCtx } from '../../../kit/src';
import type { ExecdState } from '../state';

/** docker exec inspect: the record and what the shim's records say. */
export function inspectExec(req: keel.execd.v1.InspectExecRequest, ctx: ExecdState & JobCtx): keel.execd.v1.IInspectExecResponse {
  const rec = ctx.execs.get(req.execId);
  const s = ctx.execs.status(rec.id);
  return {
    execId: rec.id, containerId: rec.containerId, running: s.status === 'running',
    exitCode: s.status === 'stopped' ? s.exited.exitCode : 0, exited: s.status === 'stopped',
    pid: s.status === 'running' ? s.started.pid : 0,
    process: { args: rec.args, env: rec.env, cwd: rec.cwd, user: rec.user, tty: rec.tty, openStdin: rec.openStdin },
    attachStdout: rec.attachStdout, attachStderr: rec.attachStderr, detachKeys: rec.detachKeys, privileged: rec.privileged,
  };
}
