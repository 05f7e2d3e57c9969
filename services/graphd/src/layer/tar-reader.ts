import { InvalidArgumentError } from '../../../kit/src/errors';

/** The entry types a layer may hold (tar typeflags, after PAX and GNU headers are folded in). */
export type EntryType = 'file' | 'link' | 'symlink' | 'char' | 'block' | 'dir' | 'fifo' | 'other';

/** One tar entry's header, with PAX and GNU long-name records applied. */
export interface TarHeader {
  name: string;
  type: EntryType;
  /** the raw typeflag, for messages */
  flag: string;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  /** seconds, fraction kept when a PAX record gave one */
  mtime: number;
  linkname: string;
  devmajor: number;
  devminor: number;
  /** SCHILY.xattr.* records: attribute name → raw value */
  xattrs: Map<string, Buffer>;
}

const BLOCK = 512;

/**
 * Pulls exact byte counts out of a stream of chunks, without holding more than one chunk plus
 * a header's worth: file data is handed on chunk by chunk.
 */
export class ByteReader {
  private buf: Buffer = Buffer.alloc(0);
  private done = false;
  constructor(private readonly it: AsyncIterator<Buffer>) {}

  private async fill(): Promise<boolean> {
    if (this.done) return false;
    const r = await this.it.next();
    if (r.done) {
      this.done = true;
      return false;
    }
    const chunk = Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value as Uint8Array);
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    return true;
  }

  /** Exactly n bytes, or null at a clean end of stream (no byte read); a short read throws. */
  async read(n: number): Promise<Buffer | null> {
    while (this.buf.length < n) {
      if (!(await this.fill())) {
        if (this.buf.length === 0) return null;
        throw new InvalidArgumentError('layer: the tar stream ends in the middle of a block');
      }
    }
    const out = this.buf.subarray(0, n);
    this.buf = this.buf.subarray(n);
    return out;
  }

  /** n bytes handed to sink as they come (sink may be async), then the padding to a block skipped. */
  async pipe(n: number, sink: (chunk: Buffer) => Promise<void> | void): Promise<void> {
    let left = n;
    while (left > 0) {
      if (this.buf.length === 0 && !(await this.fill())) throw new InvalidArgumentError('layer: the tar stream ends inside a file');
      const take = Math.min(left, this.buf.length);
      const chunk = this.buf.subarray(0, take);
      this.buf = this.buf.subarray(take);
      left -= take;
      await sink(chunk);
    }
    const pad = (BLOCK - (n % BLOCK)) % BLOCK;
    if (pad && (await this.read(pad)) === null) throw new InvalidArgumentError('layer: the tar stream ends inside a file');
  }

  /** Reads to the end of the stream (trailing blocks are part of the diff id). */
  async drain(): Promise<void> {
    this.buf = Buffer.alloc(0);
    while (await this.fill()) this.buf = Buffer.alloc(0);
  }
}

function str(b: Buffer, off: number, len: number): string {
  const f = b.subarray(off, off + len);
  const z = f.indexOf(0);
  return (z < 0 ? f : f.subarray(0, z)).toString('utf8');
}

/** A numeric field: octal text, or GNU base-256 (high bit of the first byte set). */
function num(b: Buffer, off: number, len: number, what: string): number {
  const f = b.subarray(off, off + len);
  if (f[0] & 0x80) {
    if (f[0] === 0xff) throw new InvalidArgumentError(`layer: negative ${what} in a tar header`);
    let v = f[0] & 0x7f;
    for (let i = 1; i < f.length; i++) v = v * 256 + f[i];
    if (!Number.isSafeInteger(v)) throw new InvalidArgumentError(`layer: ${what} too large in a tar header`);
    return v;
  }
  const t = str(b, off, len).trim();
  if (t === '') return 0;
  if (!/^[0-7]+$/.test(t)) throw new InvalidArgumentError(`layer: bad ${what} "${t}" in a tar header`);
  return parseInt(t, 8);
}

function checksumOk(h: Buffer): boolean {
  const want = num(h, 148, 8, 'checksum');
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const c = i >= 148 && i < 156 ? 0x20 : h[i];
    unsigned += c;
    signed += c > 127 ? c - 256 : c;
  }
  return want === unsigned || want === signed;
}

const TYPES: Record<string, EntryType> = {
  '0': 'file', '\0': 'file', '7': 'file', '1': 'link', '2': 'symlink', '3': 'char', '4': 'block', '5': 'dir', '6': 'fifo',
};

