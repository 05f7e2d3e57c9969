import { closeSync, constants, createReadStream, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { keel } from '../../../../../proto';
import { InvalidArgumentError, KeelError } from '../../../../kit/src';
import { ByteReader, nextHeader } from '../../../../graphd/src';

export type ArchiveMember = keel.graphd.v1.IArchiveMember;

async function* chunks(body: Readable): AsyncGenerator<Buffer> {
  for await (const c of body) yield Buffer.isBuffer(c) ? c : Buffer.from(c as Uint8Array);
}

/**
 * An uploaded image archive (docker load's body), split as it arrives: each regular file's bytes
 * into a file of its own in dir, named by its position (never by the archive's own names, so no
 * name in the archive can reach outside dir); directories and symbolic links are kept as names
 * only. Nothing larger than a chunk is held. A stream that is not a tar, or ends early, is refused.
 */
export async function splitArchive(body: Readable, dir: string): Promise<ArchiveMember[]> {
  const r = new ByteReader(chunks(body));
  const members: ArchiveMember[] = [];
  try {
    for (let h = await nextHeader(r); h; h = await nextHeader(r)) {
      if (h.type === 'file') {
        const path = join(dir, String(members.length));
        // synchronous writes of each arriving chunk (tens of KiB): cheaper than a thread-pool round trip each
        const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
        try {
          await r.pipe(h.size, (chunk) => {
            for (let off = 0; off < chunk.length;) off += writeSync(fd, chunk, off, chunk.length - off);
          });
        } finally {
          closeSync(fd);
        }
        members.push({ name: h.name, path, size: h.size });
      } else {
        await r.pipe(h.size, () => undefined);
        if (h.type === 'dir') members.push({ name: h.name, dir: true });
        else if (h.type === 'symlink') members.push({ name: h.name, linkname: h.linkname });
        else if (h.type === 'link') {
          // a hard link names an earlier member: the same bytes
          const target = members.find((m) => m.name === h.linkname && m.path);
          if (!target) throw new InvalidArgumentError(`hard link ${h.name} names ${h.linkname}, which is not an earlier file of the archive`);
          members.push({ name: h.name, path: target.path, size: target.size });
        }
        // other entry types mean nothing in an image archive
      }
    }
    await r.drain();
  } catch (err) {
    if (err instanceof KeelError && err.code === 'INVALID_ARGUMENT') {
      throw new InvalidArgumentError(`invalid archive: ${err.message.replace(/^layer: /, '')}`, { cause: err });
    }
    throw err;
  }
  if (!members.length) throw new InvalidArgumentError('invalid archive: it is empty');
  return members;
}

function octal(n: number, len: number): string {
  return `${n.toString(8).padStart(len - 1, '0')}\0`;
}

/** A ustar header; names longer than 100 bytes go in a PAX record. */
function header(name: string, type: '0' | '5', size: number, mtime: number): Buffer[] {
  const out: Buffer[] = [];
  let short = name;
  if (Buffer.byteLength(name) > 100) {
    const rec = (len: number) => `${len} path=${name}\n`;
    let len = Buffer.byteLength(rec(0));
    while (Buffer.byteLength(rec(len)) !== len) len = Buffer.byteLength(rec(len));
    const data = Buffer.from(rec(len));
    out.push(...header('PaxHeader', 'x' as '0', data.length, mtime), data, Buffer.alloc((512 - (data.length % 512)) % 512));
    short = name.slice(-100);
  }
  const h = Buffer.alloc(512);
  h.write(short, 0, 'utf8');
  h.write(octal(type === '5' ? 0o755 : 0o644, 8), 100, 'ascii');
  h.write(octal(0, 8), 108, 'ascii');
  h.write(octal(0, 8), 116, 'ascii');
  h.write(octal(size, 12), 124, 'ascii');
  h.write(octal(mtime, 12), 136, 'ascii');
  h.write('        ', 148, 'ascii');
  h.write(type, 156, 'ascii');
  h.write('ustar\0', 257, 'ascii');
  h.write('00', 263, 'ascii');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  out.push(h);
  return out;
}

async function write(out: Writable, b: Buffer): Promise<void> {
  if (out.destroyed) throw new Error('the client went away');
  if (!out.write(b)) {
    await new Promise<void>((resolve, reject) => {
      const done = () => { out.off('drain', done); out.off('close', gone); resolve(); };
      const gone = () => { out.off('drain', done); reject(new Error('the client went away')); };
      out.once('drain', done);
      out.once('close', gone);
    });
  }
}

/** Writes members (files in order, each read from its path as it goes) as a tar to out; does not end out. */
export async function writeArchive(members: ArchiveMember[], out: Writable, mtime = Math.floor(Date.now() / 1000)): Promise<void> {
  for (const m of members) {
    if (m.dir) {
      for (const b of header(m.name ?? '', '5', 0, mtime)) await write(out, b);
      continue;
    }
    const size = Number(m.size ?? 0);
    for (const b of header(m.name ?? '', '0', size, mtime)) await write(out, b);
    let n = 0;
    for await (const c of createReadStream(m.path ?? '', { highWaterMark: 1 << 20 })) {
      n += (c as Buffer).length;
      await write(out, c as Buffer);
    }
    if (n !== size) throw new Error(`archive member ${m.name} changed size while it was sent`);
    await write(out, Buffer.alloc((512 - (size % 512)) % 512));
  }
  await write(out, Buffer.alloc(1024));
}
