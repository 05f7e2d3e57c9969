import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import type { keel } from '../../../../proto';
import { ConflictError, FailedPreconditionError, InvalidArgumentError, type JobCtx, wrap } from '../../../kit/src';
import type { CgroupDriver } from '../cgroups/driver';
import { netDev, psTable, systemCpuUsage } from '../cgroups/proc';
import type { ExecdState } from '../state';

const run = promisify(execFile);

function cgroupOf(ctx: ExecdState, what: string): CgroupDriver {
  if (!ctx.cgroup) throw new FailedPreconditionError(`${what}: this execd makes no cgroups`);
  return ctx.cgroup;
}

function running(ctx: ExecdState, id: string, what: string) {
  const s = ctx.tasks.status(id);
  if (s.status !== 'running') throw new ConflictError(`${what}: container ${id} is not running`);
  return s;
}

/** docker stats, one sample: the cgroup's counters, the host's CPU time, the task's interfaces. */
export function taskStats(req: keel.execd.v1.TaskStatsRequest, ctx: ExecdState & JobCtx): keel.execd.v1.ITaskStatsResponse {
  const id = req.containerId;
  const s = ctx.tasks.status(id);
  if (s.status !== 'running' || !ctx.cgroup) return { stats: { readMs: Date.now(), running: false } };
  const c = ctx.cgroup.stats(id);
  let networks: keel.execd.v1.INetworkStats[] = [];
  try {
    networks = netDev(readFileSync(`/proc/${s.started.pid}/net/dev`, 'utf8'));
  } catch {
    // exited meanwhile
  }
  return {
    stats: {
      readMs: Date.now(),
      running: true,
      cpuStats: {
        cpuUsage: { totalUsage: c.cpu.totalUsage, percpuUsage: c.cpu.percpuUsage, usageInUsermode: c.cpu.usageInUsermode, usageInKernelmode: c.cpu.usageInKernelmode },
        systemCpuUsage: systemCpuUsage(),
        onlineCpus: ctx.host.cpus.length,
        throttlingData: { periods: c.cpu.periods, throttledPeriods: c.cpu.throttledPeriods, throttledTime: c.cpu.throttledTime },
      },
      memoryStats: c.memory,
      pidsStats: c.pids,
      ioServiceBytes: c.blkio,
      networks,
    },
  };
}

/** docker top: the host's `ps` (default -ef), the rows of the pids in the task's cgroup. */
export async function taskTop(req: keel.execd.v1.TaskTopRequest, ctx: ExecdState & JobCtx): Promise<keel.execd.v1.ITaskTopResponse> {
  const id = req.containerId;
  const what = `top ${id}`;
  const cg = cgroupOf(ctx, what);
  running(ctx, id, what);
  const args = req.psArgs?.length ? req.psArgs : ['-ef'];
  if (args.some((a) => a.includes('\0'))) throw new InvalidArgumentError(`${what}: bad ps arguments`);
  let out: string;
  try {
    out = (await run('ps', args, { maxBuffer: 16 << 20, signal: ctx.signal })).stdout;
  } catch (err) {
    throw new InvalidArgumentError(`${what}: ps ${args.join(' ')}: ${(err as { stderr?: string }).stderr?.trim() || (err as Error).message}`);
  }
  try {
    return psTable(out, cg.pids(id));
  } catch (err) {
    throw new InvalidArgumentError(`Couldn't find PID field in ps output: ${(err as Error).message}`);
  }
}

/** docker pause: the task's cgroup frozen (v1 freezer.state FROZEN, v2 cgroup.freeze 1). */
export async function pauseTask(req: keel.execd.v1.TaskPauseRequest, ctx: ExecdState & JobCtx): Promise<keel.execd.v1.ITaskPauseResponse> {
  const id = req.containerId;
  const cg = cgroupOf(ctx, `pause ${id}`);
  ctx.tasks.get(id);
  return await ctx.tasks.locked(id, async () => {
    running(ctx, id, `pause ${id}`);
    if (cg.frozen(id)) throw new ConflictError(`Container ${id} is already paused`);
    try {
      await cg.freeze(id, true);
    } catch (err) {
      throw wrap(err, `pause ${id}`);
    }
    return {};
  });
}

/** docker unpause: thawed. */
export async function resumeTask(req: keel.execd.v1.TaskResumeRequest, ctx: ExecdState & JobCtx): Promise<keel.execd.v1.ITaskResumeResponse> {
  const id = req.containerId;
  const cg = cgroupOf(ctx, `unpause ${id}`);
  ctx.tasks.get(id);
  return await ctx.tasks.locked(id, async () => {
    running(ctx, id, `unpause ${id}`);
    if (!cg.frozen(id)) throw new ConflictError(`Container ${id} is not paused`);
    try {
      await cg.freeze(id, false);
    } catch (err) {
      throw wrap(err, `unpause ${id}`);
    }
    return {};
  });
}
