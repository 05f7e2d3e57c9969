import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIND, mountOps } from '../../src/task/mounts';
import { buildPlan, encodePlan, type TaskSpec } from '../../src/task/plan';
import { TaskStore } from '../../src/task/store';
import { copyUp, resolveInRoot } from '../../src/volumes/copy-up';
import { volumeFilter } from '../../src/volumes/filters';
import { resolveMounts } from '../../src/volumes/mounts';
import { VolumeStore } from '../../src/volumes/store';

const MS_PRIVATE = 1 << 18;
const MS_SLAVE = 1 << 19;

describe('mountOps (the plan\'s user mounts)', () => {
  it('binds recursively, private by default, read-only all the way down when asked', () => {
    expect(mountOps([
      { type: 'bind', source: '/h', target: '/a/', dir: true, readonly: false, propagation: '' },
      { type: 'bind', source: '/f', target: '/b/file', dir: false, readonly: true, propagation: 'slave' },
    ])).toEqual([
      { type: 'bind', source: '/h', target: '/a', create: 'dir', flags: BIND.RECURSIVE | BIND.PROPAGATION_RECURSIVE, propagation: MS_PRIVATE },
      { type: 'bind', source: '/f', target: '/b/file', create: 'file', flags: BIND.RECURSIVE | BIND.READONLY | BIND.READONLY_RECURSIVE, propagation: MS_SLAVE },
    ]);
  });
  it('orders by depth (a mount on /a before /a/b), tmpfs with its options\' flags', () => {
    const ops = mountOps([
      { type: 'bind', source: '/h', target: '/a/b/c', dir: true, readonly: false, propagation: '' },
      { type: 'tmpfs', target: '/a', readonly: false, options: 'noexec,nosuid,nodev,size=1m' },
      { type: 'bind', source: '/h', target: '/z/b', dir: true, readonly: false, propagation: '' },
    ]);
    expect(ops.map((o) => o.target)).toEqual(['/a', '/z/b', '/a/b/c']);
    expect(ops[0]).toEqual({ type: 'mount', source: 'tmpfs', target: '/a', fstype: 'tmpfs', flags: 2 | 4 | 8, data: 'size=1m' });
  });
  it('refuses a relative or root target, a target twice, a bad propagation', () => {
    const b = (target: string, propagation = '') => ({ type: 'bind' as const, source: '/h', target, dir: true, readonly: false, propagation });
    expect(() => mountOps([b('rel')])).toThrow("invalid mount path: 'rel' mount path must be absolute");
    expect(() => mountOps([b('/x/..')])).toThrow("destination can't be '/'");
    expect(() => mountOps([b('/x'), b('/x/')])).toThrow('Duplicate mount point: /x');
    expect(() => mountOps([b('/x', 'sideways')])).toThrow('invalid propagation mode: sideways');
  });
  it('puts them after Docker\'s defaults and writes them as bind records', () => {
    const spec: TaskSpec = {
      id: '0123456789abcdef', rootfs: '/r', log: '/l', args: ['true'], env: [], cwd: '', hostname: '', networkMode: 'none',
      user: { uid: 0, gid: 0, groups: [], home: '/root' }, mounts: [{ type: 'bind', source: '/h', target: '/data', dir: true, readonly: true, propagation: 'rprivate' }],
    };
    const plan = buildPlan(spec);
    expect(plan.ops[plan.ops.length - 1]).toMatchObject({ type: 'bind', target: '/data' });
    expect(encodePlan(plan).toString().split('\0')).toContain(`bind=/h\x1f/data\x1fdir\x1f${1 | 2 | 4 | 8}\x1f${MS_PRIVATE}`);
    expect(() => encodePlan(buildPlan({ ...spec, mounts: [{ type: 'bind', source: '/h\x1fx', target: '/d', dir: true, readonly: false, propagation: '' }] }))).toThrow(/\\x1f/);
  });
});

