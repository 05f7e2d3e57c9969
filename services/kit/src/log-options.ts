// The json-file log driver's options (docker run --log-opt): checked by the api at create, turned
// into keel-shim's rotation limits by execd. Loads nothing but the error classes.
import { InvalidArgumentError } from './errors';

export interface LogRotation {
  /** rotate once the file reaches this many bytes; 0: never */
  maxSize: number;
  /** files kept in all, the live one included (1: the live one is truncated) */
  maxFile: number;
}

const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };

/** go-units' RAMInBytes as dockerd reads max-size: "10k", "1.5m", "20MiB", "512" (binary multiples). */
export function ramInBytes(s: string): number {
  const m = /^(\d+(?:\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$/.exec(s);
  if (!m || !/^\d+(\.\d+)?$/.test(m[1])) throw new InvalidArgumentError(`invalid size: '${s}'`);
  return Math.floor(Number(m[1]) * UNITS[(m[2] ?? '').toLowerCase()]);
}

/** Checks the json-file options as dockerd does (unknown keys, units, max-file only with max-size). */
export function logRotation(config: Record<string, string> | null | undefined): LogRotation {
  const c = config ?? {};
  for (const [k, v] of Object.entries(c)) {
    if (k === 'max-size' || k === 'max-file') continue;
    if (k === 'compress') {
      if (v === 'false' || v === '') continue;
      throw new InvalidArgumentError(`log opt 'compress=${v}' is not supported: keel keeps rotated json-file logs uncompressed`);
    }
    if (['labels', 'labels-regex', 'env', 'env-regex', 'tag'].includes(k)) throw new InvalidArgumentError(`log opt '${k}' is not supported by keel's json-file logs`);
    throw new InvalidArgumentError(`unknown log opt '${k}' for json-file log driver`);
  }
  let maxSize = 0;
  const size = c['max-size'];
  if (size !== undefined && size !== '-1') {
    maxSize = ramInBytes(size);
    if (maxSize <= 0) throw new InvalidArgumentError(`invalid max-size '${size}': max-size must be a positive number`);
  }
  let maxFile = 1;
  const files = c['max-file'];
  if (files !== undefined) {
    if (!/^[+-]?\d+$/.test(files)) throw new InvalidArgumentError(`invalid max-file '${files}': not a whole number`);
    maxFile = Number(files);
    if (maxFile < 1) throw new InvalidArgumentError('max-file cannot be less than 1');
    if (maxFile > 1 && maxSize === 0) throw new InvalidArgumentError('max-file can only be set when max-size is set');
  }
  return { maxSize, maxFile };
}
