import type { keel } from '../../../../proto';
import type { EngineState } from '../state';

/** docker ps [-a]: newest first. */
export function containerList(req: keel.engine.v1.ListContainersRequest, ctx: EngineState): keel.engine.v1.IListContainersResponse {
  return { containers: ctx.containers.list(req.all).map((r) => ctx.containers.toProto(r)) };
}
