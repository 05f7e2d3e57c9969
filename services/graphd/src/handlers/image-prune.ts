import type { keel } from '../../../../proto';
import type { ImageConfigFile } from '../image/config';
import { groupFilters, matchLabels, untilMs } from '../image/filters';
import { deleteImage, newRemoval } from '../image/remove';
import { sweepBlobs } from '../image/blobs';
import { createdMsOf, removeLayerDirs } from '../images';
import type { GraphdState } from '../state';

export const IMAGE_PRUNE_FILTERS = ['label', 'label!', 'until'] as const;

/**
 * docker image prune, as dockerd does it: without `all`, the untagged images no other image was
 * committed over; with it, every image but untagged intermediates (a tagged parent is untagged,
 * and goes once its children have). Each goes as a non-forced rmi would, its untagged parents
 * with it; one a container uses (running or not) is skipped. One transaction; space reclaimed
 * is the size of the layers whose rows went.
 */
export async function pruneImages(req: keel.graphd.v1.PruneImagesRequest, ctx: GraphdState): Promise<keel.graphd.v1.IPruneImagesResponse> {
  const f = groupFilters(req.filters ?? [], IMAGE_PRUNE_FILTERS);
  const until = f.get('until')?.map((v) => untilMs(v)) ?? [];
  const running = new Set(req.running ?? []);
  const out = newRemoval();
  ctx.store.tx(() => {
    // dangling: images no other was committed over; all: every image but untagged intermediates
    const candidates = ctx.store.images().filter((row) => {
      const children = ctx.store.childrenOf(row.id).length > 0;
      return req.all ? !children || ctx.store.tagsOf(row.id).length > 0 : !children;
    });
    for (const head of candidates) {
      if (!ctx.store.image(head.id)) continue;
      if (until.some((t) => createdMsOf(head) >= t)) continue;
      const labels = (JSON.parse(head.config) as ImageConfigFile).config?.Labels ?? {};
      if (!matchLabels(labels ?? {}, f.get('label'), f.get('label!'))) continue;
      const tags = ctx.store.tagsOf(head.id);
      if (tags.length && !req.all) continue;
      // a conflict (a container uses it) skips it: quiet, as dockerd's prune
      if (ctx.store.rootfsUsing(head.id).length) continue;
      const mark = { u: out.untagged.length, d: out.deleted.length, g: out.gone.length };
      try {
        // a nested transaction (a savepoint): a conflict takes back this image's untags too
        ctx.store.tx(() => {
          for (const t of tags) {
            ctx.store.deleteTag(t.repo, t.tag);
            out.untagged.push(`${t.repo}:${t.tag}`);
          }
          // digest references go too (an image known only by digest is dangling to prune)
          const digests = ctx.store.repoDigestsOf(head.id);
          for (const d of digests) {
            const at = d.indexOf('@');
            ctx.store.deleteRepoDigest(d.slice(0, at), d.slice(at + 1));
            out.untagged.push(d);
          }
          // untagged, an image with children stays (its last child's removal takes it), as dockerd's
          deleteImage(ctx, head.id, false, true, tags.length + digests.length > 0, running, out);
        });
      } catch (err) {
        if ((err as { code?: string }).code !== 'CONFLICT') throw err;
        out.untagged.length = mark.u;
        out.deleted.length = mark.d;
        out.gone.length = mark.g;
      }
    }
    ctx.store.collectBlobs();
  });
  sweepBlobs(ctx);
  await removeLayerDirs(ctx, out.gone);
  const spaceReclaimed = out.gone.reduce((n, l) => n + l.size, 0);
  return { untagged: out.untagged, deleted: out.deleted, spaceReclaimed };
}
