import type { FastifyReply, FastifyRequest } from 'fastify';
import { API_VERSION, buildInfo } from '../../../kit/src';

/** The headers every answer carries (app.ts adds them in onSend; hijacked answers add them here). */
export function daemonHeaders(req: FastifyRequest): Record<string, string> {
  return {
    'Api-Version': API_VERSION,
    'Docker-Experimental': 'false',
    Ostype: 'linux',
    Server: `Keel/${buildInfo().version} (linux)`,
    'X-Keel-Trace-Id': String(req.id),
  };
}

/**
 * Takes the answer over from fastify and sends status and headers at once, chunked: for
 * answers whose body comes later (wait) or as a stream (logs, import progress). The docker CLI
 * waits for these headers before it goes on (wait before start).
 */
export function startStream(req: FastifyRequest, reply: FastifyReply, contentType: string | null, status = 200): void {
  reply.hijack();
  const headers: Record<string, string> = { ...daemonHeaders(req), 'Transfer-Encoding': 'chunked' };
  if (contentType) headers['Content-Type'] = contentType;
  reply.raw.writeHead(status, headers);
  reply.raw.flushHeaders();
}

/** An AbortSignal that fires when the client goes away before the answer is complete. */
export function clientGone(reply: FastifyReply): AbortSignal {
  const ac = new AbortController();
  reply.raw.once('close', () => { if (!reply.raw.writableFinished) ac.abort(); });
  return ac.signal;
}
