import { type FSWatcher, watch } from 'node:fs';
import { DeadlineExceededError } from '../../../kit/src/errors';

export interface WaitOptions {
  /** aborts the wait with the signal's reason (the job's deadline or cancellation) */
  signal?: AbortSignal;
  timeoutMs?: number;
  /** the fallback poll, for events fs.watch misses */
  pollMs?: number;
  what: string;
}

/**
 * Resolves with check()'s first non-null answer, asking it whenever something changes in dir
 * (fs.watch) and every pollMs besides. check() throwing rejects the wait.
 */
export function waitUntil<T>(dir: string, check: () => T | null, opts: WaitOptions): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let watcher: FSWatcher | null = null;
    let done = false;
    const finish = (err: unknown, value?: T) => {
      if (done) return;
      done = true;
      watcher?.close();
      clearInterval(poll);
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      if (err) reject(err);
      else resolve(value as T);
    };
    const ask = () => {
      if (done) return;
      try {
        const v = check();
        if (v !== null) finish(null, v);
      } catch (err) {
        finish(err);
      }
    };
    const onAbort = () => finish(opts.signal?.reason ?? new DeadlineExceededError(`${opts.what}: cancelled`));
    const poll = setInterval(ask, opts.pollMs ?? 100);
    const timer = opts.timeoutMs === undefined ? undefined
      : setTimeout(() => finish(new DeadlineExceededError(`${opts.what}: nothing after ${opts.timeoutMs} ms`)), opts.timeoutMs);
    if (opts.signal?.aborted) return onAbort();
    opts.signal?.addEventListener('abort', onAbort);
    try {
      watcher = watch(dir, { persistent: false }, ask);
      watcher.on('error', () => { /* the poll goes on */ });
    } catch {
      // no watch (dir gone?): the poll and check() decide
    }
    ask();
  });
}
