import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { keel } from '../../../../../proto';
import { InvalidArgumentError, KeelError, NotFoundError, NotImplementedError } from '../../../../kit/src';
import { httpError } from '../../errors';
import { callCtx } from '../system/routes';
import { clientGone, startStream } from '../stream';
import { parseFilters } from '../volumes/docker';
import type { FilterPairs, ImageBackend } from './backend';
import {
  dockerCommit, dockerDiskUsage, dockerHistory, dockerImageDelete, dockerImageInspect, dockerImagePrune, dockerImageSummary,
  imageNameFromPath, splitRepoTag,
} from './docker';
import { type ArchiveMember, splitArchive, writeArchive } from './archive';

export interface ImageRoutesOptions {
  /** where uploads wait for graphd: <data-root>/tmp */
  tmpDir: string;
  /** <data-root>/volumes (system df's containers' Mounts) */
  volumesDir?: string;
}

/** The `filters` query parameter as key/value pairs. */
export function filterPairs(q: string | undefined): FilterPairs {
  return parseFilters(q).map((kv) => {
    const eq = kv.indexOf('=');
    return { key: kv.slice(0, eq), value: kv.slice(eq + 1) };
  });
}

/** Docker's "No such image: x" for a NOT_FOUND, whatever graphd's wording. */
export function noSuchImage(err: unknown, name: string): unknown {
  if (err instanceof KeelError && err.code === 'NOT_FOUND' && !/no such image/i.test(err.message)) {
    return new NotFoundError(`No such image: ${name}`, { verbatim: true, cause: err });
  }
  return err;
}

const truthy = (v: unknown) => v === '1' || v === 'true' || v === 'True' || v === true;
const asList = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);

export const PULL_NOT_BUILT = 'pulling images is not built yet: keel has no registry client so far; import a root filesystem tarball with `keel import` / `docker import` instead';

