import { randomBytes } from 'node:crypto';
import {
  type Stats, chmodSync, closeSync, constants, createReadStream, fchmodSync, fchownSync, futimesSync, lchownSync, linkSync, lstatSync, lutimesSync,
  mkdirSync, openSync, readdirSync, rmSync, symlinkSync, utimesSync, writeSync,
} from 'node:fs';
import { join, posix } from 'node:path';
import type { Readable } from 'node:stream';
import { native } from '../../../../addon';
import { FailedPreconditionError, InvalidArgumentError } from '../../../kit/src/errors';
import type { GraphDriver } from '../drivers/driver';
import { type Decompressed, decompressed } from './compression';
import { ThreadHash } from './hash-thread';
import { ByteReader, type TarHeader, nextHeader } from './tar-reader';

export interface AppliedLayer {
  cacheId: string;
  /** "sha256:" + sha256 of the uncompressed tar stream */
  diffId: string;
  /** "sha256:" + sha256 of the input as given (compressed or not): its blob digest */
  digest: string;
  /** bytes of the input as given */
  blobSize: number;
  /** bytes of regular files */
  size: number;
  /** entries kept only in part (an xattr the filesystem does not take), with why */
  warnings: string[];
}

export interface ApplyOptions {
  /** The diff id the layer must have (from a manifest or config); checked while streaming. */
  diffId?: string;
  /** The cache id to use (default: random). */
  cacheId?: string;
  /** Told the bytes of the input (as given, compressed or not) read so far, as they are read. */
  progress?: (bytes: number) => void;
}

/** A layer archive on disk as a stream, read a MiB at a time (fewer trips through the thread pool than 64 KiB). */
export function layerFile(path: string): Readable {
  return createReadStream(path, { highWaterMark: 1 << 20 });
}

/** A tar path made relative to the layer root; null if it would leave the root (a ".." part). */
export function layerPath(p: string): string | null {
  const raw = p.replace(/\\/g, '/');
  if (raw.split('/').includes('..')) return null;
  return posix.normalize(`/${raw}`).replace(/^\/+/, '').replace(/\/+$/, '');
}

const WH = '.wh.';
const OPAQUE = '.wh..wh..opq';
const S_IF = { char: 0o020000, block: 0o060000, fifo: 0o010000 } as const;

function refuse(h: TarHeader | string, why: string): InvalidArgumentError {
  return new InvalidArgumentError(`layer: refused archive: entry ${typeof h === 'string' ? h : h.name}: ${why}`);
}

function seconds(t: number): Date {
  return new Date(Math.round(t * 1000));
}

/**
 * Writes one layer's entries into dir without ever following a link it did not check: every
 * parent of an entry must be a real directory inside dir (a symbolic link there, from this layer
 * or a parent's copy, refuses the layer); the entry itself replaces what is at its path (never
 * written through); a hard link must name an entry already in this layer. Symbolic links keep
 * their targets as data (they are resolved inside the container at run time).
 * The filesystem calls are synchronous: each is a metadata syscall or one chunk's write into the
 * page cache, cheaper than a round trip through libuv's thread pool, and the event loop still
 * turns between chunks of the stream (most of a layer's entries are small files).
 */
class LayerWriter {
  /** directories known to be real directories (not links) in dir */
  private readonly dirs = new Set<string>(['']);
  /** paths this layer wrote (kept by an opaque directory) */
  private readonly written = new Set<string>();
  /** directory mtimes, set last (writing into a directory changes its mtime) */
  private readonly dirTimes = new Map<string, number>();
  /** whether dir held anything before this layer (a vfs copy of its parent) */
  private readonly inherited: boolean;
  /** every path this layer created; when nothing was inherited, nothing else can be in dir */
  private readonly made = new Set<string>();
  size = 0;
  readonly warnings: string[] = [];

  constructor(private readonly dir: string, private readonly driver: GraphDriver) {
    this.inherited = readdirSync(dir).length > 0;
  }

  /** What is at rel, if anything: looked up only where something can be (saves a syscall per entry). */
  private existing(rel: string): Stats | undefined {
    return this.inherited || this.made.has(rel) ? this.stat(rel) : undefined;
  }

  private abs(rel: string): string {
    return rel ? join(this.dir, rel) : this.dir;
  }

  private stat(rel: string): Stats | undefined {
    return lstatSync(this.abs(rel), { throwIfNoEntry: false });
  }

  private forget(rel: string): void {
    const prefix = `${rel}/`;
    for (const set of [this.dirs, this.written]) for (const p of [...set]) if (p === rel || p.startsWith(prefix)) set.delete(p);
    for (const p of [...this.dirTimes.keys()]) if (p === rel || p.startsWith(prefix)) this.dirTimes.delete(p);
  }

