import type { keel } from '../../../../proto';
import type { JobCtx } from '../../../kit/src';
import type { ExecdState } from '../state';
import { volumeFilter } from '../volumes/filters';
import { volumeMessage } from './volume-inspect';

/** docker volume ls [--filter …] */
export function listVolumes(req: keel.execd.v1.ListVolumesRequest, ctx: ExecdState & JobCtx): keel.execd.v1.IListVolumesResponse {
  const keep = volumeFilter(req.filters ?? [], ['dangling', 'name', 'driver', 'label']);
  const volumes = ctx.volumes.list().filter((v) => keep(v, ctx.tasks.usingVolume(v.name).length > 0)).map((v) => volumeMessage(v, ctx));
  return { volumes };
}
