import { spawn } from 'node:child_process';
import { PassThrough, type Readable, type Writable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { InvalidArgumentError } from '../../../kit/src/errors';
import { type Compression, detectCompression } from '../image/compression';

/** A layer's uncompressed tar bytes, and a way to stop them early (a refused layer). */
export interface Decompressed {
  compression: Compression;
  chunks: AsyncIterable<Buffer>;
  destroy(): void;
}

function asBuffer(v: unknown): Buffer {
  return Buffer.isBuffer(v) ? v : Buffer.from(v as Uint8Array);
}

/** Writes every chunk of src into dst, minding backpressure, then ends it; a read failure goes to fail. */
function feed(src: AsyncIterable<Buffer>, dst: Writable, fail: (err: Error) => void): void {
  (async () => {
    for await (const b of src) {
      if (dst.destroyed) return;
      if (!dst.write(b)) await new Promise((res) => { dst.once('drain', res); dst.once('close', res); });
    }
    dst.end();
  })().catch((err: unknown) => fail(err as Error));
}

/**
 * The uncompressed tar bytes of a layer, its compression told by magic bytes: gzip (zlib), zstd
 * (the zstd program: Node 20 has no zstd), or none; others are refused. When the input is
 * compressed, its bytes as given also go into raw (a blob's digest); uncompressed, they are the
 * tar's own bytes, which the caller hashes already. rawSize counts them either way.
 */
export async function decompressed(input: Readable, raw: { hash: { update(b: Buffer): void }; size: number }): Promise<Decompressed> {
  const it = input[Symbol.asyncIterator]() as AsyncIterator<unknown>;
  const seen: Buffer[] = [];
  let have = 0;
  while (have < 6) {
    const r = await it.next();
    if (r.done) break;
    const b = asBuffer(r.value);
    seen.push(b);
    have += b.length;
  }
  const compression = detectCompression(Buffer.concat(seen).subarray(0, 6));
  const hash = compression === 'none' ? null : raw.hash;
  async function* bytes(): AsyncGenerator<Buffer> {
    for (const b of seen.splice(0)) {
      hash?.update(b);
      raw.size += b.length;
      yield b;
    }
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      const b = asBuffer(r.value);
      hash?.update(b);
      raw.size += b.length;
      yield b;
    }
  }
  if (compression === 'none') return { compression, chunks: bytes(), destroy: () => input.destroy() };
  if (compression === 'gzip') {
    const gunzip = createGunzip();
    feed(bytes(), gunzip, (err) => gunzip.destroy(err));
    return { compression, chunks: gunzip, destroy: () => { input.destroy(); gunzip.destroy(); } };
  }
  if (compression === 'zstd') {
    const child = spawn('zstd', ['-d', '-c', '-q'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out = new PassThrough({ highWaterMark: 1 << 20 });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { if (stderr.length < 4096) stderr += d.toString(); });
    child.on('error', (err) => out.destroy(new InvalidArgumentError(`layer: cannot run zstd to decompress: ${err.message}`, { cause: err })));
    child.stdin.on('error', () => undefined); // EPIPE when zstd stops early; its exit status says why
    feed(bytes(), child.stdin, (err) => { child.kill('SIGKILL'); out.destroy(err); });
    child.stdout.pipe(out, { end: false });
    let exited: number | null | undefined;
    let stdoutDone = false;
    const finish = () => {
      if (exited === undefined || !stdoutDone) return;
      if (exited === 0) out.end();
      else out.destroy(new InvalidArgumentError(`layer: bad zstd data: ${stderr.trim() || `zstd exited ${exited}`}`));
    };
    child.stdout.on('end', () => { stdoutDone = true; finish(); });
    child.on('exit', (code, signal) => { exited = code ?? (signal ? 128 : 1); finish(); });
    // a consumer that stops early (a refused layer) must not leave zstd behind
    out.on('close', () => { if (exited === undefined) child.kill('SIGKILL'); });
    return { compression, chunks: out, destroy: () => { input.destroy(); out.destroy(); } };
  }
  input.destroy();
  throw new InvalidArgumentError(`layer: ${compression}-compressed layers are not supported (gzip, zstd or plain tar)`);
}
