/** What the first bytes of an archive say about its compression. */
export type Compression = 'none' | 'gzip' | 'bzip2' | 'xz' | 'zstd';

export function detectCompression(head: Uint8Array): Compression {
  const b = (i: number) => head[i];
  if (head.length >= 2 && b(0) === 0x1f && b(1) === 0x8b) return 'gzip';
  if (head.length >= 3 && b(0) === 0x42 && b(1) === 0x5a && b(2) === 0x68) return 'bzip2';
  if (head.length >= 6 && b(0) === 0xfd && b(1) === 0x37 && b(2) === 0x7a && b(3) === 0x58 && b(4) === 0x5a && b(5) === 0x00) return 'xz';
  if (head.length >= 4 && b(0) === 0x28 && b(1) === 0xb5 && b(2) === 0x2f && b(3) === 0xfd) return 'zstd';
  return 'none';
}

export function isGzip(head: Uint8Array): boolean {
  return detectCompression(head) === 'gzip';
}
