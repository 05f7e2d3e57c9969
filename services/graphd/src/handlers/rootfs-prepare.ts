import type { keel } from '../../../../proto';
import { AlreadyExistsError, wrap } from '../../../kit/src/errors';
import { applyMount } from '../drivers/mount';
import { fullImageId, shortId } from '../image/reference';
import { dropUnusedLayers, layerChain, removeLayerDirs, resolveImage } from '../images';
import { checkContainerId, containerDir, unmountAll } from '../rootfs';
import type { GraphdState } from '../state';

/**
 * A container's root filesystem: a writable layer over its image's layers, mounted, by the
 * graph driver that made those layers. A second prepare for the same container with the same image returns the
 * first (a retried job); with another image it is ALREADY_EXISTS. Failing, it leaves nothing.
 */
export async function prepareRootfs(req: keel.graphd.v1.PrepareRootfsRequest, ctx: GraphdState): Promise<keel.graphd.v1.IPrepareRootfsResponse> {
  const cid = checkContainerId(req.containerId);
  const inFlight = ctx.preparing.get(cid);
  if (inFlight) await inFlight.catch(() => undefined);
  const existing = ctx.store.rootfs(cid);
  // a retry after a forced rmi: the image is gone but this container's rootfs is still its
  if (existing && existing.image_id === fullImageId(req.image)) return { rootfsPath: existing.path, driver: existing.driver };
  const image = resolveImage(ctx, req.image).row;
  if (existing) {
    if (existing.image_id === image.id) return { rootfsPath: existing.path, driver: existing.driver };
    throw new AlreadyExistsError(`container ${cid} already has a root filesystem (of image ${shortId(existing.image_id)})`, { verbatim: true });
  }
  const job = prepare(ctx, cid, image.id);
  ctx.preparing.set(cid, job);
  try {
    return await job;
  } finally {
    if (ctx.preparing.get(cid) === job) ctx.preparing.delete(cid);
  }
}

async function prepare(ctx: GraphdState, cid: string, imageId: string): Promise<keel.graphd.v1.IPrepareRootfsResponse> {
  const top = ctx.store.image(imageId)!.top_layer;
  // the driver that made the image's layers makes its containers' root filesystems
  const { driver, cacheIds } = layerChain(ctx, top);
  const path = driver.mountsOf(cid, cacheIds).path;
  // the row first: it holds the top layer, so a forced rmi meanwhile cannot take the chain away
  ctx.store.tx(() => ctx.store.insertRootfs({ container_id: cid, image_id: imageId, layer: top, driver: driver.id, path, created_ms: Date.now() }));
  try {
    const prepared = await driver.prepare(cid, cacheIds);
    for (const m of prepared.mounts) await applyMount(ctx.run, m);
    return { rootfsPath: prepared.path, driver: driver.id };
  } catch (err) {
    const cleanup: unknown[] = [];
    await unmountAll(ctx, containerDir(ctx.root, cid)).catch((e) => cleanup.push(e));
    await driver.remove(cid).catch((e) => cleanup.push(e));
    const gone = ctx.store.tx(() => {
      ctx.store.deleteRootfs(cid);
      return dropUnusedLayers(ctx, top);
    });
    await removeLayerDirs(ctx, gone);
    const e = wrap(err, `prepare rootfs of container ${cid}`);
    if (cleanup.length) e.cause = new AggregateError([err, ...cleanup], 'cleanup after a failed prepare also failed');
    throw e;
  }
}
