import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, readFileSync, statSync } from 'node:fs';
import { posix } from 'node:path';
import type { keel } from '../../../../proto';
import { InvalidArgumentError } from '../../../kit/src/errors';

/**
 * Reading an image archive, in either format Docker writes: docker-archive (manifest.json lists
 * each image's config file, tags and layer files; `repositories` is legacy and not needed) and the
 * OCI image layout (oci-layout, index.json → manifests → config and layer blobs by digest). When
 * both are there (docker save since 25 writes both) the OCI layout is read: it names each blob by
 * digest. Every path an archive names is looked up among its own members, never on disk: a path
 * that leaves the archive ("..", absolute) is refused by name.
 */

export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
/** Largest JSON file read whole (configs, manifests, index.json). */
const MAX_JSON = 16 << 20;

export interface ArchiveLayer {
  /** the member's file */
  file: string;
  /** its name in the archive, for messages */
  name: string;
  /** the blob digest an OCI manifest gives (checked while the blob is read) */
  digest?: string;
}

export interface ArchiveImage {
  /** the config JSON, exactly the bytes whose digest is the image id */
  config: string;
  /** references to tag it with ("busybox:latest") */
  tags: string[];
  layers: ArchiveLayer[];
  /** the manifest an OCI layout names the image by */
  manifest?: { digest: string; mediaType: string; json: string };
}

export interface Archive {
  format: 'docker-archive' | 'oci';
  images: ArchiveImage[];
}

type Member = keel.graphd.v1.IArchiveMember;

function refused(why: string): InvalidArgumentError {
  return new InvalidArgumentError(`invalid archive: ${why}`);
}

/** A member name made canonical ("./a//b" → "a/b"); null when it leaves the archive. */
export function archivePath(name: string): string | null {
  if (name.startsWith('/') || name.split('/').includes('..')) return null;
  const n = posix.normalize(name).replace(/^(\.\/)+/, '').replace(/\/+$/, '');
  return n === '.' ? '' : n;
}

export function sha256File(file: string): string {
  const h = createHash('sha256');
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0;) h.update(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return `sha256:${h.digest('hex')}`;
}

/** The first bytes of a file (compression magic). */
export function fileHead(file: string, n = 6): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(n);
    const got = readSync(fd, buf, 0, n, 0);
    return buf.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}

class Members {
  private readonly byName = new Map<string, Member>();

