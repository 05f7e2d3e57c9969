import type { keel } from '../../../../../proto';
import type { JobClient } from '../../../../kit/src';
import { engine } from '../../../../engine/src';
import { keeld } from '../../../../supervisor/src';

/** What a request carries into the jobs it causes. */
export interface CallCtx {
  traceId: string;
  signal: AbortSignal;
}

/** The system routes' view of the daemon: narrow, so tests can give a fake one. */
export interface SystemBackend {
  version(c: CallCtx): Promise<keel.engine.v1.IVersionResponse>;
  info(c: CallCtx): Promise<keel.engine.v1.IInfoResponse>;
  services(c: CallCtx): Promise<keel.keeld.v1.IListServicesResponse>;
  restartService(name: string, timeoutS: number, c: CallCtx): Promise<keel.keeld.v1.IRestartServiceResponse>;
  busStats(service: string, c: CallCtx): Promise<keel.keeld.v1.IBusStatsResponse>;
}

export function busSystemBackend(client: JobClient): SystemBackend {
  return {
    version: (c) => client.call(engine, 'system.version', {}, c),
    info: (c) => client.call(engine, 'system.info', {}, c),
    services: (c) => client.call(keeld, 'service.list', {}, c),
    restartService: (name, timeoutS, c) => client.call(keeld, 'service.restart', { name, timeoutS }, { ...c, timeoutMs: (timeoutS || 10) * 1000 + 30_000 }),
    busStats: (service, c) => client.call(keeld, 'bus.stats', { service }, c),
  };
}
