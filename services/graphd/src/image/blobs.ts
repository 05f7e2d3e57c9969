import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, unlinkSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import type { GraphdState } from '../state';
import type { BlobRow } from '../store/store';

/**
 * The content store: each layer archive an image was loaded or imported from, as received
 * (compressed or not), at <graphd>/blobs/sha256/<hex>, named by the digest of its bytes. A blob
 * row (digest, media type, size, diff id) exists for each, listed by a manifest; `docker save`
 * hands these very bytes out again, so a saved layer has the diff id its config names.
 * Files go in and out synchronously, inside or right after the transaction that writes or
 * drops their rows, so no other job ever sees a file without its row or the reverse for long.
 */
export function blobsDir(root: string): string {
  return join(root, 'blobs', 'sha256');
}

export function blobPath(root: string, digest: string): string {
  const m = /^sha256:([a-f0-9]{64})$/.exec(digest);
  if (!m) throw new Error(`not a sha256 digest: ${digest}`);
  return join(blobsDir(root), m[1]);
}

/** A blob of the layer diffId whose file is in the content store (any compression), if one is. */
export function storedBlob(s: Pick<GraphdState, 'root' | 'store'>, diffId: string): BlobRow | undefined {
  return s.store.blobsOfDiff(diffId).find((b) => existsSync(blobPath(s.root, b.digest)));
}

/**
 * Where a job writes a blob it makes itself (commit's layer tar) until its row is in: on graphd's
 * filesystem, so that keeping it is a link; whatever is there at start a crash left.
 */
export function stagingDir(root: string): string {
  return join(root, 'staging');
}

/** A new, unique path in the staging directory. */
export function stagingPath(root: string, what: string): string {
  mkdirSync(stagingDir(root), { recursive: true, mode: 0o700 });
  return join(stagingDir(root), `${what}-${randomBytes(8).toString('hex')}`);
}

/** Keeps the file at src as the blob digest (a hard link; a copy across filesystems). Sync: call it inside the transaction. */
export function keepBlob(root: string, src: string, digest: string): void {
  const dst = blobPath(root, digest);
  if (existsSync(dst)) return;
  mkdirSync(blobsDir(root), { recursive: true, mode: 0o700 });
  try {
    linkSync(src, dst);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
    copyFileSync(src, dst);
  }
}

/** Removes blob files with no row (a crash between a link and its commit, or rows collected). Sync. */
export function sweepBlobs(s: Pick<GraphdState, 'root' | 'store' | 'glog'>): number {
  const dir = blobsDir(s.root);
  if (!existsSync(dir)) return 0;
  const known = new Set(s.store.blobs().map((b) => b.digest));
  let n = 0;
  for (const name of readdirSync(dir)) {
    if (known.has(`sha256:${name}`)) continue;
    try {
      unlinkSync(join(dir, name));
      n++;
    } catch (err) {
      s.glog.warn({ err, blob: name }, 'could not remove a blob nothing lists');
    }
  }
  return n;
}

/** OCI media types of a layer blob by its compression. */
export const LAYER_MEDIA_TYPES = {
  none: 'application/vnd.oci.image.layer.v1.tar',
  gzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  zstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
} as const;

/** Counts and hashes the bytes that pass (a blob's digest and size while it is applied). */
export class Digesting extends Transform {
  readonly hash = createHash('sha256');
  size = 0;
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: (err?: Error | null, data?: Buffer) => void): void {
    this.hash.update(chunk);
    this.size += chunk.length;
    done(null, chunk);
  }
}
