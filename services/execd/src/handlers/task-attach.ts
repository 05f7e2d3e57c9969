import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { keel } from '../../../../proto';
import type { JobCtx } from '../../../kit/src';
import type { ExecdState } from '../state';
import { planRecords } from '../task/exec-plan';

/** How long a task started after an attach holds its output for that client. */
export const ATTACH_HOLD_MS = 5_000;

/** The io dir a plan names (tty or open stdin), '' when it has none. */
export function planIoDir(bundleOrDir: string): string {
  try {
    return planRecords(readFileSync(join(bundleOrDir, 'plan'))).find(([k]) => k === 'io-dir')?.[1] ?? '';
  } catch {
    return '';
  }
}

/**
 * Where a container's or exec's stdio is reached (keel-shim's sockets). pending, for a task not
 * started yet: its shim will hold the output until the client is there (BUNDLE/hold).
 */
export function attachTask(req: keel.execd.v1.AttachTaskRequest, ctx: ExecdState & JobCtx): keel.execd.v1.IAttachTaskResponse {
  if (req.execId) {
    const dir = ctx.execs.dir(req.execId);
    return { ioDir: planIoDir(dir), status: ctx.execs.status(req.execId).status };
  }
  const s = ctx.tasks.status(req.containerId);
  const bundle = ctx.tasks.bundle(req.containerId);
  const ioDir = planIoDir(bundle);
  if (req.pending && ioDir && s.status === 'created') writeFileSync(join(bundle, 'hold'), String(ATTACH_HOLD_MS), { mode: 0o600 });
  return { ioDir, status: s.status };
}
