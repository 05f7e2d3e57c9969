import type { keel } from '../../../../proto';
import type { JobCtx } from '../../../kit/src';
import { execd } from '../peers';
import type { EngineState } from '../state';

/** docker inspect: by full id, unique id prefix or name; NOT_FOUND "No such container: x". ExecIDs from execd while it runs. */
export async function containerInspect(req: keel.engine.v1.InspectContainerRequest, ctx: EngineState & JobCtx): Promise<keel.engine.v1.IInspectContainerResponse> {
  const row = ctx.containers.resolve(req.id);
  const container = ctx.containers.toProto(row);
  if (row.phase === 'running') {
    try {
      container.execIds = (await ctx.call(execd, 'task.state', { containerId: row.id }, { timeoutMs: 5_000 })).execIds ?? [];
    } catch {
      // execd restarting: inspect answers without them
    }
  }
  return { container };
}
