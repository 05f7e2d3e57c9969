import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CAPS } from '../../src/task/caps';
import { AUDIT_ARCH_X86_64, BPF, SECCOMP_RET, compileSeccomp, kernelAtLeast, type SeccompProfile, type SockFilter } from '../../src/task/seccomp';
import { SYSCALLS_X86_64 } from '../../src/task/syscalls-x86_64';

/** A tiny classic-BPF interpreter over struct seccomp_data (only the opcodes the compiler emits). */
function evaluate(prog: SockFilter[], nr: number, args: (number | bigint)[] = [], arch = AUDIT_ARCH_X86_64): number {
  const data = Buffer.alloc(64);
  data.writeInt32LE(nr, 0);
  data.writeUInt32LE(arch, 4);
  args.forEach((a, i) => data.writeBigUInt64LE(BigInt(a), 16 + 8 * i));
  let A = 0;
  for (let pc = 0; pc < prog.length; pc++) {
    const { code, jt, jf, k } = prog[pc];
    switch (code) {
      case BPF.LD_W_ABS: A = data.readUInt32LE(k); break;
      case BPF.ALU_AND_K: A = (A & k) >>> 0; break;
      case BPF.JEQ_K: pc += A === k ? jt : jf; break;
      case BPF.JGT_K: pc += A > k ? jt : jf; break;
      case BPF.JGE_K: pc += A >= k ? jt : jf; break;
      case BPF.RET_K: return k;
      default: throw new Error(`opcode ${code} at ${pc}`);
    }
  }
  throw new Error('fell off the end');
}

const ALLOW = SECCOMP_RET.ALLOW;
const EPERM = SECCOMP_RET.ERRNO | 1;
const nr = (name: string) => SYSCALLS_X86_64[name];
const defaultProfile = JSON.parse(readFileSync(join(__dirname, '../../src/task/seccomp-default.json'), 'utf8')) as SeccompProfile;

describe('compileSeccomp: a small profile', () => {
  const small: SeccompProfile = {
    defaultAction: 'SCMP_ACT_ERRNO', defaultErrnoRet: 1,
    syscalls: [
      { names: ['read', 'write', 'no_such_syscall'], action: 'SCMP_ACT_ALLOW' },
      { names: ['socket'], action: 'SCMP_ACT_ALLOW', args: [{ index: 0, value: 38, op: 'SCMP_CMP_LT' }] },
      { names: ['socket'], action: 'SCMP_ACT_ALLOW', args: [{ index: 0, value: 40, op: 'SCMP_CMP_GT' }] },
      { names: ['clone3'], action: 'SCMP_ACT_ERRNO', errnoRet: 38 },
      { names: ['mount'], action: 'SCMP_ACT_ALLOW', includes: { caps: ['CAP_SYS_ADMIN'] } },
      { names: ['close'], action: 'SCMP_ACT_ERRNO' },
    ],
  };
  const prog = compileSeccomp(small, { caps: DEFAULT_CAPS, kernel: '6.1.0' });

  it('compiles to the same program (snapshot)', () => {
    expect(prog.map((i) => `${i.code.toString(16)} ${i.jt} ${i.jf} ${i.k.toString(16)}`)).toMatchSnapshot();
  });
  it('allows the allow-listed, denies the rest with EPERM, skips unknown names and default-action rules', () => {
    expect(evaluate(prog, nr('read'))).toBe(ALLOW);
    expect(evaluate(prog, nr('write'))).toBe(ALLOW);
    expect(evaluate(prog, nr('close'))).toBe(EPERM);
    expect(evaluate(prog, nr('openat'))).toBe(EPERM);
    expect(evaluate(prog, 100000)).toBe(EPERM);
  });
  it('returns the rule\'s own errno', () => {
    expect(evaluate(prog, nr('clone3'))).toBe(SECCOMP_RET.ERRNO | 38);
  });
  it('tests arguments as 64-bit values, rules of one syscall or-ed', () => {
    expect(evaluate(prog, nr('socket'), [2])).toBe(ALLOW);
    expect(evaluate(prog, nr('socket'), [37])).toBe(ALLOW);
    expect(evaluate(prog, nr('socket'), [38])).toBe(EPERM);
    expect(evaluate(prog, nr('socket'), [40])).toBe(EPERM);
    expect(evaluate(prog, nr('socket'), [41])).toBe(ALLOW);
    expect(evaluate(prog, nr('socket'), [2n + (1n << 32n)])).toBe(ALLOW); // high word > 0: GT 40
  });
  it('honours includes.caps against the container\'s caps', () => {
    expect(evaluate(prog, nr('mount'))).toBe(EPERM);
    expect(evaluate(compileSeccomp(small, { caps: [...DEFAULT_CAPS, 'CAP_SYS_ADMIN'], kernel: '6.1' }), nr('mount'))).toBe(ALLOW);
  });
  it('denies other architectures and x32 syscalls', () => {
    expect(evaluate(prog, nr('read'), [], 0x40000003 /* AUDIT_ARCH_I386 */)).toBe(EPERM);
    expect(evaluate(prog, nr('read') | 0x40000000)).toBe(EPERM);
  });
  it('refuses what it cannot compile', () => {
    expect(() => compileSeccomp({ defaultAction: 'SCMP_ACT_NOTIFY' }, { caps: [], kernel: '6.1' })).toThrow(/unsupported action/);
    expect(() => compileSeccomp({ defaultAction: 'SCMP_ACT_ERRNO', syscalls: [{ names: ['read'], action: 'SCMP_ACT_ALLOW', args: [{ index: 0, value: 1, op: 'SCMP_CMP_FOO' }] }] }, { caps: [], kernel: '6.1' }))
      .toThrow(/unsupported argument operator/);
    expect(() => compileSeccomp({} as SeccompProfile, { caps: [], kernel: '6.1' })).toThrow(/defaultAction/);
  });
  it('compares kernel releases', () => {
    expect(kernelAtLeast('6.18.44-fc-v782', '4.8')).toBe(true);
    expect(kernelAtLeast('4.8.0', '4.8')).toBe(true);
    expect(kernelAtLeast('4.7.10', '4.8')).toBe(false);
    expect(kernelAtLeast('3.10', '4.8')).toBe(false);
  });
});

