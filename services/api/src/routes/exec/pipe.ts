import { type Socket, connect } from 'node:net';
import { join } from 'node:path';
import { DetachScanner, parseDetachKeys } from './detach-keys';

export interface PipeOptions {
  /** the client's input goes to the process (else it is read and dropped) */
  stdin: boolean;
  tty: boolean;
  /** the client's input EOF closes the process's stdin (no tty); else, with stdin, it ends the session */
  stdinOnce: boolean;
  /** Docker's --detach-keys ("" the default); watched for on a tty's input */
  detachKeys: string;
  /** which of the process's output streams the client gets (both when not given; a tty's is stdout) */
  streams?: { stdout: boolean; stderr: boolean };
}

/**
 * Keeps the frames of the chosen streams out of a multiplexed stdio stream (8-byte headers:
 * stream 1 stdout or 2 stderr, three zero bytes, the payload's size big-endian), frames cut
 * anywhere across chunks.
 */
export class FrameFilter {
  private buf: Buffer = Buffer.alloc(0);
  constructor(private readonly keep: { stdout: boolean; stderr: boolean }) {}

  feed(chunk: Buffer): Buffer {
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    const out: Buffer[] = [];
    while (this.buf.length >= 8) {
      const size = this.buf.readUInt32BE(4);
      if (this.buf.length < 8 + size) break;
      const stream = this.buf[0];
      if ((stream === 1 && this.keep.stdout) || (stream === 2 && this.keep.stderr)) out.push(this.buf.subarray(0, 8 + size));
      this.buf = this.buf.subarray(8 + size);
    }
    return out.length === 1 ? out[0] : Buffer.concat(out);
  }
}

/**
 * Input a hijacked client sends before its stream is connected (`docker run -i` writes all of
 * stdin before start): kept, in order, until pipeStdio takes over.
 */
export class EarlyInput {
  readonly chunks: Buffer[] = [];
  ended = false;
  private readonly onData = (d: Buffer) => { this.chunks.push(d); };
  private readonly onEnd = () => { this.ended = true; };
  constructor(readonly socket: Socket) {
    socket.on('data', this.onData);
    socket.on('end', this.onEnd);
    socket.resume(); // an upgrade's body was read off it, and it was paused meanwhile
  }
  release(): void {
    this.socket.off('data', this.onData);
    this.socket.off('end', this.onEnd);
  }
}

/**
 * Joins a hijacked client to keel-shim's attach.sock (ioDir): the process's output to the client
 * (the shim frames it when there is no tty), the client's input to the process. Resolves when
 * the session ends: the process's output ended (it exited), the client went away, or it detached.
 */
export function pipeStdio(early: EarlyInput, ioDir: string, o: PipeOptions): Promise<'exited' | 'detached' | 'gone'> {
  const client = early.socket;
  const scanner = o.tty ? new DetachScanner(parseDetachKeys(o.detachKeys)) : null;
  const streams = o.streams ?? { stdout: true, stderr: true };
  const filter = o.tty || (streams.stdout && streams.stderr) ? null : new FrameFilter(streams);
  const output = (d: Buffer): Buffer | null => {
    if (o.tty) return streams.stdout ? d : null;
    return filter ? filter.feed(d) : d;
  };
  return new Promise((resolve) => {
    let done = false;
    const shim: Socket = connect(join(ioDir, 'attach.sock'));
    shim.setNoDelay?.(true);
    const finish = (how: 'exited' | 'detached' | 'gone') => {
      if (done) return;
      done = true;
      if (how !== 'exited') shim.destroy();
      else shim.end();
      if (!client.destroyed) client.end();
      resolve(how);
    };
    const input = (d: Buffer) => {
      if (!o.stdin || done) return;
      if (!scanner) {
        shim.write(d);
        return;
      }
      const r = scanner.feed(d);
      if (r.data.length) shim.write(r.data);
      if (r.detached) finish('detached');
    };
    const inputEnd = () => {
      if (!o.stdin || done) return;
      if (o.stdinOnce && !o.tty) shim.end();
      else finish('detached');
    };
    shim.on('connect', () => {
      early.release();
      for (const c of early.chunks) input(c);
      if (early.ended) inputEnd();
      client.on('data', input);
      client.on('end', inputEnd);
    });
    shim.on('data', (d: Buffer) => {
      const out = output(d);
      if (out?.length && !client.destroyed) client.write(out);
    });
    shim.on('end', () => finish('exited'));
    shim.on('error', () => finish('exited'));
    client.on('close', () => finish('gone'));
    client.on('error', () => finish('gone'));
  });
}
