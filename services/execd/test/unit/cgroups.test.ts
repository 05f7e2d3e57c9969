import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CgroupFeatures } from '../../src/cgroups/detect';
import { cgroupLimits, deviceLine, deviceRules, parseList } from '../../src/cgroups/limits';
import { netDev, psTable, systemCpuUsage } from '../../src/cgroups/proc';
import { CgroupV1 } from '../../src/cgroups/v1';
import { CgroupV2, cpuWeight } from '../../src/cgroups/v2';
import { buildPlan, cgroupOps, encodePlan, CLONE } from '../../src/task/plan';

const ALL: CgroupFeatures = { version: '1', memory: true, swap: true, cpuCfs: true, cpuShares: true, cpuset: true, pids: true, blkioWeight: true, freezer: true };
const HOST = { cpus: [0, 1], mems: [0] };
const MB = 1024 * 1024;

describe('cgroupLimits: Docker\'s checks at create', () => {
  const refused: [object, string][] = [
    [{ memory: 4 * MB }, 'Minimum memory limit allowed is 6MB'],
    [{ memory: 64 * MB, memorySwap: 32 * MB }, 'Minimum memoryswap limit should be larger than memory limit, see usage'],
    [{ memorySwap: 64 * MB }, 'You should always set the Memory limit when using Memoryswap limit, see usage'],
    [{ memoryReservation: 1 * MB }, 'Minimum memory reservation allowed is 6MB'],
    [{ memory: 16 * MB, memoryReservation: 32 * MB }, 'Minimum memory limit can not be less than memory reservation limit, see usage'],
    [{ nanoCpus: 3e9 }, 'Range of CPUs is from 0.01 to 2.00, as there are only 2 CPUs available'],
    [{ nanoCpus: 1e9, cpuPeriod: 100000 }, 'Conflicting options: Nano CPUs and CPU Period cannot both be set'],
    [{ nanoCpus: 1e9, cpuQuota: 50000 }, 'Conflicting options: Nano CPUs and CPU Quota cannot both be set'],
    [{ cpuPeriod: 10 }, 'CPU cfs period can not be less than 1ms (i.e. 1000) or larger than 1s (i.e. 1000000)'],
    [{ cpuQuota: 10 }, 'CPU cfs quota can not be less than 1ms (i.e. 1000)'],
    [{ cpusetCpus: '0-3' }, 'Requested CPUs are not available - requested 0-3, available: 0,1'],
    [{ cpusetCpus: 'a' }, 'Invalid value a for cpuset cpus'],
    [{ cpusetMems: '1' }, 'Requested memory nodes are not available - requested 1, available: 0'],
    [{ blkioWeight: 5 }, 'Range of blkio weight is from 10 to 1000'],
  ];
  test.each(refused)('%j is refused', (r, msg) => {
    expect(() => cgroupLimits(r, ALL, HOST)).toThrow(msg);
  });

  test('--cpus becomes a CFS quota over a 100 ms period; the rest pass through', () => {
    const { limits, warnings } = cgroupLimits({ memory: 64 * MB, memorySwap: 128 * MB, nanoCpus: 5e8, cpuShares: 512, cpusetCpus: '1', pidsLimit: 20, blkioWeight: 300 }, ALL, HOST);
    expect(limits).toEqual({ memory: 64 * MB, memorySwap: 128 * MB, cpuPeriod: 100000, cpuQuota: 50000, cpuShares: 512, cpusetCpus: '1', pidsLimit: 20, blkioWeight: 300 });
    expect(warnings).toEqual([]);
  });

  test('what the kernel lacks is dropped with Docker\'s warning', () => {
    const none: CgroupFeatures = { ...ALL, swap: false, blkioWeight: false, pids: false };
    const { limits, warnings } = cgroupLimits({ memory: 64 * MB, memorySwap: 128 * MB, blkioWeight: 300, pidsLimit: 5 }, none, HOST);
    expect(limits).toEqual({ memory: 64 * MB });
    expect(warnings).toEqual([
      'Your kernel does not support swap limit capabilities or the cgroup is not mounted. Memory limited without swap.',
      'Your kernel does not support pids limit capabilities or the cgroup is not mounted. PIDs limit discarded.',
      'Your kernel does not support Block I/O weight or the cgroup is not mounted. Weight discarded.',
    ]);
  });

  test('nothing asked, nothing limited', () => {
    expect(cgroupLimits(undefined, ALL, HOST)).toEqual({ limits: {}, warnings: [] });
    expect(cgroupLimits({ pidsLimit: 0, memorySwap: 0 }, ALL, HOST)).toEqual({ limits: {}, warnings: [] });
  });

  test('parseList', () => {
    expect(parseList('0-2,5')).toEqual([0, 1, 2, 5]);
    expect(() => parseList('2-1')).toThrow();
  });
});

