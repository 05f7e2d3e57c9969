import type { Socket } from 'node:net';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { InvalidArgumentError, KeelError, NotFoundError } from '../../../../kit/src';
import { httpError } from '../../errors';
import { callCtx } from '../system/routes';
import { clientGone, startStream } from '../stream';
import type { Container, ContainerBackend, WaitCondition } from './backend';
import { type CreateBody, containerConfig, createBodySchema, dockerContainerInspect, dockerContainerSummary } from './docker';
import { exitAfter } from './exit';
import { dockerStats } from './stats';
import type { ExecBackend } from '../exec/backend';
import { EarlyInput } from '../exec/pipe';
import { attachInteractive, hijackHead } from '../exec/routes';
import { type FrameOptions, type LogEntry, LogFollower, entryBytes, tailLines } from './logs';

export interface ContainerRoutesOptions {
  /** how often a stream that follows a container asks whether it has exited (fallback to the wait job) */
  exitPollMs?: number;
  /** where execd keeps volumes, <data-root>/volumes: inspect's Mounts[].Source of a volume */
  volumesDir?: string;
  /** attach with stdin (tty or open stdin): keel-shim's stream, through these jobs */
  interactive?: ExecBackend;
}

type Q = Record<string, string | undefined>;
const truthy = (v: unknown) => v === '1' || v === 'true' || v === 'True';
const NAME = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

/** Docker's "No such container: x" for a NOT_FOUND, whatever the engine's wording. */
export function noSuchContainer(err: unknown, id: string): unknown {
  if (err instanceof KeelError && err.code === 'NOT_FOUND' && !/no such container/i.test(err.message)) {
    return new NotFoundError(`No such container: ${id}`, { verbatim: true, cause: err });
  }
  return err;
}

/** ?t=N of stop and restart: whole seconds (negative allowed: -1 = the container's own); absent = null. */
export function stopTimeout(t: string | undefined): number | null {
  if (t === undefined || t === '') return null;
  if (!/^-?\d+$/.test(t)) throw new InvalidArgumentError(`invalid value for "t": ${t}: expected an integer number of seconds`);
  return Number(t);
}

/** Docker's "No such image: x" when create meets an unknown image: the docker CLI then tries a pull. */
function noSuchImageOnCreate(err: unknown, image: string): unknown {
  if (err instanceof KeelError && err.code === 'NOT_FOUND' && !/no such image/i.test(err.message)) {
    return new NotFoundError(`No such image: ${image}`, { verbatim: true, cause: err });
  }
  return err;
}

const HIJACK_101 = 'HTTP/1.1 101 UPGRADED\r\nContent-Type: application/vnd.docker.raw-stream\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n';
const HIJACK_200 = 'HTTP/1.1 200 OK\r\nContent-Type: application/vnd.docker.raw-stream\r\n\r\n';

