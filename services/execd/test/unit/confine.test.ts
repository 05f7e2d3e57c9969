import { compilePolicy } from '../../src/task/seccomp';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CAPS, DEFAULT_CAPS, capsOfMask, normalizeCap, tweakCaps } from '../../src/task/caps';
import { type Confinement, NO_CONFINEMENT, RLIMITS, parseSeccompProfile, rlimits, tmpfsMount } from '../../src/task/confine';
import { hostDevice, hostDeviceTree, hostDevices } from '../../src/task/host';
import { MS, READONLY_PATHS, buildPlan, encodePlan, type TaskSpec } from '../../src/task/plan';
import { addGroups } from '../../src/task/user';

const ALL = Object.keys(CAPS);
const spec = (c: Partial<Confinement>, over: Partial<TaskSpec> = {}): TaskSpec => ({
  id: '0123456789abcdef', rootfs: '/r', log: '/b/x-json.log', args: ['sh'], env: [], cwd: '', hostname: '',
  user: { uid: 0, gid: 0, groups: [], home: '/root' }, networkMode: 'none', confinement: { ...NO_CONFINEMENT, ...c }, ...over,
});
const records = (buf: Buffer) => buf.toString().split('\0').filter(Boolean);

describe('capabilities (moby\'s TweakCapabilities)', () => {
  it('normalizes names: upper case, CAP_ added, ALL kept; an unknown one is an error', () => {
    expect(normalizeCap('net_admin')).toBe('CAP_NET_ADMIN');
    expect(normalizeCap('CAP_SYS_TIME')).toBe('CAP_SYS_TIME');
    expect(normalizeCap('all')).toBe('ALL');
    expect(() => normalizeCap('foo')).toThrow('unknown capability: CAP_FOO');
  });
  it('keeps the defaults, drops then adds, and knows ALL on either side', () => {
    expect(tweakCaps([], [], false, ALL)).toEqual(DEFAULT_CAPS);
    expect(tweakCaps(['NET_ADMIN'], ['CHOWN'], false, ALL)).toEqual([...DEFAULT_CAPS.filter((c) => c !== 'CAP_CHOWN'), 'CAP_NET_ADMIN']);
    expect(tweakCaps([], ['ALL'], false, ALL)).toEqual([]);
    expect(tweakCaps(['KILL'], ['ALL'], false, ALL)).toEqual(['CAP_KILL']);
    expect(tweakCaps(['ALL'], ['SYS_ADMIN'], false, ALL)).toEqual(ALL.filter((c) => c !== 'CAP_SYS_ADMIN'));
    expect(tweakCaps(['NET_ADMIN'], ['ALL'], true, ALL)).toEqual(ALL);
    expect(() => tweakCaps(['FOO'], [], true, ALL)).toThrow('unknown capability: CAP_FOO');
    expect(tweakCaps([], [], true, ['CAP_KILL'])).toEqual(['CAP_KILL']);
    expect(() => tweakCaps(['NET_ADMIN'], ['bogus'], false, ALL)).toThrow('unknown capability: CAP_BOGUS');
  });
  it('reads a bounding set as /proc prints it', () => {
    expect(capsOfMask('00000000a80425fb').sort()).toEqual([...DEFAULT_CAPS].sort());
    expect(capsOfMask('000001fffeffffff')).not.toContain('CAP_SYS_RESOURCE');
    expect(capsOfMask('000001fffeffffff')).toHaveLength(40);
  });
});

