// The client's side of -H: the kit's parser (which loads nothing heavy), with the client's
// own rule that fd:// must name the inherited socket's number.
import { InvalidArgumentError } from '../../services/kit/src/errors';
import { type HostAddr as AnyHostAddr, DEFAULT_TCP_PORT, DEFAULT_TLS_PORT, parseHost as parseAnyHost } from '../../services/kit/src/hosts';
import { UsageError } from './errors';

export { DEFAULT_TCP_PORT, DEFAULT_TLS_PORT };
export const DEFAULT_HOST = 'unix:///run/keel/keel.sock';

/** An API address as the client dials it. */
export type HostAddr = Exclude<AnyHostAddr, { type: 'fd' }> | { type: 'fd'; fd: number; raw: string };

/** Parses -H for the client: an address error is a usage error (exit 2). */
export function parseHost(raw: string, opts: { tls?: boolean } = {}): HostAddr {
  let addr: AnyHostAddr;
  try {
    addr = parseAnyHost(raw, opts);
  } catch (err) {
    if (err instanceof InvalidArgumentError) throw new UsageError(err.message);
    throw err;
  }
  if (addr.type === 'fd' && addr.fd === null) {
    throw new UsageError(`host ${raw}: fd:// takes the number of an inherited, connected socket, e.g. fd://3`);
  }
  return addr as HostAddr;
}

/** The address to use: -H, else $KEEL_HOST, else the default socket. */
export function resolveHost(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag || env.KEEL_HOST || DEFAULT_HOST;
}