describe('volumes and bind sources on disk', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'keel-mounts-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('resolveInRoot keeps absolute and ../ links inside the root', () => {
    const root = join(dir, 'root');
    mkdirSync(join(root, 'etc', 'sub'), { recursive: true });
    symlinkSync('/etc', join(root, 'evil'));
    symlinkSync('../../../../etc/sub', join(root, 'up'));
    symlinkSync('loop', join(root, 'loop'));
    expect(resolveInRoot(root, '/evil/sub')).toBe(join(root, 'etc', 'sub'));
    expect(resolveInRoot(root, '/up')).toBe(join(root, 'etc', 'sub'));
    expect(resolveInRoot(root, '/../../etc')).toBe(join(root, 'etc'));
    expect(resolveInRoot(root, '/evil/missing')).toBeNull();
    expect(() => resolveInRoot(root, '/loop')).toThrow('too many levels of symbolic links');
  });

  it('copy-up fills an empty volume from the image once, and never follows a link out', () => {
    const root = join(dir, 'root');
    mkdirSync(join(root, 'etc'), { recursive: true });
    writeFileSync(join(root, 'etc', 'passwd'), 'root:x:0:0\n');
    symlinkSync('/etc/shadow', join(root, 'etc', 'link'));
    symlinkSync('/etc', join(root, 'via'));
    const vol = join(dir, 'vol');
    mkdirSync(vol);
    expect(copyUp(root, '/via', vol)).toBe(true);
    expect(readFileSync(join(vol, 'passwd'), 'utf8')).toBe('root:x:0:0\n');
    writeFileSync(join(root, 'etc', 'passwd'), 'changed\n');
    expect(copyUp(root, '/etc', vol)).toBe(false);
    expect(readFileSync(join(vol, 'passwd'), 'utf8')).toBe('root:x:0:0\n');
    expect(copyUp(root, '/nothing', join(dir, 'vol'))).toBe(false);
  });

  it('the store makes, lists, removes volumes in Docker\'s layout and words', () => {
    const s = new VolumeStore(join(dir, 'volumes'));
    expect(s.create('data', { a: 'b' })).toMatchObject({ created: true, volume: { name: 'data', driver: 'local', labels: { a: 'b' } } });
    expect(s.create('data').created).toBe(false);
    expect(existsSync(join(dir, 'volumes', 'data', '_data'))).toBe(true);
    const anon = s.create('').volume.name;
    expect(anon).toMatch(/^[0-9a-f]{64}$/);
    expect(s.list().map((v) => v.name)).toEqual([anon, 'data'].sort());
    expect(() => s.create('a/b')).toThrow('create a/b: "a/b" includes invalid characters for a local volume name');
    expect(() => s.create('ok', {}, { type: 'nfs' })).toThrow('takes no options');
    expect(() => s.get('nope')).toThrow('get nope: no such volume');
    writeFileSync(join(s.mountpoint('data'), 'f'), '12345');
    expect(s.size('data')).toBe(5);
    s.remove('data');
    expect(s.has('data')).toBe(false);
    mkdirSync(join(dir, 'volumes', 'half', '_data'), { recursive: true });
    expect(s.reconcile()).toEqual(['half']);
  });

  it('filters by dangling, name, driver, label; label!= for prune; refuses unknown keys', () => {
    const v = { name: 'web-data', driver: 'local' as const, createdMs: 0, labels: { team: 'a', tier: 'db' }, options: {} };
    expect(volumeFilter(['dangling=true'], ['dangling'])(v, false)).toBe(true);
    expect(volumeFilter(['dangling=true'], ['dangling'])(v, true)).toBe(false);
    expect(volumeFilter(['name=web', 'name=zzz'], ['name'])(v, false)).toBe(true);
    expect(volumeFilter(['label=team=a', 'label=tier'], ['label'])(v, false)).toBe(true);
    expect(volumeFilter(['label=team=b'], ['label'])(v, false)).toBe(false);
    expect(volumeFilter(['label!=tier=db'], ['label', 'label!'])(v, false)).toBe(false);
    expect(volumeFilter(['driver=local'], ['driver'])(v, false)).toBe(true);
    expect(() => volumeFilter(['colour=red'], ['name'])).toThrow("invalid filter 'colour'");
    expect(() => volumeFilter(['dangling=maybe'], ['dangling'])).toThrow("invalid filter 'dangling=maybe'");
  });

  it('resolveMounts checks every source before making anything, and undoes the volumes it made', () => {
    const vols = new VolumeStore(join(dir, 'volumes'));
    const host = join(dir, 'host');
    mkdirSync(host);
    writeFileSync(join(host, 'file'), 'x');
    const missing = join(dir, 'missing');
    // a --mount bind of a missing source: refused in Docker's words, and the volume before it is not made
    expect(() => resolveMounts([
      { type: 'volume', source: 'early', target: '/e' },
      { type: 'bind', source: missing, target: '/m' },
    ], vols)).toThrow(`invalid mount config for type "bind": bind source path does not exist: ${missing}`);
    expect(vols.has('early')).toBe(false);
    expect(() => resolveMounts([{ type: 'volume', source: 'bad name', target: '/x' }], vols)).toThrow('includes invalid characters');
    expect(() => resolveMounts([{ type: 'overlay', target: '/x' }], vols)).toThrow('mount type "overlay" is not supported');

    const r = resolveMounts([
      { type: 'bind', source: join(host, 'file'), target: '/f', readonly: true },
      { type: 'bind', source: join(dir, 'made', 'by', 'v'), target: '/v', createHostPath: true },
      { type: 'volume', source: 'fresh', target: '/etc' },
    ], vols);
    expect(r.volumes).toEqual(['fresh']);
    expect(r.mounts).toEqual([
      { type: 'bind', source: join(host, 'file'), target: '/f', dir: false, readonly: true, propagation: '' },
      { type: 'bind', source: join(dir, 'made', 'by', 'v'), target: '/v', dir: true, readonly: false, propagation: '' },
      { type: 'bind', source: vols.mountpoint('fresh'), target: '/etc', dir: true, readonly: false, propagation: '' },
    ]);
    expect(existsSync(join(dir, 'made'))).toBe(false);
    const root = join(dir, 'root');
    mkdirSync(join(root, 'etc'), { recursive: true });
    writeFileSync(join(root, 'etc', 'hosts'), 'h');
    r.apply(root);
    expect(existsSync(join(dir, 'made', 'by', 'v'))).toBe(true);
    expect(readFileSync(join(vols.mountpoint('fresh'), 'hosts'), 'utf8')).toBe('h');
    r.undo();
    expect(vols.has('fresh')).toBe(false);
  });

  it('the task store tells which tasks use a volume', () => {
    const tasks = new TaskStore(join(dir, 'containers'));
    tasks.add({ id: 'c1', rootfs: '/r', logPath: '/l', createdMs: 0, driver: 'native', volumes: ['v1', 'v2'] }, () => undefined);
    tasks.add({ id: 'c2', rootfs: '/r', logPath: '/l', createdMs: 0, driver: 'native', volumes: ['v2'] }, () => undefined);
    expect(tasks.usingVolume('v2')).toEqual(['c1', 'c2']);
    tasks.remove('c1');
    expect(tasks.usingVolume('v1')).toEqual([]);
    tasks.reconcile();
    expect(tasks.usingVolume('v2')).toEqual(['c2']);
  });
});
