// Interactive use through a real keeld and real ptys: run -it, exec -it, attach, detach keys,
// resize, with the keel CLI and with the docker CLI pointed at keeld; exec's -e/-w/-u, its
// namespaces, cgroup and confinement, its exit codes, and its refusal in a stopped container.
import { execFileSync } from 'node:child_process';
import { connect } from 'node:net';
import { join } from 'node:path';
import { KEEL, ROOT, TestDaemon } from '../helpers/daemon';
import { DOCKER, describeContainers } from '../helpers/privileged';
import { Pty } from '../helpers/pty';
import { run } from '../helpers/exec';

const describeRoot = describeContainers('interactive e2e tests', { docker: true });


describeRoot('interactive: -i, -t, exec, attach', () => {
  const daemon = new TestDaemon('keel-interactive');
  const dockerEnv = () => ({ DOCKER_HOST: daemon.host, DOCKER_CONFIG: join(daemon.dir, 'docker-config') });
  const keel = (...args: string[]) => run(KEEL, ['-H', daemon.host, ...args]);
  const keelIn = (input: string, ...args: string[]) => run(KEEL, ['-H', daemon.host, ...args], {}, input);
  const docker = (...args: string[]) => run(DOCKER, args, dockerEnv());
  const ptys: Pty[] = [];
  const keelPty = (args: string, rows = 24, cols = 80) => {
    const p = new Pty(`${KEEL} -H ${daemon.host} ${args}`, { rows, cols });
    ptys.push(p);
    return p;
  };
  const dockerPty = (args: string, rows = 24, cols = 80) => {
    const p = new Pty(`${DOCKER} ${args}`, { rows, cols, env: dockerEnv() });
    ptys.push(p);
    return p;
  };
  const api = async (method: string, path: string, body?: unknown) => {
    const r = await daemon.request(method, path, body === undefined ? undefined : JSON.stringify(body), body === undefined ? {} : { 'Content-Type': 'application/json' });
    return { status: r.status, json: r.body ? JSON.parse(r.body) as Record<string, unknown> : null };
  };

  beforeAll(async () => {
    await daemon.start();
    const tar = join(daemon.dir, 'busybox.tar');
    execFileSync('bash', [join(ROOT, 'test', 'fixtures', 'busybox-rootfs.sh'), tar]);
    expect((await keel('import', tar, 'busybox')).code).toBe(0);
    expect((await keel('run', '-d', '--name', 'svc', '--memory', '64m', '--cap-drop', 'NET_RAW', 'busybox', 'sleep', '1000')).code).toBe(0);
  }, 120_000);
  afterEach(async () => {
    await Promise.all(ptys.splice(0).map((p) => p.close()));
  });
  afterAll(async () => {
    const ids = (await keel('ps', '-aq')).stdout.split('\n').filter(Boolean);
    if (ids.length) await keel('rm', '-f', ...ids);
    await daemon.cleanup();
  }, 60_000);

  describe('exec', () => {
    it('runs a command and hands back its output and exit code (keel and docker)', async () => {
      expect(await keel('exec', 'svc', 'echo', 'hi')).toEqual({ code: 0, stdout: 'hi\n', stderr: '' });
      expect((await keel('exec', 'svc', 'sh', '-c', 'echo out; echo err >&2; exit 7'))).toEqual({ code: 7, stdout: 'out\n', stderr: 'err\n' });
      expect(await docker('exec', 'svc', 'sh', '-c', 'exit 9')).toMatchObject({ code: 9 });
      expect(await docker('exec', 'svc', 'echo', 'hi')).toMatchObject({ code: 0, stdout: 'hi\n' });
    });

    it('records the exit code in exec inspect, and the ExecIDs of the container while one runs', async () => {
      const c = await api('POST', '/v1.41/containers/svc/exec', { Cmd: ['sh', '-c', 'sleep 2; exit 4'], AttachStdout: true });
      expect(c.status).toBe(201);
      const id = c.json!.Id as string;
      expect((await api('POST', `/v1.41/exec/${id}/start`, { Detach: true })).status).toBe(200);
      const running = await api('GET', `/v1.41/exec/${id}/json`);
      expect(running.json).toMatchObject({ ID: id, Running: true, ExitCode: null, ProcessConfig: { entrypoint: 'sh', arguments: ['-c', 'sleep 2; exit 4'] } });
      expect(running.json!.Pid).toBeGreaterThan(0);
      expect((await api('GET', '/v1.41/containers/svc/json')).json!.ExecIDs).toEqual([id]);
      for (let i = 0; i < 100; i++) {
        const e = await api('GET', `/v1.41/exec/${id}/json`);
        if (!e.json!.Running) {
          expect(e.json).toMatchObject({ Running: false, ExitCode: 4 });
          break;
        }
        if (i === 99) throw new Error('the exec did not end');
        await new Promise((r) => setTimeout(r, 100));
      }
      expect((await api('GET', '/v1.41/containers/svc/json')).json!.ExecIDs).toBeNull();
      expect((await api('GET', '/v1.41/exec/0000000000000000000000000000000000000000000000000000000000000000/json')).status).toBe(404);
    });

    it('takes -e, -w and -u', async () => {
      const r = await keel('exec', '-e', 'GREETING=hello there', '-w', '/tmp', '-u', 'nobody', 'svc', 'sh', '-c', 'echo "$GREETING"; pwd; id -u; id -g; echo $HOME');
      expect(r).toEqual({ code: 0, stdout: 'hello there\n/tmp\n65534\n65534\n/nonexistent\n', stderr: '' });
      const d = await docker('exec', '-e', 'X=1', '-w', '/etc', '-u', '1000:1001', 'svc', 'sh', '-c', 'echo $X; pwd; id -u; id -g');
      expect(d).toMatchObject({ code: 0, stdout: '1\n/etc\n1000\n1001\n' });
    });

    it('joins the container\'s pid, net, mnt, uts, ipc and cgroup namespaces and its cgroup', async () => {
      const script = 'for n in pid net mnt uts ipc cgroup; do echo "$n $(readlink /proc/self/ns/$n) $(readlink /proc/1/ns/$n)"; done; '
        + 'echo "cg $(cat /proc/self/cgroup | md5sum)"; echo "cg $(cat /proc/1/cgroup | md5sum)"; hostname; echo $$';
      const r = await keel('exec', 'svc', 'sh', '-c', script);
      expect(r.code).toBe(0);
      const lines = r.stdout.trim().split('\n');
      for (const l of lines.slice(0, 6)) {
        const [name, self, init] = l.split(' ');
        expect({ name, self }).toEqual({ name, self: init });
        expect(self).toMatch(/^[a-z]+:\[\d+\]$/);
      }
      // and those are not the host's
      expect(lines[1].split(' ')[1]).not.toBe(execFileSync('readlink', ['/proc/self/ns/net'], { encoding: 'utf8' }).trim());
      expect(lines[6]).toBe(lines[7]);
      const inspect = JSON.parse((await keel('inspect', 'svc')).stdout)[0];
      expect(lines[8]).toBe(inspect.Config.Hostname);
      // its pid is small, in the container's pid namespace (1 is the container's init)
      expect(Number(lines[9])).toBeGreaterThan(1);
      expect(Number(lines[9])).toBeLessThan(100);
      // the memory limit holds it too: the cgroup from the host side lists it with the init
      const cgroupProcs = execFileSync('sh', ['-c', `cat /sys/fs/cgroup/memory/${daemon.cgroupParent}/${inspect.Id}/cgroup.procs 2>/dev/null || cat /sys/fs/cgroup/${daemon.cgroupParent}/${inspect.Id}/cgroup.procs`], { encoding: 'utf8' });
      expect(cgroupProcs.trim()).toBe(String(inspect.State.Pid));
    });

    it('has the container\'s confinement: capabilities, seccomp, no_new_privs', async () => {
      const r = await keel('exec', 'svc', 'sh', '-c', 'grep -E "^(CapEff|CapBnd|CapPrm|Seccomp|NoNewPrivs):" /proc/self/status; echo --; grep -E "^(CapEff|CapBnd|CapPrm|Seccomp|NoNewPrivs):" /proc/1/status');
      expect(r.code).toBe(0);
      const [self, init] = r.stdout.split('--\n');
      expect(self).toBe(init);
      expect(self).toMatch(/Seccomp:\s+2/);
      // Docker's default set less NET_RAW: 0x00000000a80425fb minus bit 13
      expect(self).toMatch(/CapEff:\s+00000000a80405fb/);
      const nobody = await keel('exec', '-u', 'nobody', 'svc', 'grep', 'CapEff', '/proc/self/status');
      expect(nobody.stdout).toMatch(/CapEff:\s+0000000000000000/);
    });

    it('passes stdin with -i (keel and docker)', async () => {
      expect(await keelIn('one\ntwo\n', 'exec', '-i', 'svc', 'cat')).toEqual({ code: 0, stdout: 'one\ntwo\n', stderr: '' });
      expect(await run(DOCKER, ['exec', '-i', 'svc', 'wc', '-l'], dockerEnv(), 'a\nb\nc\n')).toMatchObject({ code: 0, stdout: '3\n' });
    });

    it('reports a command that is not there (126) and refuses a stopped container (409)', async () => {
      const r = await keel('exec', 'svc', 'nosuchcmd');
      expect(r.code).toBe(126);
      expect(r.stdout + r.stderr).toMatch(/executable file not found in \$PATH/);
      expect((await keel('create', '--name', 'stopped', 'busybox', 'true')).code).toBe(0);
      const c = await api('POST', '/v1.41/containers/stopped/exec', { Cmd: ['ls'] });
      expect(c.status).toBe(409);
      expect(c.json!.message).toMatch(/^Container [0-9a-f]{64} is not running$/);
      const k = await keel('exec', 'stopped', 'ls');
      expect(k.code).toBe(1);
      expect(k.stderr).toMatch(/is not running/);
      expect((await docker('exec', 'stopped', 'ls')).stderr).toMatch(/is not running/);
      expect((await api('POST', '/v1.41/containers/nosuch/exec', { Cmd: ['ls'] })).status).toBe(404);
      expect((await api('POST', '/v1.41/containers/svc/exec', { Cmd: [] })).status).toBe(400);
    });

    for (const cli of ['keel', 'docker'] as const) {
      it(`exec -it (${cli}): a terminal in the container, its size from the client and on resize, the exit code`, async () => {
        const p = cli === 'keel' ? keelPty('exec -it svc sh', 30, 100) : dockerPty('exec -it svc sh', 30, 100);
        await p.waitFor(/# /);
        let mark = p.output.length;
        p.send('tty; stty size\r');
        await p.waitFor(/\/dev\/pts\/\d+\r\n30 100\r\n/, mark);
        p.resize(40, 120);
        await new Promise((r) => setTimeout(r, 300));
        mark = p.output.length;
        p.send('stty size\r');
        await p.waitFor(/40 120\r\n/, mark);
        p.send('exit 3\r');
        expect(await p.exited).toBe(3);
      }, 30_000);
    }
  });

  describe('run -it, attach, detach keys', () => {
    for (const cli of ['keel', 'docker'] as const) {
      it(`run -it (${cli}): type a command, see its output, the exit code comes back`, async () => {
        const p = cli === 'keel' ? keelPty('run -it --rm busybox sh', 25, 90) : dockerPty('run -it --rm busybox sh', 25, 90);
        await p.waitFor(/# /);
        const mark = p.output.length;
        p.send('echo $((6*7)); stty size; tty\r');
        await p.waitFor(/42\r\n25 90\r\n\/dev\/pts\/0\r\n/, mark);
        p.send('exit 5\r');
        expect(await p.exited).toBe(5);
      }, 30_000);

      it(`ctrl-p ctrl-q detaches (${cli}); the container keeps running; attach reaches it again`, async () => {
        const name = `det-${cli}`;
        const p = cli === 'keel' ? keelPty(`run -it --name ${name} busybox sh`) : dockerPty(`run -it --name ${name} busybox sh`);
        await p.waitFor(/# /);
        p.send('echo first > /tmp/f\r');
        await new Promise((r) => setTimeout(r, 300));
        p.send('\x10\x11');
        expect(await p.exited).toBe(0);
        const state = JSON.parse((await keel('inspect', name)).stdout)[0].State;
        expect(state.Running).toBe(true);
        const a = cli === 'keel' ? keelPty(`attach ${name}`) : dockerPty(`attach ${name}`);
        await new Promise((r) => setTimeout(r, 500));
        const mark = a.output.length;
        a.send('cat /tmp/f\r');
        await a.waitFor(/first\r\n/, mark);
        a.send('\x10\x11');
        // attach ends a detach with "read escape sequence" and exit 1, as the docker CLI's does
        // (run -it ends one with 0, above)
        const detached = async (pty: typeof a) => {
          expect(await pty.exited).toBe(1);
          expect(pty.output).toContain('read escape sequence');
        };
        await detached(a);
        expect(JSON.parse((await keel('inspect', name)).stdout)[0].State.Running).toBe(true);
        // --detach-keys of its own
        const b = cli === 'keel' ? keelPty(`attach --detach-keys ctrl-x ${name}`) : dockerPty(`attach --detach-keys ctrl-x ${name}`);
        await new Promise((r) => setTimeout(r, 500));
        b.send('\x18');
        await detached(b);
        expect((await keel('rm', '-f', name)).code).toBe(0);
      }, 40_000);
    }

    it('run -i passes piped stdin and closes it at its end (keel and docker)', async () => {
      expect(await keelIn('hello\nworld\n', 'run', '-i', '--rm', 'busybox', 'cat')).toEqual({ code: 0, stdout: 'hello\nworld\n', stderr: '' });
      expect(await run(DOCKER, ['run', '-i', '--rm', 'busybox', 'wc', '-c'], dockerEnv(), '12345\n')).toMatchObject({ code: 0, stdout: '6\n' });
    });

    it('start -ai runs a created -it container in the terminal', async () => {
      expect((await keel('create', '-it', '--name', 'sai', 'busybox', 'sh')).code).toBe(0);
      const p = keelPty('start -ai sai', 22, 77);
      await p.waitFor(/# /);
      const mark = p.output.length;
      p.send('stty size\r');
      await p.waitFor(/22 77\r\n/, mark);
      p.send('exit 2\r');
      expect(await p.exited).toBe(2);
    }, 30_000);

    it('attach with logs=1 replays the log first; stdout=1&stderr=0 gets stdout alone, past and live (API)', async () => {
      expect((await keel('run', '-d', '-i', '--name', 'sel', 'busybox', 'sh', '-c', 'echo past-out; echo past-err >&2; while read l; do echo "out $l"; echo "err $l" >&2; done')).code).toBe(0);
      await new Promise((r) => setTimeout(r, 300));
      const sock = connect(daemon.sock);
      await new Promise((r) => sock.once('connect', r));
      let raw = Buffer.alloc(0);
      sock.on('data', (d: Buffer) => { raw = Buffer.concat([raw, d]); });
      sock.write('POST /v1.41/containers/sel/attach?logs=1&stream=1&stdin=1&stdout=1&stderr=0 HTTP/1.1\r\nHost: keel\r\n'
        + 'Upgrade: tcp\r\nConnection: Upgrade\r\nContent-Length: 0\r\n\r\n');
      /** The frames after the 101 head: [stream, text]. */
      const frames = (): [number, string][] => {
        const at = raw.indexOf('\r\n\r\n');
        if (at < 0) return [];
        let b = raw.subarray(at + 4);
        const out: [number, string][] = [];
        while (b.length >= 8 && b.length >= 8 + b.readUInt32BE(4)) {
          out.push([b[0], b.subarray(8, 8 + b.readUInt32BE(4)).toString()]);
          b = b.subarray(8 + b.readUInt32BE(4));
        }
        return out;
      };
      const until = async (what: string, pred: () => boolean) => {
        const end = Date.now() + 10_000;
        while (!pred()) {
          if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(raw.toString())}`);
          await new Promise((r) => setTimeout(r, 20));
        }
      };
      await until('the replayed log', () => frames().some(([, t]) => t.includes('past-out')));
      expect(raw.toString()).toMatch(/^HTTP\/1\.1 101 /);
      sock.write('live\n');
      await until('the live line', () => frames().some(([, t]) => t.includes('out live')));
      sock.destroy();
      // stdout frames only, the past before the live; nothing of stderr, past or live
      expect(frames()).toEqual([[1, 'past-out\n'], [1, 'out live\n']]);
      expect((await keel('logs', 'sel')).stderr).toBe('past-err\nerr live\n');
      expect((await keel('rm', '-f', 'sel')).code).toBe(0);
    }, 30_000);

    it('resize needs a running container; bad sizes are 400s', async () => {
      expect((await api('POST', '/v1.41/containers/stopped/resize?h=10&w=10')).status).toBe(409);
      expect((await api('POST', '/v1.41/containers/svc/resize?h=x&w=10')).status).toBe(400);
      expect((await api('POST', '/v1.41/containers/svc/resize?h=10&w=10')).status).toBe(200);
      expect((await api('POST', '/v1.41/containers/nosuch/resize?h=10&w=10')).status).toBe(404);
    });
  });
});