test('device rules: deny all, Docker\'s defaults, runc\'s additions, then --device', () => {
  const lines = deviceRules([{ type: 'c', major: 10, minor: 200, access: 'rw' }]).map((r) => `${r.allow ? 'allow' : 'deny'} ${deviceLine(r)}`);
  expect(lines[0]).toBe('deny a');
  expect(lines).toContain('allow c 1:3 rwm');
  expect(lines).toContain('deny c 10:229 rwm');
  expect(lines).toContain('allow c *:* m');
  expect(lines).toContain('allow c 136:* rwm');
  expect(lines[lines.length - 1]).toBe('allow c 10:200 rw');
});

describe('cgroup v2 against a tmp dir', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'cg2-'));
    writeFileSync(join(root, 'cgroup.controllers'), 'cpuset cpu io memory hugetlb pids rdma misc\n');
    writeFileSync(join(root, 'cgroup.subtree_control'), '');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  const read = (...p: string[]) => readFileSync(join(root, ...p), 'utf8');

  test('makes <parent>/<id>, enables the controllers down to the parent, writes the limits in v2\'s files', () => {
    const d = new CgroupV2(root, 'keel-x', 8 << 30);
    mkdirSync(join(root, 'keel-x'));
    writeFileSync(join(root, 'keel-x', 'cgroup.subtree_control'), '');
    d.create('c1', { memory: 64 * MB, memorySwap: 128 * MB, memoryReservation: 32 * MB, cpuShares: 1024, cpuPeriod: 100000, cpuQuota: 50000, cpusetCpus: '0', cpusetMems: '0', pidsLimit: 20, blkioWeight: 500 }, []);
    expect(read('cgroup.subtree_control')).toBe('+cpu +cpuset +io +memory +pids');
    expect(read('keel-x', 'cgroup.subtree_control')).toBe('+cpu +cpuset +io +memory +pids');
    expect(d.dirs('c1')).toEqual([join(root, 'keel-x', 'c1')]);
    expect(read('keel-x', 'c1', 'memory.max')).toBe(String(64 * MB));
    expect(read('keel-x', 'c1', 'memory.swap.max')).toBe(String(64 * MB));
    expect(read('keel-x', 'c1', 'memory.low')).toBe(String(32 * MB));
    expect(read('keel-x', 'c1', 'cpu.max')).toBe('50000 100000');
    expect(read('keel-x', 'c1', 'cpu.weight')).toBe(String(cpuWeight(1024)));
    expect(read('keel-x', 'c1', 'cpuset.cpus')).toBe('0');
    expect(read('keel-x', 'c1', 'pids.max')).toBe('20');
    expect(read('keel-x', 'c1', 'io.weight')).toBe('default 4950');
    expect(d.list()).toEqual(['c1']);
  });

  test('unlimited swap is "max"; OOM kills come from memory.events; freeze writes cgroup.freeze', async () => {
    const d = new CgroupV2(root, 'p', 0);
    d.create('c2', { memory: 64 * MB, memorySwap: -1 }, []);
    expect(read('p', 'c2', 'memory.swap.max')).toBe('max');
    expect(d.oomKilled('c2')).toBe(false);
    writeFileSync(join(root, 'p', 'c2', 'memory.events'), 'low 0\nhigh 0\nmax 3\noom 1\noom_kill 1\n');
    expect(d.oomKilled('c2')).toBe(true);
    writeFileSync(join(root, 'p', 'c2', 'cgroup.events'), 'populated 1\nfrozen 1\n');
    await d.freeze('c2', true);
    expect(read('p', 'c2', 'cgroup.freeze')).toBe('1');
    expect(d.frozen('c2')).toBe(true);
  });

  test('stats from cpu.stat, memory.*, pids.*, io.stat', () => {
    const d = new CgroupV2(root, 'p', 8 << 30);
    d.create('c3', {}, []);
    const w = (f: string, t: string) => writeFileSync(join(root, 'p', 'c3', f), t);
    w('cpu.stat', 'usage_usec 2000\nuser_usec 1500\nsystem_usec 500\nnr_periods 4\nnr_throttled 1\nthrottled_usec 30\n');
    w('memory.current', '1048576\n');
    w('memory.max', 'max\n');
    w('memory.stat', 'anon 4096\ninactive_file 8192\n');
    w('pids.current', '3\n');
    w('pids.max', 'max\n');
    w('io.stat', '8:0 rbytes=100 wbytes=200 rios=1 wios=2 dbytes=0 dios=0\n');
    const s = d.stats('c3');
    expect(s.cpu).toEqual({ totalUsage: 2e6, percpuUsage: [], usageInUsermode: 1.5e6, usageInKernelmode: 5e5, periods: 4, throttledPeriods: 1, throttledTime: 30000 });
    expect(s.memory).toMatchObject({ usage: MB, limit: 8 << 30, stats: { anon: 4096, inactive_file: 8192 } });
    expect(s.pids).toEqual({ current: 3, limit: 0 });
    expect(s.blkio).toEqual([{ major: 8, minor: 0, op: 'read', value: 100 }, { major: 8, minor: 0, op: 'write', value: 200 }]);
  });
});