  /** Makes sure every component of rel (itself included) is a real directory, creating missing ones. */
  private ensureDir(rel: string, h: TarHeader): void {
    if (this.dirs.has(rel)) return;
    const parts = rel.split('/');
    let cur = '';
    for (const part of parts) {
      cur = cur ? `${cur}/${part}` : part;
      if (this.dirs.has(cur)) continue;
      const st = this.existing(cur);
      if (!st) {
        mkdirSync(this.abs(cur), { mode: 0o755 });
        this.made.add(cur);
      } else if (st.isSymbolicLink()) {
        throw refuse(h, `it would be written through the symbolic link ${cur}`);
      } else if (!st.isDirectory()) {
        throw refuse(h, `its parent ${cur} is not a directory`);
      }
      this.dirs.add(cur);
      this.written.add(cur);
    }
  }

  private parentOf(rel: string, h: TarHeader): void {
    const i = rel.lastIndexOf('/');
    if (i > 0) this.ensureDir(rel.slice(0, i), h);
  }

  /** Clears the way for a new entry at rel; an existing directory stays when the entry is one. */
  private clear(rel: string, keepDir: boolean): boolean {
    const st = this.existing(rel);
    if (!st) return false;
    if (keepDir && st.isDirectory()) return true;
    rmSync(this.abs(rel), { recursive: true, force: true });
    // only a directory has paths under it to forget (a scan of every known path)
    if (st.isDirectory()) this.forget(rel);
    else this.written.delete(rel);
    return false;
  }

  private xattrs(at: string, h: TarHeader): void {
    if (!h.xattrs.size) return;
    const n = native();
    if (!n) throw new FailedPreconditionError('layer: the native module is not built (addon/); cannot set extended attributes');
    for (const [name, value] of h.xattrs) {
      try {
        n.lsetxattr(at, name, value);
      } catch (err) {
        const code = (err as { code?: string }).code;
        if (code === 'ENOTSUP' || code === 'EOPNOTSUPP') this.warnings.push(`${h.name}: xattr ${name} not supported here`);
        else throw refuse(h, `set xattr ${name}: ${(err as Error).message}`);
      }
    }
  }

