/**
 * Tar headers as layers carry them (POSIX ustar, PAX records where ustar falls short: long
 * names and link targets, large sizes and ids, xattrs as SCHILY.xattr.*), the format
 * tar-reader.ts reads.
 */
export interface TarEntryHeader {
  name: string;
  type: 'file' | 'link' | 'symlink' | 'char' | 'block' | 'dir' | 'fifo';
  size: number;
  mode: number;
  uid: number;
  gid: number;
  /** seconds */
  mtime: number;
  linkname?: string;
  devmajor?: number;
  devminor?: number;
  xattrs?: Record<string, Buffer>;
}

const FLAGS = { file: '0', link: '1', symlink: '2', char: '3', block: '4', dir: '5', fifo: '6' } as const;
const MAX_OCTAL_8 = 0o7777777;
const MAX_OCTAL_12 = 0o77777777777;

function octal(n: number, len: number): string {
  return `${Math.max(0, Math.floor(n)).toString(8).padStart(len - 1, '0')}\0`;
}

/** Zero bytes that bring n up to a 512-byte block. */
export function tarPad(n: number): Buffer {
  return Buffer.alloc((512 - (n % 512)) % 512);
}

/** The end of an archive: two zero blocks. */
export const TAR_END = Buffer.alloc(1024);

function paxRecord(key: string, value: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(` ${key}=`), value, Buffer.from('\n')]);
  let len = body.length + 1;
  while (String(len).length + body.length !== len) len = String(len).length + body.length;
  return Buffer.concat([Buffer.from(String(len)), body]);
}

function block(name: string, flag: string, size: number, e: Partial<TarEntryHeader>, linkname: string): Buffer {
  const h = Buffer.alloc(512);
  h.write(name, 0, 100, 'utf8');
  h.write(octal((e.mode ?? 0) & 0o7777, 8), 100, 'ascii');
  h.write(octal(Math.min(e.uid ?? 0, MAX_OCTAL_8), 8), 108, 'ascii');
  h.write(octal(Math.min(e.gid ?? 0, MAX_OCTAL_8), 8), 116, 'ascii');
  h.write(octal(Math.min(size, MAX_OCTAL_12), 12), 124, 'ascii');
  h.write(octal(Math.min(e.mtime ?? 0, MAX_OCTAL_12), 12), 136, 'ascii');
  h.write('        ', 148, 'ascii');
  h.write(flag, 156, 'ascii');
  h.write(linkname, 157, 100, 'utf8');
  h.write('ustar\0', 257, 'ascii');
  h.write('00', 263, 'ascii');
  h.write(octal(e.devmajor ?? 0, 8), 329, 'ascii');
  h.write(octal(e.devminor ?? 0, 8), 337, 'ascii');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return h;
}

/** The header block(s) of one entry; its data (size bytes) and tarPad(size) follow. */
export function tarHeader(e: TarEntryHeader): Buffer {
  const pax: Buffer[] = [];
  const linkname = e.linkname ?? '';
  const size = e.type === 'file' ? e.size : 0;
  if (Buffer.byteLength(e.name) > 100) pax.push(paxRecord('path', Buffer.from(e.name)));
  if (Buffer.byteLength(linkname) > 100) pax.push(paxRecord('linkpath', Buffer.from(linkname)));
  if (size > MAX_OCTAL_12) pax.push(paxRecord('size', Buffer.from(String(size))));
  if (e.uid > MAX_OCTAL_8) pax.push(paxRecord('uid', Buffer.from(String(e.uid))));
  if (e.gid > MAX_OCTAL_8) pax.push(paxRecord('gid', Buffer.from(String(e.gid))));
  for (const [k, v] of Object.entries(e.xattrs ?? {})) pax.push(paxRecord(`SCHILY.xattr.${k}`, v));
  const parts: Buffer[] = [];
  if (pax.length) {
    const body = Buffer.concat(pax);
    parts.push(block('PaxHeader', 'x', body.length, { mode: 0o644 }, ''), body, tarPad(body.length));
  }
  parts.push(block(e.name, FLAGS[e.type], size, e, linkname));
  return Buffer.concat(parts);
}
