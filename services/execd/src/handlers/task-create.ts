import { mkdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { cgroupLimits, deviceRules } from '../cgroups/limits';
import { release } from 'node:os';
import { isAbsolute, join } from 'node:path';
import type { keel } from '../../../../proto';
import { type JobCtx, FailedPreconditionError, InvalidArgumentError, logRotation, wrap } from '../../../kit/src';
import type { ExecdState } from '../state';
import { confinementOf, hostDeviceTree } from '../task/host';
import { buildPlan, checkIoDir, parseCpuList } from '../task/plan';
import { readRootfsFile } from '../task/rootfs';
import { TaskStore } from '../task/store';
import { addGroups, resolveUser } from '../task/user';
import { resolveMounts } from '../volumes/mounts';

/**
 * Writes the task's bundle (the plan, rendered by the exec driver asked for in HostConfig.Runtime
 * or the default) and makes its cgroup with the limits
 * written. Nothing runs yet. Bad limits are refused before anything is made.
 */
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
  const driver = ctx.exec.choose(req.hostConfig?.runtime ?? '');
  const { limits, warnings } = cgroupLimits(req.hostConfig?.resources, ctx.cgroups, ctx.host);
  if (!ctx.cgroup && Object.keys(limits).length) throw new FailedPreconditionError(`create task ${id}: this execd makes no cgroups, so it cannot apply limits`);
  // privileged: every device (runc's "a *:* rwm"); else Docker's list and each --device
  const devices = req.hostConfig?.security?.privileged ? [{ allow: true, type: 'a' as const, major: -1, minor: -1, access: 'rwm' }]
    : deviceRules((req.hostConfig?.devices ?? []).flatMap(deviceAccess));
  let cgroupMade = false;
  try {
    const mounts = resolveMounts(req.hostConfig?.mounts ?? [], ctx.volumes);
    const group = readRootfsFile(rootfs, 'etc/group');
    const user = addGroups(resolveUser(p.user ?? '', readRootfsFile(rootfs, 'etc/passwd'), group), req.hostConfig?.security?.groupAdd ?? [], group);
    const plan = buildPlan({
      id, rootfs, log: logPath, args: p.args ?? [], env: p.env ?? [], cwd: p.cwd ?? '', hostname: p.hostname ?? '',
      user, networkMode: req.networkMode, kernel: release(), possibleCpus: possibleCpus(), confinement: confinementOf(req.hostConfig),
      init: Boolean(req.hostConfig?.init), logRotation: logRotation(req.hostConfig?.logConfig?.config), mounts: mounts.mounts,
      cgroup: ctx.cgroup ? { version: ctx.cgroup.version, dirs: ctx.cgroup.dirs(id), hierarchies: ctx.cgroup.hierarchies() } : undefined,
      stdio: {
        tty: Boolean(p.tty), openStdin: Boolean(p.openStdin), stdinOnce: Boolean(p.stdinOnce),
        consoleHeight: p.consoleHeight ?? 0, consoleWidth: p.consoleWidth ?? 0,
      },
      ioDir: checkIoDir(ctx.execs.containerIoDir(id)),
    });
    if (plan.ioDir) mkdirSync(plan.ioDir, { recursive: true, mode: 0o700 });
    // the checks are done: now the cgroup, the -v host dirs, the new volumes and their copy-up
    if (ctx.cgroup) {
      ctx.cgroup.create(id, limits, devices);
      cgroupMade = true;
    }
    try {
      mounts.apply(rootfs);
      ctx.tasks.add({ id, rootfs, logPath, createdMs: Date.now(), driver: driver.id, volumes: mounts.volumes }, (bundle) => driver.create(bundle, plan));
    } catch (err) {
      try {
        mounts.undo();
      } catch (undoErr) {
        throw Object.assign(err as Error, { cause: undoErr });
      }
      throw err;
    }
  } catch (err) {
    // nothing ran in it yet: an rmdir of each dir
    if (cgroupMade) ctx.cgroup!.discard(id);
    throw wrap(err, `create task ${id}`);
  }
  for (const w of warnings) ctx.log.warn({ id }, w);
  return { logPath, warnings, execDriver: driver.id };
}

/**
 * A --device's device-cgroup rules: one per node it makes (a directory gives every node under it),
 * read by the same walk that makes the nodes.
 */
function deviceAccess(d: keel.common.v1.IDevice): { type: 'c' | 'b'; major: number; minor: number; access: string }[] {
  const access = d.cgroupPermissions || 'rwm';
  const path = d.pathOnHost ?? '';
  if (!/^[rwm]{1,3}$/.test(access)) throw new InvalidArgumentError(`invalid device cgroup permissions "${access}" for ${path}`);
  const S_IFMT = 0o170000, S_IFCHR = 0o020000;
  return hostDeviceTree(path, d.pathInContainer ?? '').map((n) => ({ type: (n.mode & S_IFMT) === S_IFCHR ? 'c' as const : 'b' as const, major: n.major, minor: n.minor, access }));
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
