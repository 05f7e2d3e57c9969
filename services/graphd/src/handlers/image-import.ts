import { realpath } from 'node:fs/promises';
import { sep } from 'node:path';
import type { keel } from '../../../../proto';
import { InvalidArgumentError, NotFoundError, wrap } from '../../../kit/src/errors';
import { applyChanges } from '../image/changes';
import { buildImageConfig } from '../image/config';
import { parseReference } from '../image/reference';
import { toImage } from '../images';
import { fileHead } from '../image/archive';
import { LAYER_MEDIA_TYPES, keepBlob, sweepBlobs } from '../image/blobs';
import { detectCompression } from '../image/compression';
import { applyLayer, layerFile } from '../layer/apply';
import type { GraphdState } from '../state';
import { chainId } from '../store/migrations';
import type { BlobRow } from '../store/store';
import { manifestRow, synthesized } from './image-load';

/** A layer made by this job: its row, and whether its directory is new (to remove on failure). */
interface Made { chain_id: string; diff_id: string; parent: string | null; cache_id: string; size: number; fresh: boolean }

/**
 * docker import: a rootfs tarball (plain, gzip or zstd) inside the data-root becomes a one-layer
 * image, or several layer tars (layer_paths, base first) one image, with `changes` applied to its
 * config, tagged repo:tag when a repo is given. Layers already stored (same chain) are shared.
 * Rows are written in one transaction after every layer is on disk; a failure removes every
 * directory this job made and leaves no row. The source files belong to their writer (the api).
 */
export async function importImage(req: keel.graphd.v1.ImportImageRequest, ctx: GraphdState): Promise<keel.graphd.v1.IImportImageResponse> {
  const ref = req.repo ? parseReference(req.tag ? `${req.repo}:${req.tag}` : req.repo) : null;
  if (ref?.digest) throw new InvalidArgumentError(`import: cannot tag an image with a digest reference (${req.repo})`);
  if (!req.repo && req.tag) throw new InvalidArgumentError('import: a tag needs a repository');
  if (req.sourcePath && req.layerPaths.length) throw new InvalidArgumentError('import: give source_path or layer_paths, not both');
  const config = applyChanges(req.changes);
  const paths = req.sourcePath ? [req.sourcePath] : req.layerPaths;
  if (!paths.length) throw new InvalidArgumentError('import: source_path is required');
  const sources: string[] = [];
  for (const p of paths) sources.push(await sourceInside(p, ctx.dataRoot));

  const driver = ctx.graph.get(ctx.defaultDriver)!;
  const made: Made[] = [];
  // the archives as given, kept in the content store so that save hands out these very bytes
  const blobs: (BlobRow & { file: string })[] = [];
  const removeFresh = async () => {
    for (const m of made) {
      if (m.fresh) await driver.removeLayer(m.cache_id).catch((e) => ctx.glog.warn({ err: e, cacheId: m.cache_id }, 'could not remove a half-made layer'));
    }
  };
  try {
    let parent: Made | null = null;
    for (const [i, source] of sources.entries()) {
      const applied = await applyLayer(layerFile(source), driver, parent?.cache_id ?? null);
      const mediaType = LAYER_MEDIA_TYPES[detectCompression(fileHead(source)) as keyof typeof LAYER_MEDIA_TYPES];
      if (mediaType) blobs.push({ digest: applied.digest, media_type: mediaType, size: applied.blobSize, diff_id: applied.diffId, file: source });
      if (applied.warnings.length) ctx.glog.warn({ layer: i, warnings: applied.warnings.slice(0, 20), count: applied.warnings.length }, 'import: entries kept in part');
      const chain = chainId(parent?.chain_id ?? null, applied.diffId);
      const have = ctx.store.layer(chain);
      let m: Made;
      if (have && have.driver === driver.id) {
        await driver.removeLayer(applied.cacheId);
        m = { chain_id: chain, diff_id: applied.diffId, parent: parent?.chain_id ?? null, cache_id: have.cache_id, size: have.size, fresh: false };
      } else {
        m = { chain_id: chain, diff_id: applied.diffId, parent: parent?.chain_id ?? null, cache_id: applied.cacheId, size: applied.size, fresh: true };
      }
      made.push(m);
      parent = m;
    }
  } catch (err) {
    await removeFresh();
    throw wrap(err, sources.length > 1 ? `import layer ${made.length + 1} of ${sources.length}` : 'import');
  }

  const created = new Date();
  const { json, id } = buildImageConfig({
    architecture: ctx.architecture, config, diffIds: made.map((m) => m.diff_id), created, comment: req.message,
  });
  const duplicates: string[] = [];
  try {
    ctx.store.tx(() => {
      for (const m of made) {
        const existing = ctx.store.layer(m.chain_id);
        if (existing) {
          // stored meanwhile (or before): ours is a duplicate, unless it is that very directory
          if (m.fresh && existing.cache_id !== m.cache_id) duplicates.push(m.cache_id);
          if (existing.driver !== driver.id) throw new InvalidArgumentError(`import: layer ${m.chain_id} is stored by graph driver ${existing.driver}, not ${driver.id}`);
          continue;
        }
        ctx.store.insertLayer({ chain_id: m.chain_id, diff_id: m.diff_id, parent: m.parent, driver: driver.id, cache_id: m.cache_id, size: m.size, created_ms: created.getTime() });
      }
      if (!ctx.store.image(id)) {
        const size = made.reduce((n, m) => n + (ctx.store.layer(m.chain_id)?.size ?? m.size), 0);
        ctx.store.insertImage({ id, config: json, created: created.toISOString(), size, top_layer: made[made.length - 1].chain_id, created_ms: created.getTime() });
      }
      // an image this tag pointed at before stays, untagged (dangling), as with Docker
      if (ref) ctx.store.setTag(ref.repo, ref.tag, id);
      if (blobs.length === made.length) {
        const m = synthesized(id, json, blobs);
        ctx.store.insertManifest(manifestRow(id, m, created.getTime()), blobs);
        for (const b of blobs) keepBlob(ctx.root, b.file, b.digest);
      }
    });
  } catch (err) {
    await removeFresh();
    sweepBlobs(ctx);
    throw wrap(err, 'import: record the image');
  }
  for (const c of duplicates) await driver.removeLayer(c).catch((e) => ctx.glog.warn({ err: e, cacheId: c }, 'could not remove a duplicate layer'));
  return { image: toImage(ctx, ctx.store.image(id)!) };
}

/** The source path, resolved (links followed), which must be a file inside the data-root. */
async function sourceInside(path: string, dataRoot: string): Promise<string> {
  if (!path) throw new InvalidArgumentError('import: source_path is required');
  let real: string;
  let root: string;
  try {
    real = await realpath(path);
    root = await realpath(dataRoot);
  } catch (err) {
    throw new NotFoundError(`import source ${path}`, { cause: err });
  }
  if (!real.startsWith(root + sep)) throw new InvalidArgumentError(`import: source ${path} is not inside the data-root`);
  return real;
}
