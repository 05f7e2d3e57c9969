import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { keel } from '../../../../proto';
import { ConflictError, FailedPreconditionError, InternalError, type JobCtx, wrap } from '../../../kit/src';
import type { ExecdState } from '../state';
import { buildExecPlan } from '../task/exec-plan';
import { checkIoDir } from '../task/plan';
import { readRootfsFile } from '../task/rootfs';
import { startShim } from '../task/shim';
import type { StartFailure } from '../task/store';
import { resolveUser } from '../task/user';
import { waitUntil } from '../task/watch';

const START_TIMEOUT_MS = 30_000;
/** An attached exec's output waits this long at most for its client. */
const EXEC_HOLD_MS = 10_000;

/** Docker's words for an exec that could not start (the docker CLI prints them). */
export function execFailure(cmd: string, f: StartFailure): string {
  if (f.step === 'lookup') return `OCI runtime exec failed: exec failed: unable to start container process: exec: "${cmd}": executable file not found in $PATH: unknown`;
  if (f.step === 'exec') return `OCI runtime exec failed: exec failed: unable to start container process: exec: "${cmd}": ${f.code === 'EACCES' ? 'permission denied' : `stat ${f.path}: ${f.message.toLowerCase()}`}: unknown`;
  if (f.step === 'cwd') return `OCI runtime exec failed: exec failed: unable to start container process: chdir to cwd ("${f.path}") set in config.json failed: ${f.message.toLowerCase()}: unknown`;
  return `OCI runtime exec failed: exec failed: unable to start container process: ${f.step}: ${[f.syscall, f.path].filter(Boolean).join(' ')}: ${f.message || f.code}: unknown`;
}

/**
 * Starts an exec: its plan from the container's (exec-plan.ts), then keel-shim in exec mode;
 * returns once the process has exec'd, or with the failure (it never ran: exit code 126 on record).
 * An attached exec's output is held until its client connects.
 */
export async function startExec(req: keel.execd.v1.StartExecRequest, ctx: ExecdState & JobCtx): Promise<keel.execd.v1.IStartExecResponse> {
  const rec = ctx.execs.get(req.execId);
  const dir = ctx.execs.dir(req.execId);
  const cid = rec.containerId;
  return await ctx.tasks.locked(`exec:${rec.id}`, async () => {
    if (ctx.execs.status(rec.id).status !== 'created') throw new ConflictError(`Error: Exec command ${rec.id} is already running`);
    const task = ctx.tasks.status(cid);
    if (task.status !== 'running') throw new ConflictError(`Container ${cid} is not running`);
    if (!ctx.runtimePaths.native) throw new FailedPreconditionError('keel-shim is not built: no exec');
    const ioDir = checkIoDir(ctx.execs.ioDir(rec.id));
    try {
      const user = rec.user ? resolveUser(rec.user, readRootfsFile(task.record.rootfs, 'etc/passwd'), readRootfsFile(task.record.rootfs, 'etc/group')) : null;
      const plan = buildExecPlan(readFileSync(join(ctx.tasks.bundle(cid), 'plan')), {
        execId: rec.id, pid: task.started.pid, args: rec.args, env: rec.env, cwd: rec.cwd, user,
        stdio: { tty: rec.tty, openStdin: rec.openStdin, stdinOnce: rec.openStdin, consoleHeight: 0, consoleWidth: 0 }, ioDir,
      });
      writeFileSync(join(dir, 'plan'), plan, { mode: 0o600 });
      if (!req.detach) writeFileSync(join(dir, 'hold'), String(EXEC_HOLD_MS), { mode: 0o600 });
      mkdirSync(ioDir, { recursive: true, mode: 0o700 });
    } catch (err) {
      throw wrap(err, `exec in container ${cid}`);
    }
    let spawnFailure: Error | null = null;
    startShim(ctx.runtimePaths.native, dir).then(
      ({ exitCode, signal }) => { if (exitCode !== 0) spawnFailure = new Error(`keel-shim exited with ${signal ? `signal ${signal}` : `code ${exitCode}`}`); },
      (err: Error) => { spawnFailure = new Error(`keel-shim could not be started: ${err.message}`); },
    );
    const s = await waitUntil(dir, () => {
      const st = ctx.execs.status(rec.id);
      if (st.status !== 'created') return st;
      return spawnFailure ? { status: 'broken' as const } : null;
    }, { signal: ctx.signal, timeoutMs: START_TIMEOUT_MS, pollMs: 20, what: `start exec ${rec.id}` });
    if (s.status === 'broken') throw new InternalError(`start exec ${rec.id}: ${spawnFailure!.message}`);
    if (s.status === 'stopped' && s.failure) return { error: execFailure(rec.args[0], s.failure), exitCode: s.exited.exitCode, ioDir: '' };
    return { pid: s.started?.pid ?? 0, ioDir };
  });
}
