import { posix } from 'node:path';
import { InvalidArgumentError } from '../../../kit/src/errors';

/** The runnable config of an image, in Docker's image-config spelling. */
/** What a committed image's config keeps of its container (fields of docker's container config). */
export interface OriginFields {
  Hostname: string;
  Domainname: string;
  AttachStdin: boolean;
  AttachStdout: boolean;
  AttachStderr: boolean;
  Tty: boolean;
  OpenStdin: boolean;
  StdinOnce: boolean;
  Image: string;
  Volumes: null;
  OnBuild: null;
}

export interface RunConfig extends Partial<OriginFields> {
  Cmd: string[] | null;
  Entrypoint: string[] | null;
  Env: string[];
  WorkingDir: string;
  User: string;
  Labels: Record<string, string>;
  ExposedPorts: Record<string, Record<string, never>>;
  StopSignal: string;
}

export const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export function defaultRunConfig(): RunConfig {
  return { Cmd: null, Entrypoint: null, Env: [DEFAULT_PATH], WorkingDir: '', User: '', Labels: {}, ExposedPorts: {}, StopSignal: '' };
}

/**
 * Applies `docker import --change` instructions (Dockerfile syntax, one instruction each) to a
 * run config: CMD, ENTRYPOINT (JSON array or shell form), ENV, WORKDIR, USER, LABEL, EXPOSE,
 * STOPSIGNAL. An unknown or malformed instruction is INVALID_ARGUMENT; base is not modified.
 */
export function applyChanges(changes: string[], base: RunConfig = defaultRunConfig()): RunConfig {
  const c: RunConfig = { ...base, Env: [...base.Env], Labels: { ...base.Labels }, ExposedPorts: { ...base.ExposedPorts } };
  for (const raw of changes) {
    const line = raw.trim();
    if (!line) continue;
    const m = /^(\S+)\s*([\s\S]*)$/.exec(line)!;
    const instr = m[1].toUpperCase();
    const arg = m[2].trim();
    const fail = (why: string) => new InvalidArgumentError(`invalid change "${raw}": ${why}`);
    switch (instr) {
      case 'CMD':
      case 'ENTRYPOINT': {
        if (!arg) throw fail(`${instr} requires at least one argument`);
        const v = commandForm(arg);
        if (instr === 'CMD') c.Cmd = v;
        else c.Entrypoint = v;
        break;
      }
      case 'ENV':
        for (const [k, v] of nameValues(arg, instr, fail)) setEnv(c.Env, k, v);
        break;
      case 'LABEL':
        for (const [k, v] of nameValues(arg, instr, fail)) c.Labels[k] = v;
        break;
      case 'WORKDIR': {
        if (!arg) throw fail('WORKDIR requires exactly one argument');
        const dir = processWord(arg);
        c.WorkingDir = posix.normalize(posix.isAbsolute(dir) ? dir : posix.join('/', c.WorkingDir || '/', dir));
        break;
      }
      case 'USER':
        if (!arg) throw fail('USER requires exactly one argument');
        c.User = processWord(arg);
        break;
      case 'STOPSIGNAL':
        if (!/^(?:SIG)?[A-Z0-9+-]+$|^\d+$/i.test(arg)) throw fail('STOPSIGNAL requires a signal name or number');
        c.StopSignal = arg;
        break;
      case 'EXPOSE': {
        const ports = splitWords(arg);
        if (!ports.length) throw fail('EXPOSE requires at least one argument');
        for (const p of ports) for (const key of exposedPorts(p, fail)) c.ExposedPorts[key] = {};
        break;
      }
      case 'VOLUME': case 'ONBUILD': case 'HEALTHCHECK':
        throw new InvalidArgumentError(`invalid change "${raw}": ${instr} is not supported yet`);
      default:
        throw new InvalidArgumentError(`${m[1].toLowerCase()} is not a valid change command`);
    }
  }
  return c;
}

