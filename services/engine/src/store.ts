/**
 * The engine's container records: one row per container in <data-root>/engine/engine.db (SQLite,
 * WAL). Each change is one statement, so one transaction. The schema moves by numbered
 * migrations kept in PRAGMA user_version.
 */
import Database from 'better-sqlite3';
import { keel } from '../../../proto';

/** Where a container's machine is: its state, as persisted (see machines/container.ts). */
export type Phase = 'creating' | 'created' | 'starting' | 'running' | 'exited' | 'removing' | 'dead';
/** Whether execd holds a task for the container, and whether it has been started. */
export type TaskState = 'none' | 'created' | 'used';

/** The fields of a record that change over a container's life. */
export interface ContainerStatus {
  phase: Phase;
  task: TaskState;
  pid: number;
  exitCode: number;
  startedMs: number;
  finishedMs: number;
  error: string;
  oomKilled: boolean;
  rootfs: string;
  driver: string;
  logPath: string;
  execDriver: string;
}

export interface ContainerRow extends ContainerStatus {
  id: string;
  name: string;
  imageId: string;
  /** The merged config: what inspect shows as Config. */
  config: keel.engine.v1.IContainerConfig;
  /** The process execd runs. */
  process: keel.execd.v1.IProcessSpec;
  networkMode: string;
  args: string[];
  createdMs: number;
  autoRemove: boolean;
}

const MIGRATIONS: readonly string[] = [
  // 1: the first container records
  `CREATE TABLE containers (
     id           TEXT PRIMARY KEY,
     name         TEXT NOT NULL UNIQUE,
     image_id     TEXT NOT NULL,
     config       BLOB NOT NULL,            -- keel.engine.v1.ContainerConfig
     process      BLOB NOT NULL,            -- keel.execd.v1.ProcessSpec
     network_mode TEXT NOT NULL,
     args         TEXT NOT NULL,            -- JSON array
     created_ms   INTEGER NOT NULL,
     auto_remove  INTEGER NOT NULL,
     phase        TEXT NOT NULL,
     task         TEXT NOT NULL,
     pid          INTEGER NOT NULL DEFAULT 0,
     exit_code    INTEGER NOT NULL DEFAULT 0,
     started_ms   INTEGER NOT NULL DEFAULT 0,
     finished_ms  INTEGER NOT NULL DEFAULT 0,
     error        TEXT NOT NULL DEFAULT '',
     oom_killed   INTEGER NOT NULL DEFAULT 0,
     rootfs       TEXT NOT NULL DEFAULT '',
     driver       TEXT NOT NULL DEFAULT '',
     log_path     TEXT NOT NULL DEFAULT '',
     exec_driver  TEXT NOT NULL DEFAULT ''
   )`,
];

interface Raw {
  id: string; name: string; image_id: string; config: Buffer; process: Buffer; network_mode: string; args: string;
  created_ms: number; auto_remove: number; phase: string; task: string; pid: number; exit_code: number;
  started_ms: number; finished_ms: number; error: string; oom_killed: number; rootfs: string; driver: string;
  log_path: string; exec_driver: string;
}

function fromRaw(r: Raw): ContainerRow {
  return {
    id: r.id, name: r.name, imageId: r.image_id,
    config: keel.engine.v1.ContainerConfig.decode(r.config),
    process: keel.execd.v1.ProcessSpec.decode(r.process),
    networkMode: r.network_mode, args: JSON.parse(r.args) as string[], createdMs: r.created_ms,
    autoRemove: r.auto_remove === 1, phase: r.phase as Phase, task: r.task as TaskState, pid: r.pid,
    exitCode: r.exit_code, startedMs: r.started_ms, finishedMs: r.finished_ms, error: r.error,
    oomKilled: r.oom_killed === 1, rootfs: r.rootfs, driver: r.driver, logPath: r.log_path, execDriver: r.exec_driver,
  };
}

function statusParams(s: ContainerStatus) {
  return {
    phase: s.phase, task: s.task, pid: s.pid, exit_code: s.exitCode, started_ms: s.startedMs, finished_ms: s.finishedMs,
    error: s.error, oom_killed: s.oomKilled ? 1 : 0, rootfs: s.rootfs, driver: s.driver, log_path: s.logPath, exec_driver: s.execDriver,
  };
}

