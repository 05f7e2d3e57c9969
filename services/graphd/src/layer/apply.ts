import { createHash, randomBytes } from 'node:crypto';
import { closeSync, constants, fchmodSync, fchownSync, futimesSync, openSync, writeSync } from 'node:fs';
import { chmod, lchown, link, lstat, lutimes, mkdir, open, rm, symlink, utimes } from 'node:fs/promises';
import { join, posix } from 'node:path';
import type { Readable } from 'node:stream';
import { native } from '../../../../addon';
import { FailedPreconditionError, InvalidArgumentError } from '../../../kit/src/errors';
import type { GraphDriver } from '../drivers/driver';
import { decompressed } from './compression';
import { ByteReader, type TarHeader, nextHeader } from './tar-reader';

export interface AppliedLayer {
  cacheId: string;
  /** "sha256:" + sha256 of the uncompressed tar stream */
  diffId: string;
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
}

/** A tar path made relative to the layer root; null if it would leave the root (a ".." part). */
export function layerPath(p: string): string | null {
  const raw = p.replace(/\\/g, '/');
  if (raw.split('/').includes('..')) return null;
  return posix.normalize(`/${raw}`).replace(/^\/+/, '').replace(/\/+$/, '');
}

/** Files up to this size are written with synchronous calls (see LayerWriter.entry). */
const SMALL_FILE = 64 << 10;

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
 */
class LayerWriter {
  /** directories known to be real directories (not links) in dir */
  private readonly dirs = new Set<string>(['']);
  /** paths this layer wrote (kept by an opaque directory) */
  private readonly written = new Set<string>();
  /** directory mtimes, set last (writing into a directory changes its mtime) */
  private readonly dirTimes = new Map<string, number>();
  size = 0;
  readonly warnings: string[] = [];

  constructor(private readonly dir: string, private readonly driver: GraphDriver) {}

  private abs(rel: string): string {
    return rel ? join(this.dir, rel) : this.dir;
  }

  private forget(rel: string): void {
    const prefix = `${rel}/`;
    for (const set of [this.dirs, this.written]) for (const p of [...set]) if (p === rel || p.startsWith(prefix)) set.delete(p);
    for (const p of [...this.dirTimes.keys()]) if (p === rel || p.startsWith(prefix)) this.dirTimes.delete(p);
  }

  /** Makes sure every component of rel (itself included) is a real directory, creating missing ones. */
  private async ensureDir(rel: string, h: TarHeader): Promise<void> {
    if (this.dirs.has(rel)) return;
    const parts = rel.split('/');
    let cur = '';
    for (const part of parts) {
      cur = cur ? `${cur}/${part}` : part;
      if (this.dirs.has(cur)) continue;
      const st = await lstat(this.abs(cur)).catch(() => null);
      if (!st) {
        await mkdir(this.abs(cur), { mode: 0o755 });
      } else if (st.isSymbolicLink()) {
        throw refuse(h, `it would be written through the symbolic link ${cur}`);
      } else if (!st.isDirectory()) {
        throw refuse(h, `its parent ${cur} is not a directory`);
      }
      this.dirs.add(cur);
      this.written.add(cur);
    }
  }

  private async parentOf(rel: string, h: TarHeader): Promise<void> {
    const i = rel.lastIndexOf('/');
    if (i > 0) await this.ensureDir(rel.slice(0, i), h);
  }

  /** Clears the way for a new entry at rel; an existing directory stays when the entry is one. */
  private async clear(rel: string, keepDir: boolean): Promise<boolean> {
    const st = await lstat(this.abs(rel)).catch(() => null);
    if (!st) return false;
    if (keepDir && st.isDirectory()) return true;
    await rm(this.abs(rel), { recursive: true, force: true });
    // only a directory has paths under it to forget (a scan of every known path)
    if (st.isDirectory()) this.forget(rel);
    else this.written.delete(rel);
    return false;
  }

