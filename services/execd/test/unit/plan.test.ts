import { CAPS, DEFAULT_CAPS, capMask, capNumbers, capSets } from '../../src/task/caps';
import { CLONE, DEFAULT_PATH, MS, READONLY_PATHS, buildEnv, buildPlan, cleanPath, encodePlan, maskedPaths, parseCpuList, type TaskSpec } from '../../src/task/plan';
import { SECCOMP_RET } from '../../src/task/seccomp';

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

describe('capabilities', () => {
  it('numbers every capability as <linux/capability.h> does', () => {
    expect(Object.keys(CAPS)).toHaveLength(41);
    expect(CAPS.CAP_CHOWN).toBe(0);
    expect(CAPS.CAP_SYS_ADMIN).toBe(21);
    expect(CAPS.CAP_SETFCAP).toBe(31);
    expect(CAPS.CAP_CHECKPOINT_RESTORE).toBe(40);
    expect(new Set(Object.values(CAPS)).size).toBe(41);
  });
  it('gives Docker\'s default set: CapEff 00000000a80425fb', () => {
    expect(DEFAULT_CAPS).toHaveLength(14);
    expect(capNumbers(DEFAULT_CAPS)).toEqual([0, 1, 3, 4, 5, 6, 7, 8, 10, 13, 18, 27, 29, 31]);
    expect(capMask(capNumbers(DEFAULT_CAPS))).toBe('00000000a80425fb');
    expect(capMask([40])).toBe('0000010000000000');
  });
  it('root gets the set in bounding, effective, permitted; another uid in bounding only; nobody inheritable or ambient', () => {
    const all = capNumbers(DEFAULT_CAPS);
    expect(capSets(DEFAULT_CAPS, 0)).toEqual({ bounding: all, effective: all, permitted: all, inheritable: [], ambient: [] });
    expect(capSets(DEFAULT_CAPS, 1000)).toEqual({ bounding: all, effective: [], permitted: [], inheritable: [], ambient: [] });
  });
  it('refuses an unknown capability', () => {
    expect(() => capNumbers(['CAP_FOO'])).toThrow(/unknown capability "CAP_FOO"/);
  });
});

describe('confinement in the plan', () => {
  it('masks Docker\'s paths, thermal_throttle of each possible CPU, and makes its read-only paths read-only', () => {
    const p = buildPlan(spec({ possibleCpus: [0, 1] }));
    expect(p.maskedPaths).toEqual(['/proc/acpi', '/proc/asound', '/proc/interrupts', '/proc/kcore', '/proc/keys', '/proc/latency_stats',
      '/proc/sched_debug', '/proc/scsi', '/proc/timer_list', '/proc/timer_stats', '/sys/devices/virtual/powercap', '/sys/firmware',
      '/sys/devices/system/cpu/cpu0/thermal_throttle', '/sys/devices/system/cpu/cpu1/thermal_throttle']);
    expect(p.readonlyPaths).toEqual(['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger']);
    expect(maskedPaths()).toHaveLength(12);
    expect(READONLY_PATHS).toHaveLength(5);
  });
  it('reads the kernel\'s CPU lists', () => {
    expect(parseCpuList('0-3,8\n')).toEqual([0, 1, 2, 3, 8]);
    expect(parseCpuList('0\n')).toEqual([0]);
    expect(parseCpuList('')).toEqual([]);
  });
  it('has Docker\'s default caps, no_new_privs off, and the default seccomp profile compiled', () => {
    const p = buildPlan(spec({ kernel: '6.1.0' }));
    expect(capMask(p.caps.effective)).toBe('00000000a80425fb');
    expect(p.noNewPrivileges).toBe(false);
    expect(p.seccomp.length).toBeGreaterThan(400);
    expect(p.seccomp.at(-1)).toEqual({ code: 0x06, jt: 0, jf: 0, k: SECCOMP_RET.ERRNO | 1 });
  });
  it('encodes them as records', () => {
    const p = buildPlan(spec({ user: { uid: 5, gid: 5, groups: [], home: '/' }, possibleCpus: [] }));
    const recs = encodePlan(p).toString().split('\0');
    expect(recs).toEqual(expect.arrayContaining(['mask=/proc/kcore', 'readonly=/proc/sys', 'cap-bounding=0\x1f1\x1f3\x1f4\x1f5\x1f6\x1f7\x1f8\x1f10\x1f13\x1f18\x1f27\x1f29\x1f31',
      'cap-effective=', 'cap-permitted=', 'cap-inheritable=', 'cap-ambient=', 'no-new-privs=0', 'bpf=32\x1f0\x1f0\x1f4']));
    expect(recs.filter((r) => r.startsWith('bpf='))).toHaveLength(p.seccomp.length);
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

describe('--init and log rotation in the plan', () => {
  const keys = (p: ReturnType<typeof buildPlan>) => encodePlan(p).toString().split('\0').filter((r) => /^(init|log-max-size|log-max-file)=/.test(r));
  it('by default: no init, no rotation, and no records for them', () => {
    const p = buildPlan(spec());
    expect(p).toMatchObject({ init: false, logRotation: { maxSize: 0, maxFile: 1 } });
    expect(keys(p)).toEqual([]);
  });
  it('init=1 with --init; log-max-size and log-max-file once max-size is set', () => {
    expect(keys(buildPlan(spec({ init: true })))).toEqual(['init=1']);
    expect(keys(buildPlan(spec({ logRotation: { maxSize: 10240, maxFile: 3 } })))).toEqual(['log-max-size=10240', 'log-max-file=3']);
    expect(keys(buildPlan(spec({ logRotation: { maxSize: 2048, maxFile: 1 } })))).toEqual(['log-max-size=2048', 'log-max-file=1']);
  });
});
