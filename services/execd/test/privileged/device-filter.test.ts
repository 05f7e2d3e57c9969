// The device rules as a BPF program on a real cgroup v2 directory (the unified hierarchy: beside
// v1 on a hybrid host, the whole tree on a v2 one): a shell moved into the cgroup opens and
// makes only what the rules allow, as v1's devices.allow would let it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attachDeviceFilter } from '../../src/cgroups/v2';
import { deviceRules } from '../../src/cgroups/limits';

/** Where cgroup2 is mounted, if it is. */
function cgroup2Root(): string | null {
  for (const line of readFileSync('/proc/self/mountinfo', 'utf8').split('\n')) {
    const [pre, post] = line.split(' - ');
    if (post?.startsWith('cgroup2 ')) return pre.split(' ')[4];
  }
  return null;
}

const root = process.getuid?.() === 0 ? cgroup2Root() : null;
if (!root) console.log('device filter tests skipped: they need root and a cgroup2 mount');
const describeRoot = root ? describe : describe.skip;

describeRoot('device rules as a BPF cgroup device program', () => {
  const dir = mkdtempSync(join(tmpdir(), 'keel-devfilter-'));
  const made: string[] = [];
  beforeAll(() => {
    // c 1:5 (zero) is in Docker's list; c 1:11 (kmsg) is not
    execFileSync('mknod', [join(dir, 'zero'), 'c', '1', '5']);
    execFileSync('mknod', [join(dir, 'kmsg'), 'c', '1', '11']);
  });
  afterAll(() => {
    for (const d of made) rmdirSync(d);
    rmSync(dir, { recursive: true, force: true });
  });

  /** A shell in a new cgroup with the rules attached (none: no program), trying each device. */
  const probe = (rules: ReturnType<typeof deviceRules> | null): string[] => {
    const cg = join(root!, `keel-test-devfilter-${process.pid}-${made.length}`);
    mkdirSync(cg);
    made.push(cg);
    if (rules) attachDeviceFilter(cg, rules);
    const script = [
      `echo $$ > ${cg}/cgroup.procs`,
      `(exec 3<${dir}/zero) 2>/dev/null && echo zero-read || echo zero-denied`,
      `(exec 3<${dir}/kmsg) 2>/dev/null && echo kmsg-read || echo kmsg-denied`,
      `(exec 3>>${dir}/kmsg) 2>/dev/null && echo kmsg-write || echo kmsg-write-denied`,
      `mknod ${dir}/made-${made.length} c 1 11 2>/dev/null && echo mknod-ok || echo mknod-denied`,
    ].join('; ');
    const r = spawnSync('sh', ['-c', script], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    return r.stdout.trim().split('\n');
  };

  it('without a program everything opens (the control)', () => {
    expect(probe(null)).toEqual(['zero-read', 'kmsg-read', 'kmsg-write', 'mknod-ok']);
  });

  it('Docker\'s default rules: listed nodes open, others do not; mknod of any node is allowed', () => {
    expect(probe(deviceRules())).toEqual(['zero-read', 'kmsg-denied', 'kmsg-write-denied', 'mknod-ok']);
  });

  it('a --device rule with access r opens for reading only', () => {
    expect(probe(deviceRules([{ type: 'c', major: 1, minor: 11, access: 'r' }]))).toEqual(['zero-read', 'kmsg-read', 'kmsg-write-denied', 'mknod-ok']);
  });

  it('--privileged (allow all) opens everything; deny all without m refuses mknod', () => {
    expect(probe([{ allow: true, type: 'a', major: -1, minor: -1, access: 'rwm' }])).toEqual(['zero-read', 'kmsg-read', 'kmsg-write', 'mknod-ok']);
    expect(probe([{ allow: false, type: 'a', major: -1, minor: -1, access: 'rwm' }])).toEqual(['zero-denied', 'kmsg-denied', 'kmsg-write-denied', 'mknod-denied']);
  });
});