describe('compileSeccomp: Docker\'s default profile, default caps', () => {
  const prog = compileSeccomp(defaultProfile, { caps: DEFAULT_CAPS, kernel: '6.18.0' });
  const allowed = (name: string, args: (number | bigint)[] = []) => evaluate(prog, nr(name), args) === ALLOW;

  it('fits in the kernel\'s limit', () => {
    expect(prog.length).toBeLessThan(4096);
  });
  it('allows what a shell needs', () => {
    for (const s of ['read', 'write', 'openat', 'execve', 'clone', 'wait4', 'exit_group', 'chroot', 'ptrace', 'capset', 'setuid', 'arch_prctl', 'fchmodat2']) {
      expect([s, allowed(s, s === 'clone' ? [0x01200011] : [])]).toEqual([s, true]);
    }
  });
  it('denies mount, unshare, setns, module loading, reboot, the clock, keyrings, io_uring, kexec', () => {
    for (const s of ['mount', 'umount2', 'unshare', 'setns', 'init_module', 'finit_module', 'reboot', 'settimeofday', 'clock_settime',
      'add_key', 'keyctl', 'io_uring_setup', 'kexec_load', 'pivot_root', 'acct', 'bpf', 'perf_event_open', 'open_by_handle_at', 'syslog']) {
      expect([s, evaluate(prog, nr(s))]).toEqual([s, EPERM]);
    }
  });
  it('allows clone without namespace flags only; clone3 gives ENOSYS', () => {
    expect(allowed('clone', [0x11 /* SIGCHLD */])).toBe(true);
    expect(allowed('clone', [0x10000000 /* CLONE_NEWUSER */])).toBe(false);
    expect(allowed('clone', [0x20000000 | 0x11 /* CLONE_NEWPID */])).toBe(false);
    expect(evaluate(prog, nr('clone3'))).toBe(SECCOMP_RET.ERRNO | 38);
  });
  it('denies AF_ALG and AF_VSOCK sockets only', () => {
    expect(allowed('socket', [1])).toBe(true);
    expect(allowed('socket', [2])).toBe(true);
    expect(allowed('socket', [38])).toBe(false);
    expect(allowed('socket', [39])).toBe(true);
    expect(allowed('socket', [40])).toBe(false);
    expect(allowed('socket', [41])).toBe(true);
  });
  it('allows only the listed personality values', () => {
    for (const v of [0, 8, 0x20000, 0x20008, 0xffffffff]) expect(allowed('personality', [v])).toBe(true);
    expect(allowed('personality', [0x0040000 /* ADDR_NO_RANDOMIZE */])).toBe(false);
  });
  it('allows ptrace only on kernels from 4.8', () => {
    expect(evaluate(compileSeccomp(defaultProfile, { caps: DEFAULT_CAPS, kernel: '4.4.0' }), nr('ptrace'))).toBe(EPERM);
  });
  it('with CAP_SYS_ADMIN: mount, unshare and any clone', () => {
    const admin = compileSeccomp(defaultProfile, { caps: [...DEFAULT_CAPS, 'CAP_SYS_ADMIN'], kernel: '6.18.0' });
    expect(evaluate(admin, nr('mount'))).toBe(ALLOW);
    expect(evaluate(admin, nr('unshare'))).toBe(ALLOW);
    expect(evaluate(admin, nr('clone'), [0x10000000])).toBe(ALLOW);
    expect(evaluate(admin, nr('clone3'))).toBe(ALLOW);
  });
});
