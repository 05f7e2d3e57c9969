import { FrameFilter } from '../../src/routes/exec/pipe';

const frame = (stream: number, text: string) => {
  const payload = Buffer.from(text);
  const head = Buffer.alloc(8);
  head[0] = stream;
  head.writeUInt32BE(payload.length, 4);
  return Buffer.concat([head, payload]);
};

describe('FrameFilter', () => {
  const stream = Buffer.concat([frame(1, 'out one\n'), frame(2, 'err one\n'), frame(1, ''), frame(2, 'err two\n'), frame(1, 'out two\n')]);

  it.each([
    ['stdout', { stdout: true, stderr: false }, Buffer.concat([frame(1, 'out one\n'), frame(1, ''), frame(1, 'out two\n')])],
    ['stderr', { stdout: false, stderr: true }, Buffer.concat([frame(2, 'err one\n'), frame(2, 'err two\n')])],
    ['neither', { stdout: false, stderr: false }, Buffer.alloc(0)],
  ])('keeps the %s frames whole, however the bytes are cut', (_what, keep, want) => {
    for (const cut of [1, 3, 7, 8, 9, 13, stream.length]) {
      const f = new FrameFilter(keep);
      const out: Buffer[] = [];
      for (let i = 0; i < stream.length; i += cut) out.push(f.feed(stream.subarray(i, i + cut)));
      expect({ cut, got: Buffer.concat(out).toString('hex') }).toEqual({ cut, got: want.toString('hex') });
    }
  });
});
