/**
 * Signal names and numbers as Docker parses them (moby/sys/signal ParseSignal on Linux): a
 * number, or a name with or without "SIG", any case; real-time ones as RTMIN+n / RTMAX-n.
 */
import { InvalidArgumentError } from '../../kit/src/errors';

/** Linux (x86_64, arm64) numbers. */
export const SIGNALS: Readonly<Record<string, number>> = {
  HUP: 1, INT: 2, QUIT: 3, ILL: 4, TRAP: 5, ABRT: 6, IOT: 6, BUS: 7, FPE: 8, KILL: 9, USR1: 10, SEGV: 11, USR2: 12,
  PIPE: 13, ALRM: 14, TERM: 15, STKFLT: 16, CHLD: 17, CONT: 18, STOP: 19, TSTP: 20, TTIN: 21, TTOU: 22, URG: 23,
  XCPU: 24, XFSZ: 25, VTALRM: 26, PROF: 27, WINCH: 28, IO: 29, POLL: 29, PWR: 30, SYS: 31,
};
const RTMIN = 34;
const RTMAX = 64;

export const SIGKILL = 9;
export const SIGTERM = 15;

/** The number of a signal given by name or number; INVALID_ARGUMENT "Invalid signal: X" otherwise. */
export function parseSignal(raw: string): number {
  const s = raw.trim();
  const bad = () => new InvalidArgumentError(`Invalid signal: ${raw}`);
  if (/^\d+$/.test(s)) {
    const n = Number(s);
    if (n < 1 || n > RTMAX) throw bad();
    return n;
  }
  const name = s.toUpperCase().replace(/^SIG/, '');
  if (name in SIGNALS) return SIGNALS[name];
  const rt = /^RTM(IN|AX)(?:([+-])(\d+))?$/.exec(name);
  if (rt) {
    const off = rt[3] ? Number(rt[3]) * (rt[2] === '-' ? -1 : 1) : 0;
    const n = (rt[1] === 'IN' ? RTMIN : RTMAX) + off;
    if (n >= RTMIN && n <= RTMAX) return n;
  }
  throw bad();
}

/** The container's stop signal: Config.StopSignal (the user's or the image's), else SIGTERM. */
export function stopSignalOf(configured: string | null | undefined): number {
  return configured ? parseSignal(configured) : SIGTERM;
}
