// keel volume create, ls, inspect, rm, prune.
import type { Context } from '../context';
import { CliError } from '../errors';
import { humanSize } from '../format';
import { API_VERSION } from '../http';
import { formatTable } from '../table';

const V = `/v${API_VERSION}`;

interface Volume {
  Name: string;
  Driver: string;
}

/** "k=v" (or "k") → a labels map; docker's --label. */
export function parseLabels(list: string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of list) {
    const i = l.indexOf('=');
    if (i === 0) throw new CliError(`invalid label: ${l}`, 1);
    if (i < 0) out[l] = '';
    else out[l.slice(0, i)] = l.slice(i + 1);
  }
  return out;
}

export async function volumeCreate(ctx: Context, name: string | undefined, o: { label?: string[]; driver?: string; name?: string }): Promise<void> {
  if (name && o.name && name !== o.name) throw new CliError(`conflicting options: either specify --name or provide positional arg, not both`, 1);
  const v = await ctx.api().json<Volume>('POST', `${V}/volumes/create`, {
    Name: name ?? o.name ?? '', Driver: o.driver ?? 'local', DriverOpts: {}, Labels: parseLabels(o.label),
  });
  ctx.io.out(v.Name);
}

export async function volumeLs(ctx: Context, o: { quiet?: boolean; filter?: string[] }): Promise<void> {
  const filters: Record<string, string[]> = {};
  for (const f of o.filter ?? []) {
    const i = f.indexOf('=');
    if (i <= 0) throw new CliError(`bad format of filter (expected name=value)`, 1);
    (filters[f.slice(0, i)] ??= []).push(f.slice(i + 1));
  }
  const q = Object.keys(filters).length ? `?filters=${encodeURIComponent(JSON.stringify(filters))}` : '';
  const r = await ctx.api().get<{ Volumes: Volume[] | null }>(`${V}/volumes${q}`);
  const vols = r.Volumes ?? [];
  if (o.quiet) {
    if (vols.length) ctx.io.out(vols.map((v) => v.Name).join('\n'));
    return;
  }
  ctx.io.out(formatTable(['DRIVER', 'VOLUME NAME'], vols.map((v) => [v.Driver, v.Name])).join('\n'));
}

/** Runs fn on each name; each failure is printed, and the command fails at the end if any did. */
async function each(ctx: Context, names: string[], fn: (n: string) => Promise<void>): Promise<void> {
  let failed = 0;
  for (const n of names) {
    try {
      await fn(n);
    } catch (err) {
      if (!(err instanceof CliError)) throw err;
      ctx.io.err(err.message);
      failed++;
    }
  }
  if (failed) throw new CliError('', 1);
}

export async function volumeInspect(ctx: Context, names: string[]): Promise<void> {
  const found: unknown[] = [];
  let failed = false;
  await each(ctx, names, async (n) => {
    found.push(await ctx.api().get(`${V}/volumes/${encodeURIComponent(n)}`));
  }).catch((err) => { failed = true; if (!(err instanceof CliError)) throw err; });
  ctx.io.out(JSON.stringify(found, null, 4));
  if (failed) throw new CliError('', 1);
}

export async function volumeRm(ctx: Context, names: string[], o: { force?: boolean }): Promise<void> {
  await each(ctx, names, async (n) => {
    await ctx.api().json('DELETE', `${V}/volumes/${encodeURIComponent(n)}${o.force ? '?force=1' : ''}`);
    ctx.io.out(n);
  });
}

export async function volumePrune(ctx: Context, o: { force?: boolean; filter?: string[] }): Promise<void> {
  if (!o.force) throw new CliError('keel volume prune removes every volume no container uses: pass -f (--force) to do it', 1);
  const filters: Record<string, string[]> = {};
  for (const f of o.filter ?? []) {
    const i = f.indexOf('=');
    if (i <= 0) throw new CliError(`bad format of filter (expected name=value)`, 1);
    (filters[f.slice(0, i)] ??= []).push(f.slice(i + 1));
  }
  const q = Object.keys(filters).length ? `?filters=${encodeURIComponent(JSON.stringify(filters))}` : '';
  const r = await ctx.api().json<{ VolumesDeleted: string[] | null; SpaceReclaimed: number }>('POST', `${V}/volumes/prune${q}`);
  const lines: string[] = [];
  if (r.VolumesDeleted?.length) lines.push('Deleted Volumes:', ...r.VolumesDeleted, '');
  lines.push(`Total reclaimed space: ${humanSize(r.SpaceReclaimed ?? 0)}`);
  ctx.io.out(lines.join('\n'));
}
