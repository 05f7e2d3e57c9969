import { randomBytes } from 'node:crypto';
import { realpath } from 'node:fs/promises';
import { sep } from 'node:path';
import type { keel } from '../../../../proto';
import { InvalidArgumentError, NotFoundError, wrap } from '../../../kit/src/errors';
import { applyChanges } from '../image/changes';
import { buildImageConfig } from '../image/config';
import { extractLayer } from '../image/extract';
import { parseReference } from '../image/reference';
import { toImage } from '../images';
import type { GraphdState } from '../state';

/**
 * docker import: a rootfs tarball (plain or gzip) inside the data-root becomes a one-layer image,
 * with `changes` applied to its config, tagged repo:tag when a repo is given. Everything is
 * checked before any byte is unpacked, and a failure leaves nothing behind. The source file
 * belongs to its writer (the api), which removes it.
 */
export async function importImage(req: keel.graphd.v1.ImportImageRequest, ctx: GraphdState): Promise<keel.graphd.v1.IImportImageResponse> {
  const ref = req.repo ? parseReference(req.tag ? `${req.repo}:${req.tag}` : req.repo) : null;
  if (ref?.digest) throw new InvalidArgumentError(`import: cannot tag an image with a digest reference (${req.repo})`);
  if (!req.repo && req.tag) throw new InvalidArgumentError('import: a tag needs a repository');
  const config = applyChanges(req.changes);
  const source = await sourceInside(req.sourcePath, ctx.dataRoot);

  const driver = ctx.graph.get(ctx.defaultDriver)!;
  const cacheId = randomBytes(16).toString('hex');
  let layer;
  try {
    const dir = await driver.createLayer(cacheId);
    layer = await extractLayer(source, dir);
  } catch (err) {
    await driver.removeLayer(cacheId).catch((e) => ctx.glog.warn({ err: e, cacheId }, 'could not remove a half-made layer'));
    throw wrap(err, 'import');
  }
  if (layer.skipped.length) ctx.glog.warn({ skipped: layer.skipped.slice(0, 20), count: layer.skipped.length }, 'import: entries skipped');

  const created = new Date();
  const { json, id } = buildImageConfig({
    architecture: ctx.architecture, config, diffIds: [layer.diffId], created, comment: req.message,
  });
  let reused = false;
  try {
    ctx.store.tx(() => {
      const existing = ctx.store.layer(layer.diffId);
      if (existing) {
        reused = true;
      } else {
        ctx.store.insertLayer({ diff_id: layer.diffId, cache_id: cacheId, driver: driver.id, size: layer.size, created_ms: created.getTime() });
      }
      if (!ctx.store.image(id)) {
        ctx.store.insertImage({ id, config: json, size: existing?.size ?? layer.size, created_ms: created.getTime() }, [layer.diffId]);
      }
      // an image this tag pointed at before stays, untagged (dangling), as with Docker
      if (ref) ctx.store.setTag(ref.repo, ref.tag, id);
    });
  } catch (err) {
    await driver.removeLayer(cacheId).catch(() => undefined);
    throw wrap(err, 'import: record the image');
  }
  if (reused) await driver.removeLayer(cacheId).catch((e) => ctx.glog.warn({ err: e, cacheId }, 'could not remove a duplicate layer'));
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
