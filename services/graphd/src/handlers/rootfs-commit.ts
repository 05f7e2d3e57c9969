import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { Readable } from 'node:stream';
import type { keel } from '../../../../proto';
import { FailedPreconditionError, InvalidArgumentError, NotFoundError, wrap } from '../../../kit/src/errors';
import { type OriginFields, type RunConfig, applyChanges } from '../image/changes';
import { type ImageConfigFile, imageId } from '../image/config';
import { type Reference, checkNewReference, shortId } from '../image/reference';
import { layerChain, toImage } from '../images';
import { LAYER_MEDIA_TYPES, keepBlob, stagingPath, storedBlob } from '../image/blobs';
import { applyLayer } from '../layer/apply';
import { EMPTY_LAYER_DIFF_ID, exportChanges } from '../layer/export';
import { checkContainerId } from '../rootfs';
import type { GraphdState } from '../state';
import { chainId } from '../store/migrations';
import type { BlobRow, ImageRow, RootfsRow } from '../store/store';
import { manifestRow, synthesized } from './image-load';

/** The bytes of src as they pass, also written to the file at path (created; it must not exist). */
function copiedTo(src: Readable, path: string): Readable {
  return Readable.from((async function* () {
    const fd = openSync(path, 'wx', 0o600);
    try {
      for await (const chunk of src) {
        const b = chunk as Buffer;
        for (let off = 0; off < b.length;) off += writeSync(fd, b, off, b.length - off);
        yield b;
      }
    } finally {
      closeSync(fd);
    }
  })(), { objectMode: false });
}

/**
 * A committed image's config as dockerd writes it: the run config (changes applied) with what it
 * keeps of the container (hostname, the image it was made from, its stdio), in docker's order.
 */
export function committedConfig(run: RunConfig, o: keel.graphd.v1.IContainerOrigin | null | undefined): RunConfig {
  if (!o) return run;
  const ports = Object.keys(run.ExposedPorts ?? {}).length ? { ExposedPorts: run.ExposedPorts } : {};
  // ExposedPorts and StopSignal left out when empty, as docker does
  const config: Partial<RunConfig> & OriginFields = {
    Hostname: o.hostname ?? '', Domainname: o.domainname ?? '', User: run.User,
    AttachStdin: !!o.attachStdin, AttachStdout: !!o.attachStdout, AttachStderr: !!o.attachStderr,
    ...ports, Tty: !!o.tty, OpenStdin: !!o.openStdin, StdinOnce: !!o.stdinOnce,
    Env: run.Env, Cmd: run.Cmd, Image: o.image ?? '', Volumes: null, WorkingDir: run.WorkingDir, Entrypoint: run.Entrypoint, OnBuild: null,
    Labels: run.Labels, ...(run.StopSignal ? { StopSignal: run.StopSignal } : {}),
  };
  return config as RunConfig;
}

/** The run config a commit starts from: the container's, with the image's exposed ports. */
function runConfigOf(c: keel.graphd.v1.IImageConfig | null | undefined, image: RunConfig): RunConfig {
  if (!c) return { ...image };
  const ports = c.exposedPorts?.length ? Object.fromEntries(c.exposedPorts.map((p) => [p, {}])) : (image.ExposedPorts ?? {});
  return {
    Cmd: c.cmdSet ? [...(c.cmd ?? [])] : null,
    Entrypoint: c.entrypointSet ? [...(c.entrypoint ?? [])] : null,
    Env: [...(c.env ?? [])],
    WorkingDir: c.workingDir ?? '',
    User: c.user ?? '',
    Labels: { ...(c.labels ?? {}) },
    ExposedPorts: ports as RunConfig['ExposedPorts'],
    StopSignal: c.stopSignal ?? '',
  };
}

/**
 * docker commit, graphd's part: the container's writable layer (overlay2's upper directory, or
 * vfs's copy compared with its layer) goes out as a layer tar with OCI whiteouts and comes back
 * in as a new layer over the image's, its diff id computed on the way; the new image's config is
 * the image's with `config` and `changes` as its run config, one more history entry and the new
 * diff id (none when nothing changed: an empty layer). Its parent is the container's image. The
 * rows go in one transaction; a failure removes the new layer directory and leaves no row.
 */
export async function commitRootfs(req: keel.graphd.v1.CommitRootfsRequest, ctx: GraphdState): Promise<keel.graphd.v1.ICommitRootfsResponse> {
  const cid = checkContainerId(req.containerId);
  if (!req.repo && req.tag) throw new InvalidArgumentError('commit: a tag needs a repository');
  const ref = req.repo ? checkNewReference(req.repo, req.tag) : null;
  // one job at a time on a container's rootfs: a release (or another commit) waits for this one
  const inFlight = ctx.preparing.get(cid);
  if (inFlight) await inFlight.catch(() => undefined);
  const job = commit(req, ctx, cid, ref);
  ctx.preparing.set(cid, job);
  try {
    return await job;
  } finally {
    if (ctx.preparing.get(cid) === job) ctx.preparing.delete(cid);
  }
}