describe('buildPlan with confinement options', () => {
  it('privileged: every host capability, no seccomp, no masked or read-only paths, /sys read-write', () => {
    const p = buildPlan(spec({ privileged: true, allCaps: ALL }));
    expect(p.caps.bounding).toEqual(Object.values(CAPS));
    expect(p.seccomp).toBeNull();
    expect(p.maskedPaths).toEqual([]);
    expect(p.readonlyPaths).toEqual([]);
    const sys = p.ops.find((o) => o.target === '/sys') as { flags: number };
    expect(sys.flags & MS.RDONLY).toBe(0);
    const plain = buildPlan(spec({}));
    expect(compilePolicy(plain.seccomp!).length).toBeGreaterThan(100);
    expect(plain.readonlyPaths).toEqual(READONLY_PATHS);
    expect((plain.ops.find((o) => o.target === '/sys') as { flags: number }).flags & MS.RDONLY).toBe(MS.RDONLY);
  });
  it('seccomp: unconfined is none, a profile is compiled, a malformed one is refused', () => {
    expect(buildPlan(spec({ seccomp: 'unconfined' })).seccomp).toBeNull();
    const own = buildPlan(spec({ seccomp: JSON.stringify({ defaultAction: 'SCMP_ACT_ALLOW', syscalls: [{ names: ['mkdir'], action: 'SCMP_ACT_ERRNO' }] }) })).seccomp;
    expect(compilePolicy(own!).length).toBeGreaterThan(0);
    expect(compilePolicy(own!).length).toBeLessThan(20);
    expect(() => buildPlan(spec({ seccomp: '{"defaultAction":' }))).toThrow(/invalid seccomp profile: /);
    expect(() => parseSeccompProfile('[]')).toThrow('invalid seccomp profile: not a JSON object');
    expect(() => parseSeccompProfile('{"syscalls":[]}')).toThrow('invalid seccomp profile: no "defaultAction"');
    expect(() => parseSeccompProfile('{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["x"]}]}')).toThrow(/has no "action"/);
    expect(() => buildPlan(spec({ seccomp: '{"defaultAction":"SCMP_ACT_NOPE"}' }))).toThrow(/unsupported action "SCMP_ACT_NOPE"/);
  });
  it('no-new-privileges, read-only rootfs and rlimits become plan records', () => {
    const p = buildPlan(spec({ noNewPrivileges: true, readonlyRootfs: true, ulimits: [{ name: 'nofile', soft: 100, hard: 200 }, { name: 'core', soft: -1, hard: -1 }] }));
    const recs = records(encodePlan(p));
    expect(recs).toContain('no-new-privs=1');
    expect(recs).toContain('readonly-rootfs=1');
    expect(recs).toContain('rlimit=7\x1f100\x1f200');
    expect(recs).toContain('rlimit=4\x1f-1\x1f-1');
    expect(records(encodePlan(buildPlan(spec({})))).filter((r) => /^(readonly-rootfs|rlimit)=/.test(r))).toEqual([]);
  });
  it('adds tmpfs mounts (with the user\'s mounts) and device nodes (with the host owner) after Docker\'s defaults', () => {
    const p = buildPlan(spec({
      devices: [{ path: '/dev/fuse', mode: 0o20600, major: 10, minor: 229, uid: 0, gid: 7 }, { path: '/dev/sda', mode: 0o60660, major: 8, minor: 0, uid: 0, gid: 6 }],
    }, { mounts: [{ type: 'tmpfs', target: '/run/', options: 'noexec,nosuid,nodev,size=1m,exec', readonly: false }] }));
    expect(p.ops.slice(-3)).toEqual([
      { type: 'mount', source: 'tmpfs', target: '/run', fstype: 'tmpfs', flags: MS.NOSUID | MS.NODEV, data: 'size=1m' },
      { type: 'mknod', target: '/dev/fuse', mode: 0o20600, major: 10, minor: 229, uid: 0, gid: 7 },
      { type: 'mknod', target: '/dev/sda', mode: 0o60660, major: 8, minor: 0, uid: 0, gid: 6 },
    ]);
    expect(records(encodePlan(p))).toContain('mknod=/dev/fuse\x1f8576\x1f10\x1f229\x1f0\x1f7');
    expect(() => buildPlan(spec({ devices: [{ path: '/dev/x', mode: 0o100644, major: 0, minor: 0, uid: 0, gid: 0 }] }))).toThrow(/not a character or block device/);
  });
});

