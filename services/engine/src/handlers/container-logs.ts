import type { keel } from '../../../../proto';
import type { EngineState } from '../state';

/** docker logs: the path of the container's json-file log; the api reads it (bulk bytes move by path). */
export function containerLogs(req: keel.engine.v1.ContainerLogsRequest, ctx: EngineState): keel.engine.v1.IContainerLogsResponse {
  const row = ctx.containers.resolve(req.id);
  return { logPath: row.logPath, running: row.phase === 'running' };
}
