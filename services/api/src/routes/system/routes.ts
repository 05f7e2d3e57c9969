import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { API_VERSION } from '../../versioning';
import type { CallCtx, SystemBackend } from './backend';
import { dockerInfo, dockerVersion, keelBusStats, keelServices } from './docker';

/** The trace id and cancellation a request hands to the jobs it causes. */
export function callCtx(req: FastifyRequest, reply: FastifyReply): CallCtx {
  const ac = new AbortController();
  reply.raw.once('close', () => { if (!reply.raw.writableFinished) ac.abort(); });
  return { traceId: req.id, signal: ac.signal };
}

/** /_ping, /version, /info and keel's own /keel/services and /keel/bus/stats. */
export function systemRoutes(backend: SystemBackend) {
  return async function routes(app: FastifyInstance): Promise<void> {
    // answered by api itself: the docker CLI pings before every command
    app.get('/_ping', async (_req, reply) => {
      reply.header('Cache-Control', 'no-cache, no-store, must-revalidate').header('Pragma', 'no-cache')
        .type('text/plain; charset=utf-8');
      return 'OK';
    });
    app.get('/version', async (req, reply) => dockerVersion(await backend.version(callCtx(req, reply))));
    app.get('/info', async (req, reply) => dockerInfo(await backend.info(callCtx(req, reply))));
    app.get('/keel/services', async (req, reply) => keelServices(await backend.services(callCtx(req, reply))));
    app.post<{ Params: { name: string }; Body: { Timeout?: number } | null }>('/keel/services/:name/restart', {
      schema: {
        params: { type: 'object', properties: { name: { type: 'string', minLength: 1 } }, required: ['name'] },
        body: { type: ['object', 'null'], properties: { Timeout: { type: 'integer', minimum: 0, maximum: 3600 } }, additionalProperties: false },
      },
    }, async (req, reply) => {
      const r = await backend.restartService(req.params.name, req.body?.Timeout ?? 0, callCtx(req, reply));
      return keelServices({ services: r.service ? [r.service] : [] })[0];
    });
    app.get<{ Querystring: { service?: string } }>('/keel/bus/stats', {
      schema: { querystring: { type: 'object', properties: { service: { type: 'string', pattern: '^[a-z-]*$' } }, additionalProperties: false } },
    }, async (req, reply) => keelBusStats(await backend.busStats(req.query.service ?? '', callCtx(req, reply))));
    void API_VERSION;
  };
}
