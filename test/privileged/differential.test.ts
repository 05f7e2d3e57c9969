// The differential test of the two exec drivers: the same probe container, run by keel-shim
// itself (native) and by runc (the plan rendered as an OCI bundle), must see the same thing:
// capabilities, no_new_privs, seccomp mode, ids, hostname, cwd, environment, umask, mounts (point,
// options, fstype, source, super options), rlimits, /dev, cgroups. Any line that differs is a
// bug in one of the drivers.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { KEEL, ROOT, TestDaemon } from '../helpers/daemon';
import { DOCKER, describeContainers } from '../helpers/privileged';

const describeRoot = describeContainers('exec driver differential tests', { docker: true });

interface Result { code: number | null; stdout: string; stderr: string }

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Result> {
  const proc: ChildProcess = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  proc.stdout!.on('data', (d) => { stdout += d; });
  proc.stderr!.on('data', (d) => { stderr += d; });
  return new Promise((resolve, reject) => {
    proc.on('error', reject);
    proc.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** What the probe prints, a section per aspect; nothing in it depends on time or on the driver's own names. */
export const PROBE = [
  'echo "== status"; grep -E "^(CapInh|CapPrm|CapEff|CapBnd|CapAmb|NoNewPrivs|Seccomp|Seccomp_filters):" /proc/self/status',
  'echo "== id"; id',
  'echo "== hostname"; hostname',
  'echo "== cwd"; pwd',
  'echo "== umask"; umask',
  'echo "== env"; env | sort',
  // mount point, root, per-mount options, fstype, source, super options
  'echo "== mounts"; awk \'{ i = 7; while ($i != "-") i++; print $5, $4, $6, $(i+1), $(i+2), $(i+3) }\' /proc/self/mountinfo',
  'echo "== ulimit"; ulimit -a',
  'echo "== dev"; for f in /dev/* /dev/pts/* /dev/shm /dev/mqueue; do stat -c "%n %F %a %u:%g %t:%T" "$f"; if [ -L "$f" ]; then readlink "$f"; fi; done',
  'echo "== net"; ls /sys/class/net',
  'echo "== cgroup"; cat /proc/self/cgroup',
  'echo "== limits"; for f in memory/memory.limit_in_bytes pids/pids.max cpu/cpu.cfs_quota_us cpu/cpu.shares; do [ -r /sys/fs/cgroup/$f ] && echo "$f $(cat /sys/fs/cgroup/$f)"; done; true',
  'echo "== pid"; echo $$',
].join('; ');

describeRoot('exec drivers: native and runc, side by side', () => {
  const daemon = new TestDaemon('keel-diff');
  const keel = (...args: string[]) => run(KEEL, ['-H', daemon.host, ...args]);
  const docker = (...args: string[]) => run(DOCKER, args, { DOCKER_HOST: daemon.host, DOCKER_CONFIG: join(daemon.dir, 'docker-config') });

  beforeAll(async () => {
    await daemon.start();
    const tar = join(daemon.dir, 'busybox.tar');
    execFileSync('bash', [join(ROOT, 'test', 'fixtures', 'busybox-rootfs.sh'), tar]);
    expect((await keel('import', tar, 'busybox')).code).toBe(0);
  }, 120_000);
  afterAll(async () => {
    await daemon.cleanup();
    expect(readFileSync('/proc/self/mountinfo', 'utf8')).not.toContain(daemon.dir);
    // runc's cgroups are removed with its containers
    for (const h of readdirSync('/sys/fs/cgroup')) {
      const dir = join('/sys/fs/cgroup', h);
      if (existsSync(dir)) expect(readdirSync(dir).filter((d) => /^keel-[0-9a-f]{64}$/.test(d))).toEqual([]);
    }
  }, 60_000);

  /** The probe's report under one runtime, as lines. */
  async function probe(runtime: string, opts: string[], via: 'keel' | 'docker' = 'keel'): Promise<string[]> {
    const cli = via === 'keel' ? keel : docker;
    const r = await cli('run', '--rm', '--runtime', runtime, ...opts, 'busybox', 'sh', '-c', PROBE);
    if (r.code !== 0) throw new Error(`probe under ${runtime} ${opts.join(' ')}: exit ${r.code}: ${r.stderr}`);
    // each container has its own id (in its default hostname and its rootfs's paths): the same name for both
    return r.stdout.trimEnd().replace(/[0-9a-f]{64}/g, '<id>').replace(/\b[0-9a-f]{12}\b/g, '<id12>').split('\n');
  }
  const section = (report: string[], name: string) => {
    const i = report.indexOf(`== ${name}`);
    const j = report.findIndex((l, k) => k > i && l.startsWith('== '));
    return report.slice(i + 1, j < 0 ? undefined : j);
  };

  /**
   * The report as compared: runc mounts the v1 cgroup hierarchies in the host's mountinfo order,
   * keel-shim in its own, so the mounts are compared as a set; and runc also mounts the named
   * hierarchy name=systemd, which the native plan does not have yet (a known difference, left out).
   */
  const comparable = (report: string[]) => {
    const i = report.indexOf('== mounts');
    const j = report.findIndex((l, k) => k > i && l.startsWith('== '));
    const mounts = report.slice(i + 1, j).filter((l) => !l.startsWith('/sys/fs/cgroup/systemd ')).sort();
    return [...report.slice(0, i + 1), ...mounts, ...report.slice(j)];
  };

  const cases: { name: string; opts: string[]; via?: 'keel' | 'docker'; check(r: string[]): void }[] = [
    {
      name: 'default options', opts: [],
      check: (r) => {
        expect(section(r, 'status')).toEqual(expect.arrayContaining(['CapEff:\t00000000a80425fb', 'CapBnd:\t00000000a80425fb', 'NoNewPrivs:\t0', 'Seccomp:\t2']));
        expect(section(r, 'id')).toEqual(['uid=0(root) gid=0(root)']);
        expect(section(r, 'hostname')).toEqual(['<id12>']);
        expect(section(r, 'mounts').map((l) => l.split(' ')[0])).toEqual(expect.arrayContaining(['/', '/proc', '/dev', '/dev/pts', '/dev/shm', '/dev/mqueue', '/sys', '/proc/keys', '/proc/sys']));
        expect(section(r, 'dev').length).toBeGreaterThan(8);
        expect(section(r, 'net')).toEqual(['lo']);
        expect(section(r, 'pid')).toEqual(['1']);
      },
    },
    {
      name: 'default options, through the docker CLI', opts: [], via: 'docker',
      check: (r) => expect(section(r, 'status')).toContain('Seccomp:\t2'),
    },
    {
      name: '-u 1000:1000 -w /tmp --hostname probe -e A=b', opts: ['-u', '1000:1000', '-w', '/tmp', '--hostname', 'probe', '-e', 'A=b'],
      check: (r) => {
        expect(section(r, 'status')).toEqual(expect.arrayContaining(['CapEff:\t0000000000000000', 'CapPrm:\t0000000000000000', 'CapBnd:\t00000000a80425fb']));
        expect(section(r, 'id')).toEqual(['uid=1000 gid=1000']);
        expect(section(r, 'hostname')).toEqual(['probe']);
        expect(section(r, 'cwd')).toEqual(['/tmp']);
        expect(section(r, 'env')).toContain('A=b');
      },
    },
    {
      name: '-u daemon (a named user)', opts: ['-u', 'daemon'],
      check: (r) => expect(section(r, 'id')).toEqual(['uid=1(daemon) gid=1(daemon)']),
    },
    {
      name: '--cap-drop ALL --cap-add NET_RAW --security-opt no-new-privileges', opts: ['--cap-drop', 'ALL', '--cap-add', 'NET_RAW', '--security-opt', 'no-new-privileges'],
      check: (r) => expect(section(r, 'status')).toEqual(expect.arrayContaining(['CapEff:\t0000000000002000', 'CapBnd:\t0000000000002000', 'NoNewPrivs:\t1'])),
    },
    {
      name: '--read-only --tmpfs /run --ulimit nofile=1024:2048', opts: ['--read-only', '--tmpfs', '/run', '--ulimit', 'nofile=1024:2048'],
      check: (r) => {
        expect(section(r, 'mounts').find((l) => l.startsWith('/ '))).toMatch(/^\/ \/ ro,/);
        expect(section(r, 'mounts').some((l) => l.startsWith('/run '))).toBe(true);
        expect(section(r, 'ulimit')).toContainEqual(expect.stringMatching(/^open files\s+\(-n\) 1024$/));
      },
    },
    {
      name: '--security-opt seccomp=unconfined --cap-add SYS_ADMIN', opts: ['--security-opt', 'seccomp=unconfined', '--cap-add', 'SYS_ADMIN'],
      check: (r) => expect(section(r, 'status')).toContain('Seccomp:\t0'),
    },
    {
      name: '-m 64m --pids-limit 50 --cpus 0.5', opts: ['-m', '64m', '--pids-limit', '50', '--cpus', '0.5'],
      check: (r) => expect(section(r, 'limits')).toEqual(expect.arrayContaining(['memory/memory.limit_in_bytes 67108864', 'pids/pids.max 50', 'cpu/cpu.cfs_quota_us 50000'])),
    },
    {
      name: '--privileged', opts: ['--privileged'],
      check: (r) => {
        expect(section(r, 'status')).toContain('Seccomp:\t0');
        // every capability the host has (CAP_SYS_ADMIN among them)
        expect(BigInt(`0x${section(r, 'status').find((l) => l.startsWith('CapEff:'))!.split('\t')[1]}`) & (1n << 21n)).toBe(1n << 21n);
      },
    },
  ];

  for (const c of cases) {
    it(`reports the same under both drivers: ${c.name}`, async () => {
      const native = await probe('native', c.opts, c.via);
      const runc = await probe('runc', c.opts, c.via);
      c.check(native);
      expect(comparable(runc).join('\n')).toBe(comparable(native).join('\n'));
    }, 60_000);
  }

  it('inspect shows each container\'s runtime; info lists both and the default', async () => {
    for (const rt of ['native', 'runc']) {
      const name = `rt-${rt}`;
      expect((await keel('create', '--name', name, '--runtime', rt, 'busybox', 'true')).code).toBe(0);
      const r = await docker('inspect', '--format', '{{.HostConfig.Runtime}}', name);
      expect(r.stdout.trim()).toBe(rt);
      expect((await keel('rm', name)).code).toBe(0);
    }
    const info = JSON.parse((await docker('info', '--format', '{{json .}}')).stdout);
    expect(Object.keys(info.Runtimes).sort()).toEqual(['native', 'runc']);
    expect(info.DefaultRuntime).toBe('native');
    const text = (await keel('info')).stdout;
    expect(text).toMatch(/Runtimes: native runc/);
    expect(text).toMatch(/Default Runtime: native/);
  });

  it('an unknown runtime is refused at create, with Docker\'s words, and nothing is made', async () => {
    for (const cli of [keel, docker]) {
      const r = await cli('run', '--rm', '--runtime', 'kata', 'busybox', 'true');
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(/unknown or invalid runtime name: kata/);
    }
    expect((await keel('ps', '-a', '-q')).stdout.trim()).toBe('');
  });
});

describeRoot('keeld --exec-driver runc', () => {
  const daemon = new TestDaemon('keel-runcd');
  const docker = (...args: string[]) => run(DOCKER, args, { DOCKER_HOST: daemon.host, DOCKER_CONFIG: join(daemon.dir, 'docker-config') });

  beforeAll(async () => {
    await daemon.start({ args: ['--exec-driver', 'runc'] });
    const tar = join(daemon.dir, 'busybox.tar');
    execFileSync('bash', [join(ROOT, 'test', 'fixtures', 'busybox-rootfs.sh'), tar]);
    expect((await run(KEEL, ['-H', daemon.host, 'import', tar, 'busybox'])).code).toBe(0);
  }, 120_000);
  afterAll(async () => {
    await daemon.cleanup();
  }, 60_000);

  it('makes runc the default: info says so, and a container without --runtime runs under runc', async () => {
    const info = JSON.parse((await docker('info', '--format', '{{json .}}')).stdout);
    expect(info.DefaultRuntime).toBe('runc');
    expect((await docker('create', '--name', 'c1', 'busybox', 'sh', '-c', 'echo hello')).code).toBe(0);
    const r = await docker('start', '-a', 'c1');
    expect(r.stdout).toBe('hello\n');
    expect((await docker('inspect', '--format', '{{.HostConfig.Runtime}}', 'c1')).stdout.trim()).toBe('runc');
    // runc's state for it is under this daemon's exec-root
    expect(readdirSync(join(daemon.execRoot, 'runc')).length).toBe(1);
    expect((await docker('rm', 'c1')).code).toBe(0);
    expect(readdirSync(join(daemon.execRoot, 'runc'))).toEqual([]);
  }, 60_000);
});
