import type { keel } from '../../../../proto';
import type { JobCtx } from '../../../kit/src';
import type { EngineState } from '../state';

/**
 * docker stop: the container's stop signal (its image's STOPSIGNAL, else SIGTERM), then SIGKILL
 * after the timeout (the request's, else the container's StopTimeout, else 10 s); returns once it
 * has exited. not_modified when it was not running (HTTP 304).
 */
export async function containerStop(req: keel.engine.v1.StopContainerRequest, ctx: EngineState & JobCtx): Promise<keel.engine.v1.IStopContainerResponse> {
  const row = ctx.containers.resolve(req.id);
  const r = await ctx.containers.stop(row.id, req.timeoutSet ? req.timeout : null);
  if (!r.notModified) ctx.log.info({ id: row.id, name: row.name }, 'container stopped');
  return r;
}
