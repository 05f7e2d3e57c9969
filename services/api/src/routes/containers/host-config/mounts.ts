import { posix } from 'node:path';
import type { keel } from '../../../../../../proto';
import { InvalidArgumentError } from '../../../../../kit/src';
import { TMPFS_DEFAULT_OPTIONS } from './tmpfs';

type Mount = keel.common.v1.IMount;

/** One --mount, as the docker CLI sends it (HostConfig.Mounts[]). */
export interface DockerMount {
  Type?: string;
  Source?: string;
  Target?: string;
  ReadOnly?: boolean;
  Consistency?: string;
  BindOptions?: { Propagation?: string; NonRecursive?: boolean; CreateMountpoint?: boolean } | null;
  VolumeOptions?: { NoCopy?: boolean; Labels?: Record<string, string> | null; DriverConfig?: { Name?: string; Options?: Record<string, string> | null } | null } | null;
  TmpfsOptions?: { SizeBytes?: number; Mode?: number } | null;
}

/** HostConfig keys of mounts: -v (Binds), --mount (Mounts), --tmpfs (Tmpfs). */
export interface DockerMounts {
  Binds?: string[] | null;
  Mounts?: DockerMount[] | null;
  Tmpfs?: Record<string, string> | null;
}

const PROPAGATIONS = ['private', 'rprivate', 'shared', 'rshared', 'slave', 'rslave'];
/** Docker's local volume names (moby volume/local). */
const VOLUME_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

const invalidName = (name: string) => new InvalidArgumentError(`create ${name}: "${name}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`);

function absolute(kind: string, path: string, spec?: string): string {
  const pre = spec === undefined ? '' : `invalid volume specification: '${spec}': `;
  if (!path.startsWith('/')) throw new InvalidArgumentError(`${pre}invalid mount config for type "${kind}": invalid mount path: '${path}' mount path must be absolute`);
  const clean = posix.normalize(path).replace(/(.)\/$/, '$1');
  if (clean === '/') throw new InvalidArgumentError(`${pre}invalid specification: destination can't be '/'`);
  return clean;
}

/**
 * One -v spec (moby's linux parser): [SOURCE:]TARGET[:MODE]; an absolute SOURCE is a bind (its
 * missing host dir is made, Docker's -v rule), another a volume name; MODE is comma-separated
 * ro|rw, z|Z, a propagation, nocopy (volumes).
 */
export function parseBind(spec: string): Mount {
  const invalid = () => new InvalidArgumentError(`invalid volume specification: '${spec}'`);
  if (spec === '' || spec.includes('\0')) throw invalid();
  const parts = spec.split(':');
  if (parts.length > 3 || parts.some((p) => p === '')) throw invalid();
  let source = '', target: string, mode = '';
  if (parts.length === 1) [target] = parts;
  else if (parts.length === 2) {
    // "/a:ro" would be a target and a mode: a volume cannot take a mode without a target
    if (isMode(parts[1])) throw invalid();
    [source, target] = parts;
  } else [source, target, mode] = parts;
  const type = source.startsWith('/') ? 'bind' : 'volume';
  const m: Mount = { type, source: '', target: absolute(type, target, spec), readonly: false, bindSpec: spec, mode };
  let rw = 0, prop = 0;
  for (const w of mode === '' ? [] : mode.split(',')) {
    if (w === 'ro' || w === 'rw') {
      rw++;
      m.readonly = w === 'ro';
    } else if (PROPAGATIONS.includes(w)) {
      prop++;
      m.propagation = w;
    } else if (w === 'nocopy') {
      if (type === 'bind') throw invalid();
      m.noCopy = true;
    } else if (!['z', 'Z', 'consistent', 'cached', 'delegated'].includes(w)) {
      throw new InvalidArgumentError(`invalid mode: ${w}`);
    }
  }
  if (rw > 1 || prop > 1) throw new InvalidArgumentError(`invalid mode: ${mode}`);
  if (type === 'bind') {
    m.source = absolute('bind', source, spec);
    m.createHostPath = true;
  } else {
    if (prop) throw new InvalidArgumentError(`invalid volume specification: '${spec}': propagation is for binds only`);
    if (source !== '' && !VOLUME_NAME.test(source)) throw invalidName(source);
    m.source = source;
  }
  return m;
}

function isMode(s: string): boolean {
  return s.split(',').every((w) => ['ro', 'rw', 'z', 'Z', 'nocopy', ...PROPAGATIONS].includes(w));
}

