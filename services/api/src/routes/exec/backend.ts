import type { keel } from '../../../../../proto';
import type { JobClient } from '../../../../kit/src';
import { engine } from '../../../../engine/src';
import type { CallCtx } from '../system/backend';

/** The interactive routes' view of the daemon (exec, attach with stdin, resize): narrow, so tests can give a fake one. */
export interface ExecBackend {
  createExec(container: string, req: Omit<keel.engine.v1.ICreateExecRequest, 'id'>, c: CallCtx): Promise<string>;
  startExec(execId: string, detach: boolean, c: CallCtx): Promise<keel.execd.v1.IStartExecResponse>;
  inspectExec(execId: string, c: CallCtx): Promise<keel.execd.v1.IInspectExecResponse>;
  resizeExec(execId: string, height: number, width: number, c: CallCtx): Promise<void>;
  /** where a container's stdio is; pending: the client is there before the start */
  attach(container: string, pending: boolean, c: CallCtx): Promise<{ id: string; ioDir: string; status: string }>;
  resize(container: string, height: number, width: number, c: CallCtx): Promise<void>;
}

export function busExecBackend(client: JobClient): ExecBackend {
  return {
    createExec: async (id, req, c) => (await client.call(engine, 'container.exec.create', { id, ...req }, c)).execId,
    startExec: async (execId, detach, c) => (await client.call(engine, 'container.exec.start', { execId, detach }, { ...c, timeoutMs: 60_000 })).start ?? {},
    inspectExec: async (execId, c) => (await client.call(engine, 'container.exec.inspect', { execId }, c)).exec ?? {},
    resizeExec: async (execId, height, width, c) => { await client.call(engine, 'container.exec.resize', { execId, height, width }, c); },
    attach: async (id, pending, c) => {
      const r = await client.call(engine, 'container.attach', { id, pending }, c);
      return { id: r.id, ioDir: r.ioDir, status: r.status };
    },
    resize: async (id, height, width, c) => { await client.call(engine, 'container.resize', { id, height, width }, c); },
  };
}
