import { InvalidArgumentError } from '../../../kit/src/errors';

/** `--filter key=value` pairs grouped by key (several values of one key: any of them). */
export type Filters = Map<string, string[]>;

/** Groups filter pairs by key, refusing keys outside `accepted` as Docker does ("invalid filter 'x'"). */
export function groupFilters(pairs: { key?: string | null; value?: string | null }[], accepted: readonly string[]): Filters {
  const out: Filters = new Map();
  for (const p of pairs) {
    const key = p.key ?? '';
    if (!accepted.includes(key)) throw new InvalidArgumentError(`invalid filter '${key}'`);
    out.set(key, [...(out.get(key) ?? []), p.value ?? '']);
  }
  return out;
}

/** dangling=true → true, dangling=false → false, none → null; anything else is refused. */
export function danglingFilter(f: Filters): boolean | null {
  const v = f.get('dangling');
  if (!v) return null;
  const norm = [...new Set(v.map((x) => x.toLowerCase()))];
  if (norm.length === 1 && (norm[0] === 'true' || norm[0] === '1')) return true;
  if (norm.length === 1 && (norm[0] === 'false' || norm[0] === '0')) return false;
  throw new InvalidArgumentError(`invalid filter 'dangling=${v.join(',')}'`);
}

/**
 * Docker's label filter: each value "key" (the label is set) or "key=value" (set to that); every
 * value must hold. `negated` values (label!=…) must not hold.
 */
export function matchLabels(labels: Record<string, string>, want: string[] = [], negated: string[] = []): boolean {
  const holds = (w: string) => {
    const eq = w.indexOf('=');
    if (eq < 0) return Object.prototype.hasOwnProperty.call(labels, w);
    const k = w.slice(0, eq);
    return Object.prototype.hasOwnProperty.call(labels, k) && labels[k] === w.slice(eq + 1);
  };
  return want.every(holds) && !negated.some(holds);
}

/** Go's path.Match as a RegExp: `*` and `?` never match "/", `[...]` classes (with `^` or `!`). */
export function globRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else if (ch === '\\' && i + 1 < pattern.length) re += `\\${pattern[++i]}`;
    else if (ch === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) throw new InvalidArgumentError(`invalid filter 'reference=${pattern}': syntax error in pattern`);
      let body = pattern.slice(i + 1, end);
      if (body.startsWith('^') || body.startsWith('!')) body = `^${body.slice(1)}`;
      re += `[${body.replace(/\\/g, '\\\\')}]`;
      i = end;
    } else re += ch.replace(/[.+^${}()|\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/**
 * distribution/reference's FamiliarMatch: the pattern against "repo:tag", then against the
 * repo alone ("busybox" matches busybox:latest, "bb:*" any tag of bb).
 */
export function referenceMatches(patterns: string[], repo: string, tag: string): boolean {
  return patterns.some((p) => {
    const re = globRegExp(p);
    return re.test(`${repo}:${tag}`) || re.test(repo);
  });
}

/** Docker's `until` (a unix timestamp, an RFC 3339 time, or a duration like 10m, 2h) in ms. */
export function untilMs(value: string, now = Date.now()): number {
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Number(v) * 1000;
  const d = /^(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)$/.exec(v);
  if (d) {
    const unit = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[d[2] as 'ns'];
    return now - Number(d[1]) * unit;
  }
  const t = Date.parse(v);
  if (Number.isFinite(t)) return t;
  throw new InvalidArgumentError(`invalid filter 'until=${value}': not a timestamp or a duration`);
}
