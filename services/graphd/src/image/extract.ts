import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lchown, lstat, lutimes, mkdir, open, rm, symlink, unlink } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { Transform } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { Unpack } from 'tar';
import { InvalidArgumentError } from '../../../kit/src/errors';
import { detectCompression } from './compression';

export interface ExtractedLayer {
  /** "sha256:" + sha256 of the uncompressed tar stream. */
  diffId: string;
  /** Bytes of regular files. */
  size: number;
  /** Entries skipped (device nodes and other types not unpacked yet), with why. */
  skipped: string[];
}

interface PendingLink { path: string; target: string; uid: number; gid: number; mtime: Date | undefined }

/** A tar path made relative to the layer root; null if it would leave the root. */
export function layerPath(p: string): string | null {
  const raw = p.replace(/\\/g, '/');
  if (raw.split('/').includes('..')) return null;
  return posix.normalize(`/${raw}`).replace(/^\/+/, '').replace(/\/+$/, '');
}

/**
 * Unpacks a rootfs tarball (plain or gzip, told by its magic bytes) into dest in one pass, hashing
 * the uncompressed stream as it goes. Owners, modes and times are kept. Entries are confined to
 * dest: paths with ".." are refused, absolute ones are made relative, a hard link must name a
 * path inside the archive, and symbolic links are created only after every other entry (so no
 * entry is ever written through one), their targets kept verbatim (they are resolved inside the
 * container's root at run time). Device nodes and FIFOs are skipped for now.
 */
export async function extractLayer(source: string, dest: string): Promise<ExtractedLayer> {
  const head = Buffer.alloc(6);
  const fh = await open(source, 'r');
  let n: number;
  try {
    n = (await fh.read(head, 0, head.length, 0)).bytesRead;
  } finally {
    await fh.close();
  }
  if (n === 0) throw new InvalidArgumentError('import: the archive is empty');
  const compression = detectCompression(head.subarray(0, n));
  if (compression !== 'none' && compression !== 'gzip') {
    throw new InvalidArgumentError(`import: ${compression}-compressed archives are not supported (use a plain or gzipped tar)`);
  }

  const hash = createHash('sha256');
  const errors: string[] = [];
  const skipped: string[] = [];
  /** Symbolic links to make once every other entry is out, by path, in archive order. */
  const links = new Map<string, PendingLink>();
  const underLink = (rel: string) => {
    for (let i = rel.indexOf('/'); i > 0; i = rel.indexOf('/', i + 1)) if (links.has(rel.slice(0, i))) return rel.slice(0, i);
    return null;
  };
  let size = 0;
  let sawEntry = false;

  const unpack = new Unpack({
    cwd: dest,
    preservePaths: false,
    preserveOwner: true,
    chmod: true,
    umask: 0,
    noMtime: false,
    filter: (path, entry) => {
      const e = entry as unknown as { type: string; linkpath?: string; size: number; uid?: number; gid?: number; mtime?: Date };
      sawEntry = true;
      const rel = layerPath(path);
      if (rel === null) {
        errors.push(`${path}: path leaves the layer`);
        return false;
      }
      const via = underLink(rel);
      if (via) {
        errors.push(`${path}: would be written through the symbolic link ${via}`);
        return false;
      }
      const owner = { uid: e.uid ?? 0, gid: e.gid ?? 0, mtime: e.mtime };
      if (e.type === 'SymbolicLink') {
        if (!rel) {
          errors.push(`${path}: a symbolic link cannot replace the root`);
          return false;
        }
        links.delete(rel);
        links.set(rel, { path: rel, target: String(e.linkpath ?? ''), ...owner });
        return false;
      }
      const replaced = links.get(rel);
      links.delete(rel);
      if (e.type === 'Link') {
        const target = layerPath(String(e.linkpath ?? ''));
        if (target === null || target === '') {
          errors.push(`${path}: hard link to ${e.linkpath} leaves the layer`);
          return false;
        }
        // a hard link to a symbolic link is that symbolic link again
        const sym = target === rel ? replaced : links.get(target);
        if (sym) {
          links.set(rel, { path: rel, target: sym.target, ...owner });
          return false;
        }
      }
      if (e.type === 'CharacterDevice' || e.type === 'BlockDevice' || e.type === 'FIFO') {
        skipped.push(`${path}: ${e.type} not unpacked yet`);
        return false;
      }
      if (e.type === 'File' || e.type === 'OldFile' || e.type === 'ContiguousFile') size += e.size;
      return true;
    },
    onwarn: (code, message) => {
      if (code === 'TAR_ENTRY_INFO') return;
      if (code === 'TAR_ENTRY_UNSUPPORTED') {
        skipped.push(message);
        return;
      }
      errors.push(`${code}: ${message}`);
    },
  });

  const tee = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      hash.update(chunk);
      cb(null, chunk);
    },
  });

  await new Promise<void>((resolve, reject) => {
    let settled = false;
    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      input.destroy();
      reject(err);
    };
    const input = createReadStream(source);
    input.on('error', (err) => fail(new InvalidArgumentError(`import: read ${source}: ${err.message}`, { cause: err })));
    tee.on('error', fail);
    unpack.on('error', (err: Error) => fail(new InvalidArgumentError(`import: not a valid tar archive: ${err.message}`, { cause: err })));
    unpack.on('finish', () => {
      if (settled) return;
      settled = true;
      resolve();
    });
    let stream: NodeJS.ReadableStream = input;
    if (compression === 'gzip') {
      const gunzip = createGunzip();
      gunzip.on('error', (err) => fail(new InvalidArgumentError(`import: bad gzip data: ${err.message}`, { cause: err })));
      stream = input.pipe(gunzip);
    }
    stream.pipe(tee).pipe(unpack as unknown as NodeJS.WritableStream);
  });

  if (!sawEntry) errors.push('the archive holds no entries (not a tar archive?)');
  if (errors.length) {
    throw new InvalidArgumentError(`import: refused archive: ${errors.slice(0, 5).join('; ')}${errors.length > 5 ? ` (and ${errors.length - 5} more)` : ''}`);
  }
  for (const l of links.values()) await makeSymlink(dest, l);
  return { diffId: `sha256:${hash.digest('hex')}`, size, skipped };
}

/** Creates a symbolic link inside root, never through another link, replacing what is there. */
async function makeSymlink(root: string, l: PendingLink): Promise<void> {
  const parts = l.path.split('/');
  let dir = root;
  for (const p of parts.slice(0, -1)) {
    dir = join(dir, p);
    const st = await lstat(dir).catch(() => null);
    if (!st) {
      await mkdir(dir, { mode: 0o755 });
    } else if (!st.isDirectory()) {
      throw new InvalidArgumentError(`import: refused archive: ${l.path}: its parent ${posix.join(...parts.slice(0, parts.indexOf(p) + 1))} is not a directory`);
    }
  }
  const at = join(root, l.path);
  const st = await lstat(at).catch(() => null);
  if (st?.isDirectory()) await rm(at, { recursive: true, force: true });
  else if (st) await unlink(at);
  await symlink(l.target, at);
  await lchown(at, l.uid, l.gid).catch(() => undefined);
  if (l.mtime) await lutimes(at, l.mtime, l.mtime).catch(() => undefined);
}
