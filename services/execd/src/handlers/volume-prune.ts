import type { keel } from '../../../../proto';
import type { JobCtx } from '../../../kit/src';
import type { ExecdState } from '../state';
import { volumeFilter } from '../volumes/filters';

/** docker volume prune: every volume no container mounts (API v1.41: named ones too), label filters. */
export function pruneVolumes(req: keel.execd.v1.PruneVolumesRequest, ctx: ExecdState & JobCtx): keel.execd.v1.IPruneVolumesResponse {
  const keep = volumeFilter((req.filters ?? []).filter((f) => !/^all=/.test(f)), ['label', 'label!']);
  const deleted: string[] = [];
  let space = 0;
  for (const v of ctx.volumes.list()) {
    if (ctx.tasks.usingVolume(v.name).length || !keep(v, false)) continue;
    const size = ctx.volumes.size(v.name);
    ctx.volumes.remove(v.name);
    deleted.push(v.name);
    space += size;
  }
  if (deleted.length) ctx.log.info({ volumes: deleted }, 'volumes pruned');
  return { volumesDeleted: deleted, spaceReclaimed: space };
}
