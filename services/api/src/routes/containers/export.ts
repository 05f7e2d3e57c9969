import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { JobClient } from '../../../../kit/src';
import { engine as engineContainers } from '../../../../engine/src';
import { graphd } from '../../../../graphd/src';
import { callCtx } from '../system/routes';
import type { CallCtx } from '../system/backend';
import { startStream } from '../stream';
import { noSuchContainer } from './routes';

/** docker export's view of the daemon: a container's root filesystem written as a tar to a file of ours. */
export interface ExportBackend {
  /** id: a name, id or unique prefix; path: a new file under the data-root */
  exportRootfs(id: string, path: string, c: CallCtx): Promise<void>;
}

/** A large root filesystem takes a while to read. */
const EXPORT_TIMEOUT_MS = 30 * 60_000;

export function busExportBackend(client: JobClient): ExportBackend {
  return {
    exportRootfs: async (id, path, c) => {
      const ctr = (await client.call(engineContainers, 'container.inspect', { id }, c)).container;
      await client.call(graphd, 'rootfs.export', { containerId: ctr?.id ?? id, path }, { ...c, timeoutMs: EXPORT_TIMEOUT_MS });
    },
  };
}

/** GET /containers/{id}/export: the container's filesystem as a tar, written by graphd to a file, streamed, removed. */
export function exportRoutes(backend: ExportBackend, opts: { tmpDir: string }) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get<{ Params: { id: string } }>('/containers/:id/export', async (req, reply) => {
      await mkdir(opts.tmpDir, { recursive: true, mode: 0o700 });
      const file = join(opts.tmpDir, `export-${randomBytes(8).toString('hex')}.tar`);
      try {
        try {
          await backend.exportRootfs(req.params.id, file, callCtx(req, reply));
        } catch (err) {
          throw noSuchContainer(err, req.params.id);
        }
        startStream(req, reply, 'application/x-tar');
        try {
          for await (const c of createReadStream(file, { highWaterMark: 1 << 20 })) {
            if (!reply.raw.write(c)) await new Promise((res) => { reply.raw.once('drain', res); reply.raw.once('close', res); });
            if (reply.raw.destroyed) break;
          }
          reply.raw.end();
        } catch (err) {
          req.log.warn({ err }, 'export: the archive could not be sent whole');
          reply.raw.destroy();
        }
      } finally {
        await rm(file, { force: true });
      }
    });
  };
}