/** One --mount entry (HostConfig.Mounts[]), checked in Docker's words. */
export function parseMount(d: DockerMount): Mount {
  const type = d.Type ?? '';
  const bad = (msg: string) => new InvalidArgumentError(`invalid mount config for type "${type}": ${msg}`);
  if (!['bind', 'volume', 'tmpfs'].includes(type)) throw new InvalidArgumentError(`mount type "${type}" is not supported (bind, volume, tmpfs)`);
  if (!d.Target) throw bad('field Target must not be empty');
  const target = absolute(type, d.Target);
  const source = d.Source ?? '';
  if (type !== 'bind' && d.BindOptions) throw bad('field BindOptions must not be specified');
  if (type !== 'volume' && d.VolumeOptions) throw bad('field VolumeOptions must not be specified');
  if (type !== 'tmpfs' && d.TmpfsOptions) throw bad('field TmpfsOptions must not be specified');
  const m: Mount = { type, target, readonly: Boolean(d.ReadOnly) };
  if (type === 'bind') {
    if (source === '') throw bad('field Source must not be empty');
    m.source = absolute('bind', source);
    const prop = d.BindOptions?.Propagation ?? '';
    if (prop !== '' && !PROPAGATIONS.includes(prop)) throw bad(`invalid propagation mode: ${prop}`);
    if (d.BindOptions?.NonRecursive) throw bad('non-recursive binds are not supported');
    m.propagation = prop;
    m.createHostPath = Boolean(d.BindOptions?.CreateMountpoint);
  } else if (type === 'volume') {
    if (source !== '' && !VOLUME_NAME.test(source)) throw invalidName(source);
    const driver = d.VolumeOptions?.DriverConfig?.Name ?? '';
    if (driver !== '' && driver !== 'local') throw bad(`volume driver "${driver}" is not supported (only "local")`);
    if (Object.keys(d.VolumeOptions?.DriverConfig?.Options ?? {}).length) throw bad('volume driver options are not supported');
    m.source = source;
    m.noCopy = Boolean(d.VolumeOptions?.NoCopy);
    m.volumeLabels = { ...(d.VolumeOptions?.Labels ?? {}) };
  } else {
    if (source !== '') throw bad('field Source must not be specified');
    const o = d.TmpfsOptions ?? {};
    if ((o.SizeBytes ?? 0) < 0) throw bad('invalid tmpfs size');
    m.options = [TMPFS_DEFAULT_OPTIONS, o.SizeBytes ? `size=${o.SizeBytes}` : '', o.Mode ? `mode=${(o.Mode & 0o7777).toString(8)}` : ''].filter(Boolean).join(',');
  }
  return m;
}

/** Binds and Mounts → one list of mounts, -v's first (as given), then --mount's; a target used twice is refused. */
export function mounts(h: DockerMounts): Pick<keel.common.v1.IHostConfig, 'mounts' | 'binds'> {
  const binds = (h.Binds ?? []).map(String);
  const list = [...binds.map(parseBind), ...(h.Mounts ?? []).map(parseMount)];
  const seen = new Set<string>();
  for (const m of list) {
    if (seen.has(m.target ?? '')) throw new InvalidArgumentError(`Duplicate mount point: ${m.target}`);
    seen.add(m.target ?? '');
  }
  return { mounts: list, binds };
}

/** inspect's HostConfig.Binds and HostConfig.Mounts (the --mount entries, in Docker's shape). */
export function dockerMounts(h: keel.common.v1.IHostConfig) {
  const given = (h.mounts ?? []).filter((m) => !m.bindSpec && (m.type === 'bind' || m.type === 'volume'));
  return {
    Binds: h.binds?.length ? [...h.binds] : null,
    ...(given.length ? {
      Mounts: given.map((m) => ({
        Type: m.type, Source: m.source ?? '', Target: m.target ?? '', ...(m.readonly ? { ReadOnly: true } : {}),
        ...(m.type === 'bind' && (m.propagation || m.createHostPath) ? { BindOptions: { ...(m.propagation ? { Propagation: m.propagation } : {}), ...(m.createHostPath ? { CreateMountpoint: true } : {}) } } : {}),
        ...(m.type === 'volume' && (m.noCopy || Object.keys(m.volumeLabels ?? {}).length) ? { VolumeOptions: { ...(m.noCopy ? { NoCopy: true } : {}), ...(Object.keys(m.volumeLabels ?? {}).length ? { Labels: m.volumeLabels } : {}) } } : {}),
      })),
    } : {}),
  };
}

/** inspect's top-level Mounts (Docker's MountPoint list); volumesDir: <data-root>/volumes. */
export function dockerMountPoints(h: keel.common.v1.IHostConfig | null | undefined, volumesDir: string) {
  return (h?.mounts ?? []).map((m) => {
    const rw = !m.readonly;
    if (m.type === 'volume') {
      return {
        Type: 'volume', Name: m.source ?? '', Source: m.source ? posix.join(volumesDir, m.source, '_data') : '', Destination: m.target ?? '',
        Driver: 'local', Mode: m.bindSpec ? (m.mode || 'z') : '', RW: rw, Propagation: '',
      };
    }
    if (m.type === 'bind') {
      return { Type: 'bind', Source: m.source ?? '', Destination: m.target ?? '', Mode: m.mode ?? '', RW: rw, Propagation: m.propagation || 'rprivate' };
    }
    return { Type: m.type ?? '', Source: '', Destination: m.target ?? '', Mode: '', RW: rw, Propagation: '' };
  });
}
