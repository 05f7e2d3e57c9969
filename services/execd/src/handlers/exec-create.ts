import type { keel } from '../../../../proto';
import { ConflictError, InvalidArgumentError, type JobCtx } from '../../../kit/src';
import type { ExecdState } from '../state';
import { ExecStore } from '../task/execs';

/** docker exec's create: the exec's record in its task's bundle; nothing runs yet. The task must run. */
export function createExec(req: keel.execd.v1.CreateExecRequest, ctx: ExecdState & JobCtx): keel.execd.v1.ICreateExecResponse {
  const id = ExecStore.checkId(req.execId);
  const cid = req.containerId;
  if (ctx.tasks.status(cid).status !== 'running') throw new ConflictError(`Container ${cid} is not running`);
  if (ctx.cgroup?.frozen(cid)) throw new ConflictError(`Container ${cid} is paused, unpause the container before exec`);
  const p = req.process ?? {};
  if (!p.args?.length || p.args[0] === '') throw new InvalidArgumentError('No exec command specified');
  if (req.privileged) throw new InvalidArgumentError('exec --privileged is not supported');
  ctx.execs.add({
    id, containerId: cid, args: p.args, env: p.env ?? [], cwd: p.cwd ?? '', user: p.user ?? '', tty: Boolean(p.tty),
    openStdin: Boolean(p.openStdin), attachStdout: Boolean(req.attachStdout), attachStderr: Boolean(req.attachStderr),
    detachKeys: req.detachKeys ?? '', privileged: false, createdMs: Date.now(),
  });
  return {};
}
