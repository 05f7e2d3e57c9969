import type { FastifyInstance } from 'fastify';
import { InvalidArgumentError } from '../../../../kit/src';
import { callCtx } from '../system/routes';
import type { VolumeBackend } from './backend';
import { dockerVolume, parseFilters } from './docker';

const truthy = (v: unknown) => v === '1' || v === 'true' || v === 'True';
type Q = { filters?: string };

interface CreateBody {
  Name?: string;
  Driver?: string;
  DriverOpts?: Record<string, string> | null;
  Labels?: Record<string, string> | null;
}

function strings(o: unknown, what: string): Record<string, string> {
  if (o === undefined || o === null) return {};
  if (typeof o !== 'object' || Array.isArray(o) || Object.values(o).some((v) => typeof v !== 'string')) {
    throw new InvalidArgumentError(`${what} must be an object of strings`);
  }
  return { ...(o as Record<string, string>) };
}

/** GET /volumes, POST /volumes/create, GET /volumes/{name}, DELETE /volumes/{name}, POST /volumes/prune */
export function volumeRoutes(backend: VolumeBackend) {
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get<{ Querystring: Q }>('/volumes', async (req, reply) => {
      const volumes = await backend.list(parseFilters(req.query.filters), callCtx(req, reply));
      return { Volumes: volumes.map(dockerVolume), Warnings: [] };
    });

    app.post<{ Body: CreateBody | null }>('/volumes/create', async (req, reply) => {
      const b = req.body ?? {};
      if (typeof b !== 'object' || Array.isArray(b)) throw new InvalidArgumentError('the body must be a JSON object');
      if (b.Name !== undefined && typeof b.Name !== 'string') throw new InvalidArgumentError('Name must be a string');
      if (b.Driver !== undefined && typeof b.Driver !== 'string') throw new InvalidArgumentError('Driver must be a string');
      const v = await backend.create({
        name: b.Name ?? '', driver: b.Driver ?? '', labels: strings(b.Labels, 'Labels'), driverOpts: strings(b.DriverOpts, 'DriverOpts'),
      }, callCtx(req, reply));
      return reply.code(201).send(dockerVolume(v));
    });

    app.get<{ Params: { name: string } }>('/volumes/:name', async (req, reply) => dockerVolume(await backend.inspect(req.params.name, callCtx(req, reply))));

    app.delete<{ Params: { name: string }; Querystring: { force?: string } }>('/volumes/:name', async (req, reply) => {
      await backend.remove(req.params.name, truthy(req.query.force), callCtx(req, reply));
      return reply.code(204).send();
    });

    app.post<{ Querystring: Q }>('/volumes/prune', async (req, reply) => {
      const r = await backend.prune(parseFilters(req.query.filters), callCtx(req, reply));
      return { VolumesDeleted: r.volumesDeleted?.length ? r.volumesDeleted : null, SpaceReclaimed: Number(r.spaceReclaimed ?? 0) };
    });
  };
}
