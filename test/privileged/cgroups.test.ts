// End to end: each container's cgroup, its limits, OOM kills, and the cgroup's removal, through a
// real keeld, with the keel CLI and the docker CLI. Needs root (v1 limits are tested for real; v2
// file writes are unit-tested against a tmp dir). Skipped with the reason printed otherwise.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KEEL, ROOT, TestDaemon, cgroupParentDirs } from '../helpers/daemon';
import { DOCKER, describeContainers } from '../helpers/privileged';

const describeRoot = describeContainers('cgroups e2e tests', { docker: true });
const V1 = !existsSync('/sys/fs/cgroup/cgroup.controllers');

interface Result { code: number | null; stdout: string; stderr: string }

function exec(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Result> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => { stdout += d; });
    p.stderr.on('data', (d) => { stderr += d; });
    p.on('error', reject);
    p.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describeRoot('cgroups', () => {
  const daemon = new TestDaemon('keel-cgroups');
  const keel = (...args: string[]) => exec(KEEL, ['-H', daemon.host, ...args]);
  const docker = (...args: string[]) => exec(DOCKER, args, { DOCKER_HOST: daemon.host, DOCKER_CONFIG: join(daemon.dir, 'docker-config') });
  const inspect = async (name: string) => JSON.parse((await keel('inspect', '--type', 'container', name)).stdout)[0];
  /** the container's cgroup dir of one v1 controller (or the v2 dir) */
  const cgdir = (controller: string, id: string) => (V1 ? join('/sys/fs/cgroup', controller, daemon.cgroupParent, id) : join('/sys/fs/cgroup', daemon.cgroupParent, id));
  const runD = async (...args: string[]) => {
    const r = await keel('run', '-d', ...args);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    return r.stdout.trim();
  };
  const containerCount = async () => (await keel('ps', '-a', '-q')).stdout.split('\n').filter(Boolean).length;
  const cgroupCount = () => cgroupParentDirs(daemon.cgroupParent).filter(existsSync)
    .reduce((n, d) => n + readdirCount(d), 0);

  beforeAll(async () => {
    await daemon.start();
    const tar = join(daemon.dir, 'busybox.tar');
    execFileSync('bash', [join(ROOT, 'test', 'fixtures', 'busybox-rootfs.sh'), tar]);
    expect((await keel('import', tar, 'busybox')).code).toBe(0);
  }, 120_000);
  afterAll(async () => {
    const ids = (await keel('ps', '-a', '-q')).stdout.split('\n').filter(Boolean);
    if (ids.length) await keel('rm', '-f', ...ids);
    await daemon.cleanup();
    // nothing of the daemon's cgroup parent is left
    expect(cgroupParentDirs(daemon.cgroupParent).filter(existsSync)).toEqual([]);
  }, 60_000);

  test('the init runs in a cgroup of its own under the parent, the shim outside it; rm removes it', async () => {
    const id = await runD('busybox', 'sleep', '1000');
    const { State: { Pid: pid } } = await inspect(id);
    const dir = cgdir('memory', id);
    expect(readFileSync(join(dir, 'cgroup.procs'), 'utf8').split('\n')).toContain(String(pid));
    const shimPid = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
    expect(readFileSync(`/proc/${shimPid}/cmdline`, 'utf8')).toContain('keel-shim');
    expect(readFileSync(`/proc/${shimPid}/cgroup`, 'utf8')).not.toContain(id);
    for (const c of V1 ? ['cpu', 'cpuacct', 'cpuset', 'memory', 'devices', 'freezer', 'blkio', 'pids'] : ['']) {
      expect(readFileSync(join(cgdir(c, id), 'cgroup.procs'), 'utf8').trim()).toBe(String(pid));
    }
    expect((await keel('rm', '-f', id)).code).toBe(0);
    expect(existsSync(dir)).toBe(false);
  }, 60_000);

  test('inside, /sys/fs/cgroup is read-only and the container\'s cgroup is its root', async () => {
    const r = await keel('run', '--rm', '--pids-limit', '20', 'busybox', 'sh', '-c',
      'cat /proc/self/cgroup; cat /sys/fs/cgroup/pids/pids.max /sys/fs/cgroup/pids.max 2>/dev/null; touch /sys/fs/cgroup/x 2>&1; mkdir /sys/fs/cgroup/pids/y 2>&1; echo done');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    if (V1) expect(lines.some((l) => /^\d+:memory:\/$/.test(l))).toBe(true);
    for (const l of lines.filter((x) => /^\d+:[^:]*:/.test(x))) expect(l.split(':')[2]).toBe('/');
    expect(lines).toContain('20');
    expect(r.stdout).toMatch(/touch: \/sys\/fs\/cgroup\/x: Read-only file system/);
    expect(r.stdout).toMatch(/mkdir: can't create directory '\/sys\/fs\/cgroup\/pids\/y': Read-only file system/);
    expect(lines).toContain('done');
  }, 60_000);

  test('a container over its memory limit is OOM-killed: exit 137, State.OOMKilled (keel and docker CLIs)', async () => {
    const hog = ['sh', '-c', 'x=$(head -c 200m /dev/zero | tr "\\0" a); echo survived'];
    const r = await keel('run', '--name', 'oom-keel', '-m', '64m', 'busybox', ...hog);
    expect(r.code).toBe(137);
    expect(r.stdout).not.toContain('survived');
    const s = await inspect('oom-keel');
    expect(s.State).toMatchObject({ ExitCode: 137, OOMKilled: true });
    expect(s.HostConfig).toMatchObject({ Memory: 64 * 1024 * 1024, MemorySwap: 128 * 1024 * 1024 });
    const d = await docker('run', '--name', 'oom-docker', '--memory', '64m', 'busybox', ...hog);
    expect(d.code).toBe(137);
    expect(JSON.parse((await docker('inspect', 'oom-docker')).stdout)[0].State).toMatchObject({ ExitCode: 137, OOMKilled: true });
    // a container that stays in its limit is not
    expect((await keel('run', '--name', 'no-oom', '-m', '64m', 'busybox', 'sh', '-c', 'x=$(head -c 1m /dev/zero | tr "\\0" a)')).code).toBe(0);
    expect((await inspect('no-oom')).State.OOMKilled).toBe(false);
    await keel('rm', 'oom-keel', 'oom-docker', 'no-oom');
  }, 120_000);

  test('--pids-limit 20: a 21st process cannot be forked', async () => {
    // sh is one and 19 sleeps fill the limit; then only builtins (no fork) until the 21st
    const script = 'i=0; while [ $i -lt 19 ]; do sleep 30 & i=$((i+1)); done; read c < /sys/fs/cgroup/pids/pids.current || read c < /sys/fs/cgroup/pids.current; echo "current=$c"; sleep 30 & echo end';
    const r = await keel('run', '--rm', '--pids-limit', '20', 'busybox', 'sh', '-c', script);
    expect(r.stdout).toContain('current=20');
    expect(r.stderr + r.stdout).toMatch(/can't fork|Resource temporarily unavailable/);
    const d = await docker('run', '--rm', '--pids-limit', '20', 'busybox', 'sh', '-c', script);
    expect(d.stdout).toContain('current=20');
    expect(d.stderr + d.stdout).toMatch(/can't fork|Resource temporarily unavailable/);
  }, 60_000);

  test('--cpus 0.5 holds a busy loop near half a core', async () => {
    // the host is shared and busy: the daemon's parent cgroup gets the top CPU weight, so that the
    // quota, not the competition, is what holds the loop back
    if (V1) {
      mkdirSync(join('/sys/fs/cgroup/cpu', daemon.cgroupParent), { recursive: true });
      writeFileSync(join('/sys/fs/cgroup/cpu', daemon.cgroupParent, 'cpu.shares'), '262144');
    }
    const id = await runD('--cpus', '0.5', 'busybox', 'sh', '-c', 'while :; do :; done');
    const usage = () => Number(readFileSync(V1 ? join(cgdir('cpuacct', id), 'cpuacct.usage') : join(cgdir('', id), 'cpu.stat'), 'utf8').trim());
    await sleep(300);
    const u0 = usage();
    const t0 = process.hrtime.bigint();
    await sleep(2000);
    const share = (usage() - u0) / Number(process.hrtime.bigint() - t0);
    expect(share).toBeLessThan(0.6);
    expect(share).toBeGreaterThan(0.3);
    if (V1) expect(Number(/nr_throttled (\d+)/.exec(readFileSync(join(cgdir('cpu', id), 'cpu.stat'), 'utf8'))![1])).toBeGreaterThan(0);
    expect((await inspect(id)).HostConfig.NanoCpus).toBe(5e8);
    expect(readFileSync(join(cgdir('cpu', id), 'cpu.cfs_quota_us'), 'utf8').trim()).toBe('50000');
    await keel('rm', '-f', id);
  }, 60_000);

  test('the limits land in the cgroup files and in inspect', async () => {
    const id = await runD('-m', '32m', '--memory-swap', '64m', '--memory-reservation', '16m', '--cpu-shares', '512', '--cpu-period', '50000', '--cpu-quota', '25000',
      '--cpuset-cpus', '0', '--cpuset-mems', '0', 'busybox', 'sleep', '1000');
    const read = (c: string, f: string) => readFileSync(join(cgdir(c, id), f), 'utf8').trim();
    if (V1) {
      expect(read('memory', 'memory.limit_in_bytes')).toBe(String(32 << 20));
      expect(read('memory', 'memory.memsw.limit_in_bytes')).toBe(String(64 << 20));
      expect(read('memory', 'memory.soft_limit_in_bytes')).toBe(String(16 << 20));
      expect(read('cpu', 'cpu.shares')).toBe('512');
      expect(read('cpu', 'cpu.cfs_period_us')).toBe('50000');
      expect(read('cpu', 'cpu.cfs_quota_us')).toBe('25000');
      expect(read('cpuset', 'cpuset.cpus')).toBe('0');
      expect(read('devices', 'devices.list').split('\n')).toEqual(expect.arrayContaining(['c 1:3 rwm', 'c 136:* rwm', 'c *:* m', 'b *:* m']));
      expect(read('devices', 'devices.list')).not.toContain('a *:* rwm');
    }
    const hc = (await inspect(id)).HostConfig;
    expect(hc).toMatchObject({ Memory: 32 << 20, MemorySwap: 64 << 20, MemoryReservation: 16 << 20, CpuShares: 512, CpuPeriod: 50000, CpuQuota: 25000, CpusetCpus: '0', CpusetMems: '0', PidsLimit: null });
    await keel('rm', '-f', id);
  }, 60_000);

  test('bad limits are refused at create with Docker\'s message, nothing made', async () => {
    const before = await containerCount();
    const cgBefore = cgroupCount();
    const ncpu = readFileSync('/sys/devices/system/cpu/online', 'utf8').trim().split(',').reduce((n, p) => { const [a, b] = p.split('-').map(Number); return n + (b === undefined ? 1 : b - a + 1); }, 0);
    const cases: [string[], RegExp][] = [
      [['-m', '4m'], /Minimum memory limit allowed is 6MB/],
      [['-m', '64m', '--memory-swap', '32m'], /Minimum memoryswap limit should be larger than memory limit/],
      [['--cpuset-cpus', '99'], /Requested CPUs are not available - requested 99, available: /],
      [['--cpuset-cpus', 'x-y'], /Invalid value x-y for cpuset cpus/],
      [['--cpus', String(ncpu + 1)], new RegExp(`Range of CPUs is from 0.01 to ${ncpu}.00, as there are only ${ncpu} CPUs available`)],
      [['--blkio-weight', '5'], /Range of blkio weight is from 10 to 1000/],
      [['--cpu-period', '10'], /CPU cfs period can not be less than 1ms/],
    ];
    for (const [flags, msg] of cases) {
      const k = await keel('create', ...flags, 'busybox', 'true');
      expect(k.code).not.toBe(0);
      expect(k.stderr).toMatch(msg);
      const d = await docker('create', ...flags, 'busybox', 'true');
      expect(d.code).not.toBe(0);
      expect(d.stderr).toMatch(msg);
      const api = await daemon.request('POST', '/containers/create', JSON.stringify({ Image: 'busybox', Cmd: ['true'], HostConfig: { Memory: 1024 } }), { 'content-type': 'application/json' });
      expect(api.status).toBe(400);
      expect(JSON.parse(api.body).message).toMatch(/Minimum memory limit allowed is 6MB/);
    }
    expect(await containerCount()).toBe(before);
    expect(cgroupCount()).toBe(cgBefore);
  }, 120_000);
  test('pause freezes (a counter stops), ps and inspect say paused, unpause resumes; kill of a paused container ends it', async () => {
    const id = await runD('busybox', 'sh', '-c', 'i=0; while :; do i=$((i+1)); echo $i > /tmp/n; sleep 0.05; done');
    const { State: { Pid: pid } } = await inspect(id);
    // the counter file, read from the host through the init's root
    const counter = () => Number(readFileSync(`/proc/${pid}/root/tmp/n`, 'utf8'));
    await sleep(300);
    expect((await keel('pause', id))).toMatchObject({ code: 0, stdout: `${id}\n` });
    expect(readFileSync(join(cgdir(V1 ? 'freezer' : '', id), V1 ? 'freezer.state' : 'cgroup.freeze'), 'utf8').trim()).toBe(V1 ? 'FROZEN' : '1');
    const frozenAt = counter();
    await sleep(500);
    expect(counter()).toBe(frozenAt);
    const st = await inspect(id);
    expect(st.State).toMatchObject({ Status: 'paused', Paused: true, Running: true });
    expect((await keel('ps')).stdout).toMatch(/Up .* \(Paused\)/);
    expect((await docker('ps', '--format', '{{.Status}}')).stdout).toMatch(/\(Paused\)/);
    const again = await keel('pause', id);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/already paused/);
    expect((await docker('unpause', id))).toMatchObject({ code: 0 });
    await sleep(500);
    expect(counter()).toBeGreaterThan(frozenAt);
    expect((await inspect(id)).State).toMatchObject({ Status: 'running', Paused: false });
    expect((await keel('unpause', id)).stderr).toMatch(/is not paused/);
    // a paused container dies of SIGKILL (thawed after it, as Docker does)
    expect((await docker('pause', id)).code).toBe(0);
    expect((await keel('kill', id)).code).toBe(0);
    const end = Date.now() + 10_000;
    while ((await inspect(id)).State.Running && Date.now() < end) await sleep(50);
    expect((await inspect(id)).State).toMatchObject({ Status: 'exited', Paused: false, ExitCode: 137 });
    await keel('rm', id);
    expect(existsSync(cgdir('memory', id))).toBe(false);
  }, 60_000);

  test('stats and top show the container\'s own numbers (keel, docker and the API)', async () => {
    const id = await runD('--name', 'busy', '-m', '64m', '--pids-limit', '50', 'busybox', 'sh', '-c', 'sleep 1000 & while :; do :; done');
    await sleep(500);
    const r = await daemon.request('GET', `/containers/${id}/stats?stream=false`);
    expect(r.status).toBe(200);
    const s = JSON.parse(r.body);
    expect(s).toMatchObject({ id, name: '/busy', pids_stats: { current: 2, limit: 50 }, memory_stats: { limit: 64 << 20 } });
    expect(s.cpu_stats.cpu_usage.total_usage).toBeGreaterThan(s.precpu_stats.cpu_usage.total_usage);
    expect(s.cpu_stats.system_cpu_usage).toBeGreaterThan(s.precpu_stats.system_cpu_usage);
    expect(s.cpu_stats.online_cpus).toBeGreaterThan(0);
    expect(s.memory_stats.usage).toBeGreaterThan(0);
    expect(s.memory_stats.usage).toBeLessThan(64 << 20);
    expect(Object.keys(s.networks ?? {})).toEqual(['lo']);
    expect(new Date(s.read).getTime()).toBeGreaterThan(new Date(s.preread).getTime());
    // a busy loop: a real share of a CPU as the docker CLI computes it (the host is shared: no exact value), at most all CPUs
    const k = await keel('stats', '--no-stream', 'busy');
    expect(k.code).toBe(0);
    const [head, row] = k.stdout.trim().split('\n');
    expect(head).toMatch(/^CONTAINER ID\s+NAME\s+CPU %\s+MEM USAGE \/ LIMIT\s+MEM %\s+NET I\/O\s+BLOCK I\/O\s+PIDS$/);
    expect(row).toMatch(new RegExp(`^${id.slice(0, 12)}\\s+busy\\s+\\d+\\.\\d\\d%\\s+[\\d.]+[KMG]?i?B / 64MiB\\s+\\d+\\.\\d\\d%\\s+.+\\s+2$`));
    const cpuPct = Number(/\s(\d+\.\d\d)%/.exec(row)![1]);
    expect(cpuPct).toBeGreaterThan(5);
    expect(cpuPct).toBeLessThanOrEqual(100 * s.cpu_stats.online_cpus + 1);
    const d = await docker('stats', '--no-stream', '--format', '{{.Name}} {{.PIDs}} {{.MemUsage}}', 'busy');
    expect(d).toMatchObject({ code: 0 });
    expect(d.stdout.trim()).toMatch(/^busy 2 [\d.]+[KMG]?i?B \/ 64MiB$/);
    // top: ps -ef's columns, the container's two processes (sh and sleep) by their host pids
    const t = await keel('top', 'busy');
    expect(t.code).toBe(0);
    const lines = t.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^UID\s+PID\s+PPID\s+C\s+STIME\s+TTY\s+TIME\s+CMD$/);
    expect(lines.length).toBe(3);
    const pid = (await inspect('busy')).State.Pid;
    expect(lines.some((l) => new RegExp(`^root\\s+${pid}\\s`).test(l))).toBe(true);
    expect(t.stdout).toContain('sleep 1000');
    const dt = await docker('top', 'busy');
    expect(dt.code).toBe(0);
    expect(dt.stdout).toContain('sleep 1000');
    const api = JSON.parse((await daemon.request('GET', `/containers/${id}/top`)).body);
    expect(api.Titles).toEqual(['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD']);
    expect(api.Processes).toHaveLength(2);
    await keel('rm', '-f', id);
    // stopped: top refuses, stats are zeros
    const missing = await daemon.request('GET', '/containers/nosuch/stats?stream=false');
    expect(missing.status).toBe(404);
  }, 60_000);
});

function readdirCount(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).length;
}
