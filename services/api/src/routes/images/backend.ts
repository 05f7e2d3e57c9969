import { keel } from '../../../../../proto';
import type { JobClient } from '../../../../kit/src';
import { engine } from '../../../../engine/src';
import { execd } from '../../../../execd/src';
import { graphd as graphdImages } from '../../../../graphd/src';
import type { CallCtx } from '../system/backend';

export type Image = keel.graphd.v1.IImage;

export interface ImportArgs {
  /** a file under the data-root; graphd reads it, the api removes it afterwards */
  sourcePath: string;
  repo: string;
  tag: string;
  changes: string[];
  message: string;
}

export interface CommitArgs {
  container: string;
  repo: string;
  tag: string;
  comment: string;
  author: string;
  changes: string[];
  pause: boolean;
}

/** What GET /system/df sums up: every image, container and volume. */
export interface DiskUsage {
  images: Image[];
  containers: keel.engine.v1.IContainer[];
  volumes: keel.execd.v1.IVolume[];
  /** bytes of every stored layer, each once */
  layersSize: number;
  /** per container id: its writable layer's bytes, and those with its image's */
  rootfs?: Map<string, { sizeRw: number; sizeRootFs: number }>;
}

/** key=value filter pairs, as the routes parse them. */
export type FilterPairs = { key: string; value: string }[];

/** The image routes' view of the daemon: narrow, so tests can give a fake one. */
export interface ImageBackend {
  list(all: boolean, c: CallCtx, filters?: FilterPairs): Promise<Image[]>;
  inspect(name: string, c: CallCtx): Promise<Image>;
  remove(name: string, force: boolean, noPrune: boolean, c: CallCtx): Promise<keel.graphd.v1.IRemoveImageResponse>;
  import(args: ImportArgs, c: CallCtx): Promise<Image>;
  tag?(source: string, repo: string, tag: string, c: CallCtx): Promise<void>;
  history?(name: string, c: CallCtx): Promise<keel.graphd.v1.IHistoryEntry[]>;
  prune?(all: boolean, filters: FilterPairs, c: CallCtx): Promise<keel.graphd.v1.IPruneImagesResponse>;
  commit?(args: CommitArgs, c: CallCtx): Promise<Image>;
  diskUsage?(c: CallCtx): Promise<DiskUsage>;
  /** docker load: the archive's files, under the data-root (the api removes them afterwards) */
  /** onProgress is told how far into each layer graphd is, as it goes (best effort: events may be lost). */
  load(members: keel.graphd.v1.IArchiveMember[], c: CallCtx, onProgress?: (p: keel.graphd.v1.ILayerProgress) => void): Promise<keel.graphd.v1.ILoadImageResponse>;
  /** docker save: graphd fills dir (empty, under the data-root) with the archive's files */
  save(names: string[], format: string, dir: string, c: CallCtx): Promise<keel.graphd.v1.IArchiveMember[]>;
}

/** An import of a large tarball unpacks it: give it time. */
const IMPORT_TIMEOUT_MS = 30 * 60_000;

export function busImageBackend(client: JobClient): ImageBackend {
  /** The ids of running containers: images they use cannot go, even forced. */
  const running = async (c: CallCtx) => ((await client.call(engine, 'container.list', { all: false }, c)).containers ?? [])
    .filter((x) => x.state?.running).map((x) => x.id ?? '');
  return {
    list: async (all, c, filters = []) => (await client.call(graphdImages, 'image.list', { all, filters }, c)).images ?? [],
    inspect: async (name, c) => (await client.call(graphdImages, 'image.inspect', { name }, c)).image ?? {},
    remove: async (name, force, noPrune, c) => client.call(graphdImages, 'image.remove', { name, force, noPrune, running: await running(c) }, c),
    tag: async (source, repo, tag, c) => {
      await client.call(graphdImages, 'image.tag', { source, repo, tag }, c);
    },
    history: async (name, c) => (await client.call(graphdImages, 'image.history', { name }, c)).entries ?? [],
    prune: async (all, filters, c) => client.call(graphdImages, 'image.prune', { all, filters, running: await running(c) }, { ...c, timeoutMs: IMPORT_TIMEOUT_MS }),
    commit: async (a, c) => (await client.call(engine, 'container.commit', {
      id: a.container, repo: a.repo, tag: a.tag, comment: a.comment, author: a.author, changes: a.changes, pause: a.pause,
    }, { ...c, timeoutMs: IMPORT_TIMEOUT_MS })).image ?? {},
    diskUsage: async (c) => {
      const [images, containers, volumes, usage] = await Promise.all([
        client.call(graphdImages, 'image.list', { all: true }, c),
        client.call(engine, 'container.list', { all: true }, c),
        client.call(execd, 'volume.list', { filters: [] }, c),
        client.call(graphdImages, 'rootfs.usage', {}, c),
      ]);
      const rootfs = new Map((usage.usage ?? []).map((u) => [u.containerId ?? '', { sizeRw: Number(u.sizeRw ?? 0), sizeRootFs: Number(u.sizeRootFs ?? 0) }]));
      return { images: images.images ?? [], containers: containers.containers ?? [], volumes: volumes.volumes ?? [], layersSize: Number(images.layersSize ?? 0), rootfs };
    },
    import: async (a, c) => (await client.call(graphdImages, 'image.import', {
      sourcePath: a.sourcePath, repo: a.repo, tag: a.tag, changes: a.changes, message: a.message,
    }, { ...c, timeoutMs: IMPORT_TIMEOUT_MS })).image ?? {},
    load: async (members, c, onProgress) => {
      const stop = onProgress ? client.watch('keel.events.graphd.layer.progressed', keel.graphd.v1.LayerProgress, c.traceId, onProgress) : null;
      try {
        return await client.call(graphdImages, 'image.load', { members }, { ...c, timeoutMs: IMPORT_TIMEOUT_MS });
      } finally {
        stop?.();
      }
    },
    save: async (names, format, dir, c) => (await client.call(graphdImages, 'image.save', { names, format, dir }, { ...c, timeoutMs: IMPORT_TIMEOUT_MS })).members ?? [],
  };
}
