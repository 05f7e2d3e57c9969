import type { keel } from '../../../../proto';
import { InvalidArgumentError, type JobCtx } from '../../../kit/src';
import type { ExecdState } from '../state';
import { volumeMessage } from './volume-inspect';

/** docker volume create: a new local volume, or the existing one of that name as it is. */
export function createVolume(req: keel.execd.v1.CreateVolumeRequest, ctx: ExecdState & JobCtx): keel.execd.v1.ICreateVolumeResponse {
  if (req.driver !== '' && req.driver !== 'local') throw new InvalidArgumentError(`create ${req.name}: volume driver "${req.driver}" is not supported (only "local")`);
  const { volume, created } = ctx.volumes.create(req.name, { ...(req.labels ?? {}) }, { ...(req.driverOpts ?? {}) });
  if (created) ctx.log.info({ name: volume.name }, 'volume created');
  return { volume: volumeMessage(volume, ctx) };
}
