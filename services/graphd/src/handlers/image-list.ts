import type { keel } from '../../../../proto';
import type { ImageConfigFile } from '../image/config';
import { danglingFilter, groupFilters, matchLabels, referenceMatches } from '../image/filters';
import { createdMsOf, graphCounts, resolveImage, toImage } from '../images';
import type { GraphdState } from '../state';

export const IMAGE_LIST_FILTERS = ['dangling', 'label', 'before', 'since', 'reference'] as const;

/**
 * docker images, as dockerd lists them: newest first; an untagged image that other images were
 * committed over is an intermediate, shown only with `all`; filters dangling=true|false (true:
 * images no tag and no child names), label=K[=V], before=/since=IMAGE (by creation time) and
 * reference=PATTERN (only the tags that match are shown; images with none are left out).
 */
export function listImages(req: keel.graphd.v1.ListImagesRequest, ctx: GraphdState): keel.graphd.v1.IListImagesResponse {
  const f = groupFilters(req.filters ?? [], IMAGE_LIST_FILTERS);
  const danglingOnly = danglingFilter(f) === true;
  const at = (key: string) => {
    const v = f.get(key);
    return v ? Math.min(...v.map((name) => createdMsOf(resolveImage(ctx, name).row))) : null;
  };
  const before = at('before');
  const since = f.get('since') ? Math.max(...f.get('since')!.map((name) => createdMsOf(resolveImage(ctx, name).row))) : null;
  const counts = graphCounts(ctx);
  const out: keel.graphd.v1.IImage[] = [];
  for (const row of ctx.store.images()) {
    const children = ctx.store.childrenOf(row.id).length;
    if (danglingOnly && children) continue;
    const created = createdMsOf(row);
    if (before !== null && created >= before) continue;
    if (since !== null && created <= since) continue;
    if (f.has('label')) {
      const labels = (JSON.parse(row.config) as ImageConfigFile).config?.Labels ?? {};
      if (!matchLabels(labels ?? {}, f.get('label'))) continue;
    }
    const image = toImage(ctx, row, counts);
    let tags = image.repoTags ?? [];
    let digests = image.repoDigests ?? [];
    const patterns = f.get('reference');
    if (patterns) {
      tags = tags.filter((t) => { const i = t.lastIndexOf(':'); return referenceMatches(patterns, t.slice(0, i), t.slice(i + 1)); });
      digests = digests.filter((d) => referenceMatches(patterns, d.slice(0, d.indexOf('@')), ''));
    }
    if (!tags.length && !digests.length) {
      if (!req.all && children) continue;
      if (f.has('dangling') && !danglingOnly) continue;
      if (patterns) continue;
    } else if (danglingOnly && tags.length) continue;
    out.push({ ...image, repoTags: tags, repoDigests: digests });
  }
  out.sort((a, b) => Number(b.createdMs) - Number(a.createdMs));
  return { images: out, layersSize: ctx.store.layers().reduce((n, l) => n + l.size, 0) };
}
