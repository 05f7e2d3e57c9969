/**
 * One container's lifecycle (xstate v5). The machine is pure: every job is an invoked promise
 * actor (provided by runtime.ts, or by fakes in unit tests), every invoke has onError, and the
 * actions only assign. What the machine's state means is persisted by the runtime after each
 * snapshot (phaseOf below), and events are published from the same observer.
 *
 *   creating ──▶ created ──START──▶ starting ──▶ running ──exit──▶ exited ──START──▶ starting
 *      │ (fail: undo, then gone)      │  (fail: created / exited, State.Error)   │
 *      ▼                              ▼                                          ▼
 *    failed                        REMOVE ──▶ removing ──▶ removed          (auto_remove)
 *
 * While running: STOP sends the stop signal and, if the container has not exited when the timeout
 * is up, SIGKILL (running.stopping → running.killing); KILL sends one signal (SIGKILL through
 * running.killing, any other through a signalling state); the exit always comes through the
 * wait. A STOP that arrives while starting or reconciling is kept and acted on once running.
 *
 * Force removal of a running container kills it and removes it once it has exited. A machine
 * rebuilt after an engine restart starts in 'boot', which routes by the persisted phase: running
 * or starting rows ask execd what became of their task, creating rows are undone, removing rows
 * finish their removal.
 */
import { assign, fromPromise, setup } from 'xstate';
import type { keel } from '../../../../proto';
import type { ContainerStatus, Phase, TaskState } from '../store';

export interface TaskExit {
  exitCode: number;
  finishedMs: number;
  oomKilled: boolean;
}

export interface TaskStateReport extends TaskExit {
  status: string; // created, running, stopped
  pid: number;
  startedMs: number;
  logPath: string;
}

export interface TaskInput {
  id: string;
  rootfs: string;
  process: keel.execd.v1.IProcessSpec;
  networkMode: string;
  hostConfig: keel.common.v1.IHostConfig;
}

export interface IdInput {
  id: string;
}

/** What the machine is built from: a new container (phase creating) or a persisted row. */
export interface ContainerInput {
  id: string;
  imageId: string;
  autoRemove: boolean;
  process: keel.execd.v1.IProcessSpec;
  networkMode: string;
  hostConfig: keel.common.v1.IHostConfig;
  status: ContainerStatus;
  /** true for a row read back at engine start: boot routes by its phase. */
  restored: boolean;
  now: () => number;
}

export interface ContainerCtx {
  id: string;
  imageId: string;
  autoRemove: boolean;
  process: keel.execd.v1.IProcessSpec;
  networkMode: string;
  hostConfig: keel.common.v1.IHostConfig;
  status: ContainerStatus;
  restoredPhase: Phase | null;
  now: () => number;
  /** A force removal asked for while running or starting: removal follows the exit. */
  removeRequested: boolean;
  /** A stop asked for: the stop signal, then SIGKILL after stopTimeoutMs (cleared by the exit). */
  stopRequested: boolean;
  stopSignal: number;
  stopTimeoutMs: number;
  /** The signal of the KILL being sent. */
  pendingSignal: number;
  /** The last failure of something asked for (create, start, kill, remove), for the job that asked. */
  error: Error | null;
  /** Counters the jobs watch to tell their own outcome from an older one. */
  starts: number;
  startFailures: number;
  exits: number;
  removeFailures: number;
  killFailures: number;
  /** Signals delivered (stop signal, KILL, SIGKILL). */
  signals: number;
}

export type ContainerEvent =
  | { type: 'START' }
  | { type: 'REMOVE'; force: boolean }
  /** timeoutMs: how long after the signal SIGKILL follows */
  | { type: 'STOP'; signal: number; timeoutMs: number }
  | { type: 'KILL'; signal: number };

const SIGKILL = 9;

const notProvided = (name: string) => () => Promise.reject(new Error(`container machine: actor ${name} not provided`));

/**
 * The exit code Docker records when a start fails (daemon/start.go translateContainerdStartErr):
 * 127 when the command was not found, 126 when it may not be executed, else 128.
 */
