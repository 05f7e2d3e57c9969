import type { keel } from '../../../../proto';
import { ConflictError, type JobCtx, KeelError } from '../../../kit/src';
import type { ExecdState } from '../state';

/** docker volume rm [-f]: never a volume a container (created, running or stopped) mounts. */
export function removeVolume(req: keel.execd.v1.RemoveVolumeRequest, ctx: ExecdState & JobCtx): keel.execd.v1.IRemoveVolumeResponse {
  try {
    ctx.volumes.get(req.name);
  } catch (err) {
    if (req.force && err instanceof KeelError && err.code === 'NOT_FOUND') return {};
    throw err;
  }
  const users = ctx.tasks.usingVolume(req.name);
  if (users.length) throw new ConflictError(`remove ${req.name}: volume is in use - [${users.join(', ')}]`);
  ctx.volumes.remove(req.name);
  ctx.log.info({ name: req.name }, 'volume removed');
  return {};
}