/** /images/json, /images/{name}/json, DELETE /images/{name}, POST /images/create (import). */
export function imageRoutes(backend: ImageBackend, opts: ImageRoutesOptions) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get<{ Querystring: { all?: string; filters?: string; filter?: string; digests?: string } }>('/images/json', async (req, reply) => {
      const filters = filterPairs(req.query.filters);
      // API < 1.41's single reference filter
      if (req.query.filter) filters.push({ key: 'reference', value: req.query.filter });
      const images = await backend.list(truthy(req.query.all), callCtx(req, reply), filters);
      return images.map((i) => dockerImageSummary(i));
    });

    // docker save IMAGE...: GET /images/get?names=a&names=b (keel: &format=oci)
    app.get<{ Querystring: { names?: string | string[]; format?: string } }>('/images/get', async (req, reply) =>
      saveArchive(backend, opts, req, reply, asList(req.query.names), req.query.format ?? ''));

    // names go into the path unescaped ("127.0.0.1:5000/bb:1"): match greedily up to the suffix
    app.get<{ Params: { '*': string }; Querystring: { format?: string } }>('/images/*', async (req, reply) => {
      const rest = req.params['*'];
      const saved = imageNameFromPath(rest, '/get');
      if (saved !== null) return saveArchive(backend, opts, req, reply, [saved], req.query.format ?? '');
      const historyOf = imageNameFromPath(rest, '/history');
      if (historyOf !== null && backend.history) {
        try {
          return dockerHistory(await backend.history(historyOf, callCtx(req, reply)));
        } catch (err) {
          throw noSuchImage(err, historyOf);
        }
      }
      const name = imageNameFromPath(rest, '/json');
      if (name === null) return reply.callNotFound();
      try {
        return dockerImageInspect(await backend.inspect(name, callCtx(req, reply)));
      } catch (err) {
        throw noSuchImage(err, name);
      }
    });

    app.post<{ Params: { '*': string }; Querystring: { repo?: string; tag?: string } }>('/images/*', async (req, reply) => {
      const name = imageNameFromPath(req.params['*'], '/tag');
      if (name === null || !backend.tag) return reply.callNotFound();
      try {
        await backend.tag(name, req.query.repo ?? '', req.query.tag ?? '', callCtx(req, reply));
      } catch (err) {
        throw noSuchImage(err, name);
      }
      return reply.code(201).send();
    });

    app.post<{ Querystring: { filters?: string } }>('/images/prune', async (req, reply) => {
      if (!backend.prune) return reply.callNotFound();
      let all = false;
      const filters: FilterPairs = [];
      for (const f of filterPairs(req.query.filters)) {
        if (f.key === 'dangling') {
          const v = f.value.toLowerCase();
          if (!['true', 'false', '1', '0'].includes(v)) throw new InvalidArgumentError(`invalid filter 'dangling=${f.value}'`);
          all = v === 'false' || v === '0';
        } else filters.push(f);
      }
      return dockerImagePrune(await backend.prune(all, filters, callCtx(req, reply)));
    });

    app.post<{ Querystring: Record<string, string | string[] | undefined> }>('/commit', async (req, reply) => {
      if (!backend.commit) return reply.callNotFound();
      const q = req.query;
      const one = (k: string) => { const v = q[k]; return Array.isArray(v) ? (v[v.length - 1] ?? '') : (v ?? ''); };
      const container = one('container');
      if (!container) throw new InvalidArgumentError('commit: no container given (the container parameter is empty)');
      const { repo, tag } = one('repo') ? splitRepoTag(one('repo'), one('tag')) : { repo: '', tag: one('tag') };
      if (!repo && tag) throw new InvalidArgumentError('commit: a tag needs a repository');
      const pause = one('pause') === '' ? true : truthy(one('pause'));
      const image = await backend.commit({
        container, repo, tag, comment: one('comment'), author: one('author'), changes: asList(q.changes), pause,
      }, callCtx(req, reply));
      return reply.code(201).send(dockerCommit(image));
    });

    app.get('/system/df', async (req, reply) => {
      if (!backend.diskUsage) return reply.callNotFound();
      return dockerDiskUsage(await backend.diskUsage(callCtx(req, reply)), Date.now(), opts.volumesDir);
    });

    app.delete<{ Params: { '*': string }; Querystring: { force?: string; noprune?: string } }>('/images/*', async (req, reply) => {
      const name = imageNameFromPath(req.params['*'], null);
      if (name === null) return reply.callNotFound();
      try {
        return dockerImageDelete(await backend.remove(name, truthy(req.query.force), truthy(req.query.noprune), callCtx(req, reply)));
      } catch (err) {
        throw noSuchImage(err, name);
      }
    });

    // import: the body is a tarball of any size, sent chunked, with whatever Content-Type (the
    // docker CLI says text/plain): it goes to a file as it arrives, never into memory
    await app.register(async (upload) => {
      upload.removeAllContentTypeParsers();
      upload.addContentTypeParser('*', (_req, payload, done) => done(null, payload));
      upload.post<{ Querystring: Record<string, string | string[] | undefined>; Body: Readable | null }>('/images/create', async (req, reply) => {
        const q = req.query;
        const one = (k: string) => { const v = q[k]; return Array.isArray(v) ? (v[v.length - 1] ?? '') : (v ?? ''); };
        if (one('fromImage')) throw new NotImplementedError(PULL_NOT_BUILT);
        const fromSrc = one('fromSrc');
        if (fromSrc === '') throw new InvalidArgumentError('POST /images/create needs fromImage (pull) or fromSrc (import)');
        if (fromSrc !== '-') throw new NotImplementedError(`importing from a URL (fromSrc=${fromSrc}) is not built yet: send the tarball as the request body (fromSrc=-)`);
        const { repo, tag } = splitRepoTag(one('repo'), one('tag'));
        const body = req.body;
        if (!body || typeof (body as Readable).pipe !== 'function') throw new InvalidArgumentError('import: the request has no body (send the tarball)');

        await mkdir(opts.tmpDir, { recursive: true, mode: 0o700 });
        const file = join(opts.tmpDir, `import-${randomBytes(8).toString('hex')}.tar`);
        const gone = clientGone(reply);
        let line: string;
        try {
          try {
            await pipeline(body, createWriteStream(file, { mode: 0o600 }));
          } catch (err) {
            throw new InvalidArgumentError(`import: reading the upload: ${(err as Error).message}`, { cause: err });
          }
          // like dockerd: status 200 before the work starts, errors after that in-band
          startStream(req, reply, 'application/json');
          try {
            const image = await backend.import({ sourcePath: file, repo, tag, changes: asList(q.changes), message: one('message') },
              { traceId: req.id, signal: gone });
            line = JSON.stringify({ status: image.id ?? '' });
          } catch (err) {
            line = JSON.stringify(progressError(err));
          }
        } finally {
          await rm(file, { force: true });
        }
        reply.raw.end(`${line}\r\n`);
      });

      // docker load: the body is an image archive of any size; it is split into files as it arrives
      upload.post<{ Querystring: { quiet?: string }; Body: Readable | null }>('/images/load', async (req, reply) => {
        const body = req.body;
        if (!body || typeof (body as Readable).pipe !== 'function') throw new InvalidArgumentError('load: the request has no body (send the image archive)');
        const dir = join(opts.tmpDir, `load-${randomBytes(8).toString('hex')}`);
        await mkdir(dir, { recursive: true, mode: 0o700 });
        try {
          const members = await splitArchive(body, dir);
          // like dockerd: the status goes out with the first progress line; an error before it is
          // the response's status, one after it is the stream's last line
          const quiet = truthy(req.query.quiet);
          const done = new Set<string>();
          let streaming = false;
          const send = (lines: object[]) => {
            if (reply.raw.destroyed) return; // the client went away (clientGone cancels the job)
            if (!streaming) startStream(req, reply, 'application/json');
            streaming = true;
            reply.raw.write(lines.map((l) => `${JSON.stringify(l)}\r\n`).join(''));
          };
          const onProgress = quiet ? undefined : (p: keel.graphd.v1.ILayerProgress) => {
            const current = Number(p.current ?? 0);
            const total = Number(p.total ?? 0);
            if (current >= total) done.add(p.diffId ?? '');
            send([loadingLayer(p.diffId ?? '', current, total)]);
          };
          let r;
          try {
            r = await backend.load(members, { traceId: req.id, signal: clientGone(reply) }, onProgress);
          } catch (err) {
            if (!streaming) throw err;
            if (!reply.raw.destroyed) reply.raw.end(`${JSON.stringify(progressError(err))}\r\n`);
            return;
          }
          send(loadLines(r, quiet, done));
          if (!reply.raw.destroyed) reply.raw.end();
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      });
    });
  };
}

