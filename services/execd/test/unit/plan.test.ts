import { CLONE, DEFAULT_PATH, MS, buildEnv, buildPlan, cleanPath, encodePlan, type TaskSpec } from '../../src/task/plan';

const spec = (over: Partial<TaskSpec> = {}): TaskSpec => ({
  id: '0123456789abcdef', rootfs: '/var/lib/keel/graphd/rootfs/x', log: '/b/x-json.log', args: ['sh', '-c', 'echo hi'],
  env: [], cwd: '', hostname: '', user: { uid: 0, gid: 0, groups: [], home: '/root' }, networkMode: 'none', ...over,
});

describe('buildEnv (Docker\'s order and defaults)', () => {
  it('puts PATH and HOSTNAME first and HOME last', () => {
    expect(buildEnv([], 'box', '/root')).toEqual([`PATH=${DEFAULT_PATH}`, 'HOSTNAME=box', 'HOME=/root']);
  });
  it('replaces a key in place and appends new ones', () => {
    expect(buildEnv(['PATH=/bin', 'A=1', 'HOME=/h', 'A=2'], 'box', '/root')).toEqual(['PATH=/bin', 'HOSTNAME=box', 'A=2', 'HOME=/h']);
  });
  it('keeps values with = and empty values', () => {
    expect(buildEnv(['X=a=b', 'E='], 'h', '/')).toContain('X=a=b');
    expect(buildEnv(['X=a=b', 'E='], 'h', '/')).toContain('E=');
  });
  it('refuses entries without a key or =', () => {
    expect(() => buildEnv(['NOVALUE'], 'h', '/')).toThrow(/invalid environment variable "NOVALUE"/);
    expect(() => buildEnv(['=x'], 'h', '/')).toThrow(/invalid environment variable/);
    expect(() => buildEnv(['A=\0'], 'h', '/')).toThrow(/invalid environment variable/);
  });
});

describe('buildPlan', () => {
  it('defaults hostname to the id\'s first 12 characters, cwd to /', () => {
    const p = buildPlan(spec());
    expect(p.hostname).toBe('0123456789ab');
    expect(p.cwd).toBe('/');
    expect(p.env).toContain('HOSTNAME=0123456789ab');
    expect(p.path).toBe(DEFAULT_PATH);
  });
  it('looks args[0] up in the container\'s own PATH', () => {
    expect(buildPlan(spec({ env: ['PATH=/opt/bin:/bin'] })).path).toBe('/opt/bin:/bin');
  });
  it('cleans the working dir lexically', () => {
    expect(buildPlan(spec({ cwd: '/a/../../b/./c/' })).cwd).toBe('/b/c');
    expect(cleanPath('rel/dir')).toBe('/rel/dir');
  });
  it('asks for every namespace and lo up', () => {
    const p = buildPlan(spec());
    for (const f of Object.values(CLONE)) expect(p.cloneFlags & f).toBe(f);
    expect(p.loopback).toBe(true);
  });
  it('mounts as Docker does, in order: /proc, /dev and its nodes, /dev/pts, ptmx, shm, mqueue, /sys read-only, links', () => {
    const ops = buildPlan(spec()).ops;
    expect(ops.map((o) => `${o.type} ${o.target}`)).toEqual([
      'mount /proc', 'mount /dev', 'mknod /dev/null', 'mknod /dev/zero', 'mknod /dev/full', 'mknod /dev/random', 'mknod /dev/urandom',
      'mknod /dev/tty', 'mount /dev/pts', 'symlink /dev/ptmx', 'mount /dev/shm', 'mount /dev/mqueue', 'mount /sys',
      'symlink /dev/fd', 'symlink /dev/stdin', 'symlink /dev/stdout', 'symlink /dev/stderr',
    ]);
    const sys = ops.find((o) => o.target === '/sys');
    expect(sys).toMatchObject({ type: 'mount', fstype: 'sysfs' });
    expect((sys as { flags: number }).flags & MS.RDONLY).toBe(MS.RDONLY);
    expect(ops.find((o) => o.target === '/dev/tty')).toMatchObject({ mode: 0o20666, major: 5, minor: 0 });
    expect(ops.find((o) => o.target === '/dev/pts')).toMatchObject({ data: 'newinstance,ptmxmode=0666,mode=0620,gid=5' });
    expect(ops.find((o) => o.target === '/dev/ptmx')).toMatchObject({ source: 'pts/ptmx' });
  });
  it('refuses what it cannot run', () => {
    expect(() => buildPlan(spec({ args: [] }))).toThrow(/no command specified/);
    expect(() => buildPlan(spec({ args: [''] }))).toThrow(/no command specified/);
    expect(() => buildPlan(spec({ networkMode: 'bridge' }))).toThrow(/network mode "bridge" is not supported yet/);
    expect(() => buildPlan(spec({ hostname: 'bad host' }))).toThrow(/invalid hostname/);
  });
});

describe('encodePlan', () => {
  it('writes NUL-ended key=value records, ops fields joined by \\x1f', () => {
    const p = buildPlan(spec({ args: ['echo', 'a b', 'line\nbreak'], user: { uid: 1, gid: 2, groups: [3, 4], home: '/' } }));
    const recs = encodePlan(p).toString().split('\0');
    expect(recs[0]).toBe('version=1');
    expect(recs.at(-1)).toBe('');
    expect(recs).toEqual(expect.arrayContaining(['arg=echo', 'arg=a b', 'arg=line\nbreak', 'uid=1', 'gid=2', 'group=3', 'group=4', 'loopback=1',
      `clone=${p.cloneFlags}`, 'mount=proc\x1f/proc\x1fproc\x1f14\x1f', 'mknod=/dev/null\x1f8630\x1f1\x1f3', 'symlink=pts/ptmx\x1f/dev/ptmx']));
    expect(recs.indexOf('arg=echo')).toBeLessThan(recs.indexOf('arg=a b'));
  });
  it('refuses a NUL inside an argument', () => {
    expect(() => encodePlan(buildPlan(spec({ args: ['a\0b'] })))).toThrow(/arg contains a NUL byte/);
  });
});
