import { fromPromise } from 'xstate';
import type { IdInput, TaskExit, TaskInput, TaskStateReport } from '../../src/machines/container';

export interface Deferred<T> {
  promise: Promise<T>;
  resolve(v: T): void;
  reject(e: unknown): void;
}
export function deferred<T>(): Deferred<T> {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

export const flush = () => new Promise<void>((r) => setImmediate(r));

export function codeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/**
 * Fake jobs for the container machine: each records its calls; behaviour is set per job
 * (a value, an error, or a deferred the test settles). waitTask stays pending until exit().
 */
export class FakeJobs {
  calls: { job: string; input: unknown }[] = [];
  fail: Partial<Record<string, Error>> = {};
  state: TaskStateReport | Error = { status: 'running', pid: 7, exitCode: 0, startedMs: 5, finishedMs: 0, oomKilled: false, logPath: '/log' };
  waits: Deferred<TaskExit>[] = [];
  aborted = 0;
  hold: Partial<Record<string, Deferred<unknown>>> = {};

  called(job: string): unknown[] {
    return this.calls.filter((c) => c.job === job).map((c) => c.input);
  }

  jobs(): string[] {
    return this.calls.map((c) => c.job);
  }

  exit(e: Partial<TaskExit> = {}): void {
    const w = this.waits.shift();
    if (!w) throw new Error('no wait in flight');
    w.resolve({ exitCode: 0, finishedMs: 100, oomKilled: false, ...e });
  }

  failWait(err: Error): void {
    this.waits.shift()!.reject(err);
  }

  private run<T>(job: string, input: unknown, value: () => T): Promise<T> {
    this.calls.push({ job, input });
    const hold = this.hold[job];
    const go = async () => {
      if (hold) await hold.promise;
      const f = this.fail[job];
      if (f) throw f;
      return value();
    };
    return go();
  }

  actors() {
    return {
      prepareRootfs: fromPromise(async ({ input }: { input: { id: string; imageId: string } }) => this.run('prepareRootfs', input, () => ({ rootfs: `/rootfs/${input.id}`, driver: 'vfs' }))),
      createTask: fromPromise(async ({ input }: { input: TaskInput }) => this.run('createTask', input, () => ({ logPath: `/logs/${input.id}.log`, execDriver: 'native' }))),
      undoCreate: fromPromise(async ({ input }: { input: IdInput }) => this.run('undoCreate', input, (): void => undefined)),
      recreateTask: fromPromise(async ({ input }: { input: TaskInput & { hadTask: boolean } }) => this.run('recreateTask', input, () => ({ logPath: `/logs/${input.id}.log`, execDriver: 'native' }))),
      startTask: fromPromise(async ({ input }: { input: IdInput }) => this.run('startTask', input, () => ({ pid: 42, startedMs: 50 }))),
      cleanupTask: fromPromise(async ({ input }: { input: IdInput }) => this.run('cleanupTask', input, (): void => undefined)),
      waitTask: fromPromise(({ input, signal }: { input: IdInput; signal: AbortSignal }) => {
        this.calls.push({ job: 'waitTask', input });
        const d = deferred<TaskExit>();
        this.waits.push(d);
        signal.addEventListener('abort', () => { this.aborted++; });
        return d.promise;
      }),
      killTask: fromPromise(async ({ input }: { input: IdInput & { signal: number } }) => this.run('killTask', input, (): void => undefined)),
      taskState: fromPromise(async ({ input }: { input: IdInput }) => this.run('taskState', input, () => {
        if (this.state instanceof Error) throw this.state;
        return this.state;
      })),
      removeResources: fromPromise(async ({ input }: { input: IdInput }) => this.run('removeResources', input, (): void => undefined)),
    };
  }
}
