import type { keel } from '../../../../proto';
import type { JobCtx } from '../../../kit/src';
import type { ExecdState } from '../state';
import type { VolumeRecord } from '../volumes/store';

export function volumeMessage(v: VolumeRecord, ctx: ExecdState): keel.execd.v1.IVolume {
  return {
    name: v.name, driver: v.driver, mountpoint: ctx.volumes.mountpoint(v.name), createdMs: v.createdMs, labels: v.labels,
    options: v.options, scope: 'local', usedBy: ctx.tasks.usingVolume(v.name),
  };
}

/** docker volume inspect */
export function inspectVolume(req: keel.execd.v1.InspectVolumeRequest, ctx: ExecdState & JobCtx): keel.execd.v1.IInspectVolumeResponse {
  return { volume: volumeMessage(ctx.volumes.get(req.name), ctx) };
}
