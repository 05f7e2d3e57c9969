// keel save, load, export: image archives and container filesystems as tar streams.
import { createReadStream, createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Context } from '../context';
import { CliError } from '../errors';
import { API_VERSION } from '../http';
import { ProgressView } from '../progress';
import { readProgress } from './images';

const V = `/v${API_VERSION}`;

/** The tar a GET answers with, into FILE (removed again if the stream breaks) or stdout (never a terminal). */
async function download(ctx: Context, path: string, output: string | undefined, what: string): Promise<void> {
  if (!output && process.stdout.isTTY) {
    throw new CliError(`cowardly refusing to save to a terminal. Use the -o flag or redirect`);
  }
  const res = await ctx.api().open('GET', path);
  if (!output) {
    await pipeline(res, process.stdout);
    return;
  }
  try {
    await pipeline(res as Readable, createWriteStream(output, { mode: 0o644 }));
  } catch (err) {
    await rm(output, { force: true });
    throw new CliError(`${what}: writing ${output}: ${(err as Error).message}`);
  }
  if (!res.complete) {
    await rm(output, { force: true });
    throw new CliError(`${what}: the daemon ended the archive early`);
  }
}

export async function saveCommand(ctx: Context, images: string[], opts: { output?: string; format?: string }): Promise<void> {
  const q = new URLSearchParams();
  for (const i of images) q.append('names', i);
  if (opts.format && opts.format !== 'docker-archive') {
    if (opts.format !== 'oci') throw new CliError(`invalid --format "${opts.format}": docker-archive or oci`);
    q.set('format', opts.format);
  }
  await download(ctx, `${V}/images/get?${q}`, opts.output, 'save');
}

export async function exportCommand(ctx: Context, container: string, opts: { output?: string }): Promise<void> {
  await download(ctx, `${V}/containers/${encodeURIComponent(container)}/export`, opts.output, 'export');
}

export async function loadCommand(ctx: Context, opts: { input?: string; quiet?: boolean }): Promise<void> {
  let src: NodeJS.ReadableStream;
  if (opts.input) {
    const file = createReadStream(opts.input);
    await new Promise<void>((resolve, reject) => {
      file.once('open', () => resolve());
      file.once('error', (err: NodeJS.ErrnoException) => reject(new CliError(`open ${opts.input}: ${err.code === 'ENOENT' ? 'no such file or directory' : err.message}`)));
    });
    src = file;
  } else {
    if (process.stdin.isTTY) throw new CliError('requested load from stdin, but stdin is empty');
    src = process.stdin;
  }
  const res = await ctx.api().open('POST', `${V}/images/load?quiet=${opts.quiet ? 1 : 0}`, src);
  const view = new ProgressView(ctx.io);
  await readProgress(res, (l) => {
    if (l.stream !== undefined) view.message(l.stream.replace(/\n$/, ''));
    else if (!opts.quiet && l.status) {
      const id = l.id ?? '';
      const finished = !l.progressDetail || (l.progressDetail.current ?? 0) >= (l.progressDetail.total ?? 0);
      view.update(id, `${id ? `${id}: ` : ''}${l.status} ${l.progress ?? ''}`.trimEnd(), finished);
    }
  });
}
