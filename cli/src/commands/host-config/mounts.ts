// keel run/create flags of mounts (-v, --mount, --tmpfs) → the create body's HostConfig keys (as the docker CLI sends them).
import type { Command } from 'commander';
import { CliError } from '../../errors';

export interface MountOptions {
  volume?: string[];
  mount?: string[];
  [flag: string]: unknown;
}

const collect = (v: string, prev: string[] = []) => [...prev, v];

/** Adds the flags to `run` and `create` (loaded on every start: no imports beyond commander's types and the dependency-free errors). */
export function mountFlags(c: Command): Command {
  return c
    .option('-v, --volume <spec>', 'bind a host path or a named volume: [HOST-PATH|NAME:]CONTAINER-PATH[:ro|rw] (repeatable)', collect)
    .option('--mount <spec>', 'attach a mount: type=bind|volume|tmpfs,source=…,target=…[,readonly] (repeatable)', collect);
}

/** A --mount value the CLI refuses, in the docker CLI's words; exit 125 like docker run's. */
const bad = (spec: string, msg: string) => new CliError(`invalid argument "${spec}" for "--mount" flag: ${msg}`, 125);

function bool(spec: string, key: string, v: string | undefined): boolean {
  if (v === undefined) return true;
  if (['1', 'true', 'True', 'TRUE'].includes(v)) return true;
  if (['0', 'false', 'False', 'FALSE'].includes(v)) return false;
  throw bad(spec, `invalid value for ${key}: ${v}`);
}

/** One --mount value (docker/cli opts/mount.go): comma-separated key=value fields, type volume by default. */
export function parseMountFlag(spec: string): Record<string, unknown> {
  const m: Record<string, unknown> = { Type: 'volume' };
  const bind: Record<string, unknown> = {};
  const vol: Record<string, unknown> = {};
  const tmpfs: Record<string, unknown> = {};
  const labels: Record<string, string> = {};
  for (const field of spec.split(',')) {
    if (field === '') continue;
    const i = field.indexOf('=');
    const key = (i < 0 ? field : field.slice(0, i)).toLowerCase();
    const value = i < 0 ? undefined : field.slice(i + 1);
    if (value === undefined && key !== 'readonly' && key !== 'ro' && key !== 'volume-nocopy') throw bad(spec, `invalid field '${field}' must be a key=value pair`);
    switch (key) {
      case 'type': m.Type = value; break;
      case 'source': case 'src': m.Source = value; break;
      case 'target': case 'dst': case 'destination': m.Target = value; break;
      case 'readonly': case 'ro': m.ReadOnly = bool(spec, key, value); break;
      case 'consistency': m.Consistency = value; break;
      case 'bind-propagation': bind.Propagation = value; break;
      case 'bind-create-mountpoint': bind.CreateMountpoint = bool(spec, key, value); break;
      case 'volume-nocopy': vol.NoCopy = bool(spec, key, value); break;
      case 'volume-driver': vol.DriverConfig = { Name: value }; break;
      case 'volume-label': {
        const [k, ...v] = (value as string).split('=');
        labels[k] = v.join('=');
        break;
      }
      case 'tmpfs-size': {
        const n = parseSize(value as string);
        if (n === null) throw bad(spec, `invalid value for ${key}: ${value}`);
        tmpfs.SizeBytes = n;
        break;
      }
      case 'tmpfs-mode': {
        if (!/^[0-7]+$/.test(value as string)) throw bad(spec, `invalid value for ${key}: ${value}`);
        tmpfs.Mode = parseInt(value as string, 8);
        break;
      }
      default:
        throw bad(spec, `unexpected key '${key}' in '${field}'`);
    }
  }
  if (Object.keys(labels).length) vol.Labels = labels;
  if (!m.Target) throw bad(spec, 'target is required');
  if (Object.keys(bind).length) {
    if (m.Type !== 'bind') throw bad(spec, `cannot mix 'bind-*' options with mount type '${String(m.Type)}'`);
    m.BindOptions = bind;
  }
  if (Object.keys(vol).length) {
    if (m.Type !== 'volume') throw bad(spec, `cannot mix 'volume-*' options with mount type '${String(m.Type)}'`);
    m.VolumeOptions = vol;
  }
  if (Object.keys(tmpfs).length) {
    if (m.Type !== 'tmpfs') throw bad(spec, `cannot mix 'tmpfs-*' options with mount type '${String(m.Type)}'`);
    m.TmpfsOptions = tmpfs;
  }
  return m;
}

/** "64m", "1g", "1024": bytes (docker's RAMInBytes, binary units). */
function parseSize(s: string): number | null {
  const r = /^(\d+(?:\.\d+)?)\s*([kmgtp]?)i?b?$/i.exec(s.trim());
  if (!r) return null;
  return Math.floor(Number(r[1]) * 1024 ** ' kmgtp'.indexOf((r[2] || ' ').toLowerCase()));
}

export function mountsBody(o: MountOptions): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (o.volume?.length) body.Binds = [...o.volume];
  if (o.mount?.length) body.Mounts = o.mount.map(parseMountFlag);
  return body;
}
