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
    shim.on('data', (d: Buffer) => { if (!client.destroyed) client.write(d); });
    shim.on('end', () => finish('exited'));
    shim.on('error', () => finish('exited'));
    client.on('close', () => finish('gone'));
    client.on('error', () => finish('gone'));
  });
}