export function startFailureExitCode(message: string): number {
  if (/executable file not found|no such file or directory|not found in \$PATH/i.test(message)) return 127;
  if (/permission denied|EACCES|is a directory/i.test(message)) return 126;
  return 128;
}

function asError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}

export const containerMachine = setup({
  types: {} as {
    context: ContainerCtx;
    events: ContainerEvent;
    input: ContainerInput;
  },
  actors: {
    prepareRootfs: fromPromise<{ rootfs: string; driver: string }, { id: string; imageId: string }>(notProvided('prepareRootfs')),
    createTask: fromPromise<{ logPath: string; execDriver: string }, TaskInput>(notProvided('createTask')),
    /** Undoes a create (or a create interrupted by a crash): deletes the task, releases the rootfs. Idempotent. */
    undoCreate: fromPromise<void, IdInput>(notProvided('undoCreate')),
    /** Deletes the old task (if any) and creates a fresh one, for a container started again. */
    recreateTask: fromPromise<{ logPath: string; execDriver: string }, TaskInput & { hadTask: boolean }>(notProvided('recreateTask')),
    startTask: fromPromise<{ pid: number; startedMs: number }, IdInput>(notProvided('startTask')),
    /** After a failed start: deletes the task so no shim is left; failures are only logged. */
    cleanupTask: fromPromise<void, IdInput>(notProvided('cleanupTask')),
    waitTask: fromPromise<TaskExit, IdInput>(notProvided('waitTask')),
    killTask: fromPromise<void, IdInput & { signal: number }>(notProvided('killTask')),
    taskState: fromPromise<TaskStateReport, IdInput>(notProvided('taskState')),
    /** Deletes the task (force) and releases the rootfs; both idempotent. The runtime deletes the row. */
    removeResources: fromPromise<void, IdInput>(notProvided('removeResources')),
  },
  delays: {
    reconcileRetry: 1_000,
    stopTimeout: ({ context }) => context.stopTimeoutMs,
  },
  guards: {
    removeFollows: ({ context }) => context.autoRemove || context.removeRequested,
    removeRequested: ({ context }) => context.removeRequested,
    taskFresh: ({ context }) => context.status.task === 'created',
    hasRun: ({ context }) => context.status.startedMs > 0,
    stopRequested: ({ context }) => context.stopRequested,
    isSigkill: ({ event }) => event.type === 'KILL' && event.signal === SIGKILL,
  },
  actions: {
    recordExit: assign(({ context }, exit: TaskExit) => ({
      status: { ...context.status, pid: 0, exitCode: exit.exitCode, finishedMs: exit.finishedMs || context.now(), oomKilled: exit.oomKilled, task: 'used' as TaskState },
      exits: context.exits + 1,
      stopRequested: false,
    })),
    requestStop: assign(({ event }) => {
      if (event.type !== 'STOP') return {};
      return { stopRequested: true, stopSignal: event.signal, stopTimeoutMs: event.timeoutMs, error: null };
    }),
    takeSignal: assign(({ event }) => (event.type === 'KILL' ? { pendingSignal: event.signal, error: null } : {})),
    countSignal: assign(({ context }) => ({ signals: context.signals + 1 })),
    killFailed: assign(({ context, event }) => ({
      error: asError((event as { error?: unknown }).error), killFailures: context.killFailures + 1,
    })),
  },
}).createMachine({
  id: 'container',
  context: ({ input }) => ({
    id: input.id,
    imageId: input.imageId,
    autoRemove: input.autoRemove,
    process: input.process,
    networkMode: input.networkMode,
    hostConfig: input.hostConfig,
    status: input.status,
    restoredPhase: input.restored ? input.status.phase : null,
    now: input.now,
    removeRequested: false,
    error: null,
    starts: 0,
    startFailures: 0,
    exits: 0,
    removeFailures: 0,
    killFailures: 0,
    stopRequested: false,
    stopSignal: 15,
    stopTimeoutMs: 10_000,
    pendingSignal: SIGKILL,
    signals: 0,
  }),
  initial: 'boot',
  states: {
    boot: {
      always: [
        { guard: ({ context }) => context.restoredPhase === null, target: 'creating' },
        { guard: ({ context }) => context.restoredPhase === 'creating', target: 'undoing' },
        { guard: ({ context }) => context.restoredPhase === 'created', target: 'created' },
        { guard: ({ context }) => context.restoredPhase === 'exited', target: 'exited' },
        { guard: ({ context }) => context.restoredPhase === 'removing', target: 'removing' },
        { guard: ({ context }) => context.restoredPhase === 'dead', target: 'dead' },
        // running or starting when the engine stopped: ask execd what became of the task
        { target: 'reconciling' },
      ],
    },

    creating: {
      initial: 'rootfs',
      states: {
        rootfs: {
          invoke: {
            src: 'prepareRootfs',
            input: ({ context }) => ({ id: context.id, imageId: context.imageId }),
            onDone: {
              target: 'task',
              actions: assign(({ context, event }) => ({ status: { ...context.status, rootfs: event.output.rootfs, driver: event.output.driver } })),
            },
            onError: { target: '#container.undoing', actions: assign({ error: ({ event }) => asError(event.error) }) },
          },
        },
        task: {
          invoke: {
            src: 'createTask',
            input: ({ context }) => ({ id: context.id, rootfs: context.status.rootfs, process: context.process, networkMode: context.networkMode, hostConfig: context.hostConfig }),
            onDone: {
              target: '#container.created',
              actions: assign(({ context, event }) => ({
                status: { ...context.status, logPath: event.output.logPath, execDriver: event.output.execDriver || context.status.execDriver, task: 'created' as TaskState },
              })),
            },
            onError: { target: '#container.undoing', actions: assign({ error: ({ event }) => asError(event.error) }) },
          },
        },
      },
    },
    /** Compensation of a failed create: whatever was made is unmade; then the record goes. */
    undoing: {
      invoke: {
        src: 'undoCreate',
        input: ({ context }) => ({ id: context.id }),
        onDone: { target: 'failed' },
        onError: {
          target: 'failed',
          // a failing cleanup is attached to the original error, never swapped in
          actions: assign({
            error: ({ context, event }) => context.error
              ? Object.assign(context.error, { cleanupError: asError(event.error) })
              : asError(event.error),
          }),
        },
      },
    },
    failed: { type: 'final' },

    created: {
      on: {
        START: 'starting',
        REMOVE: 'removing',
      },
    },

    starting: {
      entry: assign({ error: null }),
      initial: 'route',
      on: {
        // force removal while starting: removal follows the start (and the kill)
        REMOVE: { guard: ({ event }) => event.force, actions: assign({ removeRequested: true }) },
        STOP: { actions: 'requestStop' },
      },
      states: {
        route: {
          always: [{ guard: 'taskFresh', target: 'launch' }, { target: 'prepare' }],
        },
        prepare: {
          invoke: {
            src: 'recreateTask',
            input: ({ context }) => ({
              id: context.id, rootfs: context.status.rootfs, process: context.process, networkMode: context.networkMode,
              hostConfig: context.hostConfig, hadTask: context.status.task !== 'none',
            }),
            onDone: {
              target: 'launch',
              actions: assign(({ context, event }) => ({
                status: { ...context.status, logPath: event.output.logPath || context.status.logPath, execDriver: event.output.execDriver || context.status.execDriver, task: 'created' as TaskState },
              })),
            },
            onError: { target: 'failedToStart', actions: assign({ error: ({ event }) => asError(event.error) }) },
          },
        },
        launch: {
          invoke: {
            src: 'startTask',
            input: ({ context }) => ({ id: context.id }),
            onDone: {
              target: '#container.running',
              actions: assign(({ context, event }) => ({
                status: {
                  ...context.status, task: 'used' as TaskState, pid: event.output.pid, startedMs: event.output.startedMs || context.now(),
                  finishedMs: 0, exitCode: 0, error: '', oomKilled: false,
                },
                starts: context.starts + 1,
              })),
            },
            onError: { target: 'failedToStart', actions: assign({ error: ({ event }) => asError(event.error) }) },
          },
        },
        /** Docker's start failure: State.Error set, exit code 127/126, no task left behind. */
        failedToStart: {
          entry: assign(({ context }) => ({
            status: {
              ...context.status, pid: 0, error: context.error?.message ?? 'start failed',
              exitCode: startFailureExitCode(context.error?.message ?? ''), finishedMs: context.status.startedMs > 0 ? context.now() : context.status.finishedMs,
            },
          })),
          invoke: {
            src: 'cleanupTask',
            input: ({ context }) => ({ id: context.id }),
            onDone: { target: 'settle', actions: assign(({ context }) => ({ status: { ...context.status, task: 'none' as TaskState } })) },
            onError: { target: 'settle', actions: assign(({ context }) => ({ status: { ...context.status, task: 'used' as TaskState } })) },
          },
        },
        settle: {
          // a stop asked for during the start is moot: nothing runs
          entry: assign(({ context }) => ({ startFailures: context.startFailures + 1, stopRequested: false })),
          always: [
            { guard: 'removeFollows', target: '#container.removing' },
            { guard: 'hasRun', target: '#container.exited' },
            { target: '#container.created' },
          ],
        },
      },
    },

    running: {
      invoke: {
        id: 'wait',
        src: 'waitTask',
        input: ({ context }) => ({ id: context.id }),
        onDone: { target: 'exited', actions: { type: 'recordExit', params: ({ event }) => event.output } },
        // execd restarted, the bus dropped: ask what became of the task
        onError: { target: 'reconciling' },
      },
      initial: 'route',
      states: {
        route: {
          // only a force removal kills; auto_remove waits for the exit
          always: [{ guard: 'removeRequested', target: 'killing' }, { guard: 'stopRequested', target: 'stopping' }, { target: 'idle' }],
        },
        idle: {
          on: {
            REMOVE: { guard: ({ event }) => event.force, target: 'killing', actions: assign({ removeRequested: true, error: null }) },
            STOP: { target: 'stopping', actions: 'requestStop' },
            KILL: [
              { guard: 'isSigkill', target: 'killing', actions: 'takeSignal' },
              { target: 'signalling', actions: 'takeSignal' },
            ],
          },
        },
        /** One signal of a KILL (not SIGKILL); the container may well run on. */
        signalling: {
          invoke: {
            src: 'killTask',
            input: ({ context }) => ({ id: context.id, signal: context.pendingSignal }),
            onDone: { target: 'idle', actions: 'countSignal' },
            onError: { target: 'idle', actions: 'killFailed' },
          },
        },
        /** The stop signal is sent; SIGKILL follows when the timeout is up before the exit. */
        stopping: {
          after: { stopTimeout: { target: '#container.running.killing' } },
          on: {
            REMOVE: { guard: ({ event }) => event.force, target: 'killing', actions: assign({ removeRequested: true, error: null }) },
            KILL: { guard: 'isSigkill', target: 'killing', actions: 'takeSignal' },
          },
          initial: 'signal',
          states: {
            signal: {
              invoke: {
                src: 'killTask',
                input: ({ context }) => ({ id: context.id, signal: context.stopSignal }),
                onDone: { target: 'grace', actions: 'countSignal' },
                // Docker: a stop signal that cannot be sent is followed by SIGKILL at once
                onError: { target: '#container.running.killing' },
              },
            },
            grace: {
              on: { KILL: { guard: ({ event }) => event.signal !== SIGKILL, target: 'signalling', actions: 'takeSignal' } },
            },
            signalling: {
              invoke: {
                src: 'killTask',
                input: ({ context }) => ({ id: context.id, signal: context.pendingSignal }),
                onDone: { target: 'grace', actions: 'countSignal' },
                onError: { target: 'grace', actions: 'killFailed' },
              },
            },
          },
        },
        killing: {
          invoke: {
            src: 'killTask',
            input: ({ context }) => ({ id: context.id, signal: SIGKILL }),
            onDone: { target: 'killed', actions: 'countSignal' },
            onError: {
              target: 'idle',
              actions: assign(({ context, event }) => ({
                error: asError(event.error), removeRequested: false, stopRequested: false, killFailures: context.killFailures + 1,
              })),
            },
          },
        },
        /** Killed; the exit comes through the wait. */
        killed: {},
      },
    },

    reconciling: {
      on: {
        REMOVE: { guard: ({ event }) => event.force, actions: assign({ removeRequested: true }) },
        STOP: { actions: 'requestStop' },
      },
      invoke: {
        src: 'taskState',
        input: ({ context }) => ({ id: context.id }),
        onDone: [
          { guard: ({ event }) => event.output.status === 'running', target: 'running',
            actions: assign(({ context, event }) => ({ status: { ...context.status, pid: event.output.pid, startedMs: event.output.startedMs || context.status.startedMs, task: 'used' as TaskState } })) },
          { guard: ({ event }) => event.output.status === 'stopped', target: 'exited',
            actions: [
              assign(({ context, event }) => ({ status: { ...context.status, startedMs: event.output.startedMs || context.status.startedMs } })),
              { type: 'recordExit', params: ({ event }) => event.output },
            ] },
          // created, never started (the engine stopped during a start)
          { target: 'settledAfterLostStart', actions: assign(({ context }) => ({ status: { ...context.status, pid: 0, task: 'created' as TaskState } })) },
        ],
        onError: [
          // execd knows no task: it is gone with whatever exit it had
          { guard: ({ event }) => (event.error as { code?: string })?.code === 'NOT_FOUND', target: 'exited',
            actions: [
              { type: 'recordExit', params: ({ context }) => ({ exitCode: 255, finishedMs: context.now(), oomKilled: false }) },
              assign(({ context }) => ({ status: { ...context.status, task: 'none' as TaskState, error: context.status.error || 'the container process was lost (execd has no task for it)' } })),
            ] },
          { target: 'retrying' },
        ],
      },
    },
    retrying: {
      on: {
        REMOVE: { guard: ({ event }) => event.force, actions: assign({ removeRequested: true }) },
        STOP: { actions: 'requestStop' },
      },
      after: { reconcileRetry: 'reconciling' },
    },
    settledAfterLostStart: {
      entry: assign({ stopRequested: false }),
      always: [{ guard: 'hasRun', target: 'exited' }, { target: 'created' }],
    },

    exited: {
      always: { guard: 'removeFollows', target: 'removing' },
      on: {
        START: 'starting',
        REMOVE: 'removing',
      },
    },

    removing: {
      invoke: {
        src: 'removeResources',
        input: ({ context }) => ({ id: context.id }),
        onDone: { target: 'removed', actions: assign(({ context }) => ({ status: { ...context.status, task: 'none' as TaskState, pid: 0 } })) },
        onError: {
          target: 'dead',
          actions: assign(({ context, event }) => ({
            error: asError(event.error), removeFailures: context.removeFailures + 1, removeRequested: false,
            status: { ...context.status, error: `removal failed: ${asError(event.error).message}` },
          })),
        },
      },
    },
    /** A removal failed half-way (Docker's "dead"): another remove tries again. */
    dead: {
      on: { REMOVE: 'removing' },
    },
    removed: { type: 'final' },
  },
});

export type ContainerMachine = typeof containerMachine;

/** The persisted phase of a machine state; null for the final states (the row goes). */
export function phaseOf(value: unknown): Phase | null {
  const top = typeof value === 'string' ? value : Object.keys(value as object)[0];
  switch (top) {
    case 'boot': case 'creating': case 'undoing': return 'creating';
    case 'created': return 'created';
    case 'starting': return 'starting';
    case 'running': case 'reconciling': case 'retrying': return 'running';
    case 'settledAfterLostStart': return 'created';
    case 'exited': return 'exited';
    case 'removing': return 'removing';
    case 'dead': return 'dead';
    default: return null; // failed, removed
  }
}

/** Docker's State.Status of a phase. */
export function dockerStatus(phase: Phase, startedMs: number): string {
  switch (phase) {
    case 'creating': return 'created';
    case 'starting': return startedMs > 0 ? 'exited' : 'created';
    default: return phase;
  }
}
