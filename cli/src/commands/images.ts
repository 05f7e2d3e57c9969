// keel import, images, image inspect, history, tag, rmi, image prune, commit.
import { createReadStream } from 'node:fs';
import type { Context } from '../context';
import { CliError } from '../errors';
import { ago, humanSize, truncate } from '../format';
import { API_VERSION } from '../http';
import { formatTable } from '../table';

const V = `/v${API_VERSION}`;

export interface ImageSummary {
  Id: string;
  RepoTags: string[] | null;
  RepoDigests?: string[] | null;
  Created: number;
  Size: number;
  SharedSize?: number;
  Containers?: number;
}

/** "repo:tag" split at the last colon that is not part of a registry's host:port. */
export function splitTag(ref: string): [string, string] {
  const slash = ref.lastIndexOf('/');
  const colon = ref.lastIndexOf(':');
  return colon > slash ? [ref.slice(0, colon), ref.slice(colon + 1)] : [ref, '<none>'];
}

export function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}

/** docker's stringid.TruncateID: after the algorithm's colon, at most 12 characters. */
export function truncateId(id: string): string {
  const i = id.indexOf(':');
  return (i >= 0 ? id.slice(i + 1) : id).slice(0, 12);
}

function dangling(i: ImageSummary): boolean {
  const tags = (i.RepoTags ?? []).filter((t) => t !== '<none>:<none>');
  const digests = (i.RepoDigests ?? []).filter((d) => d !== '<none>@<none>');
  return !tags.length && !digests.length;
}

export interface ImageRow { repo: string; tag: string; digest: string; image: ImageSummary }

/**
 * The rows docker's image formatter makes of an image: one per tag (per tag and digest with
 * --digests), digest-only references as <none> tags, an untagged image once as <none> <none>.
 */
export function imageRefRows(i: ImageSummary, digests = false): ImageRow[] {
  if (dangling(i)) return [{ repo: '<none>', tag: '<none>', digest: '<none>', image: i }];
  const tags = new Map<string, string[]>();
  const dgs = new Map<string, string[]>();
  for (const t of i.RepoTags ?? []) {
    if (t === '<none>:<none>') continue;
    const [repo, tag] = splitTag(t);
    tags.set(repo, [...(tags.get(repo) ?? []), tag]);
  }
  for (const d of i.RepoDigests ?? []) {
    const at = d.indexOf('@');
    if (at < 0 || d === '<none>@<none>') continue;
    dgs.set(d.slice(0, at), [...(dgs.get(d.slice(0, at)) ?? []), d.slice(at + 1)]);
  }
  const rows: ImageRow[] = [];
  for (const [repo, ts] of tags) {
    const ds = digests ? (dgs.get(repo) ?? []) : [];
    dgs.delete(repo);
    for (const tag of ts) {
      if (!ds.length) rows.push({ repo, tag, digest: '<none>', image: i });
      for (const d of ds) rows.push({ repo, tag, digest: d, image: i });
    }
  }
  for (const [repo, ds] of dgs) {
    if (digests) for (const d of ds) rows.push({ repo, tag: '<none>', digest: d, image: i });
    else rows.push({ repo, tag: '<none>', digest: '', image: i });
  }
  return rows;
}

export interface ImagesOptions { quiet?: boolean; all?: boolean; digests?: boolean; noTrunc?: boolean; filter?: string[] }

/** The rows of `keel images` (docker's table: REPOSITORY, TAG, [DIGEST,] IMAGE ID, CREATED, SIZE). */
export function imageRows(images: ImageSummary[], now = Date.now(), o: ImagesOptions = {}): string[][] {
  const rows: string[][] = [];
  for (const i of images) {
    for (const r of imageRefRows(i, o.digests)) {
      const id = o.noTrunc ? i.Id : truncateId(i.Id);
      rows.push([r.repo, r.tag, ...(o.digests ? [r.digest] : []), id, ago(i.Created, now), humanSize(i.Size)]);
    }
  }
  return rows;
}

/** --filter key=value flags as the API's filters JSON ({"key": {"value": true}}). */
export function filtersQuery(flags: string[] = [], extra: Record<string, string[]> = {}): string {
  const f: Record<string, Record<string, boolean>> = {};
  for (const [k, vs] of Object.entries(extra)) for (const v of vs) (f[k] ??= {})[v] = true;
  for (const flag of flags) {
    const i = flag.indexOf('=');
    if (i <= 0) throw new CliError(`bad format of filter (expected name=value)`, 1);
    (f[flag.slice(0, i)] ??= {})[flag.slice(i + 1)] = true;
  }
  return Object.keys(f).length ? JSON.stringify(f) : '';
}

