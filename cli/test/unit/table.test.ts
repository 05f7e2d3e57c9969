import { StreamColumns, formatPairs, formatTable, padEnd, width } from '../../src/table';

describe('formatTable (tabwriter minwidth 10, padding 3)', () => {
  it('pads every column but the last to its widest cell + 3, at least 10', () => {
    const lines = formatTable(['NAME', 'PID', 'LAST EXIT'], [
      ['registry-client', '123', 'exit 1'],
      ['api', '4', ''],
    ]);
    expect(lines).toEqual([
      'NAME              PID       LAST EXIT',
      'registry-client   123       exit 1',
      'api               4',
    ]);
  });

  it('makes every column start at the same offset on every line', () => {
    const lines = formatTable(['A', 'BB', 'CCC'], [['a-very-long-cell-value', 'x', 'y'], ['s', 'a-long-one-again', 'z']]);
    // the last cell of each line is one character long: it starts one before the end
    const starts = lines.map((l) => l.length - 1 - (l.startsWith('A') ? 2 : 0));
    expect(new Set(starts).size).toBe(1);
  });

  it('honours other widths and handles rows with fewer cells', () => {
    expect(formatTable(['A', 'B'], [['x']], { minWidth: 0, padding: 1 })).toEqual(['A B', 'x']);
  });

  it('prints only the header for no rows', () => {
    expect(formatTable(['SERVICE', 'JOB'], [])).toEqual(['SERVICE   JOB']);
  });
});

describe('width and padEnd', () => {
  it('count code points, not UTF-16 units', () => {
    expect(width('…')).toBe(1);
    expect(width('a😀')).toBe(2);
    expect(padEnd('é', 3)).toBe('é  ');
    expect(padEnd('long', 2)).toBe('long');
  });
});

describe('formatPairs', () => {
  it('puts values in column 20, further right for long keys', () => {
    expect(formatPairs([['Version', '1'], ['API version', '1.41']], ' ')).toEqual([
      ' Version:           1',
      ' API version:       1.41',
    ]);
    expect(formatPairs([['Version', '1']], '  ')[0]).toBe('  Version:          1');
    const long = formatPairs([['A key much longer than twenty', 'v'], ['k', 'w']], ' ');
    expect(long[0]!.indexOf('v')).toBe(long[1]!.indexOf('w'));
    expect(formatPairs([['Empty', '']], ' ')).toEqual([' Empty:']);
  });
});

describe('StreamColumns', () => {
  it('pads to minimum widths, grows with wider cells and never shrinks', () => {
    const c = new StreamColumns([3, 3, 0], 2);
    expect(c.line(['a', 'b', 'end'])).toBe('a    b    end');
    expect(c.line(['wider', 'b', 'end'])).toBe('wider  b    end');
    expect(c.line(['a', 'b', 'end'])).toBe('a      b    end');
  });
});
