// Columns the way docker's formatter lays them out (Go's text/tabwriter with minwidth 10,
// padding 3): every column but the last is as wide as its widest cell plus 3, and at least 10.

export interface TableOptions {
  minWidth?: number;
  padding?: number;
}

/** Display width of a cell: code points, which is right for the ASCII and Latin text we print. */
export function width(s: string): number {
  return [...s].length;
}

export function padEnd(s: string, w: number): string {
  const gap = w - width(s);
  return gap > 0 ? s + ' '.repeat(gap) : s;
}

/** Lines of a table (no trailing newline on each); headers are printed as given. */
export function formatTable(headers: string[], rows: string[][], opts: TableOptions = {}): string[] {
  const minWidth = opts.minWidth ?? 10;
  const padding = opts.padding ?? 3;
  const all = [headers, ...rows];
  const cols = Math.max(...all.map((r) => r.length));
  const widths: number[] = [];
  for (let c = 0; c < cols - 1; c++) {
    const widest = Math.max(...all.map((r) => width(r[c] ?? '')));
    widths.push(Math.max(minWidth, widest + padding));
  }
  return all.map((r) => {
    let line = '';
    for (let c = 0; c < cols; c++) {
      const cell = r[c] ?? '';
      line += c < cols - 1 ? padEnd(cell, widths[c]!) : cell;
    }
    return line.trimEnd();
  });
}

/**
 * Padded columns for a stream of rows (bus tap) whose widths are not known in advance: each
 * column starts at a minimum and only ever grows, so lines stay aligned as well as they can.
 */
export class StreamColumns {
  private readonly widths: number[];

  constructor(minWidths: number[], private readonly gap = 2) {
    this.widths = [...minWidths];
  }

  line(cells: string[]): string {
    let out = '';
    cells.forEach((cell, c) => {
      if (c === cells.length - 1) {
        out += cell;
        return;
      }
      this.widths[c] = Math.max(this.widths[c] ?? 0, width(cell));
      out += padEnd(cell, this.widths[c]! + this.gap);
    });
    return out.trimEnd();
  }
}

/**
 * `key: value` lines under a heading with the values in one column, at `column` (docker
 * version's layout puts them at 20) or further right when a key is longer.
 */
export function formatPairs(pairs: [string, string][], indent: string, column = 20): string[] {
  const keyWidth = Math.max(column - width(indent), ...pairs.map(([k]) => width(k) + 2));
  return pairs.map(([k, v]) => `${indent}${padEnd(`${k}:`, keyWidth)}${v}`.trimEnd());
}
