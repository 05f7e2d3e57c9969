import { copyFileSync, linkSync, readdirSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { keel } from '../../../../proto';
import { FailedPreconditionError, InvalidArgumentError } from '../../../kit/src/errors';
import { OCI_INDEX, OCI_MANIFEST } from '../image/archive';
import { blobPath, storedBlob } from '../image/blobs';
import { type Reference, formatReference, parseReference } from '../image/reference';
import { resolveImage } from '../images';
import type { GraphdState } from '../state';
import type { BlobRow, ImageRow } from '../store/store';
import { manifestRow, synthesized } from './image-load';

export const SAVE_FORMATS = ['docker-archive', 'oci'] as const;

type Member = keel.graphd.v1.IArchiveMember;

/** One image to save, with the tags it is saved under. */
interface Saving { row: ImageRow; tags: string[] }

/**
 * docker save. Each named image (a tag saves that tag; an id saves the image untagged) goes into
 * dir as the files of an archive: docker-archive (<config hex>.json, <diff id hex>/layer.tar,
 * manifest.json, repositories), or with format "oci" the OCI image layout (oci-layout, index.json,
 * blobs/sha256/…) with a manifest.json beside it, as docker writes since 25, so that any docker
 * loads it. Layer files are hard links to the content store's blobs: the very bytes the image was
 * loaded or imported from, whose diff ids its config names. The manifest each image is saved by is
 * recorded with its blobs. The caller streams the files in the order given and removes dir.
 */
export async function saveImage(req: keel.graphd.v1.SaveImageRequest, ctx: GraphdState): Promise<keel.graphd.v1.ISaveImageResponse> {
  const format = req.format || 'docker-archive';
  if (!(SAVE_FORMATS as readonly string[]).includes(format)) throw new InvalidArgumentError(`save: unknown format "${format}" (docker-archive or oci)`);
  if (!req.names.length) throw new InvalidArgumentError('save: name at least one image');
  const dir = realpathSync(req.dir);
  if (!dir.startsWith(realpathSync(ctx.dataRoot) + sep) || !statSync(dir).isDirectory() || readdirSync(dir).length) {
    throw new InvalidArgumentError(`save: ${req.dir} is not an empty directory inside the data-root`);
  }

  const saving: Saving[] = [];
  const add = (row: ImageRow, ref: Reference | null) => {
    let s = saving.find((x) => x.row.id === row.id);
    if (!s) saving.push((s = { row, tags: [] }));
    if (ref && !s.tags.includes(formatReference(ref))) s.tags.push(formatReference(ref));
  };
  for (const name of req.names) {
    // a repository named without tag or digest saves every tag it has, as docker does
    const repoTags = nameOnly(name) ? ctx.store.tagsOfRepo(parseReference(name).repo) : [];
    if (repoTags.length) {
      for (const t of repoTags) add(ctx.store.image(t.image_id)!, { repo: t.repo, tag: t.tag, digest: '' });
    } else {
      const { row, ref } = resolveImage(ctx, name);
      add(row, ref);
    }
  }

  const members: Member[] = [];
  const written = new Set<string>();
  let n = 0;
  const file = (name: string, put: (path: string) => void) => {
    if (written.has(name)) return;
    written.add(name);
    const parts = name.split('/');
    for (let i = 1; i < parts.length; i++) {
      const d = parts.slice(0, i).join('/');
      if (!written.has(d)) {
        written.add(d);
        members.push({ name: `${d}/`, dir: true });
      }
    }
    const path = join(dir, String(n++));
    put(path);
    members.push({ name, path, size: statSync(path).size });
  };
  const text = (name: string, body: string) => file(name, (p) => writeFileSync(p, body, { mode: 0o600 }));
  const blob = (name: string, digest: string) => file(name, (p) => {
    try {
      linkSync(blobPath(ctx.root, digest), p);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
      copyFileSync(blobPath(ctx.root, digest), p);
    }
  });

  const manifestJson: { Config: string; RepoTags: string[] | null; Layers: string[] }[] = [];
  const repositories: Record<string, Record<string, string>> = {};
  const index: { mediaType: string; digest: string; size: number; annotations?: Record<string, string> }[] = [];
  const record: { row: ImageRow; manifest: { digest: string; mediaType: string; json: string }; blobs: BlobRow[] }[] = [];
  for (const s of saving) {
    const diffIds = ctx.store.imageLayers(s.row.id);
    const blobs = diffIds.map((d) => layerBlob(ctx, s.row, d));
    const hex = (d: string) => d.replace(/^sha256:/, '');
    if (format === 'oci') {
      const m = synthesized(s.row.id, s.row.config, blobs);
      text(`blobs/sha256/${hex(s.row.id)}`, s.row.config);
      record.push({ row: s.row, manifest: m, blobs });
      for (const b of blobs) blob(`blobs/sha256/${hex(b.digest)}`, b.digest);
      text(`blobs/sha256/${hex(m.digest)}`, m.json);
      const desc = { mediaType: OCI_MANIFEST, digest: m.digest, size: Buffer.byteLength(m.json) };
      if (s.tags.length) {
        for (const t of s.tags) index.push({ ...desc, annotations: { 'io.containerd.image.name': dockerName(t), 'org.opencontainers.image.ref.name': t.slice(t.lastIndexOf(':') + 1) } });
      } else {
        index.push(desc);
      }
      manifestJson.push({ Config: `blobs/sha256/${hex(s.row.id)}`, RepoTags: s.tags.length ? s.tags : null, Layers: blobs.map((b) => `blobs/sha256/${hex(b.digest)}`) });
    } else {
      text(`${hex(s.row.id)}.json`, s.row.config);
      for (const [i, b] of blobs.entries()) {
        blob(`${hex(diffIds[i])}/layer.tar`, b.digest);
        text(`${hex(diffIds[i])}/VERSION`, '1.0');
      }
      manifestJson.push({ Config: `${hex(s.row.id)}.json`, RepoTags: s.tags.length ? s.tags : null, Layers: diffIds.map((d) => `${hex(d)}/layer.tar`) });
      record.push({ row: s.row, manifest: synthesized(s.row.id, s.row.config, blobs), blobs });
    }
    for (const t of s.tags) {
      const i = t.lastIndexOf(':');
      (repositories[t.slice(0, i)] ??= {})[t.slice(i + 1)] = hex(diffIds[diffIds.length - 1]);
    }
  }
  if (format === 'oci') {
    text('oci-layout', JSON.stringify({ imageLayoutVersion: '1.0.0' }));
    text('index.json', JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: index }));
  }
  text('manifest.json', JSON.stringify(manifestJson));
  if (Object.keys(repositories).length) text('repositories', JSON.stringify(repositories));

  ctx.store.tx(() => {
    for (const r of record) {
      if (!ctx.store.image(r.row.id) || ctx.store.manifest(r.manifest.digest)) continue;
      ctx.store.insertManifest(manifestRow(r.row.id, r.manifest, Date.now()), r.blobs);
    }
  });
  return { members };
}

/** Whether name is a repository alone (no tag, no digest, not an id). */
function nameOnly(name: string): boolean {
  try {
    const r = parseReference(name, '');
    return !r.tag && !r.digest;
  } catch {
    return false;
  }
}

/** The stored blob of one of an image's layers; for OCI a compressed one is as good as a plain one. */
function layerBlob(ctx: GraphdState, row: ImageRow, diffId: string): BlobRow {
  const have = storedBlob(ctx, diffId);
  if (!have) {
    throw new FailedPreconditionError(`save: image ${row.id}: layer ${diffId} has no stored archive to save (it was stored before keel kept layer archives, or committed over such a layer)`);
  }
  return have;
}

/** "busybox:latest" → "docker.io/library/busybox:latest", the name docker writes into index.json. */
function dockerName(ref: string): string {
  const first = ref.split('/')[0];
  const hasDomain = ref.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  if (hasDomain) return ref;
  return ref.includes('/') ? `docker.io/${ref}` : `docker.io/library/${ref}`;
}
