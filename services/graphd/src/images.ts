import { join } from 'node:path';
import type { keel } from '../../../proto';
import { FailedPreconditionError, InvalidArgumentError, NotFoundError } from '../../kit/src/errors';
import type { ImageConfigFile } from './image/config';
import { type Reference, formatReference, fullImageId, idPrefix, parseReference } from './image/reference';
import type { GraphDriver } from './drivers/driver';
import type { GraphdState } from './state';
import type { ImageRow, LayerRow } from './store/store';

/** An image found by name, and the reference it was found by (null when found by id). */
export interface Resolved {
  row: ImageRow;
  ref: Reference | null;
}

/**
 * Finds an image as Docker does: a full id ("sha256:" optional), a reference ("busybox" →
 * busybox:latest), or a unique id prefix. NOT_FOUND says "No such image: <name>".
 */
export function resolveImage(s: Pick<GraphdState, 'store'>, name: string): Resolved {
  const n = name.trim();
  const notFound = (shown: string) => new NotFoundError(`No such image: ${shown}`, { verbatim: true });
  if (!n) throw new InvalidArgumentError('an image name is required');
  const full = fullImageId(n);
  if (full) {
    const row = s.store.image(full);
    if (row) return { row, ref: null };
    throw notFound(n);
  }
  let ref: Reference | null = null;
  try {
    ref = parseReference(n);
  } catch {
    // not a reference: maybe an id prefix
  }
  if (ref && !ref.digest) {
    const t = s.store.tag(ref.repo, ref.tag);
    if (t) return { row: s.store.image(t.image_id)!, ref };
  }
  if (ref?.digest) {
    const id = s.store.imageByRepoDigest(ref.repo, ref.digest);
    if (id) return { row: s.store.image(id)!, ref };
  }
  const prefix = idPrefix(n);
  if (prefix) {
    const ids = s.store.imagesByPrefix(prefix);
    if (ids.length > 1) throw new InvalidArgumentError(`image id prefix "${n}" is ambiguous: it matches more than one image`);
    if (ids.length === 1) return { row: s.store.image(ids[0])!, ref: null };
  }
  throw notFound(ref ? formatReference(ref) : n);
}

/** What several images' messages share: how many images hold each layer, containers per image. */
export interface GraphCounts {
  layerUse: Map<string, number>;
  rootfs: Map<string, number>;
}

export function graphCounts(s: Pick<GraphdState, 'store'>): GraphCounts {
  return { layerUse: s.store.layerUse(), rootfs: s.store.rootfsCounts() };
}

/** The config's "created" in unix ms; the row's time when it has none. */
export function createdMsOf(row: ImageRow): number {
  const t = Date.parse(row.created);
  return Number.isFinite(t) ? t : row.created_ms;
}

/** The Image message of an image row (counts: for a list, computed once for all of them). */
/** docker inspect's GraphDriver.Data of an image: overlay2's directories of its top layer (as dockerd names them). */
export function driverData(root: string, chain: LayerRow[]): Record<string, string> {
  const top = chain[0];
  if (!top || top.driver !== 'overlay2') return {};
  const dir = (l: LayerRow) => join(root, 'overlay2', l.cache_id);
  const data: Record<string, string> = {
    MergedDir: join(dir(top), 'merged'), UpperDir: join(dir(top), 'diff'), WorkDir: join(dir(top), 'work'),
  };
  if (chain.length > 1) data.LowerDir = chain.slice(1).map((l) => join(dir(l), 'diff')).join(':');
  return data;
}

export function toImage(s: Pick<GraphdState, 'store'> & { root?: string }, row: ImageRow, counts: GraphCounts = graphCounts(s)): keel.graphd.v1.IImage {
  const f = JSON.parse(row.config) as ImageConfigFile;
  const c = f.config ?? {}; // an OCI config may have no runnable part
  const chain = s.store.chain(row.top_layer);
  return {
    id: row.id,
    repoTags: s.store.tagsOf(row.id).map((t) => `${t.repo}:${t.tag}`),
    createdMs: createdMsOf(row),
    created: f.created ?? row.created,
    parent: row.parent ?? '',
    author: f.author ?? '',
    dockerVersion: f.docker_version ?? '',
    container: f.container ?? '',
    driverData: s.root ? driverData(s.root, chain) : {},
    containers: counts.rootfs.get(row.id) ?? 0,
    sharedSize: chain.filter((l) => (counts.layerUse.get(l.chain_id) ?? 0) > 1).reduce((n, l) => n + l.size, 0),
    size: row.size,
    config: {
      cmd: c.Cmd ?? [], cmdSet: c.Cmd !== null && c.Cmd !== undefined,
      entrypoint: c.Entrypoint ?? [], entrypointSet: c.Entrypoint !== null && c.Entrypoint !== undefined,
      env: c.Env ?? [], workingDir: c.WorkingDir ?? '', user: c.User ?? '', labels: c.Labels ?? {},
      stopSignal: c.StopSignal ?? '', exposedPorts: Object.keys(c.ExposedPorts ?? {}),
      // a committed image's (docker's images carry these too; images made otherwise have none)
      origin: c.Hostname === undefined ? null : {
        hostname: c.Hostname, domainname: c.Domainname ?? '', image: c.Image ?? '', tty: !!c.Tty, openStdin: !!c.OpenStdin,
        stdinOnce: !!c.StdinOnce, attachStdin: !!c.AttachStdin, attachStdout: !!c.AttachStdout, attachStderr: !!c.AttachStderr,
      },
    },
    layers: chain.map((l) => l.diff_id).reverse(),
    comment: f.comment ?? '',
    os: f.os,
    architecture: f.architecture,
    driver: chain[0]?.driver ?? '',
    repoDigests: s.store.repoDigestsOf(row.id),
  };
}

/**
 * Inside a store transaction: deletes the rows of top and of each ancestor nothing references
 * any more, and returns them so their directories can go once the transaction has committed.
 */
export function dropUnusedLayers(s: Pick<GraphdState, 'store'>, top: string | null): LayerRow[] {
  return s.store.collect(top);
}

/** Removes the directories of layers whose rows are gone; a failure is logged (reconcile retries). */
export async function removeLayerDirs(s: Pick<GraphdState, 'graph' | 'glog'>, layers: LayerRow[]): Promise<void> {
  for (const l of layers) {
    const d = s.graph.get(l.driver);
    try {
      await d?.removeLayer(l.cache_id);
    } catch (err) {
      s.glog.warn({ err, layer: l.chain_id }, 'could not remove a layer directory; the next start removes it');
    }
  }
}

/** The driver and cache ids (top first) of the chain with top on top. */
export function layerChain(s: Pick<GraphdState, 'store' | 'graph'>, top: string | null): { driver: GraphDriver; cacheIds: string[] } {
  const chain = s.store.chain(top);
  if (!chain.length) throw new FailedPreconditionError('the image has no layers: there is nothing to make a root filesystem of');
  const driver = s.graph.get(chain[0].driver);
  if (!driver) throw new FailedPreconditionError(`layer ${chain[0].chain_id} was made by graph driver ${chain[0].driver}, which does not run here`);
  if (chain.some((l) => l.driver !== driver.id)) throw new FailedPreconditionError(`the chain of layer ${chain[0].chain_id} mixes graph drivers`);
  return { driver, cacheIds: chain.map((l) => l.cache_id) };
}