export async function imagesCommand(ctx: Context, ref: string | undefined, opts: ImagesOptions): Promise<void> {
  const q = new URLSearchParams();
  if (opts.all) q.set('all', '1');
  const filters = filtersQuery(opts.filter, ref ? { reference: [ref] } : {});
  if (filters) q.set('filters', filters);
  const images = await ctx.api().get<ImageSummary[]>(`${V}/images/json${q.size ? `?${q}` : ''}`);
  if (opts.quiet) {
    const ids = images.flatMap((i) => imageRefRows(i).map(() => (opts.noTrunc ? i.Id : truncateId(i.Id))));
    if (ids.length) ctx.io.out(ids.join('\n'));
    return;
  }
  const headers = ['REPOSITORY', 'TAG', ...(opts.digests ? ['DIGEST'] : []), 'IMAGE ID', 'CREATED', 'SIZE'];
  ctx.io.out(formatTable(headers, imageRows(images, Date.now(), opts)).join('\n'));
}

export async function imageInspectCommand(ctx: Context, names: string[]): Promise<void> {
  const api = ctx.api();
  const found: unknown[] = [];
  const missing: string[] = [];
  for (const n of names) {
    const r = await api.request('GET', `${V}/images/${n}/json`);
    if (r.status === 404) missing.push(n);
    else found.push(api.parse(r, 'GET', 'image'));
  }
  ctx.io.out(JSON.stringify(found, null, 4));
  if (missing.length) throw new CliError(missing.map((n) => `Error: No such image: ${n}`).join('\n'), 1);
}

export interface HistoryItem { Id: string; Created: number; CreatedBy: string; Size: number; Comment: string; Tags: string[] | null }

