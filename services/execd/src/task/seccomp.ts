import { InvalidArgumentError } from '../../../kit/src/errors';
import { SYSCALLS_X86_64 } from './syscalls-x86_64';

/**
 * A seccomp profile in Docker's JSON format (moby/profiles seccomp/default.json), compiled to a
 * classic BPF program for x86_64, as libseccomp would build it for runc, with no libseccomp:
 *
 *   arch != AUDIT_ARCH_X86_64 → the default action (32-bit and other ABIs are not compiled)
 *   nr has the x32 bit        → the default action
 *   for each syscall with a rule, in turn: nr == N → its rules' argument tests, in order; the
 *   first rule whose tests all hold gives its action; none → the default action
 *   otherwise                 → the default action
 *
 * Rules are chosen as moby's seccomp_linux.go does: `includes`/`excludes` on caps (against the
 * container's bounding set), arches (Go names: amd64, x32, x86, ...) and minKernel; a rule whose
 * action is the default action is skipped (as runc does).
 */
export interface SeccompArg { index: number; value: number; valueTwo?: number; op: string }
export interface SeccompRule {
  names?: string[];
  name?: string;
  action: string;
  errnoRet?: number;
  args?: SeccompArg[] | null;
  includes?: { caps?: string[] | null; arches?: string[] | null; minKernel?: string } | null;
  excludes?: { caps?: string[] | null; arches?: string[] | null; minKernel?: string } | null;
  comment?: string;
}
export interface SeccompProfile {
  defaultAction: string;
  defaultErrnoRet?: number;
  architectures?: string[];
  archMap?: unknown;
  syscalls?: SeccompRule[] | null;
}

/** struct sock_filter */
export interface SockFilter { code: number; jt: number; jf: number; k: number }

export interface CompileOptions {
  /** the container's capabilities (its bounding set), by name */
  caps: readonly string[];
  /** the running kernel's release (os.release()), for `minKernel` */
  kernel: string;
  /** Go's name of the architecture; only amd64 is compiled */
  arch?: string;
}

export const AUDIT_ARCH_X86_64 = 0xc000003e;
const X32_SYSCALL_BIT = 0x40000000;
export const SECCOMP_RET = {
  KILL_PROCESS: 0x80000000, KILL_THREAD: 0x00000000, TRAP: 0x00030000, ERRNO: 0x00050000, TRACE: 0x7ff00000, LOG: 0x7ffc0000, ALLOW: 0x7fff0000,
} as const;
/** BPF opcodes (<linux/bpf_common.h>) */
export const BPF = { LD_W_ABS: 0x20, ALU_AND_K: 0x54, JEQ_K: 0x15, JGT_K: 0x25, JGE_K: 0x35, RET_K: 0x06 } as const;
/** offsets in struct seccomp_data */
const NR = 0, ARCH = 4, ARGS = 16;
const EPERM = 1;

function actionOf(action: string, errnoRet: number | undefined, defaultErrno: number): number {
  switch (action) {
    case 'SCMP_ACT_ALLOW': return SECCOMP_RET.ALLOW;
    case 'SCMP_ACT_ERRNO': return (SECCOMP_RET.ERRNO | ((errnoRet ?? defaultErrno) & 0xffff)) >>> 0;
    case 'SCMP_ACT_KILL':
    case 'SCMP_ACT_KILL_THREAD': return SECCOMP_RET.KILL_THREAD;
    case 'SCMP_ACT_KILL_PROCESS': return SECCOMP_RET.KILL_PROCESS;
    case 'SCMP_ACT_TRAP': return SECCOMP_RET.TRAP;
    case 'SCMP_ACT_LOG': return SECCOMP_RET.LOG;
    default: throw new InvalidArgumentError(`seccomp profile: unsupported action "${action}"`);
  }
}

/** "6.18.44-foo" ≥ "4.8"? */
export function kernelAtLeast(release: string, min: string): boolean {
  const num = (s: string) => (s.match(/^(\d+)(?:\.(\d+))?(?:\.(\d+))?/) ?? []).slice(1, 4).map((x) => Number(x ?? 0));
  const a = num(release), b = num(min);
  if (b.length === 0 || Number.isNaN(b[0])) throw new InvalidArgumentError(`seccomp profile: bad minKernel "${min}"`);
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
}

/** How restrictive an action is (the kernel's precedence: kill process, kill thread, trap, errno, trace, log, allow). */
function severity(action: number): number {
  return action === SECCOMP_RET.KILL_PROCESS ? 0x80000000 : 0x7fff0000 - (action & 0x7fff0000);
}