async function commit(req: keel.graphd.v1.CommitRootfsRequest, ctx: GraphdState, cid: string, ref: Reference | null): Promise<keel.graphd.v1.ICommitRootfsResponse> {
  const rootfs = ctx.store.rootfs(cid);
  if (!rootfs) throw new NotFoundError(`root filesystem of container ${cid}`);
  const base = ctx.store.image(rootfs.image_id);
  if (!base) throw new FailedPreconditionError(`commit: the image of container ${shortId(cid)} (${shortId(rootfs.image_id)}) was removed; there is no image to commit over`);
  // the layer tar is kept as it streams into the new layer: save and push hand out these bytes
  const staged = stagingPath(ctx.root, 'commit');
  try {
    return await commitStaged(req, ctx, { cid, ref, rootfs, base, staged });
  } finally {
    rmSync(staged, { force: true });
  }
}

interface Committing { cid: string; ref: Reference | null; rootfs: RootfsRow; base: ImageRow; staged: string }

async function commitStaged(req: keel.graphd.v1.CommitRootfsRequest, ctx: GraphdState, c: Committing): Promise<keel.graphd.v1.ICommitRootfsResponse> {
  const { cid, ref, rootfs, base, staged } = c;
  const parentFile = JSON.parse(base.config) as ImageConfigFile;
  const run = applyChanges(req.changes ?? [], runConfigOf(req.config, parentFile.config));
  const { driver, cacheIds } = layerChain(ctx, rootfs.layer);
  let applied;
  try {
    const { root, changes } = await driver.changes(cid, cacheIds);
    applied = await applyLayer(copiedTo(exportChanges(root, changes), staged), driver, cacheIds[0]);
  } catch (err) {
    throw wrap(err, `commit container ${shortId(cid)}`);
  }
  const empty = applied.diffId === EMPTY_LAYER_DIFF_ID;
  const now = new Date();
  const created = now.toISOString();
  const history = {
    created, ...(req.author ? { author: req.author } : {}), created_by: req.createdBy ?? '',
    ...(req.comment ? { comment: req.comment } : {}), ...(empty ? { empty_layer: true } : {}),
  };
  const diffIds = [...(parentFile.rootfs?.diff_ids ?? []), ...(empty ? [] : [applied.diffId])];
  const file: ImageConfigFile = {
    architecture: parentFile.architecture || ctx.architecture,
    ...(req.author ? { author: req.author } : {}),
    ...(req.comment ? { comment: req.comment } : {}),
    config: committedConfig(run, req.config?.origin),
    container: cid,
    created,
    history: [...(parentFile.history ?? []), history],
    os: 'linux',
    rootfs: { type: 'layers', diff_ids: diffIds },
  };
  const json = JSON.stringify(file);
  const id = imageId(json);
  const chain = empty ? rootfs.layer : chainId(rootfs.layer, applied.diffId);
  let duplicate = empty;
  // a manifest of the new image over its blobs (the new layer's, and one per lower layer when
  // each has one) keeps them listed for as long as the image is there, whatever else is removed
  const lower = (parentFile.rootfs?.diff_ids ?? []).map((d) => storedBlob(ctx, d));
  const top: BlobRow = { digest: applied.digest, media_type: LAYER_MEDIA_TYPES.none, size: applied.blobSize, diff_id: applied.diffId };
  const blobs = lower.every((b) => b) ? [...(lower as BlobRow[]), ...(empty ? [] : [top])] : null;
  try {
    ctx.store.tx(() => {
      if (!empty) {
        const have = ctx.store.layer(chain!);
        if (have) duplicate = true;
        else {
          ctx.store.insertLayer({
            chain_id: chain!, diff_id: applied.diffId, parent: rootfs.layer, driver: driver.id, cache_id: applied.cacheId,
            size: applied.size, created_ms: now.getTime(),
          });
        }
      }
      const size = ctx.store.chain(chain).reduce((n, l) => n + l.size, 0);
      ctx.store.insertImage({ id, config: json, created, size, top_layer: chain, created_ms: now.getTime(), parent: base.id });
      if (ref) ctx.store.setTag(ref.repo, ref.tag, id);
      if (blobs) {
        ctx.store.insertManifest(manifestRow(id, synthesized(id, json, blobs), now.getTime()), blobs);
        if (!empty) keepBlob(ctx.root, staged, top.digest); // kept once: a blob there already stays as it is
      }
    });
  } catch (err) {
    await driver.removeLayer(applied.cacheId).catch((e) => ctx.glog.warn({ err: e, cacheId: applied.cacheId }, 'could not remove a half-made layer'));
    throw wrap(err, `commit container ${shortId(cid)}: record the image`);
  }
  if (duplicate) await driver.removeLayer(applied.cacheId).catch((e) => ctx.glog.warn({ err: e, cacheId: applied.cacheId }, 'could not remove a duplicate layer'));
  ctx.glog.info({ container: cid, image: id, layer: empty ? null : applied.diffId }, 'container committed');
  return { image: toImage(ctx, ctx.store.image(id)!) };
}
