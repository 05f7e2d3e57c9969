// Parsers of flag values, shared by the program's definition and the commands.
import { UsageError } from './errors';

/** service restart -t: whole seconds of grace before SIGKILL, 0 to 3600. */
export function parseTimeout(v: string): number {
  if (!/^\d+$/.test(v) || Number(v) > 3600) throw new UsageError(`expected whole seconds between 0 and 3600, got ${v}`);
  return Number(v);
}

/** bus tap --count: a whole number of jobs, at least 1. */
export function parseCount(v: string): number {
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`expected a whole number of jobs, at least 1, got ${v}`);
  return Number(v);
}

/** stop/restart -t: whole seconds before SIGKILL; -1 = the container's own timeout. */
export function parseStopTimeout(v: string): number {
  if (!/^-?\d+$/.test(v) || Number(v) < -1) throw new UsageError(`expected whole seconds (or -1 for the container's own timeout), got ${v}`);
  return Number(v);
}
