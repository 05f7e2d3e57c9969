// Durations, sizes and times as docker prints them (go-units' HumanDuration and BytesSize).

import { humanDuration } from '../../services/kit/src/units';

export { humanDuration };

const BINARY_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'];

/** Go's %.4g: four significant digits, no trailing zeros. */
function g4(n: number): string {
  return String(Number(n.toPrecision(4)));
}

/** Binary size with four significant digits: 25276026880 → "23.54GiB" (docker info's Total Memory). */
export function bytesSize(bytes: number): string {
  let size = bytes;
  let i = 0;
  while (size >= 1024 && i < BINARY_UNITS.length - 1) {
    size /= 1024;
    i++;
  }
  return `${g4(size)}${BINARY_UNITS[i]}`;
}

/**
 * A latency in milliseconds with as many decimals as make sense: "0ms", "0.21ms", "0.042ms",
 * "1.36ms", "20.3ms", "134ms".
 */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms) || ms <= 0) return '0ms';
  if (ms < 0.001) return '<0.001ms';
  if (ms < 1) return `${ms.toPrecision(2)}ms`;
  if (ms < 10) return `${ms.toFixed(2)}ms`;
  if (ms < 100) return `${ms.toFixed(1)}ms`;
  return `${Math.round(ms)}ms`;
}

/** Local wall-clock time as HH:MM:SS.mmm. */
export function clock(t: Date | number): string {
  const d = typeof t === 'number' ? new Date(t) : t;
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}.${p(d.getMilliseconds(), 3)}`;
}

/** At most max characters, the last of them "…" when something was cut. */
export function truncate(s: string, max: number): string {
  const chars = [...s];
  if (chars.length <= max) return s;
  return `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/** Go's names for Node's architectures, as the Docker API reports them. */
export function goArch(arch: string = process.arch): string {
  return ({ x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x' } as Record<string, string>)[arch] ?? arch;
}

const DECIMAL_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];

/** go-units' HumanSizeWithPrecision: decimal units, `precision` significant digits (docker images: 3). */
export function humanSize(bytes: number, precision = 3): string {
  let size = bytes;
  let i = 0;
  while (size >= 1000 && i < DECIMAL_UNITS.length - 1) {
    size /= 1000;
    i++;
  }
  return `${Number(size.toPrecision(precision))}${DECIMAL_UNITS[i]}`;
}

/** "5 minutes ago", as docker's tables write times. */
export function ago(unixSeconds: number, now = Date.now()): string {
  return `${humanDuration(now / 1000 - unixSeconds)} ago`;
}

/** docker's Ellipsis: at most max characters, the last of them "…" when something was cut. */
export const ellipsis = truncate;
