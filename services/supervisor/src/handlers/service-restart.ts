import type { keel } from '../../../../proto';
import { InvalidArgumentError, NotFoundError } from '../../../kit/src';
import type { SupervisorState } from '../state';

export async function restartService(req: keel.keeld.v1.RestartServiceRequest, ctx: SupervisorState): Promise<keel.keeld.v1.IRestartServiceResponse> {
  if (req.timeoutS < 0) throw new InvalidArgumentError(`timeout ${req.timeoutS} s is negative`);
  const child = ctx.children.find((c) => c.name === req.name);
  if (!child) throw new NotFoundError(`service ${JSON.stringify(req.name)}`, { detail: `known services: ${ctx.children.map((c) => c.name).join(', ')}` });
  await child.restart(req.timeoutS ? req.timeoutS * 1000 : undefined);
  return { service: ctx.statusOf(child) };
}
