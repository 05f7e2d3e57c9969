import { openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { FailedPreconditionError } from '../../kit/src';

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('keeld');
  } catch {
    return false;
  }
}

/**
 * One keeld per data-root: a lock file holding the owner's pid, made with O_EXCL. A lock whose
 * owner is gone (keeld was killed) is taken over.
 */
export function acquireLock(path: string, dataRoot: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o644);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => {
        try {
          if (Number(readFileSync(path, 'utf8').trim()) === process.pid) rmSync(path, { force: true });
        } catch {
          // already gone
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(path, 'utf8').trim());
      if (pid && pid !== process.pid && running(pid)) {
        throw new FailedPreconditionError(
          `another keeld (pid ${pid}) is already running on data-root ${dataRoot}; stop it first, or give this one its own --data-root`,
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new FailedPreconditionError(`could not lock data-root ${dataRoot} (${path})`);
}
