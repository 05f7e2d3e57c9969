import { keel } from '../../../proto';
import { defineContract } from '../../kit/src/contract';

const v1 = keel.keeld.v1;

/** keeld's jobs: the supervisor as a bus service. */
export const keeld = defineContract('keeld', {
  'service.list': { request: v1.ListServicesRequest, response: v1.ListServicesResponse },
  'service.restart': { request: v1.RestartServiceRequest, response: v1.RestartServiceResponse },
  'bus.stats': { request: v1.BusStatsRequest, response: v1.BusStatsResponse },
});
