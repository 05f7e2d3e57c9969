import { InvalidArgumentError } from '../../../kit/src/errors';
import { tmpfsMount } from './confine';
import { type PlanOp, cleanPath } from './plan';

/**
 * A user mount as execd resolved it at task.create (HostConfig.mounts after its volumes got their
 * host dirs and each bind source was looked at): what the plan needs, nothing to look up.
 */
export type TaskMount =
  | {
    type: 'bind';
    /** host path (a volume's _data dir for a volume) */
    source: string;
    /** absolute, inside the container */
    target: string;
    /** the source is a dir (else a file): what to make at a missing target */
    dir: boolean;
    readonly: boolean;
    /** Docker's propagation word: rprivate (default), private, rslave, slave, rshared, shared */
    propagation: string;
  }
  | { type: 'tmpfs'; target: string; readonly: boolean; /** Docker's words, defaults first: "noexec,nosuid,nodev,size=64m" (confine.ts's tmpfsMount) */ options: string };

/** The bind op's flag bits (addon/src/shim/plan.h). */
export const BIND = { RECURSIVE: 1, READONLY: 2, READONLY_RECURSIVE: 4, PROPAGATION_RECURSIVE: 8 } as const;
/** <sys/mount.h> propagation types */
const PROPAGATION: Record<string, { flag: number; recursive: boolean }> = {
  private: { flag: 1 << 18, recursive: false }, rprivate: { flag: 1 << 18, recursive: true },
  slave: { flag: 1 << 19, recursive: false }, rslave: { flag: 1 << 19, recursive: true },
  shared: { flag: 1 << 20, recursive: false }, rshared: { flag: 1 << 20, recursive: true },
};
export const PROPAGATIONS = Object.keys(PROPAGATION);

/** A mount's target: absolute, cleaned, not "/". */
export function mountTarget(target: string): string {
  if (!target.startsWith('/')) throw new InvalidArgumentError(`invalid mount path: '${target}' mount path must be absolute`);
  const t = cleanPath(target);
  if (t === '/') throw new InvalidArgumentError('invalid mount config: destination can\'t be \'/\'');
  return t;
}

/**
 * The plan's ops of the user's mounts, after Docker's default ones: sorted by depth of their
 * targets (a mount on /a comes before one on /a/b: moby's sortMounts), binds recursive (rbind)
 * and read-only all the way down (Docker 25's recursive read-only), tmpfs with its options' flags.
 */
export function mountOps(mounts: readonly TaskMount[]): PlanOp[] {
  const seen = new Set<string>();
  const sorted = mounts.map((m) => ({ ...m, target: mountTarget(m.target) }));
  for (const m of sorted) {
    if (seen.has(m.target)) throw new InvalidArgumentError(`Duplicate mount point: ${m.target}`);
    seen.add(m.target);
  }
  const depth = (t: string) => t.split('/').length;
  sorted.sort((a, b) => depth(a.target) - depth(b.target));
  return sorted.map((m): PlanOp => {
    if (m.type === 'tmpfs') {
      const { flags, data } = tmpfsMount(m.target, m.options, m.readonly);
      return { type: 'mount', source: 'tmpfs', target: m.target, fstype: 'tmpfs', flags, data };
    }
    if (!m.source.startsWith('/')) throw new InvalidArgumentError(`bind source path "${m.source}" is not absolute`);
    const prop = PROPAGATION[m.propagation || 'rprivate'];
    if (!prop) throw new InvalidArgumentError(`invalid propagation mode: ${m.propagation}`);
    const flags = BIND.RECURSIVE | (m.readonly ? BIND.READONLY | BIND.READONLY_RECURSIVE : 0) | (prop.recursive ? BIND.PROPAGATION_RECURSIVE : 0);
    return { type: 'bind', source: m.source, target: m.target, create: m.dir ? 'dir' : 'file', flags, propagation: prop.flag };
  });
}
