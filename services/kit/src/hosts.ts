import { isIP } from 'node:net';
import { InvalidArgumentError } from './errors';

/** An API address as -H takes it: unix://PATH, tcp://HOST:PORT, fd:// or fd://N. */
export type HostAddr =
  | { type: 'unix'; path: string; raw: string }
  | { type: 'tcp'; host: string; port: number; raw: string }
  | { type: 'fd'; fd: number | null; raw: string };

export function parseHost(raw: string): HostAddr {
  const s = raw.trim();
  if (s.startsWith('unix://')) {
    const path = s.slice('unix://'.length);
    if (!path.startsWith('/')) throw new InvalidArgumentError(`host ${raw}: a unix socket path must be absolute`);
    return { type: 'unix', path, raw: s };
  }
  if (s.startsWith('fd://')) {
    const rest = s.slice('fd://'.length);
    if (rest === '') return { type: 'fd', fd: null, raw: s };
    if (!/^\d+$/.test(rest)) throw new InvalidArgumentError(`host ${raw}: fd:// takes a file descriptor number or nothing`);
    return { type: 'fd', fd: Number(rest), raw: s };
  }
  if (s.startsWith('tcp://') || /^[^/]+:\d+$/.test(s)) {
    const rest = s.replace(/^tcp:\/\//, '');
    const m = /^(\[[^\]]+\]|[^:]*):(\d+)$/.exec(rest) ?? /^(\[[^\]]+\]|[^:]+)$/.exec(rest);
    if (!m) throw new InvalidArgumentError(`host ${raw}: expected tcp://HOST:PORT`);
    const host = (m[1] || '127.0.0.1').replace(/^\[|\]$/g, '');
    const port = m[2] === undefined ? 2376 : Number(m[2]);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError(`host ${raw}: port ${m[2]} is out of range`);
    return { type: 'tcp', host, port, raw: `tcp://${rest}` };
  }
  throw new InvalidArgumentError(`host ${raw}: unknown scheme; use unix://PATH, tcp://HOST:PORT or fd://`);
}

/** 127.0.0.0/8, ::1 and "localhost": the addresses a plain (non-TLS) tcp:// listener may use. */
export function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  if (isIP(host) === 6) return host === '::1' || host === '0:0:0:0:0:0:0:1';
  return false;
}
