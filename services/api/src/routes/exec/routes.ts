import type { Socket } from 'node:net';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { InvalidArgumentError, KeelError, NotFoundError } from '../../../../kit/src';
import { noSuchContainer } from '../containers/routes';
import { muxFrame } from '../containers/logs';
import { daemonHeaders } from '../stream';
import { callCtx } from '../system/routes';
import type { ExecBackend } from './backend';
import { parseDetachKeys } from './detach-keys';
import { EarlyInput, pipeStdio } from './pipe';

type Q = Record<string, string | undefined>;
const truthy = (v: unknown) => v === '1' || v === 'true' || v === 'True' || v === true;

export interface ExecCreateBody {
  User?: string;
  Privileged?: boolean;
  Tty?: boolean;
  AttachStdin?: boolean;
  AttachStdout?: boolean;
  AttachStderr?: boolean;
  DetachKeys?: string;
  Env?: string[] | null;
  WorkingDir?: string;
  Cmd?: string[] | string | null;
}

const execCreateSchema = {
  type: 'object',
  properties: {
    User: { type: 'string' }, Privileged: { type: 'boolean' }, Tty: { type: 'boolean' }, AttachStdin: { type: 'boolean' },
    AttachStdout: { type: 'boolean' }, AttachStderr: { type: 'boolean' }, DetachKeys: { type: 'string' },
    Env: { type: 'array', nullable: true, items: { type: 'string' } }, WorkingDir: { type: 'string' },
  },
} as const;

/** Docker's "No such exec instance: x". */
function noSuchExec(err: unknown, id: string): unknown {
  if (err instanceof KeelError && err.code === 'NOT_FOUND') return new NotFoundError(`No such exec instance: ${id}`, { verbatim: true, cause: err });
  return err;
}

/** ?h=&w= of the resize routes. */
export function windowSize(q: Q): { height: number; width: number } {
  const h = Number(q.h ?? '0'), w = Number(q.w ?? '0');
  if (!Number.isInteger(h) || !Number.isInteger(w) || h < 0 || w < 0 || h > 65535 || w > 65535) {
    throw new InvalidArgumentError(`invalid resize: h=${q.h ?? ''} w=${q.w ?? ''}: expected whole numbers of rows and columns`);
  }
  return { height: h, width: w };
}

/** The hijack answer; an exec's carries the daemon's headers too (as dockerd's does). */
export function hijackHead(req: FastifyRequest, withHeaders: boolean, tty: boolean): string {
  const type = tty ? 'application/vnd.docker.raw-stream' : 'application/vnd.docker.multiplexed-stream';
  const extra = withHeaders ? Object.entries(daemonHeaders(req)).map(([k, v]) => `${k}: ${v}\r\n`).join('') : '';
  if (!req.headers.upgrade) return `HTTP/1.1 200 OK\r\nContent-Type: ${type}\r\n${extra}\r\n`;
  return `HTTP/1.1 101 UPGRADED\r\nContent-Type: ${type}\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n${extra}\r\n`;
}

