import type { keel } from '../../../../proto';
import type { JobCtx } from '../../../kit/src';
import type { EngineState } from '../state';

/** docker restart: stop (as container.stop, when it runs), then start. */
export async function containerRestart(req: keel.engine.v1.RestartContainerRequest, ctx: EngineState & JobCtx): Promise<keel.engine.v1.IRestartContainerResponse> {
  const row = ctx.containers.resolve(req.id);
  await ctx.containers.restart(row.id, req.timeoutSet ? req.timeout : null);
  ctx.log.info({ id: row.id, name: row.name }, 'container restarted');
  return {};
}
