import type { keel } from '../../../../proto';
import type { EngineState } from '../state';

/** docker inspect: by full id, unique id prefix or name; NOT_FOUND "No such container: x". */
export function containerInspect(req: keel.engine.v1.InspectContainerRequest, ctx: EngineState): keel.engine.v1.IInspectContainerResponse {
  return { container: ctx.containers.toProto(ctx.containers.resolve(req.id)) };
}
