import { isIP } from 'node:net';
import { InvalidArgumentError } from './errors';

/** An API address as -H takes it, for keeld's listeners and the CLI alike. */
export type HostAddr =
  | { type: 'unix'; path: string; raw: string }
  | { type: 'tcp'; host: string; port: number; raw: string }
  | { type: 'fd'; fd: number | null; raw: string };

/** Docker's default ports for tcp:// without one: 2375 plain, 2376 with TLS. */
export const DEFAULT_TCP_PORT = 2375;
export const DEFAULT_TLS_PORT = 2376;

/**
 * Parses unix://PATH, tcp://HOST[:PORT] (or bare HOST:PORT) and fd:// or fd://N. This file
 * loads nothing beyond node:net and the kit's errors, so the CLI's start path can use it.
 */
export function parseHost(raw: string, opts: { tls?: boolean } = {}): HostAddr {
  const s = raw.trim();
  if (s === '') throw new InvalidArgumentError('host: empty address; use unix://PATH, tcp://HOST:PORT or fd://');
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
    const rest = s.replace(/^tcp:\/\//, '').replace(/\/+$/, '');
    const m = /^(\[[^\]]+\]|[^:[\]/]*):(\d+)$/.exec(rest) ?? /^(\[[^\]]+\]|[^:[\]/]+)$/.exec(rest);
    if (!m) throw new InvalidArgumentError(`host ${raw}: expected tcp://HOST:PORT`);
    const host = (m[1] || '127.0.0.1').replace(/^\[|\]$/g, '');
    const port = m[2] === undefined ? (opts.tls ? DEFAULT_TLS_PORT : DEFAULT_TCP_PORT) : Number(m[2]);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new InvalidArgumentError(`host ${raw}: port ${m[2]} is out of range`);
    const shown = host.includes(':') ? `[${host}]` : host;
    return { type: 'tcp', host, port, raw: `tcp://${shown}:${port}` };
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
