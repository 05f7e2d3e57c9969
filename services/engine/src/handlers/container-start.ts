import type { keel } from '../../../../proto';
import type { JobCtx } from '../../../kit/src';
import type { EngineState } from '../state';

/**
 * docker start: execd starts the task and the container's machine waits for its exit from then
 * on. A start error (command not found: exit code 127) comes back with execd's words and code;
 * the container keeps State.Error, and with auto_remove it is removed.
 */
export async function containerStart(req: keel.engine.v1.StartContainerRequest, ctx: EngineState & JobCtx): Promise<keel.engine.v1.IStartContainerResponse> {
  const row = ctx.containers.resolve(req.id);
  return ctx.containers.start(row.id);
}
