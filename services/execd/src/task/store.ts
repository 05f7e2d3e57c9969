import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AlreadyExistsError, InvalidArgumentError, NotFoundError } from '../../../kit/src/errors';

/**
 * A task's records are files in its bundle dir, <data-root>/execd/containers/<id>/:
 *   task.json    written by execd at create (what it was made from)
 *   plan         written by execd at create, read by keel-shim (addon/PROTOCOL.md)
 *   pid          written by keel-shim once the init exec'd        (Started)
 *   start-error  written by keel-shim when a step before exec failed (StartFailure)
 *   exit         written by keel-shim when the init ended and its output drained (Exited);
 *                by execd when both the init and its shim vanished without one (lost, 255)
 *   <id>-json.log  the container's output, Docker's json-file format
 * The files are the truth; the map only remembers which bundles exist.
 */
export interface TaskRecord {
  id: string;
  rootfs: string;
  logPath: string;
  createdMs: number;
  driver: string;
  /** the named volumes it mounts: in use while the task exists */
  volumes?: string[];
}
export interface Started { pid: number; startTime: string; startedMs: number; shimPid: number }
export interface Exited { exitCode: number; signal: number; finishedMs: number; oomKilled: boolean; lost?: boolean }
export interface StartFailure { step: string; syscall: string; errno: number; code: string; path: string; message: string }

export type TaskStatus =
  | { status: 'created'; record: TaskRecord }
  | { status: 'running'; record: TaskRecord; started: Started }
  | { status: 'stopped'; record: TaskRecord; started: Started | null; exited: Exited };

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

/** The start time (clock ticks since boot) of a pid, from /proc/<pid>/stat, or null if it is gone. */
export function procStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

function writeAtomic(file: string, data: string | Buffer): void {
  writeFileSync(`${file}.tmp`, data, { mode: 0o600 });
  renameSync(`${file}.tmp`, file);
}

export class TaskStore {
  private readonly tasks = new Map<string, TaskRecord>();
  private readonly locks = new Map<string, Promise<unknown>>();

  /** dir: <data-root>/execd/containers */
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  }

  /**
   * Rebuilds the map from the bundle dirs (on execd's start): live shims keep running, exits that
   * happened meanwhile are in their exit files. A dir without task.json is a half-made create.
   */
  reconcile(): { tasks: number; running: number; removed: string[] } {
    const removed: string[] = [];
    let running = 0;
    this.tasks.clear();
    for (const id of readdirSync(this.dir)) {
      const bundle = join(this.dir, id);
      const rec = ID.test(id) ? readJson<TaskRecord>(join(bundle, 'task.json')) : null;
      if (!rec) {
        rmSync(bundle, { recursive: true, force: true });
        removed.push(id);
        continue;
      }
      this.tasks.set(id, rec);
      if (this.status(id).status === 'running') running++;
    }
    return { tasks: this.tasks.size, running, removed };
  }

  static checkId(id: string): string {
    if (!ID.test(id)) throw new InvalidArgumentError(`invalid container id "${id}"`);
    return id;
  }

  bundle(id: string): string {
    return join(this.dir, id);
  }

  has(id: string): boolean {
    return this.tasks.has(id);
  }

  get(id: string): TaskRecord {
    const rec = this.tasks.get(id);
    if (!rec) throw new NotFoundError(`task ${id}`);
    return rec;
  }

  ids(): string[] {
    return [...this.tasks.keys()];
  }

  /** The tasks (created, running or stopped, until deleted) that mount the volume. */
  usingVolume(name: string): string[] {
    return [...this.tasks.values()].filter((t) => t.volumes?.includes(name)).map((t) => t.id);
  }

  /** Writes a new bundle: the driver's files (write), then task.json (its presence marks the bundle complete). */
  add(rec: TaskRecord, write: (bundle: string) => void): void {

    if (this.tasks.has(rec.id)) throw new AlreadyExistsError(`task ${rec.id}`);
    const bundle = this.bundle(rec.id);
    rmSync(bundle, { recursive: true, force: true });
    mkdirSync(bundle, { mode: 0o700 });
    try {
      write(bundle);
      writeAtomic(join(bundle, 'task.json'), JSON.stringify(rec) + '\n');
    } catch (err) {
      rmSync(bundle, { recursive: true, force: true });
      throw err;
    }
    this.tasks.set(rec.id, rec);
  }

  remove(id: string): void {
    rmSync(this.bundle(id), { recursive: true, force: true });
    this.tasks.delete(id);
  }

  started(id: string): Started | null {
    return readJson<Started>(join(this.bundle(id), 'pid'));
  }

  startFailure(id: string): StartFailure | null {
    return readJson<StartFailure>(join(this.bundle(id), 'start-error'));
  }

  clearStartFailure(id: string): void {
    try {
      unlinkSync(join(this.bundle(id), 'start-error'));
    } catch {
      // none
    }
  }

  exited(id: string): Exited | null {
    const e = readJson<Exited>(join(this.bundle(id), 'exit'));
    if (e && !e.oomKilled && this.oomKilled?.(id)) {
      // the kernel's count lives in the cgroup, which goes at delete: the record keeps it
      e.oomKilled = true;
      writeAtomic(join(this.bundle(id), 'exit'), JSON.stringify(e) + '\n');
    }
    return e;
  }

  /** Asks the task's cgroup whether the OOM killer struck (set by execd when it makes cgroups). */
  oomKilled?: (id: string) => boolean;

  /** The init still runs: its pid exists and started when the shim recorded. */
  initAlive(s: Started): boolean {
    return procStartTime(s.pid) === s.startTime;
  }

  /** The task's shim still runs (its pid's command line names this bundle). */
  shimAlive(id: string, s: Started): boolean {
    try {
      const argv = readFileSync(`/proc/${s.shimPid}/cmdline`, 'utf8').split('\0');
      return argv[1] === this.bundle(id);
    } catch {
      return false;
    }
  }

  status(id: string): TaskStatus {
    const record = this.get(id);
    const started = this.started(id);
    let exited = this.exited(id);
    if (!exited && started && !this.initAlive(started) && !this.shimAlive(id, started)) {
      // both gone without an exit record (the shim was killed): what Docker reports, 255
      exited = this.exited(id) ?? { exitCode: 255, signal: 0, finishedMs: Date.now(), oomKilled: false, lost: true };
      if (existsSync(this.bundle(id))) writeAtomic(join(this.bundle(id), 'exit'), JSON.stringify(exited) + '\n');
    }
    if (exited) return { status: 'stopped', record, started, exited };
    if (started) return { status: 'running', record, started };
    return { status: 'created', record };
  }

  /** Runs fn with no other locked fn of the same task running (start, kill, delete). */
  async locked<T>(id: string, fn: () => Promise<T>): Promise<T> {
    const prev = this.locks.get(id) ?? Promise.resolve();
    const run = prev.then(fn, fn);
    const tail = run.catch(() => undefined);
    this.locks.set(id, tail);
    try {
      return await run;
    } finally {
      if (this.locks.get(id) === tail) this.locks.delete(id);
    }
  }
}
