// Docker's multiplexed stream framing (non-TTY attach and logs): an 8-byte header (stream
// 0 stdin, 1 stdout, 2 stderr; three zero bytes; a big-endian uint32 length), then the payload.
// Frames may be split or coalesced across reads.

export class FrameDemuxer {
  private buf: Buffer = Buffer.alloc(0);

  constructor(private readonly onFrame: (stream: number, payload: Buffer) => void) {}

  push(chunk: Buffer): void {
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    while (this.buf.length >= 8) {
      const len = this.buf.readUInt32BE(4);
      if (this.buf.length < 8 + len) break;
      const stream = this.buf[0]!;
      this.onFrame(stream, this.buf.subarray(8, 8 + len));
      this.buf = this.buf.subarray(8 + len);
    }
  }

  /** Bytes of an incomplete frame left at the end of the stream. */
  get pending(): number {
    return this.buf.length;
  }
}

/** Writes stdout frames to out and stderr frames to err. */
export function demuxTo(out: NodeJS.WritableStream, err: NodeJS.WritableStream): FrameDemuxer {
  return new FrameDemuxer((stream, payload) => {
    if (stream === 2) err.write(payload);
    else out.write(payload);
  });
}