function applies(r: SeccompRule, o: Required<CompileOptions>): boolean {
  const inc = r.includes ?? {}, exc = r.excludes ?? {};
  if (inc.caps?.length && !inc.caps.every((c) => o.caps.includes(c))) return false;
  if (inc.arches?.length && !inc.arches.includes(o.arch)) return false;
  if (inc.minKernel && !kernelAtLeast(o.kernel, inc.minKernel)) return false;
  if (exc.caps?.length && exc.caps.some((c) => o.caps.includes(c))) return false;
  if (exc.arches?.length && exc.arches.includes(o.arch)) return false;
  if (exc.minKernel && kernelAtLeast(o.kernel, exc.minKernel)) return false;
  return true;
}

/** An instruction whose jumps may name labels, resolved once the program is laid out. */
type Insn = { code: number; jt: number | string; jf: number | string; k: number } | { label: string };

const hi = (v: number) => Math.floor(v / 0x100000000) >>> 0;
const lo = (v: number) => v >>> 0;

/** Tests one argument; falls through when it holds, jumps to `fail` when it does not. */
function argTest(a: SeccompArg, fail: string, uniq: () => string): Insn[] {
  if (!Number.isInteger(a.index) || a.index < 0 || a.index > 5) throw new InvalidArgumentError(`seccomp profile: bad argument index ${a.index}`);
  const v = a.value, v2 = a.valueTwo ?? 0;
  if (!Number.isSafeInteger(v) || v < 0 || !Number.isSafeInteger(v2) || v2 < 0) throw new InvalidArgumentError(`seccomp profile: argument value ${v} is out of range`);
  const ldHi: Insn = { code: BPF.LD_W_ABS, jt: 0, jf: 0, k: ARGS + 8 * a.index + 4 };
  const ldLo: Insn = { code: BPF.LD_W_ABS, jt: 0, jf: 0, k: ARGS + 8 * a.index };
  const j = (code: number, k: number, jt: number | string, jf: number | string): Insn => ({ code, jt, jf, k });
  const ok = uniq();
  switch (a.op) {
    case 'SCMP_CMP_EQ': return [ldHi, j(BPF.JEQ_K, hi(v), 0, fail), ldLo, j(BPF.JEQ_K, lo(v), 0, fail)];
    case 'SCMP_CMP_NE': return [ldHi, j(BPF.JEQ_K, hi(v), 0, ok), ldLo, j(BPF.JEQ_K, lo(v), fail, ok), { label: ok }];
    case 'SCMP_CMP_MASKED_EQ': return [
      ldHi, { code: BPF.ALU_AND_K, jt: 0, jf: 0, k: hi(v) }, j(BPF.JEQ_K, hi(v2), 0, fail),
      ldLo, { code: BPF.ALU_AND_K, jt: 0, jf: 0, k: lo(v) }, j(BPF.JEQ_K, lo(v2), 0, fail)];
    case 'SCMP_CMP_GT': return [ldHi, j(BPF.JGT_K, hi(v), ok, 0), j(BPF.JEQ_K, hi(v), 0, fail), ldLo, j(BPF.JGT_K, lo(v), ok, fail), { label: ok }];
    case 'SCMP_CMP_GE': return [ldHi, j(BPF.JGT_K, hi(v), ok, 0), j(BPF.JEQ_K, hi(v), 0, fail), ldLo, j(BPF.JGE_K, lo(v), ok, fail), { label: ok }];
    case 'SCMP_CMP_LT': return [ldHi, j(BPF.JGE_K, hi(v), 0, ok), j(BPF.JGT_K, hi(v), fail, 0), ldLo, j(BPF.JGE_K, lo(v), fail, ok), { label: ok }];
    case 'SCMP_CMP_LE': return [ldHi, j(BPF.JGE_K, hi(v), 0, ok), j(BPF.JGT_K, hi(v), fail, 0), ldLo, j(BPF.JGT_K, lo(v), fail, ok), { label: ok }];
    default: throw new InvalidArgumentError(`seccomp profile: unsupported argument operator "${a.op}"`);
  }
}

function resolve(prog: Insn[]): SockFilter[] {
  const at = new Map<string, number>();
  let n = 0;
  for (const i of prog) {
    if ('label' in i) at.set(i.label, n);
    else n++;
  }
  const out: SockFilter[] = [];
  for (const i of prog) {
    if ('label' in i) continue;
    const off = (t: number | string) => {
      if (typeof t === 'number') return t;
      const d = at.get(t)! - out.length - 1;
      if (d < 0 || d > 255) throw new Error(`seccomp compiler: jump to ${t} out of range (${d})`);
      return d;
    };
    out.push({ code: i.code, jt: off(i.jt), jf: off(i.jf), k: i.k >>> 0 });
  }
  if (out.length > 4096) throw new InvalidArgumentError(`seccomp profile: ${out.length} BPF instructions, over the kernel's 4096`);
  return out;
}

