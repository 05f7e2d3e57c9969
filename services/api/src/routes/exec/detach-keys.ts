import { InvalidArgumentError } from '../../../../kit/src';

/** Docker's default detach sequence: ctrl-p, ctrl-q. */
export const DEFAULT_DETACH_KEYS = 'ctrl-p,ctrl-q';

/**
 * Docker's --detach-keys: comma-separated keys, each a single character or "ctrl-X" (X one of
 * a-z @ [ \ ] ^ _ ; ctrl-@ is NUL). "" means the default.
 */
export function parseDetachKeys(spec: string): Buffer {
  const text = spec === '' ? DEFAULT_DETACH_KEYS : spec;
  const out: number[] = [];
  for (const key of text.split(',')) {
    const k = key.toLowerCase();
    if (k.startsWith('ctrl-') && k.length === 6) {
      const c = k[5];
      if (c >= 'a' && c <= 'z') out.push(c.charCodeAt(0) - 96);
      else if ('@[\\]^_'.includes(c)) out.push(c.charCodeAt(0) & 0x1f);
      else throw new InvalidArgumentError(`Invalid escape keys (${spec}) provided`);
    } else if (key.length === 1) {
      out.push(key.charCodeAt(0));
    } else {
      throw new InvalidArgumentError(`Invalid escape keys (${spec}) provided`);
    }
  }
  return Buffer.from(out);
}

/**
 * Watches a stdin stream for the detach sequence, as dockerd does for a TTY: bytes that could be
 * its start are held back until the next bytes show whether they are; the sequence itself is
 * never passed on.
 */
export class DetachScanner {
  private held = 0;

  constructor(private readonly keys: Buffer) {}

  /** The bytes to pass on, and whether the sequence was completed (nothing after it is passed). */
  feed(chunk: Buffer): { data: Buffer; detached: boolean } {
    const out: number[] = [];
    for (const b of chunk) {
      if (b === this.keys[this.held]) {
        this.held++;
        if (this.held === this.keys.length) return { data: Buffer.from(out), detached: true };
        continue;
      }
      // not the sequence after all: what was held goes on, and this byte may start it anew
      for (let i = 0; i < this.held; i++) out.push(this.keys[i]);
      this.held = 0;
      if (b === this.keys[0]) {
        this.held = 1;
        if (this.keys.length === 1) return { data: Buffer.from(out), detached: true };
      } else {
        out.push(b);
      }
    }
    return { data: Buffer.from(out), detached: false };
  }
}
