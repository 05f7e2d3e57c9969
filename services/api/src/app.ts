import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { API_VERSION, type Logger, buildInfo, newTraceId } from '../../kit/src';
import { httpError } from './errors';
import type { ContainerBackend } from './routes/containers/backend';
import { containerRoutes } from './routes/containers/routes';
import { type ExportBackend, exportRoutes } from './routes/containers/export';
import type { ImageBackend } from './routes/images/backend';
import { imageRoutes } from './routes/images/routes';
import type { SystemBackend } from './routes/system/backend';
import { systemRoutes } from './routes/system/routes';
import type { VolumeBackend } from './routes/volumes/backend';
import { volumeRoutes } from './routes/volumes/routes';
import { splitVersion } from './versioning';
import type { ExecBackend } from './routes/exec/backend';
import { execRoutes } from './routes/exec/routes';

export interface AppOptions {
  system: SystemBackend;
  images?: ImageBackend;
  containers?: ContainerBackend;
  /** where uploads (import) wait for graphd: <data-root>/tmp */
  tmpDir?: string;
  /** how often streams that follow a container poll for its exit, besides the wait job */
  exitPollMs?: number;
  /** <data-root>/volumes (inspect's Mounts[].Source of volumes) */
  volumesDir?: string;
  volumes?: VolumeBackend;
  /** docker export (GET /containers/{id}/export) */
  exports?: ExportBackend;
  /** exec, attach with stdin, resize */
  exec?: ExecBackend;
  log?: Logger;
}

const VERSION_ERROR = Symbol('keel.versionError');
const TRACE_HEADER = 'x-keel-trace-id';

/** Docker's JSON error body, with the exact Content-Type the docker CLI parses. */
function sendError(reply: import('fastify').FastifyReply, status: number, message: string) {
  return reply.code(status).header('content-type', 'application/json').send(JSON.stringify({ message }) + '\n');
}

/**
 * The Docker Engine API as a fastify app, kept apart from listening: tests call inject() on it
 * with fake backends, main.ts serves it on every configured listener.
 */
export function buildApp(opts: AppOptions): FastifyInstance {
  const app = Fastify({
    bodyLimit: 1024 * 1024,
    // the trace id of every job this request causes: the client's, when it sends a sane one
    genReqId: (req) => {
      const given = req.headers[TRACE_HEADER];
      return typeof given === 'string' && /^[0-9a-f]{8,32}$/.test(given) ? given : newTraceId();
    },
    rewriteUrl: (req) => {
      const { path, error } = splitVersion(req.url ?? '/');
      if (error) (req as unknown as Record<symbol, string>)[VERSION_ERROR] = error;
      return path;
    },
    ajv: { customOptions: { coerceTypes: true, allErrors: false, removeAdditional: false } },
  });

  // a POST without a body (Content-Length: 0) or with an empty JSON body is an empty body
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    const text = (body as string).trim();
    if (text === '') return done(null, null);
    try {
      done(null, JSON.parse(text));
    } catch (err) {
      const e = new Error(`malformed JSON body: ${(err as Error).message}`) as Error & { statusCode: number };
      e.statusCode = 400;
      done(e, undefined);
    }
  });

  const server = `Keel/${buildInfo().version} (linux)`;
  app.addHook('onRequest', async (req, reply) => {
    const error = (req.raw as unknown as Record<symbol, string>)[VERSION_ERROR];
    if (error) return sendError(reply, 400, error);
  });
  app.addHook('onSend', async (req, reply, payload) => {
    reply.header('Api-Version', API_VERSION).header('Docker-Experimental', 'false').header('Ostype', 'linux')
      .header('Server', server).header('X-Keel-Trace-Id', req.id);
    const ct = reply.getHeader('content-type');
    if (typeof ct === 'string' && ct.startsWith('application/json')) reply.header('content-type', 'application/json');
    return payload;
  });
  app.setErrorHandler((err, req, reply) => {
    const { status, message } = httpError(err);
    if (status >= 500) opts.log?.error({ err, url: req.url, traceId: req.id }, 'request failed');
    return sendError(reply, status, message);
  });
  app.setNotFoundHandler((_req, reply) => sendError(reply, 404, 'page not found'));

  void app.register(systemRoutes(opts.system));
  if (opts.images) void app.register(imageRoutes(opts.images, { tmpDir: opts.tmpDir ?? join(tmpdir(), 'keel-api'), volumesDir: opts.volumesDir }));
  if (opts.containers) void app.register(containerRoutes(opts.containers, { exitPollMs: opts.exitPollMs, volumesDir: opts.volumesDir, interactive: opts.exec }));
  if (opts.exec) void app.register(execRoutes(opts.exec));
  if (opts.volumes) void app.register(volumeRoutes(opts.volumes));
  if (opts.exports) void app.register(exportRoutes(opts.exports, { tmpDir: opts.tmpDir ?? join(tmpdir(), 'keel-api') }));
  return app;
}
