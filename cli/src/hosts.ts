// The client's side of -H: the same three schemes services/kit/src/hosts.ts accepts for
// keeld's listeners, written again here because that file pulls in the kit's errors (and with
// them protobufjs), which the CLI's start path must not load.
import { UsageError } from './errors';

export const DEFAULT_HOST = 'unix:///run/keel/keel.sock';
/** Docker's default ports for tcp:// without one: 2375 plain, 2376 with TLS. */
export const DEFAULT_TCP_PORT = 2375;
export const DEFAULT_TLS_PORT = 2376;

/** An API address as the client dials it. */
export type HostAddr =
  | { type: 'unix'; path: string; raw: string }
  | { type: 'tcp'; host: string; port: number; raw: string }
  | { type: 'fd'; fd: number; raw: string };

/**
 * Parses unix://PATH, tcp://HOST[:PORT] (or bare HOST:PORT) and fd://N. A client needs the
 * number of an fd it inherited, so unlike keeld's listeners fd:// alone is refused.
 */
export function parseHost(raw: string, opts: { tls?: boolean } = {}): HostAddr {
  const s = raw.trim();
  if (s === '') throw new UsageError('host: empty address; use unix://PATH, tcp://HOST:PORT or fd://N');
  if (s.startsWith('unix://')) {
    const path = s.slice('unix://'.length);
    if (!path.startsWith('/')) throw new UsageError(`host ${raw}: a unix socket path must be absolute`);
    return { type: 'unix', path, raw: s };
  }
  if (s.startsWith('fd://')) {
    const rest = s.slice('fd://'.length);
    if (!/^\d+$/.test(rest)) throw new UsageError(`host ${raw}: fd:// takes the number of an inherited, connected socket, e.g. fd://3`);
    return { type: 'fd', fd: Number(rest), raw: s };
  }
  if (s.startsWith('tcp://') || /^[^/]+:\d+$/.test(s)) {
    const rest = s.replace(/^tcp:\/\//, '').replace(/\/+$/, '');
    const m = /^(\[[^\]]+\]|[^:[\]/]*):(\d+)$/.exec(rest) ?? /^(\[[^\]]+\]|[^:[\]/]+)$/.exec(rest);
    if (!m) throw new UsageError(`host ${raw}: expected tcp://HOST:PORT`);
    const host = (m[1] || '127.0.0.1').replace(/^\[|\]$/g, '');
    const port = m[2] === undefined ? (opts.tls ? DEFAULT_TLS_PORT : DEFAULT_TCP_PORT) : Number(m[2]);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError(`host ${raw}: port ${m[2]} is out of range`);
    const shown = host.includes(':') ? `[${host}]` : host;
    return { type: 'tcp', host, port, raw: `tcp://${shown}:${port}` };
  }
  throw new UsageError(`host ${raw}: unknown scheme; use unix://PATH, tcp://HOST:PORT or fd://N`);
}

/** The address to use: -H, else $KEEL_HOST, else the default socket. */
export function resolveHost(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag || env.KEEL_HOST || DEFAULT_HOST;
}