/** A name already taken (the UNIQUE constraint said so). */
export class NameTakenError extends Error {
  constructor(readonly containerName: string) {
    super(`name ${containerName} is taken`);
    this.name = 'NameTakenError';
  }
}

export class ContainerStore {
  private readonly db: Database.Database;
  private readonly stmts;

  /** path: a file, or ':memory:' for tests. */
  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.migrate();
    const cols = 'phase = @phase, task = @task, pid = @pid, exit_code = @exit_code, started_ms = @started_ms, finished_ms = @finished_ms, '
      + 'error = @error, oom_killed = @oom_killed, rootfs = @rootfs, driver = @driver, log_path = @log_path, exec_driver = @exec_driver';
    this.stmts = {
      insert: this.db.prepare(`INSERT INTO containers (id, name, image_id, config, process, network_mode, args, created_ms, auto_remove,
        phase, task, pid, exit_code, started_ms, finished_ms, error, oom_killed, rootfs, driver, log_path, exec_driver)
        VALUES (@id, @name, @image_id, @config, @process, @network_mode, @args, @created_ms, @auto_remove,
        @phase, @task, @pid, @exit_code, @started_ms, @finished_ms, @error, @oom_killed, @rootfs, @driver, @log_path, @exec_driver)`),
      update: this.db.prepare(`UPDATE containers SET ${cols} WHERE id = @id`),
      delete: this.db.prepare('DELETE FROM containers WHERE id = ?'),
      get: this.db.prepare('SELECT * FROM containers WHERE id = ?'),
      byName: this.db.prepare('SELECT * FROM containers WHERE name = ?'),
      byPrefix: this.db.prepare("SELECT * FROM containers WHERE id >= ? AND id < ? || 'g' LIMIT 2"),
      all: this.db.prepare('SELECT * FROM containers ORDER BY created_ms DESC, id'),
      idByName: this.db.prepare('SELECT id FROM containers WHERE name = ?'),
    };
  }

  /** The schema version this store is at. */
  get version(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  private migrate(): void {
    const at = this.version;
    if (at > MIGRATIONS.length) {
      throw new Error(`engine.db is at schema version ${at}, newer than this engine knows (${MIGRATIONS.length}); upgrade keel`);
    }
    for (let v = at; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[v]);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  /** Adds a container; NameTakenError when its name is in use. */
  insert(row: ContainerRow): void {
    try {
      this.stmts.insert.run({
        id: row.id, name: row.name, image_id: row.imageId,
        config: Buffer.from(keel.engine.v1.ContainerConfig.encode(row.config).finish()),
        process: Buffer.from(keel.execd.v1.ProcessSpec.encode(row.process).finish()),
        network_mode: row.networkMode, args: JSON.stringify(row.args), created_ms: row.createdMs, auto_remove: row.autoRemove ? 1 : 0,
        ...statusParams(row),
      });
    } catch (err) {
      if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' && /containers\.name/.test((err as Error).message)) {
        throw new NameTakenError(row.name);
      }
      throw err;
    }
  }

  /** Records a status change; false when the row is gone. */
  update(id: string, s: ContainerStatus): boolean {
    return this.stmts.update.run({ id, ...statusParams(s) }).changes === 1;
  }

  delete(id: string): boolean {
    return this.stmts.delete.run(id).changes === 1;
  }

  get(id: string): ContainerRow | undefined {
    const r = this.stmts.get.get(id) as Raw | undefined;
    return r && fromRaw(r);
  }

  byName(name: string): ContainerRow | undefined {
    const r = this.stmts.byName.get(name.replace(/^\//, '')) as Raw | undefined;
    return r && fromRaw(r);
  }

  idByName(name: string): string | undefined {
    return (this.stmts.idByName.get(name) as { id: string } | undefined)?.id;
  }

  /** Rows whose id starts with prefix (at most two: enough to tell unique from ambiguous). */
  byPrefix(prefix: string): ContainerRow[] {
    if (!/^[a-f0-9]+$/.test(prefix)) return [];
    return (this.stmts.byPrefix.all(prefix, prefix) as Raw[]).filter((r) => r.id.startsWith(prefix)).map(fromRaw);
  }

  all(): ContainerRow[] {
    return (this.stmts.all.all() as Raw[]).map(fromRaw);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