/** docker save: graphd writes the archive's files into a directory of ours; we stream them as one tar, then remove them. */
async function saveArchive(backend: ImageBackend, opts: ImageRoutesOptions, req: FastifyRequest, reply: FastifyReply, names: string[], format: string): Promise<void> {
  if (!names.length) throw new InvalidArgumentError('save: name at least one image (names=…)');
  await mkdir(opts.tmpDir, { recursive: true, mode: 0o700 });
  const dir = join(opts.tmpDir, `save-${randomBytes(8).toString('hex')}`);
  await mkdir(dir, { mode: 0o700 });
  try {
    let members: ArchiveMember[];
    try {
      members = await backend.save(names, format, dir, callCtx(req, reply));
    } catch (err) {
      throw noSuchImage(err, names.length === 1 ? names[0] : names.join(', '));
    }
    startStream(req, reply, 'application/x-tar');
    try {
      await writeArchive(members, reply.raw);
      reply.raw.end();
    } catch (err) {
      // the status is out: cut the stream short, so the client sees a broken archive, never a whole one
      req.log.warn({ err }, 'save: the archive could not be sent whole');
      reply.raw.destroy();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** An error once a progress stream is under way: its last line, as dockerd writes it. */
function progressError(err: unknown): object {
  const { message } = httpError(err);
  return { errorDetail: { message }, error: message };
}

/** One "Loading layer" progress line, as dockerd sends it: the numbers, and the bar older clients show. */
export function loadingLayer(diffId: string, current: number, total: number): object {
  const half = total > 0 ? Math.min(50, Math.floor(Math.floor((current / total) * 100) / 2)) : 0;
  const bar = `[${'='.repeat(half)}>${' '.repeat(50 - half)}]`;
  return {
    status: 'Loading layer', progressDetail: { current, total },
    progress: `${bar} ${humanBytes(current).padStart(8)}/${humanBytes(total)}`, id: diffId.replace(/^sha256:/, '').slice(0, 12),
  };
}

/**
 * What docker load prints once the images are stored: a finished progress line per layer applied
 * (unless quiet, or already sent as it happened: done), then per tag the image it took over (if
 * any) and "Loaded image: …".
 */
export function loadLines(r: keel.graphd.v1.ILoadImageResponse, quiet: boolean, done: Set<string> = new Set()): object[] {
  const lines: object[] = [];
  if (!quiet) {
    for (const l of r.layers ?? []) {
      if (l.existed || done.has(l.diffId ?? '')) continue;
      const n = Number(l.size ?? 0);
      lines.push(loadingLayer(l.diffId ?? '', n, n));
    }
  }
  for (const name of r.loaded ?? []) {
    const before = r.replaced?.[name];
    if (before) lines.push({ stream: `The image ${name} already exists, renaming the old one with ID ${before} to empty string\n` });
    lines.push({ stream: name.startsWith('sha256:') ? `Loaded image ID: ${name}\n` : `Loaded image: ${name}\n` });
  }
  return lines;
}

/** Docker's decimal sizes in progress bars: "1.234MB". */
function humanBytes(n: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let v = n;
  let i = 0;
  while (v >= 1000 && i < units.length - 1) { v /= 1000; i++; }
  return i === 0 ? `${v}B` : `${v.toPrecision(4).replace(/\.?0+$/, '')}${units[i]}`;
}
