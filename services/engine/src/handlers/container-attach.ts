import type { keel } from '../../../../proto';
import { ConflictError, type JobCtx } from '../../../kit/src';
import { execd } from '../peers';
import type { EngineState } from '../state';

/** Where a container's stdio is (tty or open stdin); pending: the client attaches before start. */
export async function containerAttach(req: keel.engine.v1.AttachContainerRequest, ctx: EngineState & JobCtx): Promise<keel.engine.v1.IAttachContainerResponse> {
  const row = ctx.containers.resolve(req.id);
  if (row.phase !== 'created' && row.phase !== 'running' && row.phase !== 'starting') return { id: row.id, ioDir: '', status: 'stopped' };
  const r = await ctx.call(execd, 'task.attach', { containerId: row.id, pending: req.pending });
  return { id: row.id, ioDir: r.ioDir, status: r.status };
}

/** docker resize: the pty's window size of a running container with a tty. */
export async function containerResize(req: keel.engine.v1.ResizeContainerRequest, ctx: EngineState & JobCtx): Promise<keel.engine.v1.IResizeContainerResponse> {
  const row = ctx.containers.resolve(req.id);
  if (row.phase !== 'running') throw new ConflictError(`Container ${row.id} is not running`);
  await ctx.call(execd, 'task.resize', { containerId: row.id, height: req.height, width: req.width });
  return {};
}
