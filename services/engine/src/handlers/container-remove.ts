import type { keel } from '../../../../proto';
import type { JobCtx } from '../../../kit/src';
import type { EngineState } from '../state';

/** docker rm [-f]: a running container only with force (killed first); then task, rootfs and record go. */
export async function containerRemove(req: keel.engine.v1.RemoveContainerRequest, ctx: EngineState & JobCtx): Promise<keel.engine.v1.IRemoveContainerResponse> {
  const row = ctx.containers.resolve(req.id);
  await ctx.containers.remove(row.id, req.force);
  ctx.log.info({ id: row.id, name: row.name }, 'container removed');
  return {};
}