/** The containers' routes: create, start, stop, kill, restart, wait, attach, logs, list, inspect, remove. */
export function containerRoutes(backend: ContainerBackend, opts: ContainerRoutesOptions = {}) {
  const pollMs = opts.exitPollMs ?? 500;

  async function resolve(req: FastifyRequest, reply: FastifyReply, id: string): Promise<Container> {
    try {
      return await backend.inspect(id, callCtx(req, reply));
    } catch (err) {
      throw noSuchContainer(err, id);
    }
  }

  return async function routes(app: FastifyInstance): Promise<void> {
    app.post<{ Querystring: { name?: string }; Body: CreateBody }>('/containers/create', {
      schema: { body: createBodySchema },
    }, async (req, reply) => {
      let name = req.query.name ?? '';
      if (name !== '') {
        if (!NAME.test(name)) throw new InvalidArgumentError(`Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`);
        name = name.replace(/^\//, '');
      }
      const config = containerConfig(req.body ?? {});
      try {
        const r = await backend.create(name, config, callCtx(req, reply));
        return reply.code(201).send({ Id: r.id, Warnings: r.warnings });
      } catch (err) {
        throw noSuchImageOnCreate(err, config.image ?? '');
      }
    });

    app.get<{ Querystring: Q }>('/containers/json', async (req, reply) => {
      const list = await backend.list(truthy(req.query.all), callCtx(req, reply));
      const now = Date.now();
      return list.map((c) => dockerContainerSummary(c, now, opts.volumesDir));
    });

    app.get<{ Params: { id: string } }>('/containers/:id/json', async (req, reply) =>
      dockerContainerInspect(await resolve(req, reply, req.params.id), opts.volumesDir));

    app.post<{ Params: { id: string } }>('/containers/:id/start', async (req, reply) => {
      try {
        const already = await backend.start(req.params.id, callCtx(req, reply));
        return reply.code(already ? 304 : 204).send();
      } catch (err) {
        throw noSuchContainer(err, req.params.id);
      }
    });

    app.post<{ Params: { id: string }; Querystring: Q }>('/containers/:id/stop', async (req, reply) => {
      const t = stopTimeout(req.query.t);
      try {
        const notModified = await backend.stop(req.params.id, t, callCtx(req, reply));
        return reply.code(notModified ? 304 : 204).send();
      } catch (err) {
        throw noSuchContainer(err, req.params.id);
      }
    });

    app.post<{ Params: { id: string }; Querystring: Q }>('/containers/:id/restart', async (req, reply) => {
      const t = stopTimeout(req.query.t);
      try {
        await backend.restart(req.params.id, t, callCtx(req, reply));
        return reply.code(204).send();
      } catch (err) {
        throw noSuchContainer(err, req.params.id);
      }
    });

    app.post<{ Params: { id: string }; Querystring: Q }>('/containers/:id/kill', async (req, reply) => {
      try {
        await backend.kill(req.params.id, req.query.signal ?? '', callCtx(req, reply));
        return reply.code(204).send();
      } catch (err) {
        throw noSuchContainer(err, req.params.id);
      }
    });

    app.post<{ Params: { id: string } }>('/containers/:id/pause', async (req, reply) => {
      try {
        await backend.pause(req.params.id, callCtx(req, reply));
        return reply.code(204).send();
      } catch (err) {
        throw noSuchContainer(err, req.params.id);
      }
    });

    app.post<{ Params: { id: string } }>('/containers/:id/unpause', async (req, reply) => {
      try {
        await backend.unpause(req.params.id, callCtx(req, reply));
        return reply.code(204).send();
      } catch (err) {
        throw noSuchContainer(err, req.params.id);
      }
    });

    app.get<{ Params: { id: string }; Querystring: Q }>('/containers/:id/top', async (req, reply) => {
      const psArgs = (req.query.ps_args ?? '').split(/\s+/).filter(Boolean);
      try {
        const r = await backend.top(req.params.id, psArgs, callCtx(req, reply));
        return { Titles: r.titles, Processes: r.processes };
      } catch (err) {
        throw noSuchContainer(err, req.params.id);
      }
    });

    // one JSON document per sample; stream=false: one, with a second sample a second later for
    // precpu_stats unless one-shot=true; stream=true: one a second until the client goes away
    app.get<{ Params: { id: string }; Querystring: Q }>('/containers/:id/stats', async (req, reply) => {
      const stream = req.query.stream === undefined || req.query.stream === '' || truthy(req.query.stream);
      const oneShot = truthy(req.query['one-shot']);
      if (oneShot && stream) throw new InvalidArgumentError('cannot have stream=true and one-shot=true');
      const sample = async () => {
        try {
          return await backend.stats(req.params.id, callCtx(req, reply));
        } catch (err) {
          throw noSuchContainer(err, req.params.id);
        }
      };
      let pre = await sample();
      const doc = (cur: typeof pre, before: typeof pre | null) => dockerStats(cur.id ?? '', cur.name ?? '', cur.stats, before?.stats);
      if (!stream) {
        if (oneShot || !pre.stats?.running) return doc(pre, null);
        await new Promise((r) => setTimeout(r, 1000));
        return doc(await sample(), pre);
      }
      startStream(req, reply, 'application/json');
      const gone = clientGone(reply);
      const out = reply.raw;
      out.write(`${JSON.stringify(doc(pre, null))}\n`);
      try {
        while (!gone.aborted && pre.stats?.running) {
          await new Promise((r) => setTimeout(r, 1000));
          if (gone.aborted) break;
          const cur = await sample();
          out.write(`${JSON.stringify(doc(cur, pre))}\n`);
          pre = cur;
        }
      } catch (err) {
        req.log.warn({ err }, 'stats stream ended');
      } finally {
        if (!out.destroyed) out.end();
      }
    });

    app.delete<{ Params: { id: string }; Querystring: Q }>('/containers/:id', async (req, reply) => {
      try {
        await backend.remove(req.params.id, truthy(req.query.force), callCtx(req, reply));
        return reply.code(204).send();
      } catch (err) {
        throw noSuchContainer(err, req.params.id);
      }
    });

    // headers at once (the docker CLI sends start only after it has them), the body at exit
    app.post<{ Params: { id: string }; Querystring: Q }>('/containers/:id/wait', async (req, reply) => {
      const condition = (req.query.condition || 'not-running') as WaitCondition;
      if (!['not-running', 'next-exit', 'removed'].includes(condition)) {
        throw new InvalidArgumentError(`wait condition "${condition}": expected not-running, next-exit or removed`);
      }
      const c = await resolve(req, reply, req.params.id);
      startStream(req, reply, 'application/json');
      const signal = clientGone(reply);
      let body: { Error: { Message: string } | null; StatusCode: number };
      try {
        const r = await backend.wait(c.id ?? req.params.id, condition, { traceId: req.id, signal });
        body = { Error: r.error ? { Message: r.error } : null, StatusCode: r.statusCode };
      } catch (err) {
        if (signal.aborted) return;
        body = { Error: { Message: httpError(err).message }, StatusCode: -1 };
      }
      reply.raw.end(`${JSON.stringify(body)}\n`);
    });

    app.get<{ Params: { id: string }; Querystring: Q }>('/containers/:id/logs', async (req, reply) => {
      const q = req.query;
      const fo: FrameOptions = { stdout: truthy(q.stdout), stderr: truthy(q.stderr), timestamps: truthy(q.timestamps), tty: false };
      if (!fo.stdout && !fo.stderr) throw new InvalidArgumentError('Bad parameters: you must choose at least one stream');
      const tail = q.tail === undefined || q.tail === '' || q.tail === 'all' ? -1 : Number(q.tail);
      if (!Number.isInteger(tail) || tail < -1) throw new InvalidArgumentError(`tail=${q.tail}: expected a number of lines or "all"`);
      const c = await resolve(req, reply, req.params.id);
      fo.tty = Boolean(c.config?.tty);
      const logPath = c.logPath || (await backend.logs(c.id ?? '', callCtx(req, reply))).logPath;
      const follow = truthy(q.follow) && c.state?.status === 'running';

      startStream(req, reply, null);
      const gone = clientGone(reply);
      const out = reply.raw;
      let initial: LogEntry[] | null = [];
      const follower = new LogFollower(logPath, 'start', (e) => {
        if (initial) initial.push(e);
        else write(e);
      });
      const write = (e: LogEntry) => {
        const b = entryBytes(e, fo);
        if (b && !out.destroyed) out.write(b);
      };
      gone.addEventListener('abort', () => void follower.close(), { once: true });
      try {
        await follower.start(follow);
        const first = initial;
        initial = null;
        for (const e of tailLines(first ?? [], tail)) write(e);
        if (follow) {
          await exitAfter(backend, c, gone, req.id, pollMs);
          await follower.readAvailable();
        }
      } catch (err) {
        req.log.warn({ err }, 'reading the log failed');
      } finally {
        await follower.close();
        if (!out.destroyed) out.end();
      }
    });

    // hijacked: HTTP 101, then the container's output on the raw socket, framed unless TTY
    app.post<{ Params: { id: string }; Querystring: Q }>('/containers/:id/attach', async (req, reply) => {
      const q = req.query;
      const c = await resolve(req, reply, req.params.id);
      const fo: FrameOptions = { stdout: truthy(q.stdout), stderr: truthy(q.stderr), timestamps: false, tty: Boolean(c.config?.tty) };
      const logPath = c.logPath || (await backend.logs(c.id ?? '', callCtx(req, reply))).logPath;
      const status = c.state?.status ?? 'created';
      const stream = truthy(q.stream);

      const socket: Socket = req.raw.socket;
      if (opts.interactive && stream && (c.config?.tty || c.config?.openStdin)) {
        const early = new EarlyInput(socket);
        reply.hijack();
        socket.setNoDelay(true);
        socket.write(hijackHead(req, false, Boolean(c.config?.tty)));
        const ac = new AbortController();
        socket.once('close', () => ac.abort());
        try {
          // logs=1: the log so far, as the stream would have carried it (the selected streams only)
          const replay = truthy(q.logs) ? async () => {
            const past = new LogFollower(logPath, 'start', (e) => {
              const b = entryBytes(e, fo);
              if (b && !socket.destroyed) socket.write(b);
            });
            try {
              await past.start(false);
            } finally {
              await past.close();
            }
          } : undefined;
          await attachInteractive(opts.interactive, req, early, {
            id: c.id ?? req.params.id, tty: Boolean(c.config?.tty), stdinOnce: Boolean(c.config?.stdinOnce), signal: ac.signal,
            streams: { stdout: fo.stdout, stderr: fo.stderr }, replay,
          });
        } catch (err) {
          req.log.warn({ err }, 'attach stream failed');
          if (!socket.destroyed) socket.end();
        }
        return;
      }
      reply.hijack();
      socket.setNoDelay(true);
      socket.write(req.headers.upgrade ? HIJACK_101 : HIJACK_200);
      // stdin is not plumbed into containers yet: read and drop it. The client's half-close
      // (it shuts its write side at once when stdin is not attached) is only stdin's EOF.
      socket.on('data', () => undefined);
      socket.on('end', () => undefined);

      const ac = new AbortController();
      const onClose = () => ac.abort();
      socket.once('close', onClose);
      socket.once('error', onClose);
      const follower = new LogFollower(logPath, truthy(q.logs) || status === 'created' ? 'start' : 'end', (e) => {
        const b = entryBytes(e, fo);
        if (b && !socket.destroyed) socket.write(b);
      });
      try {
        const live = stream && (status === 'created' || status === 'running');
        // the exit is awaited from before the log is read, so none is missed
        const exited = live ? exitAfter(backend, c, ac.signal, req.id, pollMs) : Promise.resolve();
        await follower.start(live);
        await exited;
        await follower.readAvailable();
        // keel-shim reports the exit after the last write; one more look for safety
        await new Promise((r) => setTimeout(r, 10));
        await follower.readAvailable();
      } catch (err) {
        req.log.warn({ err }, 'attach stream failed');
      } finally {
        ac.abort();
        await follower.close();
        if (!socket.destroyed) socket.end();
      }
    });
  };
}
