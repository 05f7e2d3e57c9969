import { bytesSize, clock, formatMs, goArch, humanDuration, truncate } from '../../src/format';

describe('humanDuration (go-units HumanDuration)', () => {
  it.each([
    [0, 'Less than a second'],
    [0.9, 'Less than a second'],
    [1, '1 second'],
    [12.7, '12 seconds'],
    [59, '59 seconds'],
    [60, 'About a minute'],
    [119, 'About a minute'],
    [180, '3 minutes'],
    [59 * 60, '59 minutes'],
    [3600, 'About an hour'],
    [5 * 3600, '5 hours'],
    [47 * 3600, '47 hours'],
    [3 * 86400, '3 days'],
    [20 * 86400, '2 weeks'],
    [90 * 86400, '3 months'],
    [3 * 365 * 86400, '3 years'],
  ])('%p seconds → %p', (s, want) => {
    expect(humanDuration(s)).toBe(want);
  });

  it('treats nonsense as less than a second', () => {
    expect(humanDuration(NaN)).toBe('Less than a second');
    expect(humanDuration(-5)).toBe('Less than a second');
  });
});

describe('bytesSize (go-units BytesSize, %.4g)', () => {
  it.each([
    [0, '0B'],
    [1023, '1023B'],
    [1024, '1KiB'],
    [1536, '1.5KiB'],
    [25276026880, '23.54GiB'],
    [16 * 1024 ** 3, '16GiB'],
    [1024 ** 4 * 2.5, '2.5TiB'],
  ])('%p → %p', (n, want) => {
    expect(bytesSize(n)).toBe(want);
  });
});

describe('formatMs', () => {
  it.each([
    [0, '0ms'],
    [-1, '0ms'],
    [0.2134, '0.21ms'],
    [0.0423, '0.042ms'],
    [0.6, '0.60ms'],
    [1.3594, '1.36ms'],
    [20.347, '20.3ms'],
    [134.4, '134ms'],
    [12345.6, '12346ms'],
  ])('%p → %p', (ms, want) => {
    expect(formatMs(ms)).toBe(want);
  });
});

describe('clock', () => {
  it('prints local HH:MM:SS.mmm with zero padding', () => {
    expect(clock(new Date(2024, 0, 2, 3, 4, 5, 6))).toBe('03:04:05.006');
    expect(clock(new Date(2024, 0, 2, 23, 59, 59, 999).getTime())).toBe('23:59:59.999');
  });
});

describe('truncate', () => {
  it('keeps short strings and cuts long ones with an ellipsis inside the limit', () => {
    expect(truncate('abc', 5)).toBe('abc');
    expect(truncate('abcde', 5)).toBe('abcde');
    expect(truncate('abcdef', 5)).toBe('abcd…');
    expect([...truncate('x'.repeat(100), 60)]).toHaveLength(60);
  });
});

describe('goArch', () => {
  it("uses Go's names", () => {
    expect(goArch('x64')).toBe('amd64');
    expect(goArch('arm64')).toBe('arm64');
    expect(goArch('ia32')).toBe('386');
    expect(goArch('riscv64')).toBe('riscv64');
  });
});