  async entry(h: TarHeader, r: ByteReader): Promise<void> {
    const rel = layerPath(h.name);
    if (rel === null) throw refuse(h, 'the path leaves the layer ("..")');
    const base = rel.slice(rel.lastIndexOf('/') + 1);
    if (h.type !== 'file' || base.startsWith(WH)) await r.pipe(h.size, () => undefined);

    if (base.startsWith(WH)) {
      const parent = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
      if (parent) this.ensureDir(parent, h);
      if (base === OPAQUE) {
        await this.driver.opaque(this.dir, parent, (p) => this.written.has(p));
        return;
      }
      if (base.startsWith(`${WH}${WH}`)) return; // other AUFS bookkeeping (.wh..wh.plnk, …)
      const name = base.slice(WH.length);
      if (!name || name === '.' || name === '..') throw refuse(h, 'a whiteout names no entry');
      const target = parent ? `${parent}/${name}` : name;
      if (this.existing(target)?.isDirectory()) this.forget(target);
      else this.written.delete(target);
      await this.driver.whiteout(this.dir, target);
      this.made.add(target);
      return;
    }

    if (rel === '') {
      if (h.type !== 'dir') throw refuse(h, 'only a directory can be the root of a layer');
      lchownSync(this.dir, h.uid, h.gid);
      chmodSync(this.dir, h.mode);
      this.dirTimes.set('', h.mtime);
      return;
    }

    this.parentOf(rel, h);
    const at = this.abs(rel);
    switch (h.type) {
      case 'dir': {
        if (!this.clear(rel, true)) mkdirSync(at, { mode: 0o700 });
        lchownSync(at, h.uid, h.gid);
        chmodSync(at, h.mode);
        this.xattrs(at, h);
        this.dirs.add(rel);
        this.dirTimes.set(rel, h.mtime);
        break;
      }
      case 'file': {
        this.clear(rel, false);
        const fd = openSync(at, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
        try {
          await r.pipe(h.size, (chunk) => {
            for (let off = 0; off < chunk.length;) off += writeSync(fd, chunk, off, chunk.length - off);
          });
          fchownSync(fd, h.uid, h.gid);
          fchmodSync(fd, h.mode); // after chown, which clears setuid
          this.xattrs(at, h);
          futimesSync(fd, seconds(h.mtime), seconds(h.mtime));
        } finally {
          closeSync(fd);
        }
        this.size += h.size;
        break;
      }
      case 'symlink': {
        this.clear(rel, false);
        symlinkSync(h.linkname, at);
        lchownSync(at, h.uid, h.gid);
        this.xattrs(at, h);
        lutimesSync(at, seconds(h.mtime), seconds(h.mtime));
        break;
      }
      case 'link': {
        const target = layerPath(h.linkname);
        if (target === null || target === '') throw refuse(h, `its hard link target ${h.linkname} leaves the layer`);
        if (target.includes('/')) this.ensureExistingDir(target.slice(0, target.lastIndexOf('/')), h);
        const st = this.stat(target);
        if (!st) throw refuse(h, `its hard link target ${h.linkname} is not in this layer`);
        if (st.isDirectory()) throw refuse(h, `its hard link target ${h.linkname} is a directory`);
        if (target === rel) break;
        this.clear(rel, false);
        linkSync(this.abs(target), at);
        break;
      }
      case 'char':
      case 'block':
      case 'fifo': {
        this.clear(rel, false);
        const n = native();
        if (!n) throw new FailedPreconditionError('layer: the native module is not built (addon/); cannot make device nodes');
        n.mknod(at, S_IF[h.type] | (h.mode & 0o777), h.devmajor, h.devminor);
        lchownSync(at, h.uid, h.gid);
        chmodSync(at, h.mode);
        this.xattrs(at, h);
        lutimesSync(at, seconds(h.mtime), seconds(h.mtime));
        break;
      }
      default:
        throw refuse(h, `tar entry type "${h.flag.replace('\0', '\\0')}" is not supported in a layer`);
    }
    this.written.add(rel);
    this.made.add(rel);
  }

  /** Like ensureDir, but creating nothing: a hard link's target must already be there. */
  private ensureExistingDir(rel: string, h: TarHeader): void {
    let cur = '';
    for (const part of rel.split('/')) {
      cur = cur ? `${cur}/${part}` : part;
      if (this.dirs.has(cur)) continue;
      const st = this.stat(cur);
      if (!st) throw refuse(h, `its hard link target ${h.linkname} is not in this layer`);
      if (!st.isDirectory()) throw refuse(h, `its hard link target ${h.linkname} goes through ${cur}, which is not a directory`);
      this.dirs.add(cur);
    }
  }

  /** Directory times last, each checked to be a directory still (a later entry may have replaced it). */
  finish(): void {
    for (const [rel, t] of this.dirTimes) {
      if (this.stat(rel)?.isDirectory()) utimesSync(this.abs(rel), seconds(t), seconds(t));
    }
  }
}

async function* hashing(chunks: AsyncIterable<Buffer>, hash: ThreadHash, progress: () => void): AsyncGenerator<Buffer> {
  for await (const b of chunks) {
    hash.update(b);
    progress();
    yield b;
  }
}

/**
 * Applies one layer, a tar stream (gzip, zstd or plain, told by magic), as a new layer of driver
 * over parent (a cache id of that driver, or null), streaming: nothing larger than a chunk is
 * held. Whiteouts (.wh.NAME) and opaque directories (.wh..wh..opq) take the driver's form;
 * owners, modes (setuid included), mtimes, xattrs (PAX SCHILY.xattr.*), hard and symbolic links,
 * device nodes and FIFOs are kept. The diff id is computed as the bytes pass and checked against
 * opts.diffId when given. On any failure the new layer directory is removed and the error thrown.
 */
export async function applyLayer(input: Readable, driver: GraphDriver, parent: string | null, opts: ApplyOptions = {}): Promise<AppliedLayer> {
  const cacheId = opts.cacheId ?? randomBytes(32).toString('hex');
  // both hashed on the worker thread while this one writes: the tar's bytes (the diff id) and,
  // when compressed, the bytes as given (the blob digest)
  const hash = new ThreadHash();
  const raw = { hash: new ThreadHash(), size: 0 };
  let d: Decompressed | undefined;
  try {
    const dir = await driver.createLayer(cacheId, parent);
    d = await decompressed(input, raw);
    const r = new ByteReader(hashing(d.chunks, hash, () => opts.progress?.(raw.size))[Symbol.asyncIterator]());
    const w = new LayerWriter(dir, driver);
    let entries = 0;
    for (let h = await nextHeader(r); h; h = await nextHeader(r)) {
      await w.entry(h, r);
      entries++;
    }
    await r.drain();
    if (entries === 0 && hash.size === 0) throw new InvalidArgumentError('layer: the archive is empty');
    w.finish();
    const diffId = await hash.digest();
    if (opts.diffId && opts.diffId !== diffId) {
      throw new InvalidArgumentError(`layer: content does not match its diff id: expected ${opts.diffId}, got ${diffId}`);
    }
    let digest = diffId;
    if (d.compression === 'none') raw.hash.abandon();
    else digest = await raw.hash.digest();
    return { cacheId, diffId, digest, blobSize: raw.size, size: w.size, warnings: w.warnings };
  } catch (err) {
    hash.abandon();
    raw.hash.abandon();
    input.destroy();
    d?.destroy();
    await driver.removeLayer(cacheId).catch(() => undefined);
    throw err;
  }
}
