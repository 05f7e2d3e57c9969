import type { keel } from '../../../../proto';
import { ConflictError, type JobCtx, wrap } from '../../../kit/src';
import { execd } from '../peers';
import type { EngineState } from '../state';

/** docker stats, one sample: execd reads the container's cgroup (zeros when it does not run). */
export async function containerStats(req: keel.engine.v1.ContainerStatsRequest, ctx: EngineState & JobCtx): Promise<keel.engine.v1.IContainerStatsResponse> {
  const row = ctx.containers.resolve(req.id);
  if (row.phase !== 'running') return { id: row.id, name: row.name, stats: { readMs: Date.now(), running: false } };
  const r = await ctx.call(execd, 'task.stats', { containerId: row.id });
  return { id: row.id, name: row.name, stats: r.stats };
}

/** docker top: ps's rows of the container's processes. */
export async function containerTop(req: keel.engine.v1.ContainerTopRequest, ctx: EngineState & JobCtx): Promise<keel.engine.v1.IContainerTopResponse> {
  const row = ctx.containers.resolve(req.id);
  if (row.phase !== 'running') throw new ConflictError(`Container ${row.id} is not running`);
  const r = await ctx.call(execd, 'task.top', { containerId: row.id, psArgs: req.psArgs ?? [] });
  return { titles: r.titles, processes: r.processes };
}

/** docker pause: its cgroup frozen; status "paused" until unpaused or it exits. */
export async function containerPause(req: keel.engine.v1.PauseContainerRequest, ctx: EngineState & JobCtx): Promise<keel.engine.v1.IPauseContainerResponse> {
  const row = ctx.containers.resolve(req.id);
  if (row.phase !== 'running') throw new ConflictError(`Container ${row.id} is not running`);
  if (ctx.containers.paused.has(row.id)) throw new ConflictError(`Container ${row.id} is already paused`);
  try {
    await ctx.call(execd, 'task.pause', { containerId: row.id });
  } catch (err) {
    throw wrap(err, `Cannot pause container ${row.id}`);
  }
  ctx.containers.paused.add(row.id);
  ctx.log.info({ id: row.id, name: row.name }, 'container paused');
  return {};
}

/** docker unpause. */
export async function containerUnpause(req: keel.engine.v1.UnpauseContainerRequest, ctx: EngineState & JobCtx): Promise<keel.engine.v1.IUnpauseContainerResponse> {
  const row = ctx.containers.resolve(req.id);
  if (row.phase !== 'running' || !ctx.containers.paused.has(row.id)) throw new ConflictError(`Container ${row.id} is not paused`);
  try {
    await ctx.call(execd, 'task.resume', { containerId: row.id });
  } catch (err) {
    throw wrap(err, `Cannot unpause container ${row.id}`);
  }
  ctx.containers.paused.delete(row.id);
  ctx.log.info({ id: row.id, name: row.name }, 'container unpaused');
  return {};
}
