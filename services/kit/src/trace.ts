import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The trace of the job being handled, kept across everything it starts (promises, timers, an
 * xstate actor invoked on its behalf), so a job sent from there carries the same trace id even
 * when it goes through the service's own client rather than ctx.call.
 */
const current = new AsyncLocalStorage<string>();

export function withTrace<T>(traceId: string, fn: () => T): T {
  return traceId ? current.run(traceId, fn) : fn();
}

export function currentTrace(): string {
  return current.getStore() ?? '';
}
