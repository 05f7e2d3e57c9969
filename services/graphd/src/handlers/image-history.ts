import type { keel } from '../../../../proto';
import { FailedPreconditionError } from '../../../kit/src/errors';
import type { ImageConfigFile } from '../image/config';
import { resolveImage } from '../images';
import type { GraphdState } from '../state';
import type { ImageRow } from '../store/store';

/**
 * docker history, as dockerd builds it: the config's history entries, newest first, each entry
 * that made a layer sized by that layer; then the image ids filled in from the top down, one per
 * entry, walking the parent chain (an image committed over another shows that one's id on the
 * entry below its own); entries past the stored parents are "<missing>".
 */
export function imageHistory(req: keel.graphd.v1.ImageHistoryRequest, ctx: GraphdState): keel.graphd.v1.IImageHistoryResponse {
  const { row } = resolveImage(ctx, req.name);
  const f = JSON.parse(row.config) as ImageConfigFile;
  const layers = ctx.store.chain(row.top_layer).reverse();
  const entries: keel.graphd.v1.IHistoryEntry[] = [];
  let n = 0;
  for (const h of f.history ?? []) {
    let size = 0;
    if (!h.empty_layer) {
      const l = layers[n++];
      if (!l) throw new FailedPreconditionError(`image ${row.id}: too many non-empty layers in its history`);
      size = l.size;
    }
    const t = Date.parse(h.created ?? '');
    entries.unshift({
      id: '<missing>', created: Number.isFinite(t) ? Math.floor(t / 1000) : 0, createdBy: h.created_by ?? '',
      comment: h.comment ?? '', size, tags: [],
    });
  }
  let id: string | null = row.id;
  let img: ImageRow | undefined;
  for (const e of entries) {
    img = id ? ctx.store.image(id) : undefined;
    if (!img) break;
    e.id = img.id;
    e.tags = ctx.store.tagsOf(img.id).map((t) => `${t.repo}:${t.tag}`);
    id = img.parent ?? null;
  }
  return { entries };
}
