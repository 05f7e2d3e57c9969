import { ExecStore } from '../../src/task/execs';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, copyFileSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JobCtx } from '../../../kit/src';
import { createLogger } from '../../../kit/src/log';
import { findExecutable, shimPath } from '../../src/drivers/available';
import { ExecDrivers } from '../../src/drivers/registry';
import type { ExecdState } from '../../src/state';
import { TaskStore } from '../../src/task/store';
import { VolumeStore } from '../../src/volumes/store';
import { containerTestsSkipReason } from '../../../../test/helpers/privileged';

export const APPLETS = ['sh', 'echo', 'true', 'false', 'sleep', 'hostname', 'cat', 'ls', 'ps', 'id', 'env', 'mount', 'pwd', 'kill', 'readlink', 'stat', 'head', 'wc'];

/** A busybox rootfs in a fresh dir (a plain dir: keel-shim bind-mounts it onto itself). */
export function makeBusyboxRootfs(dir: string): string {
  const root = join(dir, 'rootfs');
  for (const d of ['bin', 'etc', 'proc', 'sys', 'dev', 'tmp', 'root']) mkdirSync(join(root, d), { recursive: true });
  copyFileSync('/bin/busybox', join(root, 'bin', 'busybox'));
  for (const a of APPLETS) symlinkSync('busybox', join(root, 'bin', a));
  writeFileSync(join(root, 'etc', 'passwd'), 'root:x:0:0:root:/root:/bin/sh\ndaemon:x:1:1:daemon:/usr/sbin:/bin/false\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n');
  writeFileSync(join(root, 'etc', 'group'), 'root:x:0:\ndaemon:x:1:\ntty:x:5:\nstaff:x:50:nobody\nnogroup:x:65534:\n');
  return root;
}

export function canRunContainers(): string {
  return containerTestsSkipReason();
}

/** execd's state over a tmp data dir, as main.ts builds it. */
export function makeState(dir: string): ExecdState {
  const tasks = new TaskStore(join(dir, 'execd', 'containers'));
  tasks.reconcile();
  return {
    cgroups: { version: '1', memory: false, swap: false, cpuCfs: false, cpuShares: false, cpuset: false, pids: false, blkioWeight: false, freezer: false },
    cgroup: null, host: { cpus: [0], mems: [0] },
    exec: new ExecDrivers({ shim: shimPath(), runc: findExecutable('runc', '/usr/sbin:/usr/bin'), runcRoot: join(dir, 'runc') }, 'native'),
    runtimePaths: { native: shimPath() }, tasks, execs: new ExecStore(tasks, join(dir, 'io')), volumes: new VolumeStore(join(dir, 'volumes')),
  };
}

const log = createLogger('execd-test', 'fatal');

/** A handler's ctx: the state plus the job's fields; signal aborts at the deadline. */
export function ctxOf(state: ExecdState, opts: { signal?: AbortSignal; deadlineMs?: number } = {}): ExecdState & JobCtx {
  const deadlineMs = opts.deadlineMs ?? Date.now() + 60_000;
  return Object.assign(Object.create(state), {
    jobId: 'test', job: 'test', traceId: '', deadlineMs, origin: 'test', env: {},
    signal: opts.signal ?? AbortSignal.timeout(deadlineMs - Date.now()), log,
    call: () => { throw new Error('no bus in this test'); },
  }) as ExecdState & JobCtx;
}

/** The json-file log's entries. */
export function readLog(path: string): { log: string; stream: string; time: string }[] {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

export function tmp(name: string): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), `${name}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Whether a process runs (not a zombie). */
export function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}
