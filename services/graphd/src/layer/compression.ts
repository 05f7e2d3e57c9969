import { spawn } from 'node:child_process';
import { PassThrough, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { InvalidArgumentError } from '../../../kit/src/errors';
import { type Compression, detectCompression } from '../image/compression';

/** The first bytes of a stream, and the whole stream again (nothing lost, nothing buffered beyond them). */
async function peek(input: Readable, n: number): Promise<{ head: Buffer; stream: Readable }> {
  const seen: Buffer[] = [];
  let have = 0;
  const it = input[Symbol.asyncIterator]();
  while (have < n) {
    const r = await it.next();
    if (r.done) break;
    const b = Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value as Uint8Array);
    seen.push(b);
    have += b.length;
  }
  const out = new PassThrough({ highWaterMark: 1 << 20 });
  (async () => {
    for (const b of seen) if (!out.write(b)) await new Promise((res) => out.once('drain', res));
    for (;;) {
      const r = await it.next();
      if (r.done) break;
      if (!out.write(r.value)) await new Promise((res) => out.once('drain', res));
    }
    out.end();
  })().catch((err: unknown) => out.destroy(err as Error));
  const head = Buffer.concat(seen);
  return { head: head.subarray(0, Math.min(n, head.length)), stream: out };
}

/**
 * The uncompressed tar stream of a layer, its compression told by magic bytes: gzip (zlib),
 * zstd (the zstd program: Node 20 has no zstd), or none. Others are refused.
 */
export async function decompressed(input: Readable): Promise<{ compression: Compression; stream: Readable }> {
  const { head, stream } = await peek(input, 6);
  const compression = detectCompression(head);
  if (compression === 'none') return { compression, stream };
  if (compression === 'gzip') {
    const gunzip = createGunzip();
    stream.on('error', (err) => gunzip.destroy(err));
    gunzip.on('error', () => undefined);
    return { compression, stream: stream.pipe(gunzip) };
  }
  if (compression === 'zstd') {
    const child = spawn('zstd', ['-d', '-c', '-q'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out = new PassThrough({ highWaterMark: 1 << 20 });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { if (stderr.length < 4096) stderr += d.toString(); });
    child.on('error', (err) => out.destroy(new InvalidArgumentError(`layer: cannot run zstd to decompress: ${err.message}`, { cause: err })));
    stream.on('error', (err) => { child.kill('SIGKILL'); out.destroy(err); });
    child.stdin.on('error', () => undefined); // EPIPE when zstd stops early; its exit status says why
    stream.pipe(child.stdin);
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
    return { compression, stream: out };
  }
  throw new InvalidArgumentError(`layer: ${compression}-compressed layers are not supported (gzip, zstd or plain tar)`);
}
