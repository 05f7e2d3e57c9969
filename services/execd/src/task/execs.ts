import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AlreadyExistsError, InvalidArgumentError, NotFoundError } from '../../../kit/src/errors';
import { type Exited, type Started, type StartFailure, type TaskStore, procStartTime } from './store';

/**
 * The execs of the tasks: each is a dir in its task's bundle, <bundle>/execs/<exec id>/, holding
 *   exec.json    written by execd at exec.create (ExecRecord)
 *   plan         written by execd at exec.start, read by keel-shim in exec mode
 *   pid, start-error, exit   keel-shim's records, as for a task (addon/PROTOCOL.md)
 * They go with the bundle when the task is deleted. The map only remembers exec id → task.
 */
export interface ExecRecord {
  id: string;
  containerId: string;
  args: string[];
  env: string[];
  cwd: string;
  user: string;
  tty: boolean;
  openStdin: boolean;
  attachStdout: boolean;
  attachStderr: boolean;
  detachKeys: string;
  privileged: boolean;
  createdMs: number;
}

export type ExecStatus =
  | { status: 'created' }
  | { status: 'running'; started: Started }
  | { status: 'stopped'; started: Started | null; exited: Exited; failure: StartFailure | null };

const EXEC_ID = /^[a-f0-9]{64}$/;

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

export class ExecStore {
  private readonly owner = new Map<string, string>();

  constructor(private readonly tasks: TaskStore, readonly ioRoot: string) {}

  /** Rebuilds the exec id → task map from the bundles (execd's start). */
  reconcile(): number {
    this.owner.clear();
    for (const cid of this.tasks.ids()) {
      let ids: string[] = [];
      try {
        ids = readdirSync(join(this.tasks.bundle(cid), 'execs'));
      } catch {
        continue;
      }
      for (const id of ids) if (EXEC_ID.test(id) && existsSync(join(this.tasks.bundle(cid), 'execs', id, 'exec.json'))) this.owner.set(id, cid);
    }
    return this.owner.size;
  }

  static checkId(id: string): string {
    if (!EXEC_ID.test(id)) throw new InvalidArgumentError(`invalid exec id "${id}"`);
    return id;
  }

  dir(id: string): string {
    const cid = this.owner.get(id);
    if (!cid || !this.tasks.has(cid)) throw new NotFoundError(`No such exec instance: ${id}`);
    return join(this.tasks.bundle(cid), 'execs', id);
  }

  /** Where keel-shim makes an exec's sockets (short: sun_path), under the exec-root. */
  ioDir(id: string): string {
    return join(this.ioRoot, `e-${id.slice(0, 16)}`);
  }

  /** A container's io dir (tty or open stdin). */
  containerIoDir(id: string): string {
    return join(this.ioRoot, `c-${id.slice(0, 16)}`);
  }

  add(rec: ExecRecord): void {
    if (this.owner.has(rec.id)) throw new AlreadyExistsError(`exec ${rec.id}`);
    const dir = join(this.tasks.bundle(rec.containerId), 'execs', rec.id);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(join(dir, 'exec.json.tmp'), JSON.stringify(rec) + '\n', { mode: 0o600 });
    renameSync(join(dir, 'exec.json.tmp'), join(dir, 'exec.json'));
    this.owner.set(rec.id, rec.containerId);
  }

  get(id: string): ExecRecord {
    const rec = readJson<ExecRecord>(join(this.dir(id), 'exec.json'));
    if (!rec) throw new NotFoundError(`No such exec instance: ${id}`);
    return rec;
  }

  /** What the shim's records (and the kernel) say; a shim gone without an exit record: 255, as for a task. */
  status(id: string): ExecStatus {
    const dir = this.dir(id);
    const failure = readJson<StartFailure>(join(dir, 'start-error'));
    const started = readJson<Started>(join(dir, 'pid'));
    const exited = readJson<Exited>(join(dir, 'exit'));
    if (exited) return { status: 'stopped', started, exited, failure: null };
    if (failure) return { status: 'stopped', started: null, exited: { exitCode: 126, signal: 0, finishedMs: 0, oomKilled: false }, failure };
    if (!started) return { status: 'created' };
    if (procStartTime(started.pid) === started.startTime || procStartTime(started.shimPid) !== null) return { status: 'running', started };
    return { status: 'stopped', started, exited: { exitCode: 255, signal: 0, finishedMs: Date.now(), oomKilled: false, lost: true }, failure: null };
  }

  /** The task's execs that have not ended (Docker's ExecIDs). */
  live(containerId: string): string[] {
    return [...this.owner].filter(([id, cid]) => cid === containerId && this.tasks.has(cid) && this.status(id).status !== 'stopped').map(([id]) => id);
  }

  /** Forgets a deleted task's execs and removes their io dirs (and the task's). */
  forget(containerId: string): void {
    for (const [id, cid] of [...this.owner]) {
      if (cid !== containerId) continue;
      rmSync(this.ioDir(id), { recursive: true, force: true });
      this.owner.delete(id);
    }
    rmSync(this.containerIoDir(containerId), { recursive: true, force: true });
  }
}
