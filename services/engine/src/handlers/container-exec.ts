import { randomBytes } from 'node:crypto';
import type { keel } from '../../../../proto';
import { ConflictError, type JobCtx } from '../../../kit/src';
import { execd } from '../peers';
import type { EngineState } from '../state';

/** docker exec's create: the container must run; execd keeps the exec's record. */
export async function containerExecCreate(req: keel.engine.v1.CreateExecRequest, ctx: EngineState & JobCtx): Promise<keel.engine.v1.ICreateExecResponse> {
  const row = ctx.containers.resolve(req.id);
  if (row.phase !== 'running') throw new ConflictError(`Container ${row.id} is not running`);
  if (ctx.containers.paused.has(row.id)) throw new ConflictError(`Container ${row.id} is paused, unpause the container before exec`);
  const execId = randomBytes(32).toString('hex');
  await ctx.call(execd, 'exec.create', {
    containerId: row.id, execId, process: req.process, attachStdout: req.attachStdout, attachStderr: req.attachStderr,
    detachKeys: req.detachKeys, privileged: req.privileged,
  });
  return { execId };
}

/** docker exec's start: the process runs (or could not start: the answer says why). */
export async function containerExecStart(req: keel.engine.v1.StartExecRequest, ctx: EngineState & JobCtx): Promise<keel.engine.v1.IStartExecResponse> {
  const start = await ctx.call(execd, 'exec.start', { execId: req.execId, detach: req.detach }, { timeoutMs: 60_000 });
  return { start };
}

export async function containerExecInspect(req: keel.engine.v1.InspectExecRequest, ctx: EngineState & JobCtx): Promise<keel.engine.v1.IInspectExecResponse> {
  return { exec: await ctx.call(execd, 'exec.inspect', { execId: req.execId }) };
}

export async function containerExecResize(req: keel.engine.v1.ResizeExecRequest, ctx: EngineState & JobCtx): Promise<keel.engine.v1.IResizeExecResponse> {
  const exec = await ctx.call(execd, 'exec.inspect', { execId: req.execId });
  await ctx.call(execd, 'task.resize', { containerId: exec.containerId, execId: req.execId, height: req.height, width: req.width });
  return {};
}
