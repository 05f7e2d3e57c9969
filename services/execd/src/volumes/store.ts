import { randomBytes } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidArgumentError, NotFoundError } from '../../../kit/src/errors';

/** A volume's metadata, kept beside its data: <dir>/<name>/volume.json. */
export interface VolumeRecord {
  name: string;
  driver: 'local';
  createdMs: number;
  labels: Record<string, string>;
  options: Record<string, string>;
}

/** Docker's rule for local volume names (moby volume/local: validName). */
export const VOLUME_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

export function invalidVolumeName(name: string): InvalidArgumentError {
  return new InvalidArgumentError(`create ${name}: "${name}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`);
}

export const noSuchVolume = (name: string) => new NotFoundError(`get ${name}: no such volume`, { verbatim: true });

/**
 * The local volumes: <data-root>/volumes/<name>/_data (Docker's layout) with the volume's
 * metadata in <name>/volume.json beside it. A dir without volume.json is a half-made create and
 * is removed at start. Which containers use a volume is not kept here: the task store knows.
 */
export class VolumeStore {
  /** dir: <data-root>/volumes */
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true, mode: 0o701 });
  }

  /** Removes half-made volumes (a dir without its volume.json); returns their names. */
  reconcile(): string[] {
    const removed: string[] = [];
    for (const name of readdirSync(this.dir)) {
      if (VOLUME_NAME.test(name) && existsSync(join(this.dir, name, 'volume.json'))) continue;
      rmSync(join(this.dir, name), { recursive: true, force: true });
      removed.push(name);
    }
    return removed;
  }

  /** An anonymous volume's name: 64 random hex digits, as Docker's. */
  static newName(): string {
    return randomBytes(32).toString('hex');
  }

  static checkName(name: string): string {
    if (!VOLUME_NAME.test(name)) throw invalidVolumeName(name);
    return name;
  }

  /** The host dir a volume's containers see. */
  mountpoint(name: string): string {
    return join(this.dir, name, '_data');
  }

  has(name: string): boolean {
    return VOLUME_NAME.test(name) && existsSync(join(this.dir, name, 'volume.json'));
  }

  get(name: string): VolumeRecord {
    if (!VOLUME_NAME.test(name)) throw noSuchVolume(name);
    try {
      return JSON.parse(readFileSync(join(this.dir, name, 'volume.json'), 'utf8')) as VolumeRecord;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw noSuchVolume(name);
      throw err;
    }
  }

  list(): VolumeRecord[] {
    return readdirSync(this.dir).filter((n) => this.has(n)).map((n) => this.get(n)).sort((a, b) => a.name.localeCompare(b.name));
  }

  /**
   * Makes a volume (name "": 64 random hex digits, Docker's anonymous names). An existing volume
   * of that name is returned as it is, with created false (Docker's rule).
   */
  create(name: string, labels: Record<string, string> = {}, options: Record<string, string> = {}): { volume: VolumeRecord; created: boolean } {
    const n = name === '' ? VolumeStore.newName() : VolumeStore.checkName(name);
    if (Object.keys(options).length) throw new InvalidArgumentError(`create ${n}: the local driver takes no options here (got ${Object.keys(options).join(', ')})`);
    if (this.has(n)) return { volume: this.get(n), created: false };
    const vol: VolumeRecord = { name: n, driver: 'local', createdMs: Date.now(), labels: { ...labels }, options: {} };
    const dir = join(this.dir, n);
    rmSync(dir, { recursive: true, force: true });
    try {
      mkdirSync(join(dir, '_data'), { recursive: true, mode: 0o755 });
      writeFileSync(join(dir, 'volume.json.tmp'), JSON.stringify(vol) + '\n', { mode: 0o600 });
      renameSync(join(dir, 'volume.json.tmp'), join(dir, 'volume.json'));
    } catch (err) {
      rmSync(dir, { recursive: true, force: true });
      throw err;
    }
    return { volume: vol, created: true };
  }

  /** Removes a volume and its data (the caller checked it is not in use). */
  remove(name: string): void {
    this.get(name);
    // metadata first: a crash halfway leaves a dir reconcile removes
    rmSync(join(this.dir, name, 'volume.json'), { force: true });
    rmSync(join(this.dir, name), { recursive: true, force: true });
  }

  /** Bytes in the volume's data (files' sizes, links not followed). */
  size(name: string): number {
    let total = 0;
    const walk = (p: string) => {
      const st = lstatSync(p, { throwIfNoEntry: false });
      if (!st) return;
      if (st.isDirectory()) for (const e of readdirSync(p)) walk(join(p, e));
      else total += st.size;
    };
    walk(this.mountpoint(name));
    return total;
  }
}