/**
 * A profile resolved for one container: the rules that apply to it (includes/excludes decided),
 * with their actions as SECCOMP_RET values and only the syscalls x86_64 has, in profile order.
 * This is what both exec drivers render: keel-shim as BPF (compilePolicy), runc as OCI
 * linux.seccomp rules.
 */
export interface SeccompPolicy {
  defaultAction: string;
  defaultErrnoRet: number;
  rules: SeccompPolicyRule[];
}
export interface SeccompPolicyRule {
  names: string[];
  action: string;
  errnoRet: number;
  args: SeccompArg[];
}

/** The rules of a profile that apply to one container (moby's seccomp_linux.go), validated. */
export function selectSeccomp(profile: SeccompProfile, opts: CompileOptions): SeccompPolicy {
  const o: Required<CompileOptions> = { arch: 'amd64', ...opts };
  if (o.arch !== 'amd64') throw new InvalidArgumentError(`seccomp: architecture ${o.arch} is not supported (only amd64)`);
  if (typeof profile?.defaultAction !== 'string') throw new InvalidArgumentError('seccomp profile: no defaultAction');
  const defaultErrno = profile.defaultErrnoRet ?? EPERM;
  const dflt = actionOf(profile.defaultAction, profile.defaultErrnoRet, EPERM);
  const rules: SeccompPolicyRule[] = [];
  for (const r of profile.syscalls ?? []) {
    const action = actionOf(r.action, r.errnoRet, defaultErrno);
    if (action === dflt || !applies(r, o)) continue;
    const names = (r.names ?? (r.name ? [r.name] : [])).filter((n) => SYSCALLS_X86_64[n] !== undefined);
    if (!names.length) continue;
    const args = r.args ?? [];
    for (const a of args) argTest(a, 'x', () => 'y'); // validates index, values and operator
    rules.push({ names, action: r.action, errnoRet: r.errnoRet ?? defaultErrno, args });
  }
  return { defaultAction: profile.defaultAction, defaultErrnoRet: defaultErrno, rules };
}

/** Compiles a profile for one container; syscall names unknown on x86_64 are skipped. */
export function compileSeccomp(profile: SeccompProfile, opts: CompileOptions): SockFilter[] {
  return compilePolicy(selectSeccomp(profile, opts));
}

/** The BPF program of a resolved policy (the native driver's rendering of it). */
export function compilePolicy(policy: SeccompPolicy): SockFilter[] {
  const dflt = actionOf(policy.defaultAction, policy.defaultErrnoRet, policy.defaultErrnoRet);
  // per syscall, its rules in profile order
  const bySyscall = new Map<number, { args: SeccompArg[]; action: number }[]>();
  for (const r of policy.rules) {
    const action = actionOf(r.action, r.errnoRet, policy.defaultErrnoRet);
    for (const name of r.names) {
      const nr = SYSCALLS_X86_64[name];
      if (nr === undefined) continue;
      const list = bySyscall.get(nr) ?? [];
      list.push({ args: r.args, action });
      bySyscall.set(nr, list);
    }
  }

  let u = 0;
  const uniq = () => `L${u++}`;
  const ret = (k: number): Insn => ({ code: BPF.RET_K, jt: 0, jf: 0, k });
  const prog: Insn[] = [
    { code: BPF.LD_W_ABS, jt: 0, jf: 0, k: ARCH },
    { code: BPF.JEQ_K, jt: 1, jf: 0, k: AUDIT_ARCH_X86_64 },
    ret(dflt),
    { code: BPF.LD_W_ABS, jt: 0, jf: 0, k: NR },
    { code: BPF.JGE_K, jt: 0, jf: 1, k: X32_SYSCALL_BIT },
    ret(dflt),
  ];
  for (const nr of [...bySyscall.keys()].sort((a, b) => a - b)) {
    let rules = bySyscall.get(nr)!;
    // an unconditional rule decides alone (the most restrictive one if several disagree)
    const plain = rules.filter((r) => r.args.length === 0);
    if (plain.length) rules = [plain.reduce((a, b) => (severity(b.action) > severity(a.action) ? b : a))];
    const next = uniq();
    prog.push({ code: BPF.JEQ_K, jt: 0, jf: next, k: nr });
    for (const r of rules) {
      const fail = uniq();
      for (const a of r.args) prog.push(...argTest(a, fail, uniq));
      prog.push(ret(r.action), { label: fail });
    }
    // rules with arguments that all failed: the default action (A no longer holds nr)
    if (rules.some((r) => r.args.length)) prog.push(ret(dflt));
    prog.push({ label: next });
  }
  prog.push(ret(dflt));
  return resolve(prog);
}
