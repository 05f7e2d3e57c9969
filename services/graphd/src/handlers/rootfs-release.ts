import type { keel } from '../../../../proto';
import { NotFoundError, wrap } from '../../../kit/src/errors';
import { dropUnusedLayers, removeLayerDirs } from '../images';
import { checkContainerId, containerDir, unmountAll } from '../rootfs';
import type { GraphdState } from '../state';

/** Unmounts a container's root filesystem and removes its writable layer; NOT_FOUND if it has none. */
export async function releaseRootfs(req: keel.graphd.v1.ReleaseRootfsRequest, ctx: GraphdState): Promise<keel.graphd.v1.IReleaseRootfsResponse> {
  const cid = checkContainerId(req.containerId);
  const inFlight = ctx.preparing.get(cid);
  if (inFlight) await inFlight.catch(() => undefined);
  const row = ctx.store.rootfs(cid);
  if (!row) throw new NotFoundError(`root filesystem of container ${cid}`);
  try {
    await unmountAll(ctx, containerDir(ctx.root, cid));
    const driver = ctx.graph.get(row.driver);
    if (driver) await driver.remove(cid);
    else ctx.glog.warn({ container: cid, driver: row.driver }, 'rootfs driver does not run here; its directory stays');
  } catch (err) {
    throw wrap(err, `release rootfs of container ${cid}`);
  }
  const gone = ctx.store.tx(() => {
    ctx.store.deleteRootfs(cid);
    return dropUnusedLayers(ctx, row.layer);
  });
  await removeLayerDirs(ctx, gone);
  return {};
}
