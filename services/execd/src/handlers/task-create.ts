import { readFileSync, realpathSync, statSync } from 'node:fs';
import { release } from 'node:os';
import { isAbsolute, join } from 'node:path';
import type { keel } from '../../../../proto';
import { type JobCtx, InvalidArgumentError, logRotation, wrap } from '../../../kit/src';
import type { ExecdState } from '../state';
import { confinementOf } from '../task/host';
import { buildPlan, encodePlan, parseCpuList } from '../task/plan';
import { readRootfsFile } from '../task/rootfs';
import { TaskStore } from '../task/store';
import { addGroups, resolveUser } from '../task/user';
import { resolveMounts } from '../volumes/mounts';

/** Writes the task's bundle: the plan keel-shim will run. Nothing runs yet. */
export function createTask(req: keel.execd.v1.CreateTaskRequest, ctx: ExecdState & JobCtx): keel.execd.v1.ICreateTaskResponse {
  const id = TaskStore.checkId(req.containerId);
  if (!isAbsolute(req.rootfs)) throw new InvalidArgumentError(`create task ${id}: rootfs "${req.rootfs}" is not an absolute path`);
  let rootfs: string;
  try {
    // canonical: keel-shim checks that mount targets resolve inside it, by prefix
    rootfs = realpathSync(req.rootfs);
    if (!statSync(rootfs).isDirectory()) throw new Error('not a directory');
  } catch (err) {
    throw new InvalidArgumentError(`create task ${id}: rootfs ${req.rootfs}: ${(err as Error).message}`);
  }
  const p = req.process ?? { args: [], env: [], cwd: '', user: '', hostname: '' };
  const logPath = join(ctx.tasks.bundle(id), `${id}-json.log`);
  try {
    const mounts = resolveMounts(req.hostConfig?.mounts ?? [], ctx.volumes);
    const group = readRootfsFile(rootfs, 'etc/group');
    const user = addGroups(resolveUser(p.user ?? '', readRootfsFile(rootfs, 'etc/passwd'), group), req.hostConfig?.security?.groupAdd ?? [], group);
    const plan = buildPlan({
      id, rootfs, log: logPath, args: p.args ?? [], env: p.env ?? [], cwd: p.cwd ?? '', hostname: p.hostname ?? '',
      user, networkMode: req.networkMode, kernel: release(), possibleCpus: possibleCpus(), confinement: confinementOf(req.hostConfig),
      init: Boolean(req.hostConfig?.init), logRotation: logRotation(req.hostConfig?.logConfig?.config), mounts: mounts.mounts,
    });
    const bytes = encodePlan(plan);
    // the checks are done: now the -v host dirs, the new volumes and their copy-up
    try {
      mounts.apply(rootfs);
      ctx.tasks.add({ id, rootfs, logPath, createdMs: Date.now(), driver: 'native', volumes: mounts.volumes }, bytes);
    } catch (err) {
      try {
        mounts.undo();
      } catch (undoErr) {
        throw Object.assign(err as Error, { cause: undoErr });
      }
      throw err;
    }
  } catch (err) {
    throw wrap(err, `create task ${id}`);
  }
  return { logPath };
}

let cpus: number[] | undefined;
/** The host's possible CPUs (read once). */
function possibleCpus(): number[] {
  if (!cpus) {
    try {
      cpus = parseCpuList(readFileSync('/sys/devices/system/cpu/possible', 'utf8'));
    } catch {
      cpus = [];
    }
  }
  return cpus;
}
