// What the benchmark's two processes share: the contract, the plain subject, how credentials travel.
import { keel } from '../../proto';
import { defineContract } from '../../services/kit/src/contract';

export const SERVICE = 'bench';
export const ECHO_JOB = 'echo.run';

/** One job of our own beside the kit's service.ping/info/metrics; existing messages, no new proto. */
export const benchContract = defineContract(SERVICE, {
  'echo.run': { request: keel.kit.v1.PingRequest, response: keel.kit.v1.PingResponse },
});

/** The same exchange without the job framework: PingRequest bytes in, PingResponse bytes out. */
export const PLAIN_SUBJECT = `keel.${SERVICE}.plain.echo`;

/** Environment variable carrying the service process's bus credentials (JSON BusCredentials). */
export const CREDS_ENV = 'KEEL_BENCH_BUS_CREDS';

/**
 * Environment variable telling the service process what to clean up if the benchmark dies
 * without doing it (SIGKILL): JSON {natsPid, dir}. The service notices by its stdin closing.
 */
export const ORPHAN_ENV = 'KEEL_BENCH_ORPHAN_CLEANUP';
