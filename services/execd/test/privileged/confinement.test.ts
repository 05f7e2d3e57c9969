// Docker's default confinement, seen from inside real containers run through execd's handlers:
// capabilities, no_new_privs, seccomp, masked and read-only paths.
import { existsSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { keel } from '../../../../proto';
import { createTask } from '../../src/handlers/task-create';
import { deleteTask } from '../../src/handlers/task-delete';
import { startTask } from '../../src/handlers/task-start';
import { waitTask } from '../../src/handlers/task-wait';
import type { ExecdState } from '../../src/state';
import { canRunContainers, ctxOf, makeBusyboxRootfs, makeState, readLog, tmp } from '../helpers/tasks';

const v1 = keel.execd.v1;
const skip = canRunContainers();
if (skip) console.log(`execd confinement tests skipped: ${skip}`);
const describeRoot = skip ? describe.skip : describe;

const DOCKER_DEFAULT_CAPS = '00000000a80425fb';

describeRoot('Docker\'s default confinement, from inside a container (keel-shim)', () => {
  const t = tmp('execd-confine');
  let state: ExecdState;
  let rootfs: string;
  let n = 0;
  const ctx = () => ctxOf(state);

  beforeAll(() => {
    state = makeState(t.dir);
    rootfs = makeBusyboxRootfs(t.dir);
    for (const a of ['grep', 'unshare', 'date', 'chroot', 'insmod', 'nsenter']) symlinkSync('busybox', join(rootfs, 'bin', a));
  });
  afterAll(async () => {
    for (const id of state.tasks.ids()) await deleteTask(v1.DeleteTaskRequest.create({ containerId: id, force: true }), ctx()).catch(() => undefined);
    t.cleanup();
  });

  /** Runs `sh -c script` to its end: exit code and output. */
  async function sh(script: string, proc: Partial<keel.execd.v1.IProcessSpec> = {}) {
    const id = `conf${++n}`;
    const r = createTask(v1.CreateTaskRequest.create({ containerId: id, rootfs, process: { args: ['sh', '-c', script], ...proc }, networkMode: 'none' }), ctx());
    await startTask(v1.StartTaskRequest.create({ containerId: id }), ctx());
    const w = await waitTask(v1.WaitTaskRequest.create({ containerId: id }), ctx());
    const entries = readLog(r.logPath!);
    await deleteTask(v1.DeleteTaskRequest.create({ containerId: id }), ctx());
    const text = (stream: string) => entries.filter((e) => e.stream === stream).map((e) => e.log).join('');
    return { code: w.exitCode, out: text('stdout'), err: text('stderr') };
  }

  const status = (out: string) => Object.fromEntries(out.trim().split('\n').map((l) => l.split(/:\s+/)));

  it('root: Docker\'s 14 capabilities in bounding, effective, permitted; none inheritable or ambient; NoNewPrivs 0; Seccomp 2', async () => {
    const r = await sh('grep -E "^(Cap|NoNewPrivs|Seccomp:)" /proc/self/status');
    expect(r.code).toBe(0);
    expect(status(r.out)).toEqual({
      CapInh: '0000000000000000', CapPrm: DOCKER_DEFAULT_CAPS, CapEff: DOCKER_DEFAULT_CAPS, CapBnd: DOCKER_DEFAULT_CAPS,
      CapAmb: '0000000000000000', NoNewPrivs: '0', Seccomp: '2',
    });
  });

  it('a non-root user: the bounding set only, no effective or permitted capability (as runc under Docker)', async () => {
    const r = await sh('grep -E "^(Cap|NoNewPrivs|Seccomp:)" /proc/self/status', { user: 'nobody' });
    expect(status(r.out)).toEqual({
      CapInh: '0000000000000000', CapPrm: '0000000000000000', CapEff: '0000000000000000', CapBnd: DOCKER_DEFAULT_CAPS,
      CapAmb: '0000000000000000', NoNewPrivs: '0', Seccomp: '2',
    });
  });

  it('cannot mount', async () => {
    const r = await sh('mkdir -p /mnt; mount -t tmpfs x /mnt');
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/permission denied|not permitted/i);
  });

  it('cannot unshare a user namespace (and so cannot remount in one), nor a mount namespace', async () => {
    const r = await sh('unshare -U -r -m sh -c "mount -t tmpfs x /tmp && echo MOUNTED"; echo rc=$?; unshare -m true; echo rc=$?');
    expect(r.out).not.toContain('MOUNTED');
    expect(r.out).not.toContain('rc=0');
  });

  // this host's kernel may lack /proc/sysrq-trigger and /proc/kcore (then there is nothing to mask)
  const sysrq = existsSync('/proc/sysrq-trigger'), kcore = existsSync('/proc/kcore');

  it(`cannot write /proc/sys${sysrq ? ' or /proc/sysrq-trigger' : ''} (read-only mounts, as every read-only path that exists)`, async () => {
    // "h" only prints help to the kernel log, were it ever let through
    const r = await sh('echo 1 > /proc/sys/kernel/ns_last_pid; echo rc=$?; [ -e /proc/sysrq-trigger ] && { echo h > /proc/sysrq-trigger; echo rc=$?; }; grep -E " /proc/(sys|sysrq-trigger|bus|fs|irq) " /proc/mounts');
    const lines = r.out.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('rc='))).toEqual(sysrq ? [expect.stringMatching(/^rc=[1-9]/), expect.stringMatching(/^rc=[1-9]/)] : [expect.stringMatching(/^rc=[1-9]/)]);
    expect(r.err).toMatch(/Read-only file system/);
    const ro = lines.filter((l) => !l.startsWith('rc='));
    const expected = ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'].filter((p) => existsSync(p));
    expect(ro.map((l) => l.split(' ')[1]).sort()).toEqual(expected);
    for (const l of ro) expect(l.split(' ')[3].split(',')).toContain('ro');
  });

  it('reads nothing from /proc/kcore, /proc/keys, /proc/timer_list (masked with /dev/null); /sys/firmware is an empty read-only tmpfs', async () => {
    const r = await sh('for f in /proc/kcore /proc/keys /proc/timer_list; do [ -e $f ] && echo "$f $(head -c 64 $f | wc -c)"; done; ls -A /sys/firmware | wc -l; touch /sys/firmware/x; echo rc=$?');
    const lines = r.out.trim().split('\n');
    if (kcore) expect(lines).toContain('/proc/kcore 0');
    expect(lines).toContain('/proc/keys 0');
    for (const l of lines.filter((x) => x.startsWith('/proc/'))) expect(l).toMatch(/ 0$/);
    expect(lines.slice(-2)).toEqual(['0', expect.stringMatching(/^rc=[1-9]/)]);
  });

  it('cannot set the clock or load a module; can chroot (CAP_SYS_CHROOT is in the set)', async () => {
    // setting the clock to what it already reads: harmless were it ever let through (busybox
    // date says so on stderr but exits 0)
    const r = await sh('date -s "$(date "+%Y-%m-%d %H:%M:%S")" >/dev/null; insmod /bin/busybox; echo rc=$?; chroot / true; echo rc=$?');
    expect(r.err).toMatch(/date: can't set date: Operation not permitted/);
    expect(r.err).toMatch(/insmod: .*Operation not permitted/);
    expect(r.out).toMatch(/^rc=[1-9]\d*\nrc=0\n$/);
  });
});
