import { CAPS, DEFAULT_CAPS } from '../../src/task/caps';
import { type Plan, type TaskSpec, READONLY_PATHS, buildPlan } from '../../src/task/plan';
import { mountOptions, ociJson, ociSpec } from '../../src/drivers/runc/spec';

const spec = (over: Partial<TaskSpec> = {}): TaskSpec => ({
  id: '0123456789abcdef', rootfs: '/var/lib/keel/graphd/rootfs/x', log: '/b/x-json.log', args: ['sh', '-c', 'echo hi'],
  env: ['A=1'], cwd: '/work', hostname: '', user: { uid: 0, gid: 0, groups: [], home: '/root' }, networkMode: 'none', kernel: '6.1.0',
  possibleCpus: [0, 1], ...over,
});
const render = (p: Plan) => ociSpec(p, { cgroupsPath: '/keel-x' });

describe('ociSpec: the plan as runc\'s config.json', () => {
  const plan = buildPlan(spec());
  const s = render(plan);

  it('process: args, env, cwd, user, caps (all five sets), no_new_privs', () => {
    expect(s.process.args).toEqual(['sh', '-c', 'echo hi']);
    expect(s.process.env).toEqual(plan.env);
    expect(s.process.env).toContain('A=1');
    expect(s.process.cwd).toBe('/work');
    expect(s.process.user).toEqual({ uid: 0, gid: 0 });
    expect(s.process.terminal).toBe(false);
    const names = [...DEFAULT_CAPS].sort((a, b) => CAPS[a] - CAPS[b]);
    expect(s.process.capabilities).toEqual({ bounding: names, effective: names, permitted: names, inheritable: [], ambient: [] });
    expect(s.process.noNewPrivileges).toBe(false);
    const other = render(buildPlan(spec({ user: { uid: 1000, gid: 1000, groups: [5, 50], home: '/' } })));
    expect(other.process.user).toEqual({ uid: 1000, gid: 1000, additionalGids: [5, 50] });
    expect(other.process.capabilities).toEqual({ bounding: names, effective: [], permitted: [], inheritable: [], ambient: [] });
    expect(render({ ...plan, noNewPrivileges: true }).process.noNewPrivileges).toBe(true);
  });

  it('root, hostname, namespaces, cgroupsPath', () => {
    expect(s.root).toEqual({ path: '/var/lib/keel/graphd/rootfs/x', readonly: false });
    expect(s.hostname).toBe('0123456789ab');
    expect(s.linux.namespaces.map((n) => n.type).sort()).toEqual(['cgroup', 'ipc', 'mount', 'network', 'pid', 'uts']);
    expect(s.linux.cgroupsPath).toBe('/keel-x');
  });

  it('mounts in plan order with their options; devices under linux.devices and the device cgroup', () => {
    expect(s.mounts.map((m) => m.destination)).toEqual(['/proc', '/dev', '/dev/pts', '/dev/shm', '/dev/mqueue', '/sys']);
    expect(s.mounts[0]).toEqual({ destination: '/proc', type: 'proc', source: 'proc', options: ['nosuid', 'nodev', 'noexec'] });
    expect(s.mounts[1].options).toEqual(['nosuid', 'strictatime', 'mode=755', 'size=65536k']);
    expect(s.mounts[2].options).toEqual(['nosuid', 'noexec', 'newinstance', 'ptmxmode=0666', 'mode=0620', 'gid=5']);
    expect(s.mounts[5].options).toEqual(['ro', 'nosuid', 'nodev', 'noexec']);
    expect(s.linux.devices.map((d) => d.path)).toEqual(['/dev/null', '/dev/zero', '/dev/full', '/dev/random', '/dev/urandom', '/dev/tty']);
    expect(s.linux.devices[0]).toEqual({ path: '/dev/null', type: 'c', major: 1, minor: 3, fileMode: 0o666, uid: 0, gid: 0 });
    expect(s.linux.resources.devices[0]).toEqual({ allow: false, access: 'rwm' });
    expect(s.linux.resources.devices).toContainEqual({ allow: true, type: 'c', major: 5, minor: 0, access: 'rwm' });
  });

  it('mount flags map onto OCI options; unknown bits are refused', () => {
    expect(mountOptions(4096 | 16384 | (1 << 18), '')).toEqual(['rbind', 'rprivate']);
    expect(mountOptions(4096 | 1, 'x=1')).toEqual(['ro', 'bind', 'x=1']);
    expect(() => mountOptions(1 << 30, '')).toThrow(/no OCI option/);
  });

  it('masked and read-only paths', () => {
    expect(s.linux.maskedPaths).toEqual(plan.maskedPaths);
    expect(s.linux.maskedPaths).toContain('/sys/devices/system/cpu/cpu1/thermal_throttle');
    expect(s.linux.readonlyPaths).toEqual([...READONLY_PATHS]);
  });

  it('seccomp: the resolved profile as OCI rules, x86_64 only', () => {
    const sc = s.linux.seccomp!;
    expect(sc.defaultAction).toBe('SCMP_ACT_ERRNO');
    expect(sc.defaultErrnoRet).toBe(1);
    expect(sc.architectures).toEqual(['SCMP_ARCH_X86_64']);
    const allowed = sc.syscalls.filter((r) => r.action === 'SCMP_ACT_ALLOW').flatMap((r) => r.names);
    expect(allowed).toEqual(expect.arrayContaining(['read', 'write', 'execve', 'clone']));
    // includes.caps CAP_SYS_ADMIN: not with the default caps; with it, mount is allowed
    expect(allowed).not.toContain('mount');
    // argument tests kept (personality's allowed values)
    expect(sc.syscalls.find((r) => r.names.includes('personality') && r.args)?.args?.[0]).toMatchObject({ index: 0, op: 'SCMP_CMP_EQ' });
    // clone: excluded with CAP_SYS_ADMIN absent → the masked-flags rule
    expect(sc.syscalls.some((r) => r.names.includes('clone') && r.args?.[0]?.op === 'SCMP_CMP_MASKED_EQ')).toBe(true);
    expect(render({ ...plan, seccomp: null }).linux.seccomp).toBeUndefined();
  });

  it('read-only rootfs, rlimits (RLIM_INFINITY as the uint64), device owners; --init refused', () => {
    const p: Plan = { ...plan, readonlyRootfs: true, rlimits: [{ resource: 7, soft: 1024, hard: 2048 }, { resource: 4, soft: -1, hard: -1 }],
      ops: [...plan.ops, { type: 'mknod', target: '/dev/fuse', mode: 0o020660, major: 10, minor: 229, uid: 0, gid: 5 }] };
    const o = render(p);
    expect(o.root.readonly).toBe(true);
    expect(o.process.rlimits).toEqual([{ type: 'RLIMIT_NOFILE', soft: 1024, hard: 2048 }, { type: 'RLIMIT_CORE', soft: 'RLIM_INFINITY', hard: 'RLIM_INFINITY' }]);
    expect(ociJson(o)).toContain('"hard": 18446744073709551615');
    expect(JSON.parse(ociJson(o)).process.rlimits[0]).toEqual({ type: 'RLIMIT_NOFILE', hard: 2048, soft: 1024 });
    expect(o.linux.devices.at(-1)).toEqual({ path: '/dev/fuse', type: 'c', major: 10, minor: 229, fileMode: 0o660, uid: 0, gid: 5 });
    expect(render(plan).process.rlimits).toBeUndefined();
    expect(() => render({ ...plan, init: true })).toThrow(/--init is not supported/);
  });

  it('refuses what runc would do differently', () => {
    expect(() => render({ ...plan, ops: [...plan.ops, { type: 'symlink', source: '/etc', target: '/dev/etc' }] })).toThrow(/cannot make the link/);
    expect(() => render({ ...plan, loopback: false })).toThrow(/lo is up/);
    expect(() => render({ ...plan, path: '/opt/bin' })).toThrow(/PATH/);
    expect(() => render({ ...plan, cloneFlags: plan.cloneFlags | 0x10000000 })).toThrow(/no OCI namespace/);
  });
});
