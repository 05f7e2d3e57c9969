// End to end through a real keeld, with the keel CLI and the docker CLI alike: the confinement
// options of docker run (--cap-add/--cap-drop, --privileged, --security-opt, --read-only,
// --tmpfs, -u/--group-add, --ulimit, --device), seen from inside the container, their bad inputs
// refused at create with nothing left behind, and no file descriptor of keel's reaching a container.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KEEL, ROOT, TestDaemon } from '../helpers/daemon';
import { DOCKER, describeContainers } from '../helpers/privileged';

const describeRoot = describeContainers('security e2e tests', { docker: true });

interface Result { code: number | null; stdout: string; stderr: string }

function start(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): { proc: ChildProcess; done: Promise<Result> } {
  const proc = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  proc.stdout!.on('data', (d) => { stdout += d; });
  proc.stderr!.on('data', (d) => { stderr += d; });
  const done = new Promise<Result>((resolve, reject) => {
    proc.on('error', reject);
    proc.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
  return { proc, done };
}

/** A field of /proc/self/status as the container's process sees it ("CapEff", "Seccomp", …). */
const statusField = (out: string, field: string) => new RegExp(`^${field}:\\s*(\\S+)`, 'm').exec(out)?.[1];
// --privileged: every capability of the host's bounding set (keeld runs with the test's)
const allCaps = statusField(readFileSync('/proc/self/status', 'utf8'), 'CapBnd');

describeRoot('confinement options, end to end', () => {
  const daemon = new TestDaemon('keel-sec');
  const clis = {
    keel: (...args: string[]) => start(KEEL, ['-H', daemon.host, ...args]),
    docker: (...args: string[]) => start(DOCKER, args, { DOCKER_HOST: daemon.host, DOCKER_CONFIG: join(daemon.dir, 'docker-config') }),
  };
  const run = (cli: keyof typeof clis, ...args: string[]) => clis[cli](...args).done;
  /** run --rm busybox sh -c SCRIPT with the flags; the container's stdout, and it must exit 0 */
  const sh = async (cli: keyof typeof clis, flags: string[], script: string): Promise<string> => {
    const r = await run(cli, 'run', '--rm', ...flags, 'busybox', 'sh', '-c', script);
    if (r.code !== 0) throw new Error(`${cli} run ${flags.join(' ')} sh -c '${script}': exit ${r.code}: ${r.stderr}${r.stdout}`);
    return r.stdout;
  };
  /** create with the flags must fail, say why, and leave no container behind */
  const refused = async (cli: keyof typeof clis, flags: string[], why: RegExp) => {
    const r = await run(cli, 'create', ...flags, 'busybox', 'true');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(why);
    expect((await run('keel', 'ps', '-a', '-q')).stdout).toBe('');
  };

  beforeAll(async () => {
    await daemon.start();
    const tar = join(daemon.dir, 'busybox.tar');
    execFileSync('bash', [join(ROOT, 'test', 'fixtures', 'busybox-rootfs.sh'), tar]);
    expect((await run('keel', 'import', tar, 'busybox')).code).toBe(0);
    // allows everything but mkdir/mkdirat, which fail with EPERM (errno 1)
    writeFileSync(join(daemon.dir, 'no-mkdir.json'), JSON.stringify({
      defaultAction: 'SCMP_ACT_ALLOW',
      syscalls: [{ names: ['mkdir', 'mkdirat'], action: 'SCMP_ACT_ERRNO', errnoRet: 1 }],
    }, null, 2));
    // a static probe: PTRACE_ATTACH to a pid, or connect() to a unix socket; prints the errno's name
    writeFileSync(join(daemon.dir, 'escape-probe.c'), [
      '#include <errno.h>', '#include <stdio.h>', '#include <stdlib.h>', '#include <string.h>', '#include <sys/ptrace.h>',
      '#include <sys/socket.h>', '#include <sys/un.h>', '#include <unistd.h>',
      'static const char *name(int e) { return e == ESRCH ? "ESRCH" : e == EPERM ? "EPERM" : e == ENOENT ? "ENOENT" : e == EACCES ? "EACCES" : strerror(e); }',
      'int main(int argc, char **argv) {',
      '  if (argc != 3) return 2;',
      '  int r;',
      '  if (!strcmp(argv[1], "ptrace")) r = (int)ptrace(PTRACE_ATTACH, atoi(argv[2]), 0, 0);',
      '  else { struct sockaddr_un a = { .sun_family = AF_UNIX }; strncpy(a.sun_path, argv[2], sizeof a.sun_path - 1);',
      '         int fd = socket(AF_UNIX, SOCK_STREAM, 0); r = connect(fd, (struct sockaddr *)&a, sizeof a); }',
      '  printf("%s %s: %s\\n", argv[1], argv[2], r == 0 ? "ok" : name(errno));',
      '  return 0;',
      '}', ''].join('\n'));
    execFileSync('cc', ['-static', '-O1', '-o', join(daemon.dir, 'escape-probe'), join(daemon.dir, 'escape-probe.c')]);
    writeFileSync(join(daemon.dir, 'broken.json'), '{"defaultAction": ');
    writeFileSync(join(daemon.dir, 'no-default.json'), '{"syscalls": []}');
  }, 120_000);
  afterAll(async () => {
    await daemon.cleanup();
    expect(readFileSync('/proc/self/mountinfo', 'utf8')).not.toContain(daemon.dir);
  }, 60_000);

  for (const cli of ['keel', 'docker'] as const) {
    describe(`${cli} run`, () => {
      it('keeps Docker\'s default capabilities, drops them all with --cap-drop ALL, adds NET_ADMIN with --cap-add', async () => {
        const script = 'grep -E "^Cap(Eff|Bnd)" /proc/self/status; ip link set lo mtu 1200 && echo mtu-ok || echo mtu-denied';
        const dflt = await sh(cli, [], script);
        expect(statusField(dflt, 'CapEff')).toBe('00000000a80425fb');
        expect(dflt).toContain('mtu-denied');
        const none = await sh(cli, ['--cap-drop', 'ALL'], script);
        expect(statusField(none, 'CapEff')).toBe('0000000000000000');
        expect(statusField(none, 'CapBnd')).toBe('0000000000000000');
        const net = await sh(cli, ['--cap-add', 'NET_ADMIN', '--cap-drop', 'chown'], script);
        // the defaults, NET_ADMIN (12) added, CHOWN (0) dropped
        expect(statusField(net, 'CapEff')).toBe('00000000a80435fa');
        expect(net).toContain('mtu-ok');
        const onlyKill = await sh(cli, ['--cap-drop', 'ALL', '--cap-add', 'CAP_KILL'], script);
        expect(statusField(onlyKill, 'CapEff')).toBe((1n << 5n).toString(16).padStart(16, '0'));
      });

      it('gives --privileged every capability, no seccomp, no masked paths, /sys read-write, the host\'s devices, and mount', async () => {
        const out = await sh(cli, ['--privileged'],
          'grep -E "^(CapEff|Seccomp):" /proc/self/status; grep " /sys " /proc/mounts; grep -c " /proc/kcore " /proc/mounts;'
          + ' ls /dev/fuse; mkdir /mnt2 && mount -t tmpfs none /mnt2 && echo mounted');
        expect(statusField(out, 'CapEff')).toBe(allCaps);
        expect(statusField(out, 'Seccomp')).toBe('0');
        expect(out).toMatch(/^sysfs \/sys sysfs rw,/m);
        expect(out).toMatch(/^0$/m); // /proc/kcore is not masked
        expect(out).toContain('/dev/fuse');
        expect(out).toContain('mounted');
        const plain = await sh(cli, [], 'grep -E "^Seccomp:" /proc/self/status; grep " /sys " /proc/mounts; mount -t tmpfs none /mnt || echo refused');
        expect(statusField(plain, 'Seccomp')).toBe('2');
        expect(plain).toMatch(/^sysfs \/sys sysfs ro,/m);
        expect(plain).toContain('refused');
      });

      it('takes --security-opt seccomp=unconfined, seccomp=PROFILE.json and no-new-privileges', async () => {
        expect(statusField(await sh(cli, ['--security-opt', 'seccomp=unconfined'], 'cat /proc/self/status'), 'Seccomp')).toBe('0');
        const prof = await sh(cli, ['--security-opt', `seccomp=${join(daemon.dir, 'no-mkdir.json')}`],
          'grep Seccomp: /proc/self/status; mkdir /tmp/d 2>&1 || echo mkdir-denied; touch /tmp/f && echo touch-ok');
        expect(statusField(prof, 'Seccomp')).toBe('2');
        expect(prof).toContain('mkdir-denied');
        expect(prof).toContain('touch-ok');
        expect(statusField(await sh(cli, [], 'cat /proc/self/status'), 'NoNewPrivs')).toBe('0');
        for (const opt of ['no-new-privileges', 'no-new-privileges:true', 'no-new-privileges=true']) {
          expect(statusField(await sh(cli, ['--security-opt', opt], 'cat /proc/self/status'), 'NoNewPrivs')).toBe('1');
        }
        expect(statusField(await sh(cli, ['--security-opt', 'no-new-privileges=false'], 'cat /proc/self/status'), 'NoNewPrivs')).toBe('0');
      });

      it('mounts the rootfs read-only with --read-only, and a --tmpfs with Docker\'s options', async () => {
        const out = await sh(cli, ['--read-only', '--tmpfs', '/tmp', '--tmpfs', '/run:size=1m,mode=700'],
          'touch /x 2>&1 || echo root-ro; touch /tmp/x && echo tmp-rw; touch /dev/shm/x && echo shm-rw; grep -E " /(tmp|run) " /proc/mounts; stat -c %a /run');
        expect(out).toMatch(/Read-only file system/);
        expect(out).toContain('root-ro');
        expect(out).toContain('tmp-rw');
        expect(out).toContain('shm-rw');
        expect(out).toMatch(/^tmpfs \/tmp tmpfs rw,nosuid,nodev,noexec/m);
        expect(out).toMatch(/^tmpfs \/run tmpfs rw,nosuid,nodev,noexec,.*size=1024k/m);
        expect(out).toMatch(/^700$/m);
        // busybox runs the applet named by argv[0]
        const exec = await sh(cli, ['--tmpfs', '/t:exec', '--tmpfs', '/n'], 'cp /bin/busybox /t/true && /t/true && echo exec-ok; cp /bin/busybox /n/true; /n/true || echo noexec');
        expect(exec).toContain('exec-ok');
        expect(exec).toContain('noexec');
        expect(await sh(cli, [], 'touch /x && echo root-rw')).toContain('root-rw');
      });

      it('runs as -u user with its groups and --group-add', async () => {
        // nobody is a member of no group in the image's /etc/group: no supplementary groups
        expect((await sh(cli, ['-u', 'nobody'], 'id; grep ^Groups: /proc/self/status')).trim().split('\n'))
          .toEqual(['uid=65534(nobody) gid=65534(nogroup)', 'Groups:']);
        expect((await sh(cli, ['-u', '1000:50', '--group-add', 'tty', '--group-add', '4242'], 'id -u; id -g; id -G')).trim().split('\n'))
          .toEqual(['1000', '50', '50 5 4242']);
        const root = await sh(cli, ['--group-add', 'staff'], 'grep ^Groups: /proc/self/status');
        expect(root).toMatch(/^Groups:\s*50\s*$/m);
      });

      it('sets --ulimit soft and hard limits', async () => {
        expect((await sh(cli, ['--ulimit', 'nofile=100:200', '--ulimit', 'nproc=50'], 'ulimit -n; ulimit -Hn; ulimit -u; ulimit -Hu')).trim().split('\n'))
          .toEqual(['100', '200', '50', '50']);
      });

      it('makes --device nodes with the host node\'s numbers', async () => {
        const fuse = statSync('/dev/fuse');
        const out = await sh(cli, ['--device', '/dev/fuse', '--device', '/dev/null:/dev/mynull:rw', '--device', '/dev/net:/dev/vnet'],
          'stat -c "%n %t:%T %F" /dev/fuse /dev/mynull /dev/vnet/tun; echo hi > /dev/mynull && echo wrote');
        expect(out).toContain('/dev/vnet/tun a:c8 character special file');
        expect(out).toContain(`/dev/fuse ${(fuse.rdev >> 8).toString(16)}:${(fuse.rdev & 0xff).toString(16)} character special file`);
        expect(out).toContain('/dev/mynull 1:3 character special file');
        expect(out).toContain('wrote');
      });

      it('refuses bad capabilities and security options at create, with a clear error, making nothing', async () => {
        await refused(cli, ['--cap-add', 'FOO'], /unknown capability: CAP_FOO/);
        await refused(cli, ['--security-opt', 'bogus=1'], /invalid --security-opt 2: "bogus=1"/);
        await refused(cli, ['--security-opt', 'no-new-privileges=maybe'], /invalid --security-opt 2/);
        await refused(cli, ['--security-opt', `seccomp=${join(daemon.dir, 'broken.json')}`], /seccomp profile/);
        await refused(cli, ['--security-opt', `seccomp=${join(daemon.dir, 'no-default.json')}`], /invalid seccomp profile: no "defaultAction"/);
        await refused(cli, ['--security-opt', `seccomp=${join(daemon.dir, 'missing.json')}`], /opening seccomp profile .*missing\.json/);
      }, 120_000);

      it('refuses bad tmpfs mounts and ulimits at create, with a clear error, making nothing', async () => {
        await refused(cli, ['--tmpfs', 'relative'], /invalid mount path: 'relative' mount path must be absolute/);
        await refused(cli, ['--tmpfs', '/t:bogus'], /invalid tmpfs option "bogus"/);
        await refused(cli, ['--ulimit', 'nofile=200:100'], /ulimit soft limit must be less than or equal to hard limit: 200 > 100/);
        await refused(cli, ['--ulimit', 'bogus=1'], /invalid ulimit type: bogus/);
      }, 120_000);

      it('refuses missing devices, bad device modes and unknown groups at create, with a clear error, making nothing', async () => {
        await refused(cli, ['--device', '/dev/nosuchdevice'], /error gathering device information while adding custom device "\/dev\/nosuchdevice": no such file or directory/);
        await refused(cli, ['--device', '/dev/null:/dev/x:rwz'], /bad mode specified: rwz/);
        await refused(cli, ['--group-add', 'nosuchgroup'], /Unable to find group nosuchgroup/);
      }, 120_000);

      it('cannot ptrace or signal a host process, sees no host pid, and cannot reach the API socket', async () => {
        const host = daemon.proc.pid!;
        const out = await sh(cli, ['-v', `${join(daemon.dir, 'escape-probe')}:/probe:ro`],
          `/probe ptrace ${host}; /probe connect ${daemon.sock}; kill -0 ${host} 2>/dev/null && echo kill=ok || echo kill=failed; ls /proc | grep -c '^[0-9]'`);
        const lines = out.trim().split('\n');
        // keeld's pid does not exist in the container's pid namespace
        expect(lines[0]).toBe(`ptrace ${host}: ESRCH`);
        expect(lines[1]).toBe(`connect ${daemon.sock}: ENOENT`);
        expect(lines[2]).toBe('kill=failed');
        // pid 1 (sh), its ls and grep: three processes, none of the host's
        expect(Number(lines[3])).toBeLessThanOrEqual(3);
      });

      it('lets no file descriptor of keel\'s into the container, and starts it inside its rootfs', async () => {
        const out = await sh(cli, ['-w', '/tmp'], 'ls /proc/self/fd; echo --; ls /proc/1/fd; echo --; ls -l /proc/1/fd; readlink /proc/self/cwd; readlink /proc/1/cwd; readlink /proc/1/root');
        const [self, one, long] = out.split('--\n');
        // ls's own directory fd is 3
        expect(self!.trim().split('\n')).toEqual(['0', '1', '2', '3']);
        expect(one!.trim().split('\n')).toEqual(['0', '1', '2']);
        for (const l of long!.split('\n').filter((x) => x.includes('->'))) {
          expect(l.split('-> ')[1]).toMatch(/^(\/dev\/null|pipe:\[\d+\])$/);
        }
        expect(out.trim().split('\n').slice(-3)).toEqual(['/tmp', '/tmp', '/']);
        // with --init pid 1 is keel-shim's tiny init, which never execs: it must hold nothing either
        const init = await sh(cli, ['--init'], 'ls /proc/1/fd; ls -l /proc/1/fd; readlink /proc/1/cwd');
        expect(init.trim().split('\n').filter((l) => /^\d+$/.test(l))).toEqual(['0', '1', '2']);
        for (const l of init.split('\n').filter((x) => x.includes('->'))) expect(l.split('-> ')[1]).toMatch(/^(\/dev\/null|pipe:\[\d+\])$/);
        expect(init.trim().split('\n').pop()).toBe('/');
      });
    });
  }

  it('shows the confinement options in inspect, in Docker\'s shape', async () => {
    const c = await run('docker', 'create', '--name', 'shown', '--cap-add', 'net_admin', '--cap-drop', 'MKNOD', '--read-only',
      '--security-opt', 'no-new-privileges', '--group-add', 'staff', '--ulimit', 'nofile=100:200', '--device', '/dev/fuse',
      '--tmpfs', '/run:size=1m', 'busybox', 'true');
    expect(c.code).toBe(0);
    for (const cli of ['keel', 'docker'] as const) {
      const [ins] = JSON.parse((await run(cli, 'inspect', 'shown')).stdout) as { HostConfig: Record<string, unknown> }[];
      expect(ins!.HostConfig).toMatchObject({
        CapAdd: ['CAP_NET_ADMIN'], CapDrop: ['CAP_MKNOD'], Privileged: false, ReadonlyRootfs: true, SecurityOpt: ['no-new-privileges'],
        GroupAdd: ['staff'], Ulimits: [{ Name: 'nofile', Hard: 200, Soft: 100 }],
        Devices: [{ PathOnHost: '/dev/fuse', PathInContainer: '/dev/fuse', CgroupPermissions: 'rwm' }], Tmpfs: { '/run': 'size=1m' },
      });
    }
    expect((await run('docker', 'rm', 'shown')).code).toBe(0);
  });
});
