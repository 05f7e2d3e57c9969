import { createHash } from 'node:crypto';
import { realpathSync, statSync } from 'node:fs';
import { sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { keel } from '../../../../proto';
import { InvalidArgumentError, wrap } from '../../../kit/src/errors';
import { type ArchiveImage, OCI_CONFIG, OCI_MANIFEST, fileHead, readArchive } from '../image/archive';
import { Digesting, LAYER_MEDIA_TYPES, keepBlob, sweepBlobs } from '../image/blobs';
import { detectCompression } from '../image/compression';
import { imageId } from '../image/config';
import { type Reference, formatReference, parseReference } from '../image/reference';
import { type AppliedLayer, applyLayer, layerFile } from '../layer/apply';
import type { GraphdState } from '../state';
import { chainId } from '../store/migrations';
import type { BlobRow, ManifestRow } from '../store/store';

/** How often a load says how far into a layer it is. */
const PROGRESS_EVERY_MS = 200;

/** Reports a layer's progress as layer.progressed events: at 0 now, then at most every PROGRESS_EVERY_MS, and when done. */
function layerProgress(ctx: GraphdState, diffId: string, total: number): (current: number, done?: boolean) => void {
  let last = Date.now();
  ctx.publish('layer.progressed', keel.graphd.v1.LayerProgress, { diffId, current: 0, total });
  return (current, done = false) => {
    const now = Date.now();
    if (!done && now - last < PROGRESS_EVERY_MS) return;
    last = now;
    ctx.publish('layer.progressed', keel.graphd.v1.LayerProgress, { diffId, current, total });
  };
}

/** A layer this job stored or found: its row, and whether its directory is new (to remove on failure). */
interface Made { chain_id: string; diff_id: string; parent: string | null; cache_id: string; size: number; fresh: boolean }
/** A blob to keep: the member file it is linked from. */
interface Kept extends BlobRow { file: string }

interface ConfigFile { os?: string; rootfs?: { type?: string; diff_ids?: unknown } }

/** The diff ids a config names, checked against the number of layers the archive gives. */
function diffIdsOf(img: ArchiveImage, id: string): string[] {
  let c: ConfigFile;
  try {
    c = JSON.parse(img.config) as ConfigFile;
  } catch (err) {
    throw new InvalidArgumentError(`invalid archive: config of image ${id} is not JSON`, { cause: err });
  }
  if (c.os && c.os !== 'linux') throw new InvalidArgumentError(`image ${id} is for ${c.os}; this daemon runs linux images`);
  const d = c.rootfs?.diff_ids;
  if (!Array.isArray(d) || d.some((x) => typeof x !== 'string' || !/^sha256:[a-f0-9]{64}$/.test(x))) {
    throw new InvalidArgumentError(`invalid archive: config of image ${id} has no list of sha256 diff ids (rootfs.diff_ids)`);
  }
  if (d.length !== img.layers.length) {
    throw new InvalidArgumentError(`invalid archive: config of image ${id} names ${d.length} layers, the archive gives ${img.layers.length}`);
  }
  if (d.length === 0) throw new InvalidArgumentError(`invalid archive: image ${id} has no layers`);
  return d as string[];
}

/**
 * docker load. The archive's images are read (docker-archive or OCI layout), each layer not
 * already stored applied with its diff id checked while it streams (and its blob digest, when an
 * OCI manifest names one); then, in one transaction, layers, images, tags, a manifest per image
 * and its blobs are recorded, and each new blob linked into the content store. A failure (or a
 * crash: graphd's start removes layer directories and blobs with no row) stores nothing.
 */
export async function loadImage(req: keel.graphd.v1.LoadImageRequest, ctx: GraphdState): Promise<keel.graphd.v1.ILoadImageResponse> {
  const root = realpathSync(ctx.dataRoot);
  for (const m of req.members) {
    if (m.path && !realpathSync(m.path).startsWith(root + sep)) throw new InvalidArgumentError(`load: member ${m.name} is not inside the data-root`);
  }
  const archive = readArchive(req.members, ctx.architecture);
  const driver = ctx.graph.get(ctx.defaultDriver)!;
  const made = new Map<string, Made>();
  const kept = new Map<string, Kept>();
  const images: { id: string; config: string; created: string; top: string; size: number; tags: Reference[]; manifest: { digest: string; mediaType: string; json: string }; blobs: string[] }[] = [];
  const layers: keel.graphd.v1.ILoadedLayer[] = [];
  const removeFresh = async () => {
    for (const m of made.values()) {
      if (m.fresh) await driver.removeLayer(m.cache_id).catch((e) => ctx.glog.warn({ err: e, cacheId: m.cache_id }, 'could not remove a half-made layer'));
    }
  };

  try {
    for (const img of archive.images) {
      const id = imageId(img.config);
      const tags = img.tags.map((t) => {
        const r = parseReference(t);
        if (r.digest) throw new InvalidArgumentError(`invalid archive: image ${id} is tagged with a digest reference (${t})`);
        return r;
      });
      const diffIds = diffIdsOf(img, id);
      let parent = null as Made | null;
      const blobs: string[] = [];
      let size = 0;
      for (const [i, layer] of img.layers.entries()) {
        const diffId = diffIds[i];
        const chain = chainId(parent?.chain_id ?? null, diffId);
        const row = ctx.store.layer(chain);
        let m: Made | undefined = made.get(chain) ?? (row ? { chain_id: chain, diff_id: diffId, parent: row.parent, cache_id: row.cache_id, size: row.size, fresh: false } : undefined);
        if (row && row.driver !== driver.id) throw new InvalidArgumentError(`load: layer ${chain} is stored by graph driver ${row.driver}, not ${driver.id}`);
        const known = [...ctx.store.blobsOfDiff(diffId), ...[...kept.values()].filter((b) => b.diff_id === diffId)].find((b) => !layer.digest || b.digest === layer.digest);
        if (m && known) {
          blobs.push(known.digest);
          layers.push({ diffId, size: known.size, existed: true });
        } else {
          const mediaType = LAYER_MEDIA_TYPES[detectCompression(fileHead(layer.file)) as keyof typeof LAYER_MEDIA_TYPES];
          if (!mediaType) throw new InvalidArgumentError(`invalid archive: layer ${layer.name} is compressed in a way layers are not (gzip, zstd or plain tar)`);
          let blob: { digest: string; size: number };
          if (m) {
            // the layer is stored, its archive is not: read it only for its digest
            const counted = new Digesting();
            await pipeline(layerFile(layer.file), counted, async function* (src) { for await (const _ of src) yield* []; });
            blob = { digest: `sha256:${counted.hash.digest('hex')}`, size: counted.size };
          } else {
            const progress = layerProgress(ctx, diffId, statSync(layer.file).size);
            const applied: AppliedLayer = await applyLayer(layerFile(layer.file), driver, parent?.cache_id ?? null, { diffId, progress }).catch((err) => {
              throw wrap(err, `layer ${i + 1} of image ${id} (${layer.name})`);
            });
            progress(applied.blobSize, true);
            if (applied.warnings.length) ctx.glog.warn({ layer: layer.name, warnings: applied.warnings.slice(0, 20), count: applied.warnings.length }, 'load: entries kept in part');
            m = { chain_id: chain, diff_id: diffId, parent: parent?.chain_id ?? null, cache_id: applied.cacheId, size: applied.size, fresh: true };
            made.set(chain, m);
            blob = { digest: applied.digest, size: applied.blobSize };
          }
          const { digest } = blob;
          if (layer.digest && layer.digest !== digest) throw new InvalidArgumentError(`invalid archive: layer ${layer.name} has the digest ${digest}, its manifest says ${layer.digest}`);
          kept.set(digest, { digest, media_type: mediaType, size: blob.size, diff_id: diffId, file: layer.file });
          blobs.push(digest);
          layers.push({ diffId, size: blob.size, existed: false });
        }
        size += m.size;
        parent = m;
      }
      const manifest = img.manifest ?? synthesized(id, img.config, blobs.map((d) => kept.get(d) ?? blobRow(ctx, d)));
      const created = (JSON.parse(img.config) as { created?: string }).created ?? new Date(0).toISOString();
      images.push({ id, config: img.config, created, top: parent!.chain_id, size, tags, manifest, blobs });
    }
  } catch (err) {
    await removeFresh();
    throw wrap(err, 'load');
  }

  const now = Date.now();
  const loaded: string[] = [];
  const replaced: Record<string, string> = {};
  const duplicates: string[] = [];
  try {
    ctx.store.tx(() => {
      for (const m of made.values()) {
        const existing = ctx.store.layer(m.chain_id);
        if (existing) {
          // stored meanwhile by another job: ours is a duplicate
          if (existing.driver !== driver.id) throw new InvalidArgumentError(`load: layer ${m.chain_id} is stored by graph driver ${existing.driver}, not ${driver.id}`);
          if (m.fresh && existing.cache_id !== m.cache_id) duplicates.push(m.cache_id);
          continue;
        }
        ctx.store.insertLayer({ chain_id: m.chain_id, diff_id: m.diff_id, parent: m.parent, driver: driver.id, cache_id: m.cache_id, size: m.size, created_ms: now });
      }
      for (const img of images) {
        if (!ctx.store.image(img.id)) ctx.store.insertImage({ id: img.id, config: img.config, created: img.created, size: img.size, top_layer: img.top, created_ms: now });
        const rows = img.blobs.map((d) => kept.get(d) ?? blobRow(ctx, d));
        ctx.store.insertManifest(manifestRow(img.id, img.manifest, now), rows);
        for (const t of img.tags) {
          const before = ctx.store.setTag(t.repo, t.tag, img.id);
          if (before) replaced[formatReference(t)] = before;
          loaded.push(formatReference(t));
        }
        if (!img.tags.length) loaded.push(img.id);
      }
      for (const b of kept.values()) keepBlob(ctx.root, b.file, b.digest);
    });
  } catch (err) {
    await removeFresh();
    sweepBlobs(ctx);
    throw wrap(err, 'load: record the images');
  }
  for (const c of duplicates) await driver.removeLayer(c).catch((e) => ctx.glog.warn({ err: e, cacheId: c }, 'could not remove a duplicate layer'));
  return { loaded, layers, replaced };
}

function blobRow(ctx: GraphdState, digest: string): BlobRow {
  const b = ctx.store.blob(digest);
  if (!b) throw new InvalidArgumentError(`load: blob ${digest} went away meanwhile; load again`);
  return b;
}

/** The row that records manifest m as image imageId's. */
export function manifestRow(imageId: string, m: { digest: string; mediaType: string; json: string }, createdMs: number): ManifestRow {
  return { digest: m.digest, image_id: imageId, media_type: m.mediaType, size: Buffer.byteLength(m.json), json: m.json, created_ms: createdMs };
}

/** The OCI manifest of an image loaded from a docker-archive (which carries none). */
export function synthesized(id: string, config: string, blobs: BlobRow[]): { digest: string; mediaType: string; json: string } {
  const json = JSON.stringify({
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: { mediaType: OCI_CONFIG, digest: id, size: Buffer.byteLength(config) },
    layers: blobs.map((b) => ({ mediaType: b.media_type, digest: b.digest, size: b.size })),
  });
  return { digest: `sha256:${createHash('sha256').update(json).digest('hex')}`, mediaType: OCI_MANIFEST, json };
}
