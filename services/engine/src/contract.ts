import { keel } from '../../../proto';
import { defineContract } from '../../kit/src/contract';

const v1 = keel.engine.v1;

/** The engine's jobs (keel.engine.<noun>.<verb>). */
export const engine = defineContract('engine', {
  'system.version': { request: v1.VersionRequest, response: v1.VersionResponse },
  'system.info': { request: v1.InfoRequest, response: v1.InfoResponse },
});