/** PAX records "len key=value\n"; values stay bytes (xattrs are binary). */
export function parsePax(data: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  let i = 0;
  while (i < data.length) {
    const sp = data.indexOf(0x20, i);
    if (sp < 0) break;
    const len = parseInt(data.subarray(i, sp).toString('ascii'), 10);
    if (!Number.isSafeInteger(len) || len <= sp - i || i + len > data.length) throw new InvalidArgumentError('layer: bad PAX record');
    const rec = data.subarray(sp + 1, i + len - 1); // without the trailing newline
    const eq = rec.indexOf(0x3d);
    if (eq < 0) throw new InvalidArgumentError('layer: bad PAX record (no "=")');
    out.set(rec.subarray(0, eq).toString('utf8'), Buffer.from(rec.subarray(eq + 1)));
    i += len;
  }
  return out;
}

/** Metadata records (PAX, GNU long names) are read whole; cap them so a header cannot eat memory. */
const MAX_META = 1 << 20;

/**
 * Reads tar entries one at a time from r: the caller consumes each entry's data (with
 * r.pipe(header.size, …) or skip) before asking for the next. Returns null at the end-of-archive
 * marker or a clean end of stream.
 */
export async function nextHeader(r: ByteReader): Promise<TarHeader | null> {
  let pax = new Map<string, Buffer>();
  const global = new Map<string, Buffer>();
  let longName: string | null = null;
  let longLink: string | null = null;
  for (;;) {
    const h = await r.read(BLOCK);
    if (h === null) return null;
    if (h.every((c) => c === 0)) return null;
    if (!checksumOk(h)) throw new InvalidArgumentError('layer: not a tar archive (bad header checksum)');
    const flag = String.fromCharCode(h[156]);
    const size = num(h, 124, 12, 'size');
    if (flag === 'x' || flag === 'g' || flag === 'L' || flag === 'K') {
      if (size > MAX_META) throw new InvalidArgumentError(`layer: a tar metadata record of ${size} bytes is too large`);
      const parts: Buffer[] = [];
      await r.pipe(size, (c) => { parts.push(Buffer.from(c)); });
      const data = Buffer.concat(parts);
      if (flag === 'x') pax = parsePax(data);
      else if (flag === 'g') for (const [k, v] of parsePax(data)) global.set(k, v);
      else if (flag === 'L') longName = str(data, 0, data.length);
      else longLink = str(data, 0, data.length);
      continue;
    }
    const magic = h.subarray(257, 263).toString('latin1');
    const ustar = magic === 'ustar\0' || magic === 'ustar ';
    let name = str(h, 0, 100);
    const prefix = magic === 'ustar\0' ? str(h, 345, 155) : '';
    if (prefix) name = `${prefix}/${name}`;
    const rec = new Map([...global, ...pax]);
    const get = (k: string) => rec.get(k)?.toString('utf8');
    const xattrs = new Map<string, Buffer>();
    for (const [k, v] of rec) if (k.startsWith('SCHILY.xattr.')) xattrs.set(k.slice('SCHILY.xattr.'.length), v);
    const pnum = (k: string, fallback: number) => {
      const v = get(k);
      if (v === undefined) return fallback;
      const n = Number(v);
      if (!Number.isFinite(n)) throw new InvalidArgumentError(`layer: bad PAX ${k} "${v}"`);
      return n;
    };
    const header: TarHeader = {
      name: get('path') ?? longName ?? name,
      type: TYPES[flag] ?? 'other',
      flag,
      mode: num(h, 100, 8, 'mode') & 0o7777,
      uid: pnum('uid', num(h, 108, 8, 'uid')),
      gid: pnum('gid', num(h, 116, 8, 'gid')),
      size: pnum('size', size),
      mtime: pnum('mtime', num(h, 136, 12, 'mtime')),
      linkname: get('linkpath') ?? longLink ?? str(h, 157, 100),
      devmajor: ustar ? num(h, 329, 8, 'devmajor') : 0,
      devminor: ustar ? num(h, 337, 8, 'devminor') : 0,
      xattrs,
    };
    // an old-style directory: a regular-file flag and a name ending in "/"
    if (header.type === 'file' && header.name.endsWith('/') && (flag === '\0' || flag === '0')) header.type = 'dir';
    if (header.type === 'link' || header.type === 'symlink' || header.type === 'char' || header.type === 'block'
      || header.type === 'dir' || header.type === 'fifo') {
      // these carry no data, whatever the size field says (hard links may, but then it is ignored)
      if (header.type !== 'link') header.size = 0;
    }
    return header;
  }
}
