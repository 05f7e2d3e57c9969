// A container's json-file log (one {"log","stream","time"} object a line, written by keel-shim),
// read directly by path and turned into Docker's stream framing.
import { constants, watch, type FSWatcher } from 'node:fs';
import { type FileHandle, open, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { StringDecoder } from 'node:string_decoder';

export interface LogEntry {
  stream: 'stdout' | 'stderr';
  log: string;
  time: string;
}

/** One line of the json-file log; null for a line that is not one (torn or foreign). */
export function parseLogLine(line: string): LogEntry | null {
  if (line === '') return null;
  try {
    const o = JSON.parse(line) as { log?: unknown; stream?: unknown; time?: unknown };
    if (typeof o.log !== 'string') return null;
    return { stream: o.stream === 'stderr' ? 'stderr' : 'stdout', log: o.log, time: typeof o.time === 'string' ? o.time : '' };
  } catch {
    return null;
  }
}

/** Docker's 8-byte multiplexing header (stream 1 stdout, 2 stderr, big-endian length) and the payload. */
export function muxFrame(stream: 0 | 1 | 2, payload: Buffer): Buffer {
  const header = Buffer.alloc(8);
  header[0] = stream;
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
}

export interface FrameOptions {
  stdout: boolean;
  stderr: boolean;
  timestamps: boolean;
  /** a TTY container's output goes out raw, unframed */
  tty: boolean;
}

/** The bytes one log entry becomes on the wire, or null when its stream was not asked for. */
export function entryBytes(e: LogEntry, o: FrameOptions): Buffer | null {
  if (e.stream === 'stdout' ? !o.stdout : !o.stderr) return null;
  const payload = Buffer.from(o.timestamps ? `${e.time} ${e.log}` : e.log, 'utf8');
  return o.tty ? payload : muxFrame(e.stream === 'stdout' ? 1 : 2, payload);
}

/** The last n entries' lines of a whole log text (tail=n); all of them for n < 0. */
export function tailLines<T>(items: T[], n: number): T[] {
  if (n < 0) return items;
  return n === 0 ? [] : items.slice(-n);
}

/** Which file a log file is, across renames (an inode number alone may be reused once it is freed). */
type FileId = { ino: number; birth: number };

async function fileId(fh: FileHandle): Promise<FileId> {
  const st = await fh.stat();
  return { ino: st.ino, birth: st.birthtimeMs };
}

function sameFile(a: FileId | null, b: FileId): boolean {
  return a !== null && a.ino === b.ino && a.birth === b.birth;
}

/**
 * The rotated files of a log, oldest first (keel-shim renames <log> → <log>.1 → <log>.2 …, as
 * dockerd's json-file does), opened after the live file: a file that is the live one (rotated
 * between the two opens) is left out, so nothing is read twice. With after, only those rotated
 * after that file (newer than it: it and what is older were read already); if it is gone, every
 * rotated file left is newer (rotation removes the oldest first).
 */
async function openRotated(path: string, live: FileHandle | null, after: FileId | null = null): Promise<FileHandle[]> {
  const liveId = live ? await fileId(live) : null;
  const out: FileHandle[] = [];
  for (let i = 1; ; i++) {
    let fh: FileHandle;
    try {
      fh = await open(`${path}.${i}`, constants.O_RDONLY);
    } catch {
      break;
    }
    const id = await fileId(fh);
    if (sameFile(after, id)) {
      await fh.close();
      break;
    }
    if (sameFile(liveId, id)) await fh.close();
    else out.unshift(fh);
  }
  return out;
}

/**
 * Reads a log file from an offset on, line by line, as it grows; from the start, its rotated
 * files (<log>.N … <log>.1) come first, and a rotation while following is followed: the old
 * file is drained, then the new one read from its start. The file is opened once and
 * read through that descriptor, so a container removed meanwhile (--rm deletes its log) can
 * still be drained. If the file does not exist yet (attach before start), it is created empty
 * where its directory exists (keel-shim opens it O_APPEND|O_CREAT and so writes to the same
 * file), else awaited.
 */
export class LogFollower {
  private fh: FileHandle | null = null;
  private offset = 0;
  private rest = '';
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  private reading: Promise<void> | null = null;
  private again = false;
  private closed = false;
  private follow = false;
  private readonly decoder = new StringDecoder('utf8');

  constructor(
    private readonly path: string,
    private readonly from: 'start' | 'end',
    private readonly onLine: (e: LogEntry) => void,
    private readonly pollMs = 250,
  ) {}

  /** Opens the file (or starts waiting for it) and reads what is there. */
  async start(follow: boolean): Promise<void> {
    this.follow = follow;
    await this.tryOpen(this.from === 'end');
    if (this.from === 'start') await this.readRotated();
    if (follow) {
      this.watchFile();
      this.timer = setInterval(() => this.kick(), this.pollMs);
      this.timer.unref();
    }
    await this.readAvailable();
  }

  private async tryOpen(atEnd: boolean): Promise<boolean> {
    if (this.fh || this.closed) return this.fh !== null;
    let fh: FileHandle | null = null;
    try {
      fh = await open(this.path, constants.O_RDONLY);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      try {
        // O_CREAT without O_EXCL or O_TRUNC: whoever comes first makes the same empty file
        fh = await open(this.path, constants.O_RDONLY | constants.O_CREAT, 0o640);
      } catch {
        return false;
      }
    }
    if (this.closed) {
      await fh.close();
      return false;
    }
    this.fh = fh;
    if (atEnd) this.offset = (await fh.stat()).size;
    this.watchFile();
    return true;
  }

  /** Reads the rotated files (all of them, or those rotated after the file after), oldest first. */
  private async readRotated(after: FileId | null = null): Promise<void> {
    const files = await openRotated(this.path, this.fh, after);
    for (const [i, fh] of files.entries()) {
      if (this.closed) {
        for (const rest of files.slice(i)) await rest.close().catch(() => undefined);
        return;
      }
      try {
        const buf = Buffer.allocUnsafe(64 * 1024);
        let pos = 0;
        for (;;) {
          if (this.closed) break;
          const { bytesRead } = await fh.read(buf, 0, buf.length, pos);
          if (bytesRead === 0) break;
          pos += bytesRead;
          this.lines(buf.subarray(0, bytesRead));
        }
      } finally {
        await fh.close();
      }
    }
  }

  private lines(chunk: Buffer): void {
    const text = this.rest + this.decoder.write(chunk);
    const lines = text.split('\n');
    this.rest = lines.pop() ?? '';
    for (const l of lines) {
      const e = parseLogLine(l);
      if (e) this.onLine(e);
    }
  }

  /**
   * At the end of the open file: has keel-shim rotated it (the path names another file now)?
   * Then the old one is complete; true once what is left of it is read, then any file rotated
   * after it meanwhile (two rotations between two reads), and the new live one is open.
   * A file emptied in place (max-file=1) is read again from its start (true as well).
   */
  private async rotated(fh: FileHandle): Promise<boolean> {
    let now;
    try {
      now = await stat(this.path);
    } catch {
      return false;  // removed (--rm): the open file is all there is
    }
    const mine = await fh.stat();
    if (now.ino === mine.ino) {
      if (mine.size >= this.offset) return false;
      this.offset = 0;
      return true;
    }
    const buf = Buffer.allocUnsafe(64 * 1024);
    for (;;) {
      const { bytesRead } = await fh.read(buf, 0, buf.length, this.offset);
      if (bytesRead === 0) break;
      this.offset += bytesRead;
      this.lines(buf.subarray(0, bytesRead));
    }
    this.fh = null;
    this.offset = 0;
    this.watcher?.close();
    this.watcher = null;
    const old = { ino: mine.ino, birth: mine.birthtimeMs };
    await fh.close();
    if (!(await this.tryOpen(false))) return false;
    await this.readRotated(old);
    return true;
  }

  private watchFile(): void {
    if (this.watcher || this.closed || !this.follow) return;
    try {
      // before the file exists, its directory tells when it appears
      const target = this.fh ? this.path : dirname(this.path);
      const name = basename(this.path);
      this.watcher = watch(target, { persistent: false }, (_ev, f) => {
        if (!this.fh && f && f !== name) return;
        if (!this.fh) {
          this.watcher?.close();
          this.watcher = null;
        }
        this.kick();
      });
      this.watcher.on('error', () => { this.watcher?.close(); this.watcher = null; });
    } catch {
      // the polling timer covers it
    }
  }

  private kick(): void {
    if (this.closed) return;
    if (this.reading) {
      this.again = true;
      return;
    }
    void this.readAvailable().catch(() => undefined);
  }

  /** Reads everything written so far (resolves once done; a read in progress is joined). */
  readAvailable(): Promise<void> {
    if (this.reading) {
      this.again = true;
      return this.reading.then(() => (this.again ? this.readAvailable() : undefined));
    }
    this.reading = (async () => {
      do {
        this.again = false;
        if (!this.fh && !(await this.tryOpen(false))) return;
        let fh = this.fh!;
        const buf = Buffer.allocUnsafe(64 * 1024);
        for (;;) {
          if (this.closed) return;
          const { bytesRead } = await fh.read(buf, 0, buf.length, this.offset);
          if (bytesRead === 0) {
            if (!(await this.rotated(fh)) || !this.fh) break;
            fh = this.fh;
            continue;
          }
          this.offset += bytesRead;
          this.lines(buf.subarray(0, bytesRead));
        }
      } while (this.again && !this.closed);
    })().finally(() => { this.reading = null; });
    return this.reading;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.watcher?.close();
    this.watcher = null;
    await this.reading?.catch(() => undefined);
    const fh = this.fh;
    this.fh = null;
    await fh?.close().catch(() => undefined);
  }
}
