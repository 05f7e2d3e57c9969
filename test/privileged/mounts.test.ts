// End to end through a real keeld, with the keel CLI and the docker CLI alike: binds (-v and
// --mount, read-only refusing writes), named volumes kept across containers and refused removal
// while in use, copy-up of the image's content, an image's symlinks that must not carry a mount
// out of the rootfs (CVE-2021-30465's class), and bad input refused at create with nothing made.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KEEL, ROOT, TestDaemon } from '../helpers/daemon';
import { DOCKER, describeContainers } from '../helpers/privileged';

const describeRoot = describeContainers('mounts e2e tests', { docker: true });

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

describeRoot('mounts and volumes, end to end', () => {
  const daemon = new TestDaemon('keel-mounts');
  const clis = {
    keel: (...args: string[]) => start(KEEL, ['-H', daemon.host, ...args]),
    docker: (...args: string[]) => start(DOCKER, args, { DOCKER_HOST: daemon.host, DOCKER_CONFIG: join(daemon.dir, 'docker-config') }),
  };
  const run = (cli: keyof typeof clis, ...args: string[]) => clis[cli](...args).done;
  /** a host dir of the test's own */
  const hostDir = (name: string) => {
    const d = join(daemon.dir, 'host', name);
    mkdirSync(d, { recursive: true });
    return d;
  };
  // names in the host's /etc and /tmp that must never appear there
  const canary = `keel-canary-${randomBytes(6).toString('hex')}`;

  beforeAll(async () => {
    await daemon.start();
    const tar = join(daemon.dir, 'busybox.tar');
    execFileSync('bash', [join(ROOT, 'test', 'fixtures', 'busybox-rootfs.sh'), tar]);
    expect((await run('keel', 'import', tar, 'busybox')).code).toBe(0);
    // an image whose symlinks point out of any rootfs: /evil -> /etc, /up -> ../../../../../../../tmp
    const evil = join(daemon.dir, 'evil-rootfs');
    execFileSync('tar', ['-C', (mkdirSync(evil, { recursive: true }), evil), '-xf', tar]);
    symlinkSync('/etc', join(evil, 'evil'));
    symlinkSync('../../../../../../../tmp', join(evil, 'up'));
    execFileSync('tar', ['-C', evil, '--numeric-owner', '-cf', join(daemon.dir, 'evil.tar'), '.']);
    expect((await run('keel', 'import', join(daemon.dir, 'evil.tar'), 'evil')).code).toBe(0);
  }, 120_000);
  afterAll(async () => {
    await daemon.cleanup();
    expect(readFileSync('/proc/self/mountinfo', 'utf8')).not.toContain(daemon.dir);
    expect(existsSync(`/etc/${canary}`)).toBe(false);
    expect(existsSync(`/tmp/${canary}`)).toBe(false);
  }, 60_000);

  for (const cli of ['keel', 'docker'] as const) {
    describe(`${cli} run with binds`, () => {
      it('-v HOST:CTR shows the host dir and writes reach the host', async () => {
        const d = hostDir(`rw-${cli}`);
        writeFileSync(join(d, 'hello'), 'from the host\n');
        const r = await run(cli, 'run', '--rm', '-v', `${d}:/data`, 'busybox', 'sh', '-c', 'cat /data/hello; echo from inside > /data/out');
        expect(r).toMatchObject({ code: 0, stdout: 'from the host\n' });
        expect(readFileSync(join(d, 'out'), 'utf8')).toBe('from inside\n');
      });

      it('-v HOST:CTR:ro refuses writes, and reads still work', async () => {
        const d = hostDir(`ro-${cli}`);
        writeFileSync(join(d, 'hello'), 'ro\n');
        const r = await run(cli, 'run', '--rm', '-v', `${d}:/data:ro`, 'busybox', 'sh', '-c', 'cat /data/hello; touch /data/x');
        expect(r.code).not.toBe(0);
        expect(r.stdout).toBe('ro\n');
        expect(r.stderr).toMatch(/Read-only file system/);
        expect(existsSync(join(d, 'x'))).toBe(false);
      });

      it('--mount type=bind,...,readonly binds read-only; a file binds onto a file', async () => {
        const d = hostDir(`mount-${cli}`);
        writeFileSync(join(d, 'f'), 'one file\n');
        const r = await run(cli, 'run', '--rm', '--mount', `type=bind,source=${d},target=/m,readonly`,
          '--mount', `type=bind,src=${join(d, 'f')},dst=/opt/single`, 'busybox', 'sh', '-c', 'cat /opt/single; touch /m/x || echo refused');
        expect(r).toMatchObject({ code: 0, stdout: 'one file\nrefused\n' });
        expect(existsSync(join(d, 'x'))).toBe(false);
      });

      it('-v creates a missing host dir; --mount refuses a missing source, and nothing is made', async () => {
        const made = join(daemon.dir, 'host', `made-by-v-${cli}`, 'deep');
        const r = await run(cli, 'run', '--rm', '-v', `${made}:/x`, 'busybox', 'sh', '-c', 'echo y > /x/f');
        expect(r.code).toBe(0);
        expect(readFileSync(join(made, 'f'), 'utf8')).toBe('y\n');

        const missing = join(daemon.dir, 'host', `nope-${cli}`);
        const bad = await run(cli, 'create', '--name', `nobind-${cli}`, '--mount', `type=bind,source=${missing},target=/x`, 'busybox', 'true');
        expect(bad.code).not.toBe(0);
        expect(bad.stderr).toContain(`invalid mount config for type "bind": bind source path does not exist: ${missing}`);
        expect(existsSync(missing)).toBe(false);
        expect((await run('keel', 'ps', '-a', '-q')).stdout).toBe('');
      });

      it('mounts in depth order whatever the flags\' order: a tmpfs inside a bind lands on the bind, not under it', async () => {
        const d = hostDir(`order-${cli}`);
        const r = await run(cli, 'run', '--rm', '--tmpfs', '/data/scratch', '--mount', 'type=tmpfs,target=/data/t2,tmpfs-size=1m', '-v', `${d}:/data`,
          'busybox', 'sh', '-c', 'echo x > /data/scratch/f && echo y > /data/t2/f && grep -E " /data(/scratch|/t2)? " /proc/mounts | cut -d" " -f2,3,4');
        expect(r.code).toBe(0);
        const lines = r.stdout.trim().split('\n');
        // the bind first (mounted over later would hide the tmpfs mounts); same depth: as given
        expect(lines[0]).toMatch(/^\/data /);
        expect(lines.slice(1).map((l) => l.split(' ').slice(0, 2).join(' ')).sort()).toEqual(['/data/scratch tmpfs', '/data/t2 tmpfs']);
        for (const l of lines.slice(1)) expect(l).toMatch(/nosuid,nodev,noexec/);
        expect(readdirSync(d)).toEqual(['scratch', 't2']);
        expect(readdirSync(join(d, 'scratch'))).toEqual([]);
      });

      it('inspect shows HostConfig.Binds, HostConfig.Mounts and the Mounts list in Docker\'s shape', async () => {
        const d = hostDir(`inspect-${cli}`);
        const c = await run(cli, 'create', '-v', `${d}:/a:ro`, '--mount', `type=volume,source=insp-${cli},target=/b`, 'busybox', 'true');
        expect(c.code).toBe(0);
        const id = c.stdout.trim();
        const [ins] = JSON.parse((await run(cli, 'inspect', id)).stdout);
        expect(ins.HostConfig.Binds).toEqual([`${d}:/a:ro`]);
        expect(ins.HostConfig.Mounts).toEqual([{ Type: 'volume', Source: `insp-${cli}`, Target: '/b' }]);
        expect(ins.Mounts).toEqual([
          { Type: 'bind', Source: d, Destination: '/a', Mode: 'ro', RW: false, Propagation: 'rprivate' },
          { Type: 'volume', Name: `insp-${cli}`, Source: join(daemon.dataRoot, 'volumes', `insp-${cli}`, '_data'), Destination: '/b', Driver: 'local', Mode: '', RW: true, Propagation: '' },
        ]);
        expect((await run(cli, 'rm', id)).code).toBe(0);
        expect((await run(cli, 'volume', 'rm', `insp-${cli}`)).code).toBe(0);
      });
    });

    describe(`${cli} volumes`, () => {
      it('a named volume keeps data across two containers, and cannot be removed while one uses it', async () => {
        const vol = `data-${cli}`;
        expect((await run(cli, 'volume', 'create', '--label', 'team=keel', vol))).toMatchObject({ code: 0, stdout: `${vol}\n` });
        const ls = await run(cli, 'volume', 'ls');
        expect(ls.stdout).toMatch(/^DRIVER\s+VOLUME NAME\n/);
        expect(ls.stdout).toMatch(new RegExp(`^local\\s+${vol}$`, 'm'));
        const [info] = JSON.parse((await run(cli, 'volume', 'inspect', vol)).stdout);
        expect(info).toMatchObject({ Name: vol, Driver: 'local', Labels: { team: 'keel' }, Scope: 'local', Mountpoint: join(daemon.dataRoot, 'volumes', vol, '_data') });

        const w = await run(cli, 'run', '--name', `writer-${cli}`, '-v', `${vol}:/store`, 'busybox', 'sh', '-c', 'echo kept > /store/f');
        expect(w.code).toBe(0);
        const r = await run(cli, 'run', '--rm', '-v', `${vol}:/again`, 'busybox', 'cat', '/again/f');
        expect(r).toMatchObject({ code: 0, stdout: 'kept\n' });

        const id = JSON.parse((await run(cli, 'inspect', `writer-${cli}`)).stdout)[0].Id as string;
        const refused = await run(cli, 'volume', 'rm', vol);
        expect(refused.code).not.toBe(0);
        expect(refused.stderr).toContain(`remove ${vol}: volume is in use - [${id}]`);
        expect(existsSync(join(daemon.dataRoot, 'volumes', vol, '_data', 'f'))).toBe(true);

        expect((await run(cli, 'rm', `writer-${cli}`)).code).toBe(0);
        expect(await run(cli, 'volume', 'rm', vol)).toMatchObject({ code: 0, stdout: `${vol}\n` });
        expect(existsSync(join(daemon.dataRoot, 'volumes', vol))).toBe(false);
        const gone = await run(cli, 'volume', 'inspect', vol);
        expect(gone.code).not.toBe(0);
        expect(gone.stderr).toContain(`get ${vol}: no such volume`);
      });

      it('-v NAME:/path makes a missing volume and fills it from the image (copy-up), once', async () => {
        const vol = `copy-${cli}`;
        const r = await run(cli, 'run', '--rm', '-v', `${vol}:/etc`, 'busybox', 'sh', '-c', 'grep -c root /etc/passwd; echo mine > /etc/added');
        expect(r).toMatchObject({ code: 0, stdout: '1\n' });
        const data = join(daemon.dataRoot, 'volumes', vol, '_data');
        expect(readFileSync(join(data, 'passwd'), 'utf8')).toMatch(/^root:x:0:0:/);
        expect(readFileSync(join(data, 'added'), 'utf8')).toBe('mine\n');
        expect((await run(cli, 'volume', 'ls', '-q')).stdout.split('\n')).toContain(vol);
        const again = await run(cli, 'run', '--rm', '-v', `${vol}:/etc`, 'busybox', 'cat', '/etc/added');
        expect(again).toMatchObject({ code: 0, stdout: 'mine\n' });
        expect((await run(cli, 'volume', 'rm', vol)).code).toBe(0);
      });

      it('volume prune -f removes unused volumes only', async () => {
        const used = `used-${cli}`;
        const idle = `idle-${cli}`;
        for (const v of [used, idle]) expect((await run(cli, 'volume', 'create', v)).code).toBe(0);
        expect((await run(cli, 'create', '--name', `holder-${cli}`, '-v', `${used}:/u`, 'busybox', 'true')).code).toBe(0);
        const p = await run(cli, 'volume', 'prune', '-f');
        expect(p.code).toBe(0);
        expect(p.stdout).toContain(idle);
        expect(p.stdout).not.toContain(used);
        expect((await run(cli, 'volume', 'ls', '-q')).stdout.split('\n')).toContain(used);
        expect((await run(cli, 'rm', `holder-${cli}`)).code).toBe(0);
        expect((await run(cli, 'volume', 'rm', used)).code).toBe(0);
      });
    });

    describe(`${cli}: an image's symlinks stay inside its rootfs`, () => {
      it('-v /host:/evil/x with /evil -> /etc binds onto the rootfs\'s /etc, not the host\'s', async () => {
        const d = hostDir(`evil-${cli}`);
        writeFileSync(join(d, 'marker'), 'bound\n');
        const r = await run(cli, 'run', '--rm', '-v', `${d}:/evil/${canary}`, '-v', `${d}:/up/${canary}`, 'evil', 'sh', '-c',
          `cat /etc/${canary}/marker /tmp/${canary}/marker`);
        expect(r).toMatchObject({ code: 0, stdout: 'bound\nbound\n' });
        expect(existsSync(`/etc/${canary}`)).toBe(false);
        expect(existsSync(`/tmp/${canary}`)).toBe(false);
      });

      it('a file bind through the symlink makes its file inside the rootfs', async () => {
        const f = join(hostDir(`evilfile-${cli}`), 'one');
        writeFileSync(f, 'file\n');
        const r = await run(cli, 'run', '--rm', '-v', `${f}:/evil/${canary}-file`, 'evil', 'cat', `/etc/${canary}-file`);
        expect(r).toMatchObject({ code: 0, stdout: 'file\n' });
        expect(existsSync(`/etc/${canary}-file`)).toBe(false);
      });
    });

    describe(`${cli}: bad mounts are refused at create`, () => {
      it.each([
        [['-v', '/tmp:relative'], /invalid mount path: 'relative' mount path must be absolute/],
        [['-v', 'bad$name:/x'], /"bad\$name" includes invalid characters for a local volume name/],
        [['-v', '/tmp:/'], /destination can't be '\/'/],
        [['-v', '/tmp:/x:bogus'], /invalid mode: bogus/],
        [['-v', '/tmp:/x', '-v', '/var:/x'], /Duplicate mount point: \/x/],
        [['--mount', 'type=bind,source=relative/dir,target=/x'], /mount path must be absolute/],
      ])('%j', async (flags, message) => {
        const before = (await run('keel', 'ps', '-a', '-q')).stdout;
        const r = await run(cli, 'create', ...flags, 'busybox', 'true');
        expect(r.code).not.toBe(0);
        expect(r.stderr).toMatch(message);
        expect((await run('keel', 'ps', '-a', '-q')).stdout).toBe(before);
      });
    });
  }

  it('docker volume create without a name makes one, and rm -f of a missing volume is no error', async () => {
    const c = await run('docker', 'volume', 'create');
    expect(c.stdout.trim()).toMatch(/^[0-9a-f]{64}$/);
    expect((await run('docker', 'volume', 'rm', c.stdout.trim())).code).toBe(0);
    expect((await run('docker', 'volume', 'rm', '-f', 'never-was')).code).toBe(0);
    const bad = await run('docker', 'volume', 'create', 'no/slash');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('includes invalid characters for a local volume name');
    expect(readdirSync(join(daemon.dataRoot, 'volumes'))).toEqual([]);
  });

  it('keel --mount refuses an unknown field before asking the daemon', async () => {
    const r = await run('keel', 'create', '--mount', 'type=bind,source=/tmp,target=/x,colour=red', 'busybox', 'true');
    expect(r.code).toBe(125);
    expect(r.stderr).toMatch(/invalid argument "type=bind,source=\/tmp,target=\/x,colour=red" for "--mount" flag: unexpected key 'colour'/);
    rmSync(join(daemon.dir, 'host'), { recursive: true, force: true });
  });
});
