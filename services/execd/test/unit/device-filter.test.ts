import { deviceFilter, deviceFilterProgram } from '../../src/cgroups/device-filter';
import { deviceRules } from '../../src/cgroups/limits';

describe('device rules as a BPF program', () => {
  it('allow all: the context loads, then return 1', () => {
    const p = deviceFilterProgram([{ allow: true, type: 'a', major: -1, minor: -1, access: 'rwm' }]);
    expect(p.slice(-2)).toEqual([{ code: 0xb7, dst: 0, src: 0, off: 0, imm: 1 }, { code: 0x95, dst: 0, src: 0, off: 0, imm: 0 }]);
    expect(p).toHaveLength(8);
  });

  it('every jump lands inside the program, on the instruction after its rule\'s exit', () => {
    const p = deviceFilterProgram(deviceRules([{ type: 'b', major: 8, minor: 0, access: 'rw' }]));
    p.forEach((x, i) => {
      if (x.code !== 0x55) return;
      const to = i + 1 + x.off;
      expect(to).toBeLessThan(p.length);
      // a rule's block ends with "mov r0, allow; exit"
      expect(p[to - 1].code).toBe(0x95);
    });
    // Docker's default: nothing matched is denied
    expect(p.slice(-2).map((x) => [x.code, x.imm])).toEqual([[0xb7, 0], [0x95, 0]]);
  });

  it('the last rule is tested first (a later rule overrides an earlier one, as v1\'s list)', () => {
    const p = deviceFilterProgram([
      { allow: false, type: 'a', major: -1, minor: -1, access: 'rwm' },
      { allow: false, type: 'c', major: 10, minor: 229, access: 'rwm' },
      { allow: true, type: 'c', major: 10, minor: 229, access: 'rwm' },
    ]);
    const returns = p.filter((x) => x.code === 0xb7).map((x) => x.imm);
    expect(returns).toEqual([1, 0, 0]);
  });

  it('encodes struct bpf_insn little-endian, registers in one byte', () => {
    const b = deviceFilter([{ allow: true, type: 'a', major: -1, minor: -1, access: 'rwm' }]);
    expect(b.length).toBe(8 * 8);
    // ldxw r2, [r1+0]: code 0x61, src 1 << 4 | dst 2
    expect([...b.subarray(0, 8)]).toEqual([0x61, 0x12, 0, 0, 0, 0, 0, 0]);
    expect(() => deviceFilter([{ allow: true, type: 'c', major: 1, minor: 3, access: 'x' }])).toThrow(/only r, w and m/);
  });
});
