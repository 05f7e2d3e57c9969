import type { keel } from '../../../proto';
import type { ServiceChild } from './service-child';

/** What keeld's handlers see: the supervised children. */
export interface SupervisorState {
  children: ServiceChild[];
  statusOf(c: ServiceChild): keel.keeld.v1.IServiceStatus;
}
