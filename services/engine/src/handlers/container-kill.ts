import type { keel } from '../../../../proto';
import type { JobCtx } from '../../../kit/src';
import type { EngineState } from '../state';

/** docker kill: one signal (default SIGKILL); CONFLICT when the container does not run, INVALID_ARGUMENT for an unknown signal. */
export async function containerKill(req: keel.engine.v1.KillContainerRequest, ctx: EngineState & JobCtx): Promise<keel.engine.v1.IKillContainerResponse> {
  const row = ctx.containers.resolve(req.id);
  await ctx.containers.kill(row.id, req.id, req.signal);
  ctx.log.info({ id: row.id, name: row.name, signal: req.signal || 'SIGKILL' }, 'container killed');
  return {};
}
