// keel import, images, rmi.
import { createReadStream } from 'node:fs';
import type { Context } from '../context';
import { CliError } from '../errors';
import { ago, humanSize } from '../format';
import { API_VERSION } from '../http';
import { formatTable } from '../table';

const V = `/v${API_VERSION}`;

export interface ImageSummary {
  Id: string;
  RepoTags: string[] | null;
  Created: number;
  Size: number;
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

/** The rows of `keel images`: one per tag; an untagged image is <none> <none>. */
export function imageRows(images: ImageSummary[], now = Date.now()): string[][] {
  const rows: string[][] = [];
  for (const i of images) {
    const tags = (i.RepoTags ?? []).filter((t) => t !== '<none>:<none>');
    for (const t of tags.length ? tags : ['<none>:<none>']) {
      const [repo, tag] = t === '<none>:<none>' ? ['<none>', '<none>'] : splitTag(t);
      rows.push([repo, tag, shortId(i.Id), ago(i.Created, now), humanSize(i.Size)]);
    }
  }
  return rows;
}

export async function imagesCommand(ctx: Context, opts: { quiet?: boolean; all?: boolean }): Promise<void> {
  const images = await ctx.api().get<ImageSummary[]>(`${V}/images/json${opts.all ? '?all=1' : ''}`);
  if (opts.quiet) {
    const ids = [...new Set(images.map((i) => shortId(i.Id)))];
    if (ids.length) ctx.io.out(ids.join('\n'));
    return;
  }
  ctx.io.out(formatTable(['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE'], imageRows(images)).join('\n'));
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
  status?: string;
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