  constructor(members: Member[]) {
    for (const m of members) {
      const p = archivePath(m.name ?? '');
      if (p === null) throw refused(`member ${m.name} leaves the archive`);
      if (p) this.byName.set(p, m);
    }
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** The file of a member named by the archive itself (links followed inside the archive). */
  file(name: string, what: string): string {
    let p = archivePath(name);
    for (let hops = 0; hops < 16; hops++) {
      if (p === null || p === '') throw refused(`${what} path ${JSON.stringify(name)} leaves the archive`);
      const m = this.byName.get(p);
      if (!m) throw refused(`${what} ${name} is not in the archive`);
      if (m.linkname) {
        const target = m.linkname.startsWith('/') ? null : archivePath(posix.join(posix.dirname(p), m.linkname));
        p = target;
        continue;
      }
      if (m.dir || !m.path) throw refused(`${what} ${name} is not a file`);
      return m.path;
    }
    throw refused(`${what} ${name}: too many links`);
  }

  json<T>(name: string, what: string): { text: string; value: T } {
    const file = this.file(name, what);
    if (statSync(file).size > MAX_JSON) throw refused(`${what} ${name} is larger than ${MAX_JSON} bytes`);
    const text = readFileSync(file, 'utf8');
    try {
      return { text, value: JSON.parse(text) as T };
    } catch (err) {
      throw refused(`${what} ${name} is not JSON: ${(err as Error).message}`);
    }
  }
}

function blobName(digest: unknown, what: string): string {
  if (typeof digest !== 'string') throw refused(`${what} has no digest`);
  const m = /^([a-z0-9]+):([a-f0-9]{32,})$/.exec(digest);
  if (!m) throw refused(`${what} has a malformed digest ${JSON.stringify(digest)}`);
  if (m[1] !== 'sha256') throw refused(`${what}: digest algorithm ${m[1]} is not supported`);
  return `blobs/${m[1]}/${m[2]}`;
}

interface Descriptor { mediaType?: string; digest?: string; size?: number; annotations?: Record<string, string>; platform?: { os?: string; architecture?: string } }

/** Reads the images an archive holds; refuses one it cannot read whole. */
export function readArchive(list: Member[], architecture: string): Archive {
  const members = new Members(list);
  if (members.has('index.json') && members.has('oci-layout')) return { format: 'oci', images: readOci(members, architecture) };
  if (members.has('manifest.json')) return { format: 'docker-archive', images: readDockerArchive(members) };
  if (members.has('repositories')) throw refused('it has no manifest.json (the layout of docker before 1.10 is not supported)');
  throw refused('it has neither manifest.json (docker-archive) nor index.json and oci-layout (OCI image layout)');
}

function readDockerArchive(members: Members): ArchiveImage[] {
  const { value } = members.json<unknown>('manifest.json', 'manifest.json');
  if (!Array.isArray(value) || value.length === 0) throw refused('manifest.json lists no image');
  return value.map((e: { Config?: unknown; RepoTags?: unknown; Layers?: unknown }, i) => {
    const at = `manifest.json entry ${i + 1}`;
    if (typeof e?.Config !== 'string') throw refused(`${at} has no Config`);
    if (!Array.isArray(e.Layers) || e.Layers.some((l) => typeof l !== 'string')) throw refused(`${at} has no list of Layers`);
    const tags = e.RepoTags === null || e.RepoTags === undefined ? [] : e.RepoTags;
    if (!Array.isArray(tags) || tags.some((t) => typeof t !== 'string')) throw refused(`${at}: RepoTags is not a list of names`);
    const config = members.json<unknown>(e.Config, 'config').text;
    const layers = (e.Layers as string[]).map((name) => ({ file: members.file(name, 'layer'), name }));
    return { config, tags: tags as string[], layers };
  });
}

function readOci(members: Members, architecture: string): ArchiveImage[] {
  const layout = members.json<{ imageLayoutVersion?: string }>('oci-layout', 'oci-layout').value;
  if (typeof layout?.imageLayoutVersion !== 'string') throw refused('oci-layout has no imageLayoutVersion');
  const index = members.json<{ manifests?: Descriptor[] }>('index.json', 'index.json').value;
  if (!Array.isArray(index?.manifests) || index.manifests.length === 0) throw refused('index.json lists no manifest');
  const out: ArchiveImage[] = [];
  for (const d of index.manifests) {
    const name = d.annotations?.['io.containerd.image.name'] ?? refName(d.annotations?.['org.opencontainers.image.ref.name']);
    const image = ociImage(members, d, architecture, 0);
    const same = out.find((o) => o.manifest?.digest === image.manifest?.digest);
    if (same) {
      if (name) same.tags.push(name);
    } else {
      if (name) image.tags.push(name);
      out.push(image);
    }
  }
  return out;
}

/** org.opencontainers.image.ref.name is often a bare tag; only a whole reference names an image. */
function refName(v: string | undefined): string | undefined {
  return v && /[:/]/.test(v) && !/^[a-f0-9]{64}$/.test(v) ? v : undefined;
}

function verified(members: Members, d: Descriptor, what: string): { text: string; digest: string } {
  const name = blobName(d.digest, what);
  const { text } = members.json<unknown>(name, what);
  const digest = `sha256:${createHash('sha256').update(text).digest('hex')}`;
  if (digest !== d.digest) throw refused(`${what} ${d.digest} has the digest ${digest}`);
  return { text, digest };
}

function ociImage(members: Members, d: Descriptor, architecture: string, depth: number): ArchiveImage {
  if (depth > 2) throw refused('index.json nests indexes too deep');
  if (d.mediaType === OCI_INDEX || d.mediaType === DOCKER_LIST) {
    const idx = JSON.parse(verified(members, d, 'index').text) as { manifests?: Descriptor[] };
    const list = (idx.manifests ?? []).filter((m) => !m.platform || m.platform.os === 'linux');
    const pick = list.find((m) => m.platform?.architecture === architecture) ?? list[0];
    if (!pick) throw refused(`index ${d.digest} has no manifest for linux`);
    return ociImage(members, pick, architecture, depth + 1);
  }
  if (d.mediaType && d.mediaType !== OCI_MANIFEST && d.mediaType !== DOCKER_MANIFEST) throw refused(`manifest media type ${d.mediaType} is not supported`);
  const { text, digest } = verified(members, d, 'manifest');
  const m = JSON.parse(text) as { mediaType?: string; config?: Descriptor; layers?: Descriptor[] };
  if (!m.config || !Array.isArray(m.layers)) throw refused(`manifest ${digest} has no config or no layers`);
  const config = verified(members, m.config, 'config').text;
  const layers = m.layers.map((l, i) => {
    const name = blobName(l.digest, `layer ${i + 1} of manifest ${digest}`);
    return { file: members.file(name, 'layer'), name, digest: l.digest };
  });
  return { config, tags: [], layers, manifest: { digest, mediaType: d.mediaType ?? m.mediaType ?? OCI_MANIFEST, json: text } };
}
