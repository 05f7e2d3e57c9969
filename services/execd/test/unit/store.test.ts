import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startError } from '../../src/errors';
import { TaskStore, procStartTime } from '../../src/task/store';

describe('TaskStore: the bundle dirs are the records', () => {
  let dir: string;
  let store: TaskStore;
  const rec = (id: string) => ({ id, rootfs: '/r', logPath: `/l/${id}-json.log`, createdMs: 1, driver: 'native' });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'execd-store-'));
    store = new TaskStore(join(dir, 'containers'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a new task is created; a second with its id already exists', () => {
    store.add(rec('a'), (b) => writeFileSync(join(b, 'plan'), 'version=1\0'));
    expect(readFileSync(join(store.bundle('a'), 'plan'), 'utf8')).toBe('version=1\0');
    expect(store.status('a').status).toBe('created');
    expect(() => store.add(rec('a'), () => undefined)).toThrow('task a already exists');
    expect(() => store.get('b')).toThrow('task b not found');
  });

  it('running while the recorded pid lives with its start time; stopped once exit is written', () => {
    store.add(rec('a'), () => undefined);
    const me = { pid: process.pid, startTime: procStartTime(process.pid)!, startedMs: 5, shimPid: process.pid };
    writeFileSync(join(store.bundle('a'), 'pid'), JSON.stringify(me));
    expect(store.status('a')).toMatchObject({ status: 'running', started: me });
    writeFileSync(join(store.bundle('a'), 'exit'), JSON.stringify({ exitCode: 3, signal: 0, finishedMs: 9, oomKilled: false }));
    expect(store.status('a')).toMatchObject({ status: 'stopped', exited: { exitCode: 3 } });
  });

  it('a recycled pid (other start time) with no live shim is a lost task: exit 255, recorded', () => {
    store.add(rec('a'), () => undefined);
    const dead = spawnSync('true').pid!;
    writeFileSync(join(store.bundle('a'), 'pid'), JSON.stringify({ pid: process.pid, startTime: '1', startedMs: 5, shimPid: dead }));
    expect(store.status('a')).toMatchObject({ status: 'stopped', exited: { exitCode: 255, lost: true } });
    expect(existsSync(join(store.bundle('a'), 'exit'))).toBe(true);
  });

  it('reconcile adopts complete bundles and removes half-made ones', () => {
    store.add(rec('a'), () => undefined);
    mkdirSync(join(store.dir, 'half'));
    mkdirSync(join(store.dir, '.bad'));
    const again = new TaskStore(store.dir);
    expect(again.reconcile()).toEqual({ tasks: 1, running: 0, removed: expect.arrayContaining(['half', '.bad']) });
    expect(again.ids()).toEqual(['a']);
    expect(existsSync(join(store.dir, 'half'))).toBe(false);
  });

  it('checks ids', () => {
    expect(() => TaskStore.checkId('../x')).toThrow('invalid container id "../x"');
    expect(() => TaskStore.checkId('')).toThrow();
    expect(TaskStore.checkId('a'.repeat(64))).toHaveLength(64);
  });
});

describe('startError: Docker\'s words for exec failures', () => {
  const f = (step: string, code: string, path = '') => ({ step, syscall: 'execve', errno: 2, code, path, message: '' });
  it('not found in PATH', () => {
    const e = startError('c1', 'nosuch', f('lookup', 'ENOENT', 'nosuch'));
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(e.message).toBe('start container c1: exec: "nosuch": executable file not found in $PATH (ENOENT)');
  });
  it('a path that does not exist, one that may not be run', () => {
    expect(startError('c1', '/x', f('exec', 'ENOENT', '/x')).message).toContain('exec: "/x": stat /x: no such file or directory');
    expect(startError('c1', '/etc', f('exec', 'EACCES', '/etc'))).toMatchObject({ code: 'PERMISSION_DENIED', message: expect.stringContaining('permission denied') });
  });
  it('other steps say step, syscall, path and code', () => {
    const e = startError('c1', 'sh', { step: 'mount', syscall: 'mount', errno: 1, code: 'EPERM', path: '/proc', message: 'Operation not permitted' });
    expect(e).toMatchObject({ code: 'INTERNAL', message: 'start container c1: mount: mount /proc: EPERM (Operation not permitted)' });
    expect(JSON.parse(e.detail)).toEqual({ step: 'mount', syscall: 'mount', errno: 1, code: 'EPERM', path: '/proc' });
  });
});
