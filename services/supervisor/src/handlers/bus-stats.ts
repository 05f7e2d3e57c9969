import type { keel } from '../../../../proto';
import { type JobCtx, NotFoundError, kitContract } from '../../../kit/src';
import type { SupervisorState } from '../state';

/** Per-job counters and latency of every service (or one), as each service's kit keeps them. */
export async function busStats(req: keel.keeld.v1.BusStatsRequest, ctx: SupervisorState & JobCtx): Promise<keel.keeld.v1.IBusStatsResponse> {
  const names = ['keeld', ...ctx.children.map((c) => c.name)];
  if (req.service && !names.includes(req.service)) throw new NotFoundError(`service ${JSON.stringify(req.service)}`);
  const wanted = req.service ? [req.service] : names;
  const results = await Promise.allSettled(wanted.map((name) => ctx.call(kitContract(name), 'service.metrics', {}, { timeoutMs: 2_000 })));
  return {
    services: results.map((r, i) => (r.status === 'fulfilled' ? r.value : { service: wanted[i], jobs: [] })),
  };
}
