import type { keel } from '../../../../proto';
import type { JobCtx } from '../../../kit/src';
import type { EngineState } from '../state';

/** docker wait: not-running (default), next-exit or removed; ends early when the caller goes away. */
export async function containerWait(req: keel.engine.v1.WaitContainerRequest, ctx: EngineState & JobCtx): Promise<keel.engine.v1.IWaitContainerResponse> {
  const row = ctx.containers.resolve(req.id);
  return ctx.containers.wait(row.id, req.condition, ctx.signal);
}
