import { Readable } from 'node:stream';
import { entryHeader, tar } from '../../../../test/fixtures/tar-writer';
import { ByteReader, nextHeader, parsePax } from '../../src/layer/tar-reader';

async function headers(bytes: Buffer, chunk = 7) {
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunk) parts.push(bytes.subarray(i, i + chunk));
  const r = new ByteReader(Readable.from(parts)[Symbol.asyncIterator]());
  const out: { name: string; type: string; data: string; linkname: string; xattrs: string[] }[] = [];
  for (let h = await nextHeader(r); h; h = await nextHeader(r)) {
    const data: Buffer[] = [];
    await r.pipe(h.size, (c) => { data.push(Buffer.from(c)); });
    out.push({ name: h.name, type: h.type, data: Buffer.concat(data).toString(), linkname: h.linkname, xattrs: [...h.xattrs.keys()] });
  }
  return out;
}

describe('tar reader', () => {
  test('entries, PAX and GNU long names, xattrs, read across odd chunk boundaries', async () => {
    const long = `${'p'.repeat(150)}/name`;
    const got = await headers(tar([
      { name: 'a/', type: 'dir' },
      { name: 'a/f', data: 'hello' },
      { name: long, data: 'pax', xattrs: { 'user.x': 'y' } },
      { name: `g/${'q'.repeat(200)}`, data: 'gnu', gnuLongName: true },
      { name: 'l', type: 'symlink', linkname: `/${'t'.repeat(150)}` },
    ]));
    expect(got).toEqual([
      { name: 'a/', type: 'dir', data: '', linkname: '', xattrs: [] },
      { name: 'a/f', type: 'file', data: 'hello', linkname: '', xattrs: [] },
      { name: long, type: 'file', data: 'pax', linkname: '', xattrs: ['user.x'] },
      { name: `g/${'q'.repeat(200)}`, type: 'file', data: 'gnu', linkname: '', xattrs: [] },
      { name: 'l', type: 'symlink', data: '', linkname: `/${'t'.repeat(150)}`, xattrs: [] },
    ]);
  });

  test('PAX values stay bytes; bad records, checksums and truncation are clear errors', async () => {
    expect(parsePax(Buffer.from('12 path=abc\n')).get('path')!.toString()).toBe('abc');
    expect(() => parsePax(Buffer.from('99 path=abc\n'))).toThrow(/bad PAX record/);
    const t = tar([{ name: 'f', data: 'x'.repeat(600) }]);
    const bad = Buffer.from(t);
    bad[0] ^= 1;
    await expect(headers(bad)).rejects.toThrow(/bad header checksum/);
    await expect(headers(t.subarray(0, 700))).rejects.toThrow(/ends (inside a file|in the middle of a block)/);
    // base-256 sizes (GNU) are read
    const h = entryHeader({ name: 'big' }, 0);
    h[124] = 0x80;
    h.fill(0, 125, 136);
    h[135] = 3;
    let sum = 0;
    h.write('        ', 148, 'ascii');
    for (const b of h) sum += b;
    h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
    const got = await headers(Buffer.concat([h, Buffer.from('abc'), Buffer.alloc(509), Buffer.alloc(1024)]));
    expect(got).toEqual([{ name: 'big', type: 'file', data: 'abc', linkname: '', xattrs: [] }]);
  });
});
