// What every command gets: the global flags resolved against the environment, an API client
// made on first use, and the two output streams.
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from './errors';
import { parseHost, resolveHost } from './hosts';
import { ApiClient, type TlsMaterial } from './http';

/** The flags keel takes before (or after) any command, as commander hands them over. */
export interface GlobalOptions {
  host?: string;
  debug?: boolean;
  tls?: boolean;
  tlsverify?: boolean;
  tlscacert?: string;
  tlscert?: string;
  tlskey?: string;
}

export interface Output {
  out(text: string): void;
  err(text: string): void;
  /** Whether out is a terminal (progress is then redrawn in place); absent: it is not. */
  outIsTerminal?: boolean;
  /** Writes text to out as it is (no newline added): cursor movements on a terminal. */
  write?(text: string): void;
}

export const stdio: Output = {
  out: (text) => { process.stdout.write(text.endsWith('\n') ? text : `${text}\n`); },
  err: (text) => { process.stderr.write(text.endsWith('\n') ? text : `${text}\n`); },
  outIsTerminal: process.stdout.isTTY === true,
  write: (text) => { process.stdout.write(text); },
};

export class Context {
  private client: ApiClient | null = null;

  constructor(readonly opts: GlobalOptions, readonly io: Output = stdio, readonly env: NodeJS.ProcessEnv = process.env) {}

  get hostString(): string {
    return resolveHost(this.opts.host, this.env);
  }

  api(): ApiClient {
    if (this.client) return this.client;
    const tls = tlsMaterial(this.opts, this.env);
    const host = parseHost(this.hostString, { tls: tls !== null });
    this.client = new ApiClient(host, {
      tls: host.type === 'tcp' ? tls : null,
      debug: this.opts.debug,
      log: (line) => this.io.err(line),
    });
    return this.client;
  }
}

function truthy(v: string | undefined): boolean {
  return v !== undefined && v !== '' && v !== '0' && v.toLowerCase() !== 'false';
}

/**
 * Docker's rules: --tlsverify (or $KEEL_TLS_VERIFY) means TLS that checks the daemon's
 * certificate against the CA; --tls alone means TLS without that check. Client certificate and
 * key come from the flags, else from $KEEL_CERT_PATH (default ~/.keel) as cert.pem / key.pem.
 * A file named by a flag must exist; a default file may be absent (except the CA under
 * --tlsverify).
 */
export function tlsMaterial(o: GlobalOptions, env: NodeJS.ProcessEnv = process.env): TlsMaterial | null {
  const verify = Boolean(o.tlsverify) || truthy(env.KEEL_TLS_VERIFY);
  if (!verify && !o.tls) return null;
  const certDir = env.KEEL_CERT_PATH || join(homedir(), '.keel');
  const pick = (flag: string | undefined, name: string, required: boolean): Buffer | undefined => {
    const file = flag ?? join(certDir, name);
    if (flag === undefined && !required && !existsSync(file)) return undefined;
    try {
      return readFileSync(file);
    } catch (err) {
      const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
      throw new UsageError(`cannot read the TLS file ${file}: ${why}${flag === undefined ? ' (set --tlscacert/--tlscert/--tlskey or KEEL_CERT_PATH)' : ''}`);
    }
  };
  const material: TlsMaterial = {
    verify,
    ca: verify || o.tlscacert !== undefined ? pick(o.tlscacert, 'ca.pem', verify) : undefined,
    cert: pick(o.tlscert, 'cert.pem', false),
    key: pick(o.tlskey, 'key.pem', false),
  };
  if ((material.cert === undefined) !== (material.key === undefined)) {
    throw new UsageError('TLS: a client certificate needs its key and a key needs its certificate (--tlscert and --tlskey)');
  }
  return material;
}
