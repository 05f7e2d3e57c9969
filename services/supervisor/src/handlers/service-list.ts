import type { keel } from '../../../../proto';
import type { SupervisorState } from '../state';

export function listServices(_req: keel.keeld.v1.ListServicesRequest, ctx: SupervisorState): keel.keeld.v1.IListServicesResponse {
  return { services: ctx.children.map((c) => ctx.statusOf(c)) };
}
