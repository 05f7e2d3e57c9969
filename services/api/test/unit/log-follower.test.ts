// LogFollower over a json-file log rotated as keel-shim rotates it (<log> → <log>.1 → <log>.2).
import { appendFileSync, mkdtempSync, renameSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LogEntry, LogFollower } from '../../src/routes/containers/logs';

const line = (s: string) => `${JSON.stringify({ log: `${s}\n`, stream: 'stdout', time: '2026-11-28T00:00:00.000000000Z' })}\n`;
const lines = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => line(`l${from + i}`)).join('');
const texts = (es: LogEntry[]) => es.map((e) => e.log.trim());
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `l${from + i}`);

async function until(pred: () => boolean, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('LogFollower across rotated files', () => {
  let dir: string;
  let log: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'keel-logf-'));
    log = join(dir, 'c-json.log');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads <log>.2, <log>.1, then <log>, in order', async () => {
    writeFileSync(`${log}.2`, lines(1, 3));
    writeFileSync(`${log}.1`, lines(4, 6));
    writeFileSync(log, lines(7, 8));
    const got: LogEntry[] = [];
    const f = new LogFollower(log, 'start', (e) => got.push(e));
    await f.start(false);
    await f.close();
    expect(texts(got)).toEqual(range(1, 8));
  });

  it('from the end: the rotated files are not read', async () => {
    writeFileSync(`${log}.1`, lines(1, 3));
    writeFileSync(log, lines(4, 5));
    const got: LogEntry[] = [];
    const f = new LogFollower(log, 'end', (e) => got.push(e));
    await f.start(false);
    appendFileSync(log, lines(6, 6));
    await f.readAvailable();
    await f.close();
    expect(texts(got)).toEqual(['l6']);
  });

  it('following: a rotation (with lines written to the old file just before it) loses and repeats nothing', async () => {
    writeFileSync(log, lines(1, 2));
    const got: LogEntry[] = [];
    const f = new LogFollower(log, 'start', (e) => got.push(e), 20);
    await f.start(true);
    await until(() => got.length === 2);
    for (let r = 0; r < 3; r++) {
      appendFileSync(log, lines(3 + r * 3, 4 + r * 3));  // lands in the old file, unread yet maybe
      try { renameSync(`${log}.1`, `${log}.2`); } catch { /* first round: no .1 yet */ }
      renameSync(log, `${log}.1`);
      writeFileSync(log, line(`l${5 + r * 3}`), { flag: 'a' });
      await until(() => got.length === 5 + r * 3);
    }
    await f.readAvailable();
    await f.close();
    expect(texts(got)).toEqual(range(1, 11));
  });

  it.each([
    ['max-file=2: the file being read is gone by then', 2],
    ['max-file=3: the file being read is <log>.2 by then', 3],
  ])('following: two rotations between two reads lose nothing (%s)', async (_what, maxFile) => {
    writeFileSync(log, lines(1, 3));
    const got: LogEntry[] = [];
    // a poll slower than the test: only readAvailable reads
    const f = new LogFollower(log, 'start', (e) => got.push(e), 60_000);
    await f.start(true);
    expect(texts(got)).toEqual(range(1, 3));
    // as keel-shim rotates: the oldest file goes, each moves up one, a new live file
    const rotate = () => {
      rmSync(`${log}.${maxFile - 1}`, { force: true });
      for (let i = maxFile - 2; i >= 1; i--) { try { renameSync(`${log}.${i}`, `${log}.${i + 1}`); } catch { /* not there yet */ } }
      renameSync(log, `${log}.1`);
    };
    appendFileSync(log, lines(4, 5));
    rotate();
    writeFileSync(log, lines(6, 8));
    rotate();
    writeFileSync(log, lines(9, 10));
    await f.readAvailable();
    appendFileSync(log, lines(11, 11));
    await f.readAvailable();
    await f.close();
    expect(texts(got)).toEqual(range(1, 11));
  });

  it('a log emptied in place (max-file=1) is read again from its start', async () => {
    writeFileSync(log, lines(1, 3));
    const got: LogEntry[] = [];
    const f = new LogFollower(log, 'start', (e) => got.push(e), 20);
    await f.start(true);
    await until(() => got.length === 3);
    truncateSync(log, 0);
    appendFileSync(log, lines(4, 4));
    await until(() => got.length === 4);
    await f.close();
    expect(texts(got)).toEqual(range(1, 4));
  });
});