/** docker exec: create, start (hijacked), inspect, resize; and the container's resize. */
export function execRoutes(backend: ExecBackend) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.post<{ Params: { id: string }; Body: ExecCreateBody }>('/containers/:id/exec', { schema: { body: execCreateSchema } }, async (req, reply) => {
      const b = req.body ?? {};
      const cmd = typeof b.Cmd === 'string' ? [b.Cmd] : b.Cmd ?? [];
      if (!Array.isArray(cmd) || !cmd.every((x) => typeof x === 'string')) throw new InvalidArgumentError('invalid field "Cmd": expected a list of strings');
      if (cmd.length === 0) throw new InvalidArgumentError('No exec command specified');
      if (b.DetachKeys) parseDetachKeys(b.DetachKeys);
      for (const e of b.Env ?? []) if (!/^[^=]+=/.test(e)) throw new InvalidArgumentError(`invalid environment variable: ${e}`);
      try {
        const id = await backend.createExec(req.params.id, {
          process: { args: cmd, env: b.Env ?? [], cwd: b.WorkingDir ?? '', user: b.User ?? '', tty: Boolean(b.Tty), openStdin: Boolean(b.AttachStdin) },
          attachStdout: Boolean(b.AttachStdout), attachStderr: Boolean(b.AttachStderr), detachKeys: b.DetachKeys ?? '', privileged: Boolean(b.Privileged),
        }, callCtx(req, reply));
        return reply.code(201).send({ Id: id });
      } catch (err) {
        throw noSuchContainer(err, req.params.id);
      }
    });

    app.post<{ Params: { id: string }; Body: { Detach?: boolean; Tty?: boolean } | null }>('/exec/:id/start', async (req, reply) => {
      const id = req.params.id;
      const detach = truthy(req.body?.Detach);
      let exec;
      try {
        exec = await backend.inspectExec(id, callCtx(req, reply));
      } catch (err) {
        throw noSuchExec(err, id);
      }
      const tty = Boolean(exec.process?.tty);
      const socket: Socket = req.raw.socket;
      // what the client sends from now on is the process's stdin: kept until the stream is joined
      const early = detach ? null : new EarlyInput(socket);
      let start;
      try {
        start = await backend.startExec(id, detach, callCtx(req, reply));
      } catch (err) {
        early?.release();
        throw noSuchExec(err, id);
      }
      if (detach) return reply.code(200).send();
      reply.hijack();
      socket.setNoDelay(true);
      socket.write(hijackHead(req, true, tty));
      if (start.error) {
        // Docker's way: the runtime's words on the stream, the exit code in exec inspect
        const text = Buffer.from(`${start.error}\r\n`);
        early!.release();
        socket.end(tty ? text : muxFrame(1, text));
        return;
      }
      await pipeStdio(early!, start.ioDir ?? '', {
        stdin: Boolean(exec.process?.openStdin), tty, stdinOnce: Boolean(exec.process?.openStdin), detachKeys: exec.detachKeys ?? '',
      });
    });

    app.get<{ Params: { id: string } }>('/exec/:id/json', async (req, reply) => {
      let e;
      try {
        e = await backend.inspectExec(req.params.id, callCtx(req, reply));
      } catch (err) {
        throw noSuchExec(err, req.params.id);
      }
      const args = e.process?.args ?? [];
      return {
        ID: e.execId, Running: Boolean(e.running), ExitCode: e.exited ? e.exitCode ?? 0 : null,
        ProcessConfig: { tty: Boolean(e.process?.tty), entrypoint: args[0] ?? '', arguments: args.slice(1), privileged: Boolean(e.privileged), ...(e.process?.user ? { user: e.process.user } : {}) },
        OpenStdin: Boolean(e.process?.openStdin), OpenStderr: Boolean(e.attachStderr), OpenStdout: Boolean(e.attachStdout),
        CanRemove: false, ContainerID: e.containerId, DetachKeys: e.detachKeys ?? '', Pid: e.pid ?? 0,
      };
    });

    app.post<{ Params: { id: string }; Querystring: Q }>('/exec/:id/resize', async (req, reply) => {
      const { height, width } = windowSize(req.query);
      try {
        await backend.resizeExec(req.params.id, height, width, callCtx(req, reply));
      } catch (err) {
        throw noSuchExec(err, req.params.id);
      }
      return reply.code(200).send();
    });

    app.post<{ Params: { id: string }; Querystring: Q }>('/containers/:id/resize', async (req, reply) => {
      const { height, width } = windowSize(req.query);
      try {
        await backend.resize(req.params.id, height, width, callCtx(req, reply));
      } catch (err) {
        throw noSuchContainer(err, req.params.id);
      }
      return reply.code(200).send();
    });
  };
}

/**
 * The container attach of a container with a tty or an open stdin, live: the shim's stream once
 * the container runs (attached before start, its output is held for this client). Resolves when
 * the session ends.
 */
export async function attachInteractive(
  backend: ExecBackend, req: FastifyRequest<{ Params: { id: string }; Querystring: Q }>, early: EarlyInput,
  o: { id: string; tty: boolean; stdinOnce: boolean; signal: AbortSignal; streams?: { stdout: boolean; stderr: boolean }; replay?: () => Promise<void> },
): Promise<void> {
  const q = req.query;
  const ctx = { traceId: req.id, signal: o.signal };
  // logs=1: what the container wrote so far comes first
  await o.replay?.();
  let a = await backend.attach(o.id, true, ctx);
  // attached before start (docker run -it, start -ai): its stream once it runs (an exited
  // container may be started again: waited for while the client stays)
  while (a.status !== 'running' && !o.signal.aborted) {
    await new Promise((r) => setTimeout(r, 20));
    a = await backend.attach(o.id, false, ctx);
  }
  if (o.signal.aborted || a.status !== 'running' || !a.ioDir) {
    early.release();
    if (!early.socket.destroyed) early.socket.end();
    return;
  }
  await pipeStdio(early, a.ioDir, { stdin: truthy(q.stdin), tty: o.tty, stdinOnce: o.stdinOnce, detachKeys: q.detachKeys ?? '', streams: o.streams });
}
