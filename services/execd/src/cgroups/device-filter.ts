import type { DeviceRule } from './limits';

/**
 * The device rules as a BPF_PROG_TYPE_CGROUP_DEVICE program, for cgroup v2 (which has no
 * devices.allow): what v1's device controller decides from the same rules, decided by the kernel
 * at each open and mknod. Like v1's list, a later rule overrides an earlier one, so the rules are
 * tested last first; a leading `a` rule sets the answer when none matches (deny all, or with
 * --privileged allow all). The addon only loads and attaches the bytes made here.
 *
 * The program's context (struct bpf_cgroup_dev_ctx): access_type (u32: access << 16 | type),
 * major, minor. Types: BPF_DEVCG_DEV_BLOCK 1, BPF_DEVCG_DEV_CHAR 2; access: MKNOD 1, READ 2, WRITE 4.
 */
const DEV_TYPE = { b: 1, c: 2 } as const;
const ACCESS = { m: 1, r: 2, w: 4 } as const;

// the few instructions used (linux/bpf_common.h, linux/bpf.h)
const LDX_MEM_W = 0x61; // BPF_LDX | BPF_MEM | BPF_W
const ALU32_AND_K = 0x54; // BPF_ALU | BPF_AND | BPF_K
const ALU32_RSH_K = 0x74; // BPF_ALU | BPF_RSH | BPF_K
const ALU32_MOV_X = 0xbc; // BPF_ALU | BPF_MOV | BPF_X
const ALU64_MOV_K = 0xb7; // BPF_ALU64 | BPF_MOV | BPF_K
const JMP_JNE_K = 0x55; // BPF_JMP | BPF_JNE | BPF_K
const JMP_EXIT = 0x95; // BPF_JMP | BPF_EXIT

interface Insn { code: number; dst: number; src: number; off: number; imm: number }
const insn = (code: number, dst = 0, src = 0, off = 0, imm = 0): Insn => ({ code, dst, src, off, imm });

/** The access bits of "rwm"; throws on anything else. */
function accessBits(access: string): number {
  let bits = 0;
  for (const ch of access) {
    const b = ACCESS[ch as keyof typeof ACCESS];
    if (!b) throw new Error(`device rule access "${access}": only r, w and m`);
    bits |= b;
  }
  return bits;
}

/** One rule's test: falls through to "return allow" when it matches, else jumps past itself. */
function ruleBlock(r: DeviceRule): Insn[] {
  const tests: ((skip: number) => Insn[])[] = [];
  const type = r.type;
  if (type !== 'a') tests.push((skip) => [insn(JMP_JNE_K, 2, 0, skip, DEV_TYPE[type])]);
  const bits = accessBits(r.access);
  // the access asked for must be within the rule's: (asked & ~rule) == 0
  if (bits !== 7) tests.push((skip) => [insn(ALU32_MOV_X, 1, 3), insn(ALU32_AND_K, 1, 0, 0, ~bits & 7), insn(JMP_JNE_K, 1, 0, skip, 0)]);
  if (r.major >= 0) tests.push((skip) => [insn(JMP_JNE_K, 4, 0, skip, r.major)]);
  if (r.minor >= 0) tests.push((skip) => [insn(JMP_JNE_K, 5, 0, skip, r.minor)]);
  // sizes first (each test's length does not depend on its jump), then the jumps to the block's end
  const sizes = tests.map((t) => t(0).length);
  const total = sizes.reduce((a, b) => a + b, 0) + 2;
  const out: Insn[] = [];
  tests.forEach((t) => {
    const block = t(0);
    // a jump is relative to the instruction after it; it lands past this block's return
    const skip = total - (out.length + block.length);
    out.push(...t(skip));
  });
  out.push(insn(ALU64_MOV_K, 0, 0, 0, r.allow ? 1 : 0), insn(JMP_EXIT));
  return out;
}

export function deviceFilterProgram(rules: DeviceRule[]): Insn[] {
  let rest = rules;
  let otherwise = 0;
  if (rest.length && rest[0].type === 'a') {
    otherwise = rest[0].allow ? 1 : 0;
    rest = rest.slice(1);
  }
  // an `a` rule later on decides everything before it away
  const lastAll = rest.map((r) => r.type).lastIndexOf('a');
  if (lastAll >= 0) {
    otherwise = rest[lastAll].allow ? 1 : 0;
    rest = rest.slice(lastAll + 1);
  }
  const prog: Insn[] = [
    insn(LDX_MEM_W, 2, 1, 0), insn(ALU32_AND_K, 2, 0, 0, 0xffff), // r2 = type
    insn(LDX_MEM_W, 3, 1, 0), insn(ALU32_RSH_K, 3, 0, 0, 16), // r3 = access
    insn(LDX_MEM_W, 4, 1, 4), // r4 = major
    insn(LDX_MEM_W, 5, 1, 8), // r5 = minor
  ];
  for (const r of [...rest].reverse()) prog.push(...ruleBlock(r));
  prog.push(insn(ALU64_MOV_K, 0, 0, 0, otherwise), insn(JMP_EXIT));
  return prog;
}

/** The program as the kernel takes it: struct bpf_insn records, little-endian. */
export function deviceFilter(rules: DeviceRule[]): Buffer {
  const prog = deviceFilterProgram(rules);
  const buf = Buffer.alloc(prog.length * 8);
  prog.forEach((p, i) => {
    buf.writeUInt8(p.code, i * 8);
    buf.writeUInt8((p.src << 4) | p.dst, i * 8 + 1);
    buf.writeInt16LE(p.off, i * 8 + 2);
    buf.writeInt32LE(p.imm, i * 8 + 4);
  });
  return buf;
}
