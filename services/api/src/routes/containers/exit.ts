import { KeelError } from '../../../../kit/src';
import type { Container, ContainerBackend } from './backend';

/**
 * Resolves once the container has exited after the moment `initial` was seen (or is gone), or
 * when the signal fires. The engine's wait job is the fast path (not-running for a running
 * container, next-exit otherwise); a slow poll of inspect covers a start and exit that happen
 * before the engine has the wait job.
 */
export function exitAfter(backend: ContainerBackend, initial: Container, signal: AbortSignal, traceId: string, pollMs = 500): Promise<void> {
  const id = initial.id ?? '';
  const wasRunning = initial.state?.status === 'running';
  const finished0 = Number(initial.state?.finishedMs ?? 0);
  return new Promise<void>((resolve) => {
    const ac = new AbortController();
    let timer: NodeJS.Timeout | null = null;
    const done = () => {
      if (timer) clearTimeout(timer);
      timer = null;
      signal.removeEventListener('abort', done);
      ac.abort();
      resolve();
    };
    if (signal.aborted) return done();
    signal.addEventListener('abort', done, { once: true });
    const c = { traceId, signal: ac.signal };
    backend.wait(id, wasRunning ? 'not-running' : 'next-exit', c).then(done, (err) => {
      if (err instanceof KeelError && err.code === 'NOT_FOUND') done();
      // otherwise (cancelled, service restarting) the poll decides
    });
    const poll = async () => {
      timer = null;
      try {
        const now = await backend.inspect(id, c);
        const st = now.state ?? {};
        if (st.status !== 'running' && st.status !== 'created' && (wasRunning || Number(st.finishedMs ?? 0) !== finished0)) return done();
      } catch (err) {
        if (err instanceof KeelError && err.code === 'NOT_FOUND') return done();
      }
      if (!ac.signal.aborted) timer = setTimeout(() => void poll(), pollMs);
    };
    timer = setTimeout(() => void poll(), pollMs);
  });
}
