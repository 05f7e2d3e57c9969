import type { keel } from '../../../../../proto';
import type { JobClient } from '../../../../kit/src';
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

/** The image routes' view of the daemon: narrow, so tests can give a fake one. */
export interface ImageBackend {
  list(all: boolean, c: CallCtx): Promise<Image[]>;
  inspect(name: string, c: CallCtx): Promise<Image>;
  remove(name: string, force: boolean, noPrune: boolean, c: CallCtx): Promise<keel.graphd.v1.IRemoveImageResponse>;
  import(args: ImportArgs, c: CallCtx): Promise<Image>;
  /** docker load: the archive's files, under the data-root (the api removes them afterwards) */
  load(members: keel.graphd.v1.IArchiveMember[], c: CallCtx): Promise<keel.graphd.v1.ILoadImageResponse>;
  /** docker save: graphd fills dir (empty, under the data-root) with the archive's files */
  save(names: string[], format: string, dir: string, c: CallCtx): Promise<keel.graphd.v1.IArchiveMember[]>;
}

/** An import of a large tarball unpacks it: give it time. */
const IMPORT_TIMEOUT_MS = 30 * 60_000;

export function busImageBackend(client: JobClient): ImageBackend {
  return {
    list: async (all, c) => (await client.call(graphdImages, 'image.list', { all }, c)).images ?? [],
    inspect: async (name, c) => (await client.call(graphdImages, 'image.inspect', { name }, c)).image ?? {},
    remove: (name, force, noPrune, c) => client.call(graphdImages, 'image.remove', { name, force, noPrune }, c),
    import: async (a, c) => (await client.call(graphdImages, 'image.import', {
      sourcePath: a.sourcePath, repo: a.repo, tag: a.tag, changes: a.changes, message: a.message,
    }, { ...c, timeoutMs: IMPORT_TIMEOUT_MS })).image ?? {},
    load: (members, c) => client.call(graphdImages, 'image.load', { members }, { ...c, timeoutMs: IMPORT_TIMEOUT_MS }),
    save: async (names, format, dir, c) => (await client.call(graphdImages, 'image.save', { names, format, dir }, { ...c, timeoutMs: IMPORT_TIMEOUT_MS })).members ?? [],
  };
}