describe('tmpfs options (Docker\'s, the later word winning)', () => {
  it('turns words into flags and keeps tmpfs\'s own options as data', () => {
    expect(tmpfsMount('/t', 'noexec,nosuid,nodev')).toEqual({ flags: MS.NOEXEC | MS.NOSUID | MS.NODEV, data: '' });
    expect(tmpfsMount('/t', 'noexec,nosuid,nodev,ro,size=64m,mode=1777,rprivate')).toEqual({ flags: MS.NOEXEC | MS.NOSUID | MS.NODEV | MS.RDONLY, data: 'size=64m,mode=1777' });
    expect(tmpfsMount('/t', 'size=1m,size=2m,exec,dev,suid').data).toBe('size=2m');
    expect(tmpfsMount('/t', '', true).flags).toBe(MS.NOEXEC | MS.NOSUID | MS.NODEV | MS.RDONLY);
    expect(tmpfsMount('/t', 'exec,dev,suid').flags).toBe(0);
  });
  it('refuses a relative target and an unknown option', () => {
    expect(() => tmpfsMount('t', '')).toThrow("invalid mount path: 't' mount path must be absolute");
    expect(() => tmpfsMount('/t', 'bogus')).toThrow('invalid tmpfs option "bogus" for /t');
  });
});

describe('rlimits', () => {
  it('maps Docker\'s names to RLIMIT_* and checks soft ≤ hard', () => {
    expect(Object.keys(RLIMITS).sort()).toEqual(['core', 'cpu', 'data', 'fsize', 'locks', 'memlock', 'msgqueue', 'nice', 'nofile', 'nproc', 'rss', 'rtprio', 'rttime', 'sigpending', 'stack']);
    expect(rlimits([{ name: 'nproc', soft: 5, hard: 10 }, { name: 'nproc', soft: 7, hard: 7 }])).toEqual([{ resource: 6, soft: 7, hard: 7 }]);
    expect(rlimits([{ name: 'stack', soft: 1, hard: -1 }])).toEqual([{ resource: 3, soft: 1, hard: -1 }]);
    expect(() => rlimits([{ name: 'nofile', soft: 200, hard: 100 }])).toThrow('ulimit soft limit must be less than or equal to hard limit: 200 > 100');
    expect(() => rlimits([{ name: 'nofile', soft: -1, hard: 100 }])).toThrow(/soft limit/);
    expect(() => rlimits([{ name: 'as', soft: 1, hard: 1 }])).toThrow('invalid ulimit type: as');
  });
});

describe('--group-add', () => {
  const group = 'root:x:0:\nstaff:x:50:\naudio:x:29:bob\n';
  it('adds names of the image\'s /etc/group and gids, once each', () => {
    expect(addGroups({ uid: 1, gid: 1, groups: [29], home: '/' }, ['staff', '29', '4242'], group).groups).toEqual([29, 50, 4242]);
    expect(addGroups({ uid: 0, gid: 0, groups: [], home: '/' }, [], null).groups).toEqual([]);
  });
  it('refuses a name the image does not have', () => {
    expect(() => addGroups({ uid: 0, gid: 0, groups: [], home: '/' }, ['nosuch'], group)).toThrow('Unable to find group nosuch');
  });
});

describe('host devices', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'keel-dev-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  it('says clearly that a missing or non-device path is no device', () => {
    expect(() => hostDevice('/dev/nope', '', dir)).toThrow('error gathering device information while adding custom device "/dev/nope": no such file or directory');
    mkdirSync(join(dir, 'dev'));
    writeFileSync(join(dir, 'dev', 'file'), '');
    expect(() => hostDevice('/dev/file', '', dir)).toThrow(/not a device node/);
    expect(hostDevices(dir)).toEqual([]);
  });
  it('reads the host\'s /dev/null with its numbers', () => {
    expect(hostDevice('/dev/null', '/dev/mynull')).toMatchObject({ path: '/dev/mynull', major: 1, minor: 3, mode: 0o20666 });
    expect(hostDevices().find((d) => d.path === '/dev/null')).toMatchObject({ major: 1, minor: 3 });
    expect(hostDevices().some((d) => d.path.startsWith('/dev/pts/') || d.path === '/dev/console')).toBe(false);
  });
  it('takes every node under a directory, moved under the container path', () => {
    const tun = hostDeviceTree('/dev/net', '/dev/vnet');
    expect(tun).toContainEqual(expect.objectContaining({ path: '/dev/vnet/tun', major: 10, minor: 200 }));
    expect(hostDeviceTree('/dev/null', '')).toEqual([hostDevice('/dev/null', '')]);
    mkdirSync(join(dir, 'dev', 'empty'), { recursive: true });
    expect(() => hostDeviceTree('/dev/empty', '', dir)).toThrow(/no device nodes under it/);
  });
});
