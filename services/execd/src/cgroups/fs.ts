import { mkdirSync, readFileSync, readdirSync, rmdirSync, writeFileSync } from 'node:fs';
import { InternalError } from '../../../kit/src/errors';

/** Small file helpers over cgroupfs (also used against a tmp dir in unit tests). */
export function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

export function readNumber(file: string): number {
  const t = readText(file)?.trim();
  if (t === undefined || t === '' || t === 'max') return 0;
  const v = Number(t);
  return Number.isFinite(v) ? v : 0;
}

/** "key value" lines (memory.stat, cpu.stat, cpuacct.stat, memory.events, memory.oom_control). */
export function readKeyed(file: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of (readText(file) ?? '').split('\n')) {
    const [k, v] = line.trim().split(/\s+/);
    if (k && v !== undefined && /^-?\d+$/.test(v)) out[k] = Number(v);
  }
  return out;
}

export function writeValue(file: string, value: string | number): void {
  try {
    writeFileSync(file, String(value));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new InternalError(`write ${value} to ${file}: ${e.code ?? e.message}`, { cause: err });
  }
}

/** mkdir -p; returns the dirs it made, outermost first. */
export function mkdirs(dir: string): string[] {
  const first = mkdirSync(dir, { recursive: true });
  if (first === undefined) return [];
  const made: string[] = [];
  for (let d = dir; d.length >= first.length; d = d.slice(0, d.lastIndexOf('/'))) made.unshift(d);
  return made;
}

export function readPids(file: string): number[] {
  return (readText(file) ?? '').split('\n').filter(Boolean).map(Number);
}

export function subdirs(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  } catch {
    return [];
  }
}

/** rmdir, retried while the kernel still counts a leaving process (EBUSY); ENOENT: done. */
export async function rmdirRetry(dir: string, tries = 50): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      rmdirSync(dir);
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return;
      if (code !== 'EBUSY' || i >= tries) throw new InternalError(`remove cgroup ${dir}: ${code}`, { cause: err });
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

export function rmdirQuiet(dir: string): void {
  try {
    rmdirSync(dir);
  } catch {
    // gone, or busy: reconcile tries again
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