/** The exec form (a JSON array of strings) or the shell form (["/bin/sh", "-c", arg]). */
function commandForm(arg: string): string[] {
  if (arg.startsWith('[')) {
    try {
      const v: unknown = JSON.parse(arg);
      if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
    } catch {
      // not JSON: Docker falls back to the shell form
    }
  }
  return ['/bin/sh', '-c', arg];
}

function setEnv(env: string[], key: string, value: string): void {
  const i = env.findIndex((e) => e.slice(0, e.indexOf('=') < 0 ? e.length : e.indexOf('=')) === key);
  const kv = `${key}=${value}`;
  if (i >= 0) env[i] = kv;
  else env.push(kv);
}

/** ENV/LABEL arguments: `k=v k2="v 2"` pairs, or the legacy `k value with spaces` form. */
function nameValues(arg: string, instr: string, fail: (why: string) => Error): [string, string][] {
  if (!arg) throw fail(`${instr} requires at least one argument`);
  const words = splitWords(arg, true);
  if (!words[0].includes('=')) {
    // legacy form: the first word is the name, the rest of the line its value
    const rest = arg.slice(arg.search(/\s/) < 0 ? arg.length : arg.search(/\s/)).trim();
    if (!rest) throw fail(`${instr} ${words[0]}: must be of the form name=value (or "name value")`);
    return [[processWord(words[0]), processWord(rest)]];
  }
  return words.map((w) => {
    const eq = w.indexOf('=');
    if (eq < 0) throw fail(`can't find = in "${w}"; must be of the form name=value`);
    const k = processWord(w.slice(0, eq));
    if (!k) throw fail(`${instr} names cannot be empty`);
    return [k, processWord(w.slice(eq + 1))];
  });
}

/** Splits on unquoted whitespace; keeps the quotes (raw) when raw is set, else removes them. */
export function splitWords(s: string, raw = false): string[] {
  const out: string[] = [];
  let cur = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quote) {
      if (ch === quote) {
        quote = null;
        if (raw) cur += ch;
      } else if (ch === '\\' && quote === '"' && i + 1 < s.length) {
        if (raw) cur += ch;
        cur += s[++i];
      } else {
        cur += ch;
      }
      continue;
    }
    if (/\s/.test(ch)) {
      if (inWord) out.push(cur);
      cur = '';
      inWord = false;
      continue;
    }
    inWord = true;
    if (ch === '"' || ch === "'") {
      quote = ch;
      if (raw) cur += ch;
    } else if (ch === '\\' && i + 1 < s.length) {
      if (raw) cur += ch;
      cur += s[++i];
    } else {
      cur += ch;
    }
  }
  if (quote) throw new InvalidArgumentError(`unmatched ${quote} in "${s}"`);
  if (inWord) out.push(cur);
  return out;
}

/** Removes quotes and backslash escapes, keeping whitespace. */
export function processWord(s: string): string {
  let out = '';
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quote) {
      if (ch === quote) quote = null;
      else if (ch === '\\' && quote === '"' && i + 1 < s.length) out += s[++i];
      else out += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '\\' && i + 1 < s.length) {
      out += s[++i];
    } else {
      out += ch;
    }
  }
  if (quote) throw new InvalidArgumentError(`unmatched ${quote} in "${s}"`);
  return out;
}

/** "80" → ["80/tcp"], "53/udp", "8000-8002/tcp" → three keys. */
function exposedPorts(spec: string, fail: (why: string) => Error): string[] {
  const m = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/i.exec(spec);
  if (!m) throw fail(`invalid port "${spec}"`);
  const lo = Number(m[1]);
  const hi = m[2] === undefined ? lo : Number(m[2]);
  const proto = (m[3] ?? 'tcp').toLowerCase();
  if (lo < 1 || hi > 65535 || hi < lo) throw fail(`invalid port range "${spec}"`);
  const out: string[] = [];
  for (let p = lo; p <= hi; p++) out.push(`${p}/${proto}`);
  return out;
}
