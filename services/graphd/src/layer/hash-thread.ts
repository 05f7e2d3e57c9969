import { Worker } from 'node:worker_threads';

/**
 * SHA-256 on a worker thread, so that a layer's bytes are hashed on the other core while the main
 * thread writes them out: hashing is a third of extraction's CPU. One worker serves every hash of
 * the process (each by its id); it is started on first use and keeps the process alive only while
 * a digest is awaited.
 * Bytes are copied once into 1 MiB blocks, each then moved to the worker (transferred, not cloned).
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const hashes = new Map();
parentPort.on('message', (m) => {
  let h = hashes.get(m.id);
  if (!h) hashes.set(m.id, (h = createHash('sha256')));
  if (m.data) h.update(new Uint8Array(m.data, 0, m.length));
  if (m.done) {
    hashes.delete(m.id);
    parentPort.postMessage({ id: m.id, hex: m.abandon ? '' : h.digest('hex') });
  }
});
`;

const BLOCK = 1 << 20;

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, { resolve: (hex: string) => void; reject: (err: Error) => void }>();

function shared(): Worker {
  if (worker) return worker;
  const w = new Worker(WORKER_SOURCE, { eval: true });
  w.on('message', (m: { id: number; hex: string }) => {
    const p = waiting.get(m.id);
    waiting.delete(m.id);
    if (!waiting.size) w.unref();
    p?.resolve(m.hex);
  });
  const fail = (err: Error) => {
    if (worker === w) worker = null;
    for (const [id, p] of waiting) {
      waiting.delete(id);
      p.reject(new Error(`the hashing thread failed: ${err.message}`));
    }
  };
  w.on('error', fail);
  w.on('exit', (code) => fail(new Error(`it exited (${code})`)));
  // after the listeners (adding one refs the worker again)
  w.unref();
  worker = w;
  return w;
}

export class ThreadHash {
  private readonly id = nextId++;
  private block = Buffer.allocUnsafeSlow(BLOCK);
  private used = 0;
  private finished = false;
  /** the worker this hash's bytes went to: a hash whose worker died cannot be finished by another */
  private posted: Worker | null = null;
  /** bytes hashed so far */
  size = 0;

  update(b: Buffer): void {
    this.size += b.length;
    let off = 0;
    while (off < b.length) {
      const n = Math.min(b.length - off, BLOCK - this.used);
      b.copy(this.block, this.used, off, off + n);
      this.used += n;
      off += n;
      if (this.used === BLOCK) this.flush(false);
    }
  }

  private flush(done: boolean, abandon = false): void {
    const w = shared();
    if (this.posted && this.posted !== w) throw new Error('the hashing thread failed while a hash was in progress');
    this.posted = w;
    if (this.used) {
      const data = this.block.buffer;
      w.postMessage({ id: this.id, data, length: this.used, done, abandon }, [data]);
      this.block = Buffer.allocUnsafeSlow(BLOCK);
      this.used = 0;
    } else {
      w.postMessage({ id: this.id, done, abandon });
    }
  }

  /** "sha256:" + the hex digest of every byte given. */
  digest(): Promise<string> {
    if (this.finished) throw new Error('ThreadHash: digest asked twice');
    this.finished = true;
    const p = new Promise<string>((resolve, reject) => waiting.set(this.id, { resolve, reject }));
    this.flush(true);
    worker?.ref();
    return p.then((hex) => `sha256:${hex}`);
  }

  /** Drops the hash (the layer was refused): the worker forgets it. */
  abandon(): void {
    if (this.finished) return;
    this.finished = true;
    if (!this.posted) return;
    waiting.set(this.id, { resolve: () => undefined, reject: () => undefined });
    this.flush(true, true);
    worker?.ref();
  }
}
