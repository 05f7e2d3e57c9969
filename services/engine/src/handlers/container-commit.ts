import type { keel } from '../../../../proto';
import { ConflictError, type JobCtx, KeelError, wrap } from '../../../kit/src';
import { execd, graphd } from '../peers';
import { containerHostname } from '../spec';
import type { EngineState } from '../state';

/** A commit copies a whole writable layer: give it the time an import gets. */
export const COMMIT_TIMEOUT_MS = 30 * 60_000;

/** The container's merged config as the run config of the image it is committed to. */
export function imageConfigOf(id: string, c: keel.engine.v1.IContainerConfig): keel.graphd.v1.IImageConfig {
  return {
    cmd: c.cmd ?? [], cmdSet: !!c.cmdSet, entrypoint: c.entrypoint ?? [], entrypointSet: !!c.entrypointSet,
    env: c.env ?? [], workingDir: c.workingDir ?? '', user: c.user ?? '', labels: c.labels ?? {}, stopSignal: c.stopSignal ?? '',
    origin: {
      hostname: containerHostname(id, c), image: c.image ?? '', tty: !!c.tty, openStdin: !!c.openStdin, stdinOnce: !!c.stdinOnce,
      attachStdin: !!c.attachStdin, attachStdout: !!c.attachStdout, attachStderr: !!c.attachStderr,
    },
  };
}

/**
 * docker commit: the container's changes become a new image (graphd's rootfs.commit) whose run
 * config is the container's with `changes` applied; created_by is its command, as dockerd
 * writes it. A running container is frozen meanwhile when pause is asked (docker's default),
 * and thawed again whatever happens.
 */
export async function containerCommit(req: keel.engine.v1.CommitContainerRequest, ctx: EngineState & JobCtx): Promise<keel.engine.v1.ICommitContainerResponse> {
  const row = ctx.containers.resolve(req.id);
  if (row.phase === 'removing' || row.phase === 'dead' || !row.rootfs) {
    throw new ConflictError(`You cannot commit container ${row.id} which is being removed or has no root filesystem`);
  }
  const freeze = !!req.pause && row.phase === 'running' && !ctx.containers.paused.has(row.id);
  if (freeze) {
    try {
      await ctx.call(execd, 'task.pause', { containerId: row.id });
    } catch (err) {
      throw wrap(err, `Cannot pause container ${row.id}`);
    }
  }
  try {
    const r = await ctx.call(graphd, 'rootfs.commit', {
      containerId: row.id, repo: req.repo, tag: req.tag, comment: req.comment, author: req.author,
      config: imageConfigOf(row.id, row.config), changes: req.changes ?? [], createdBy: (row.config.cmd ?? []).join(' '),
    }, { timeoutMs: COMMIT_TIMEOUT_MS });
    ctx.log.info({ id: row.id, image: r.image?.id }, 'container committed');
    return { image: r.image };
  } catch (err) {
    if (err instanceof KeelError && err.code === 'NOT_FOUND' && /root filesystem/.test(err.message)) {
      throw new ConflictError(`container ${row.id} has no root filesystem to commit`, { cause: err });
    }
    throw err;
  } finally {
    if (freeze) {
      await ctx.call(execd, 'task.resume', { containerId: row.id }, { signal: new AbortController().signal })
        .catch((err) => ctx.log.warn({ err, id: row.id }, 'could not thaw a container after committing it'));
    }
  }
}