/** The rows of `keel history`: docker's IMAGE, CREATED, CREATED BY (45 characters unless no-trunc), SIZE, COMMENT. */
export function historyRows(items: HistoryItem[], o: { noTrunc?: boolean; human?: boolean } = {}, now = Date.now()): string[][] {
  const human = o.human !== false;
  return items.map((h) => {
    const by = h.CreatedBy.replace(/\t/g, ' ');
    return [
      o.noTrunc ? h.Id : truncateId(h.Id),
      human ? ago(h.Created, now) : new Date(h.Created * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      o.noTrunc ? by : truncate(by, 45),
      human ? humanSize(h.Size) : String(h.Size),
      h.Comment,
    ];
  });
}

export async function historyCommand(ctx: Context, name: string, o: { noTrunc?: boolean; quiet?: boolean; human?: boolean }): Promise<void> {
  const items = await ctx.api().get<HistoryItem[]>(`${V}/images/${name}/history`);
  if (o.quiet) {
    if (items.length) ctx.io.out(items.map((h) => (o.noTrunc ? h.Id : truncateId(h.Id))).join('\n'));
    return;
  }
  ctx.io.out(formatTable(['IMAGE', 'CREATED', 'CREATED BY', 'SIZE', 'COMMENT'], historyRows(items, o)).join('\n'));
}

/** "repo[:tag]" as the API's repo and tag parameters. */
export function repoAndTag(ref: string): { repo: string; tag: string } {
  if (ref.includes('@')) throw new CliError(`refusing to create a tag with a digest reference`, 1);
  const [repo, tag] = splitTag(ref);
  return { repo, tag: tag === '<none>' ? '' : tag };
}

export async function tagCommand(ctx: Context, source: string, target: string): Promise<void> {
  const { repo, tag } = repoAndTag(target);
  const q = new URLSearchParams({ repo });
  if (tag) q.set('tag', tag);
  await ctx.api().json('POST', `${V}/images/${source}/tag?${q}`);
}

interface DeleteItem { Untagged?: string; Deleted?: string }

export async function imagePruneCommand(ctx: Context, o: { all?: boolean; force?: boolean; filter?: string[] }): Promise<void> {
  if (!o.force) {
    const what = o.all ? 'all images without at least one container associated to them' : 'all dangling images';
    if (!(await confirm(`WARNING! This will remove ${what}.\nAre you sure you want to continue? [y/N] `))) return;
  }
  const filters = filtersQuery(o.filter, { dangling: [o.all ? 'false' : 'true'] });
  const r = await ctx.api().json<{ ImagesDeleted: DeleteItem[] | null; SpaceReclaimed: number }>('POST', `${V}/images/prune?filters=${encodeURIComponent(filters)}`);
  const lines: string[] = [];
  if (r.ImagesDeleted?.length) {
    lines.push('Deleted Images:', ...r.ImagesDeleted.map((d) => (d.Untagged ? `untagged: ${d.Untagged}` : `deleted: ${d.Deleted}`)), '');
  }
  lines.push(`Total reclaimed space: ${humanSize(r.SpaceReclaimed ?? 0, 4)}`);
  ctx.io.out(lines.join('\n'));
}

/** Asks on stdout, reads one line of stdin: y or Y goes on. */
async function confirm(question: string): Promise<boolean> {
  process.stdout.write(question);
  const line = await new Promise<string>((resolve) => {
    let buf = '';
    const onData = (d: Buffer) => {
      buf += String(d);
      if (buf.includes('\n')) done();
    };
    const done = () => {
      process.stdin.off('data', onData);
      process.stdin.off('end', done);
      process.stdin.pause();
      resolve(buf.split('\n')[0] ?? '');
    };
    process.stdin.on('data', onData);
    process.stdin.once('end', done);
  });
  return /^y(es)?$/i.test(line.trim());
}

export async function commitCommand(ctx: Context, container: string, ref: string | undefined, o: { author?: string; message?: string; change?: string[]; pause?: boolean }): Promise<void> {
  const q = new URLSearchParams({ container });
  if (ref) {
    const { repo, tag } = repoAndTag(ref);
    q.set('repo', repo);
    if (tag) q.set('tag', tag);
  }
  if (o.message) q.set('comment', o.message);
  if (o.author) q.set('author', o.author);
  for (const c of o.change ?? []) q.append('changes', c);
  if (o.pause === false) q.set('pause', '0');
  const r = await ctx.api().json<{ Id: string }>('POST', `${V}/commit?${q}`);
  ctx.io.out(r.Id);
}

export async function rmiCommand(ctx: Context, names: string[], opts: { force?: boolean; prune?: boolean }): Promise<void> {
  let failed = 0;
  for (const name of names) {
    const q = new URLSearchParams();
    if (opts.force) q.set('force', '1');
    if (opts.prune === false) q.set('noprune', '1');
    try {
      const r = await ctx.api().json<({ Untagged?: string; Deleted?: string })[]>('DELETE', `${V}/images/${name}${q.size ? `?${q}` : ''}`);
      for (const e of r ?? []) ctx.io.out(e.Untagged !== undefined ? `Untagged: ${e.Untagged}` : `Deleted: ${e.Deleted}`);
    } catch (err) {
      if (!(err instanceof CliError)) throw err;
      ctx.io.err(err.message);
      failed++;
    }
  }
  if (failed) throw new CliError('', 1);
}

export interface ProgressLine {
  id?: string;
  status?: string;
  progress?: string;
  progressDetail?: { current?: number; total?: number };
  error?: string;
  errorDetail?: { message?: string };
  stream?: string;
}

/** The JSON lines of a progress stream (import, pull); the last status, or the in-band error thrown. */
export async function readProgress(res: NodeJS.ReadableStream, onLine: (l: ProgressLine) => void = () => undefined): Promise<string> {
  let text = '';
  let last = '';
  const handle = (raw: string) => {
    const line = raw.trim();
    if (!line) return;
    let l: ProgressLine;
    try {
      l = JSON.parse(line) as ProgressLine;
    } catch {
      throw new CliError(`the daemon sent a progress line that is not JSON: ${line.slice(0, 120)}`);
    }
    if (l.error !== undefined || l.errorDetail) throw new CliError(l.errorDetail?.message ?? l.error ?? 'unknown error');
    if (l.status) last = l.status;
    onLine(l);
  };
  for await (const chunk of res) {
    text += String(chunk);
    const lines = text.split('\n');
    text = lines.pop() ?? '';
    lines.forEach(handle);
  }
  handle(text);
  return last;
}

export async function importCommand(ctx: Context, file: string, ref: string | undefined, opts: { change?: string[]; message?: string }): Promise<void> {
  const q = new URLSearchParams({ fromSrc: '-' });
  if (ref) q.set('repo', ref);
  for (const c of opts.change ?? []) q.append('changes', c);
  if (opts.message) q.set('message', opts.message);
  const src = file === '-' ? process.stdin : createReadStream(file);
  if (file !== '-') {
    await new Promise<void>((resolve, reject) => {
      (src as ReturnType<typeof createReadStream>).once('open', () => resolve());
      src.once('error', (err: NodeJS.ErrnoException) => reject(new CliError(`open ${file}: ${err.code === 'ENOENT' ? 'no such file or directory' : err.message}`)));
    });
  }
  const res = await ctx.api().open('POST', `${V}/images/create?${q}`, src);
  const id = await readProgress(res);
  ctx.io.out(id);
}