describe('cgroup v1 against a tmp dir', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'cg1-'));
    for (const h of ['cpu,cpuacct', 'cpuset', 'memory', 'devices', 'freezer', 'pids', 'blkio']) mkdirSync(join(root, h));
    writeFileSync(join(root, 'cpuset', 'cpuset.cpus'), '0-1\n');
    writeFileSync(join(root, 'cpuset', 'cpuset.mems'), '0\n');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  const read = (...p: string[]) => readFileSync(join(root, ...p), 'utf8');

  test('one dir per hierarchy; cpuset levels inherit their parent\'s; limits and device rules written', () => {
    const d = new CgroupV1(root, 'keel-y', 0);
    expect(d.hierarchies()).toEqual(['blkio', 'cpu,cpuacct', 'cpuset', 'devices', 'freezer', 'memory', 'pids']);
    d.create('c1', { memory: 64 * MB, memorySwap: 128 * MB, cpuPeriod: 100000, cpuQuota: 50000, pidsLimit: 20 }, deviceRules());
    expect(read('cpuset', 'keel-y', 'cpuset.cpus')).toBe('0-1');
    expect(read('cpuset', 'keel-y', 'c1', 'cpuset.cpus')).toBe('0-1');
    expect(read('memory', 'keel-y', 'c1', 'memory.limit_in_bytes')).toBe(String(64 * MB));
    expect(read('memory', 'keel-y', 'c1', 'memory.memsw.limit_in_bytes')).toBe(String(128 * MB));
    expect(read('cpu,cpuacct', 'keel-y', 'c1', 'cpu.cfs_quota_us')).toBe('50000');
    expect(read('pids', 'keel-y', 'c1', 'pids.max')).toBe('20');
    // a tmp file keeps only the last write: the last allow rule
    expect(read('devices', 'keel-y', 'c1', 'devices.allow')).toBe('c 10:200 rwm');
    expect(read('devices', 'keel-y', 'c1', 'devices.deny')).toBe('c 10:229 rwm');
    writeFileSync(join(root, 'memory', 'keel-y', 'c1', 'memory.oom_control'), 'oom_kill_disable 0\nunder_oom 0\noom_kill 2\n');
    expect(d.oomKilled('c1')).toBe(true);
  });
});

test('the plan puts the init into its cgroups, then it unshares its cgroup namespace; /sys/fs/cgroup read-only', () => {
  const p = buildPlan({
    id: 'c', rootfs: '/r', log: '/l', args: ['sh'], env: [], cwd: '/', hostname: '', networkMode: 'none',
    user: { uid: 0, gid: 0, groups: [], home: '/root' },
    cgroup: { version: '1', dirs: ['/sys/fs/cgroup/memory/keel/c', '/sys/fs/cgroup/pids/keel/c'], hierarchies: ['cpu,cpuacct', 'memory'] },
  });
  expect(p.cloneFlags & CLONE.NEWCGROUP).toBe(0);
  expect(p.unshareFlags).toBe(CLONE.NEWCGROUP);
  expect(p.readonlyPaths).toContain('/sys/fs/cgroup');
  const text = encodePlan(p).toString().split('\0');
  expect(text).toContain('cgroup=/sys/fs/cgroup/memory/keel/c');
  expect(text).toContain(`unshare=${CLONE.NEWCGROUP}`);
  expect(cgroupOps('1', ['cpu,cpuacct'])).toEqual([
    { type: 'mount', source: 'tmpfs', target: '/sys/fs/cgroup', fstype: 'tmpfs', flags: 14, data: 'mode=755' },
    { type: 'mount', source: 'cgroup', target: '/sys/fs/cgroup/cpu,cpuacct', fstype: 'cgroup', flags: 15, data: 'cpu,cpuacct' },
    { type: 'symlink', source: 'cpu,cpuacct', target: '/sys/fs/cgroup/cpu' },
    { type: 'symlink', source: 'cpu,cpuacct', target: '/sys/fs/cgroup/cpuacct' },
  ]);
  expect(cgroupOps('2', [])).toEqual([{ type: 'mount', source: 'cgroup2', target: '/sys/fs/cgroup', fstype: 'cgroup2', flags: 15, data: '' }]);
});

test('ps, net/dev and /proc/stat parsing', () => {
  const ps = 'UID        PID  PPID  C STIME TTY          TIME CMD\nroot         1     0  0 Nov27 ?        00:01:01 /sbin/init\nroot       42     1  0 10:00 ?        00:00:00 sleep 1000 now\n';
  expect(psTable(ps, [42])).toEqual({ titles: ['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD'], processes: [{ fields: ['root', '42', '1', '0', '10:00', '?', '00:00:00', 'sleep 1000 now'] }] });
  expect(() => psTable('USER COMMAND\nroot x\n', [1])).toThrow(/PID/);
  const dev = 'Inter-|   Receive                                                |  Transmit\n face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed\n    lo:     140       2    0    0    0     0          0         0      140       2    0    0    0     0       0          0\n';
  expect(netDev(dev)).toEqual([{ name: 'lo', rxBytes: 140, rxPackets: 2, rxErrors: 0, rxDropped: 0, txBytes: 140, txPackets: 2, txErrors: 0, txDropped: 0 }]);
  expect(systemCpuUsage('cpu  100 0 50 1000 10 0 5 0 0 0\ncpu0 1 2 3\n')).toBe(1165 * 1e7);
});
