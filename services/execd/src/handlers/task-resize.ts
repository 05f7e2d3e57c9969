import { connect } from 'node:net';
import { join } from 'node:path';
import type { keel } from '../../../../proto';
import { ConflictError, InternalError, type JobCtx } from '../../../kit/src';
import type { ExecdState } from '../state';
import { planIoDir } from './task-attach';

/** Sends one request to keel-shim's control.sock and returns its answer line. */
export function control(ioDir: string, request: string, timeoutMs = 5_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = connect(join(ioDir, 'control.sock'));
    let answer = '';
    const timer = setTimeout(() => s.destroy(new Error('no answer')), timeoutMs);
    s.on('connect', () => s.write(`${request}\n`));
    s.on('data', (d) => { answer += String(d); });
    s.on('error', (err) => { clearTimeout(timer); reject(err); });
    s.on('close', () => { clearTimeout(timer); resolve(answer.trim()); });
  });
}

/** The pty's window size of a running container or exec (docker resize); nothing to do without a tty. */
export async function resizeTask(req: keel.execd.v1.ResizeTaskRequest, ctx: ExecdState & JobCtx): Promise<keel.execd.v1.IResizeTaskResponse> {
  const running = req.execId ? ctx.execs.status(req.execId).status === 'running' : ctx.tasks.status(req.containerId).status === 'running';
  const what = req.execId ? `exec ${req.execId}` : `Container ${req.containerId}`;
  if (!running) throw new ConflictError(`${what} is not running`);
  const ioDir = planIoDir(req.execId ? ctx.execs.dir(req.execId) : ctx.tasks.bundle(req.containerId));
  if (!ioDir) return {};
  let answer: string;
  try {
    answer = await control(ioDir, `resize ${req.height} ${req.width}`);
  } catch (err) {
    throw new InternalError(`resize ${what}: ${(err as Error).message}`, { cause: err });
  }
  if (answer !== 'ok') throw new InternalError(`resize ${what}: ${answer.replace(/^error /, '') || 'no answer'}`);
  return {};
}
