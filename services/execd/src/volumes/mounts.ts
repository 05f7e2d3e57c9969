import { mkdirSync, statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import type { keel } from '../../../../proto';
import { InvalidArgumentError } from '../../../kit/src/errors';
import type { TaskMount } from '../task/mounts';
import { copyUp } from './copy-up';
import { VolumeStore } from './store';

/** What resolveMounts decided; nothing is made until apply(). */
export interface ResolvedMounts {
  mounts: TaskMount[];
  /** the volumes the task uses (recorded with it: a volume in use cannot be removed) */
  volumes: string[];
  /** makes the missing -v host dirs and volumes, copies image content up into new volumes; undo() reverses what it made */
  apply(rootfs: string): void;
  undo(): void;
}

const volumeOf = (m: keel.common.v1.IMount) => m.source ?? '';

/**
 * HostConfig.mounts → the plan's mounts, checked against the host: a bind source must exist
 * (Docker's words when not), except a -v one (create_host_path), which is made as a dir; a
 * volume is looked up, or made if missing (Docker's rule), and filled from the image when new
 * or empty; tmpfs as given. Throws before anything is made.
 */
export function resolveMounts(list: readonly keel.common.v1.IMount[], volumes: VolumeStore): ResolvedMounts {
  const out: TaskMount[] = [];
  const makeDirs: string[] = [];
  const newVolumes: { name: string; labels: Record<string, string> }[] = [];
  const copy: { name: string; target: string }[] = [];
  const used: string[] = [];
  for (const m of list) {
    const target = m.target ?? '';
    const readonly = Boolean(m.readonly);
    switch (m.type) {
      case 'bind': {
        const source = m.source ?? '';
        if (!isAbsolute(source)) throw new InvalidArgumentError(`invalid mount config for type "bind": invalid mount path: '${source}' mount path must be absolute`);
        let dir = true;
        try {
          dir = statSync(source).isDirectory();
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          if (code !== 'ENOENT') throw new InvalidArgumentError(`invalid mount config for type "bind": bind source path ${source}: ${code}`);
          if (!m.createHostPath) throw new InvalidArgumentError(`invalid mount config for type "bind": bind source path does not exist: ${source}`);
          makeDirs.push(source);
        }
        out.push({ type: 'bind', source, target, dir, readonly, propagation: m.propagation ?? '' });
        break;
      }
      case 'volume': {
        let name = volumeOf(m);
        if (name !== '') VolumeStore.checkName(name);
        if (name === '' || !volumes.has(name)) {
          if (name === '') name = VolumeStore.newName();
          if (!newVolumes.some((v) => v.name === name)) newVolumes.push({ name, labels: { ...(m.volumeLabels ?? {}) } });
        }
        if (!m.noCopy) copy.push({ name, target });
        if (!used.includes(name)) used.push(name);
        out.push({ type: 'bind', source: volumes.mountpoint(name), target, dir: true, readonly, propagation: '' });
        break;
      }
      case 'tmpfs':
        out.push({ type: 'tmpfs', target, readonly, options: m.options ?? '' });
        break;
      default:
        throw new InvalidArgumentError(`mount type "${m.type ?? ''}" is not supported (bind, volume, tmpfs)`);
    }
  }
  const made: string[] = [];
  return {
    mounts: out,
    volumes: used,
    apply(rootfs: string) {
      for (const d of makeDirs) {
        try {
          mkdirSync(d, { recursive: true, mode: 0o755 });
        } catch (err) {
          throw new InvalidArgumentError(`invalid mount config for type "bind": create bind source ${d}: ${(err as Error).message}`);
        }
      }
      for (const v of newVolumes) {
        if (volumes.create(v.name, v.labels).created) made.push(v.name);
      }
      for (const c of copy) copyUp(rootfs, c.target, volumes.mountpoint(c.name));
    },
    undo() {
      for (const name of made.splice(0)) volumes.remove(name);
    },
  };
}