  private async xattrs(at: string, h: TarHeader): Promise<void> {
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
    const skipData = () => r.pipe(h.size, () => undefined);

    if (base.startsWith(WH)) {
      await skipData();
      const parent = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
      if (parent) await this.ensureDir(parent, h);
      if (base === OPAQUE) {
        await this.driver.opaque(this.dir, parent, (p) => this.written.has(p));
        return;
      }
      if (base.startsWith(`${WH}${WH}`)) return; // other AUFS bookkeeping (.wh..wh.plnk, …)
      const name = base.slice(WH.length);
      if (!name || name === '.' || name === '..') throw refuse(h, 'a whiteout names no entry');
      const target = parent ? `${parent}/${name}` : name;
      const st = await lstat(this.abs(target)).catch(() => null);
      if (st?.isDirectory()) this.forget(target);
      else this.written.delete(target);
      await this.driver.whiteout(this.dir, target);
      return;
    }

    if (rel === '') {
      await skipData();
      if (h.type !== 'dir') throw refuse(h, 'only a directory can be the root of a layer');
      await lchown(this.dir, h.uid, h.gid);
      await chmod(this.dir, h.mode);
      this.dirTimes.set('', h.mtime);
      return;
    }

    await this.parentOf(rel, h);
    const at = this.abs(rel);
    switch (h.type) {
      case 'dir': {
        await skipData();
        if (!(await this.clear(rel, true))) await mkdir(at, { mode: 0o700 });
        await lchown(at, h.uid, h.gid);
        await chmod(at, h.mode);
        await this.xattrs(at, h);
        this.dirs.add(rel);
        this.dirTimes.set(rel, h.mtime);
        break;
      }
      case 'file': {
        await this.clear(rel, false);
        if (h.size <= SMALL_FILE && !h.xattrs.size) {
          // a small file: its bytes gathered, then written and finished in one go, without a
          // round trip through the thread pool for each step (most of a layer's files are small)
          const parts: Buffer[] = [];
          await r.pipe(h.size, (chunk) => { parts.push(chunk); });
          const data = parts.length === 1 ? parts[0] : Buffer.concat(parts);
          const fd = openSync(at, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
          try {
            for (let off = 0; off < data.length;) off += writeSync(fd, data, off, data.length - off);
            fchownSync(fd, h.uid, h.gid);
            fchmodSync(fd, h.mode); // after chown, which clears setuid
            futimesSync(fd, seconds(h.mtime), seconds(h.mtime));
          } finally {
            closeSync(fd);
          }
          this.size += h.size;
          break;
        }
        const fh = await open(at, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
        try {
          await r.pipe(h.size, async (chunk) => {
            let off = 0;
            while (off < chunk.length) off += (await fh.write(chunk, off, chunk.length - off)).bytesWritten;
          });
          await fh.chown(h.uid, h.gid);
          await fh.chmod(h.mode); // after chown, which clears setuid
          await this.xattrs(at, h);
          await fh.utimes(seconds(h.mtime), seconds(h.mtime));
        } finally {
          await fh.close();
        }
        this.size += h.size;
        break;
      }
      case 'symlink': {
        await skipData();
        await this.clear(rel, false);
        await symlink(h.linkname, at);
        await lchown(at, h.uid, h.gid);
        await this.xattrs(at, h);
        await lutimes(at, seconds(h.mtime), seconds(h.mtime));
        break;
      }
      case 'link': {
        await skipData();
        const target = layerPath(h.linkname);
        if (target === null || target === '') throw refuse(h, `its hard link target ${h.linkname} leaves the layer`);
        if (target.includes('/')) await this.ensureExistingDir(target.slice(0, target.lastIndexOf('/')), h);
        const st = await lstat(this.abs(target)).catch(() => null);
        if (!st) throw refuse(h, `its hard link target ${h.linkname} is not in this layer`);
        if (st.isDirectory()) throw refuse(h, `its hard link target ${h.linkname} is a directory`);
        if (target === rel) break;
        await this.clear(rel, false);
        await link(this.abs(target), at);
        break;
      }
      case 'char':
      case 'block':
      case 'fifo': {
        await skipData();
        await this.clear(rel, false);
        const n = native();
        if (!n) throw new FailedPreconditionError('layer: the native module is not built (addon/); cannot make device nodes');
        n.mknod(at, S_IF[h.type] | (h.mode & 0o777), h.devmajor, h.devminor);
        await lchown(at, h.uid, h.gid);
        await chmod(at, h.mode);
        await this.xattrs(at, h);
        await lutimes(at, seconds(h.mtime), seconds(h.mtime));
        break;
      }
      default:
        throw refuse(h, `tar entry type "${h.flag.replace('\0', '\\0')}" is not supported in a layer`);
    }
    this.written.add(rel);
  }

  /** Like ensureDir, but creating nothing: a hard link's target must already be there. */
  private async ensureExistingDir(rel: string, h: TarHeader): Promise<void> {
    let cur = '';
    for (const part of rel.split('/')) {
      cur = cur ? `${cur}/${part}` : part;
      if (this.dirs.has(cur)) continue;
      const st = await lstat(this.abs(cur)).catch(() => null);
      if (!st) throw refuse(h, `its hard link target ${h.linkname} is not in this layer`);
      if (!st.isDirectory()) throw refuse(h, `its hard link target ${h.linkname} goes through ${cur}, which is not a directory`);
      this.dirs.add(cur);
    }
  }

  /** Directory times last, each checked to be a directory still (a later entry may have replaced it). */
  async finish(): Promise<void> {
    for (const [rel, t] of this.dirTimes) {
      const st = await lstat(this.abs(rel)).catch(() => null);
      if (st?.isDirectory()) await utimes(this.abs(rel), seconds(t), seconds(t));
    }
  }
}

async function* hashing(stream: Readable, hash: ReturnType<typeof createHash>): AsyncGenerator<Buffer> {
  for await (const chunk of stream) {
    const b = chunk as Buffer;
    hash.update(b);
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
  const hash = createHash('sha256');
  let stream: Readable | undefined;
  try {
    const dir = await driver.createLayer(cacheId, parent);
    const d = await decompressed(input);
    stream = d.stream;
    const r = new ByteReader(hashing(stream, hash));
    const w = new LayerWriter(dir, driver);
    let entries = 0;
    for (let h = await nextHeader(r); h; h = await nextHeader(r)) {
      await w.entry(h, r);
      entries++;
    }
    await r.drain();
    if (entries === 0 && hash.copy().digest('hex') === createHash('sha256').digest('hex')) {
      throw new InvalidArgumentError('layer: the archive is empty');
    }
    await w.finish();
    const diffId = `sha256:${hash.digest('hex')}`;
    if (opts.diffId && opts.diffId !== diffId) {
      throw new InvalidArgumentError(`layer: content does not match its diff id: expected ${opts.diffId}, got ${diffId}`);
    }
    return { cacheId, diffId, size: w.size, warnings: w.warnings };
  } catch (err) {
    input.destroy();
    stream?.destroy();
    await driver.removeLayer(cacheId).catch(() => undefined);
    throw err;
  }
}
