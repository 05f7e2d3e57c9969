// HTTP to the api service over the three transports, with nothing but node:http (node:https
// and the certificate files are loaded only when TLS is asked for).
import http from 'node:http';
import net from 'node:net';
import { CliError, DaemonError, UnreachableError } from './errors';
import type { HostAddr } from './hosts';

/** The Docker Engine API version the CLI speaks. */
export const API_VERSION = '1.41';
export const TRACE_HEADER = 'x-keel-trace-id';

/** Certificate material for tcp:// with TLS, already read from disk. */
export interface TlsMaterial {
  ca?: Buffer;
  cert?: Buffer;
  key?: Buffer;
  /** verify the daemon's certificate against ca (--tlsverify) */
  verify: boolean;
}

export interface ApiResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface ApiClientOptions {
  tls?: TlsMaterial | null;
  /** print each response's trace id */
  debug?: boolean;
  /** where diagnostics go (stderr) */
  log?: (line: string) => void;
  userAgent?: string;
}

export class ApiClient {
  constructor(readonly host: HostAddr, private readonly opts: ApiClientOptions = {}) {}

  /** One HTTP exchange; a status ≥ 400 is returned, not thrown. */
  async request(method: string, path: string, body?: unknown): Promise<ApiResponse> {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const headers: http.OutgoingHttpHeaders = { 'User-Agent': this.opts.userAgent ?? 'keel-cli', Accept: 'application/json' };
    if (payload) {
      headers['Content-Type'] = 'application/json';
      headers['Content-Length'] = payload.length;
    }
    const { request, options } = await this.target();
    return new Promise<ApiResponse>((resolve, reject) => {
      let req: http.ClientRequest;
      try {
        // agent: false gives every request a connection of its own; fd:// must have no agent at
        // all, or http ignores createConnection
        req = request({ agent: false, ...options, method, path, headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', (err) => reject(this.transportError(err)));
          res.on('end', () => {
            const traceId = res.headers[TRACE_HEADER];
            if (this.opts.debug && typeof traceId === 'string') this.opts.log?.(`trace id: ${traceId}`);
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') });
          });
        });
      } catch (err) {
        reject(this.transportError(err as Error));
        return;
      }
      req.on('error', (err) => reject(this.transportError(err)));
      req.end(payload);
    });
  }

  /** A request whose answer must be 2xx: the parsed JSON body, else the daemon's message as a DaemonError. */
  async json<T>(method: string, path: string, body?: unknown): Promise<T> {
    return this.parse<T>(await this.request(method, path, body), method, path);
  }

  /** The JSON body of a 2xx answer; the daemon's message as a DaemonError otherwise. */
  parse<T>(res: ApiResponse, method: string, path: string): T {
    if (res.status >= 400) throw new DaemonError(res.status, daemonMessage(res));
    if (res.body === '') return undefined as T;
    try {
      return JSON.parse(res.body) as T;
    } catch {
      throw new CliError(`the daemon at ${this.host.raw} answered ${method} ${path} with something that is not JSON: ${res.body.slice(0, 120)}`);
    }
  }

  get<T>(path: string): Promise<T> {
    return this.json<T>('GET', path);
  }

  /**
   * A request whose answer is read as a stream: resolves with the response as soon as its
   * headers are in (the docker-style wait sends them at once, the body at exit). body: JSON, or
   * a stream sent chunked (import). A status ≥ 400 becomes a DaemonError.
   */
  async open(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<http.IncomingMessage> {
    const headers: http.OutgoingHttpHeaders = { 'User-Agent': this.opts.userAgent ?? 'keel-cli' };
    const isStream = body !== undefined && body !== null && typeof (body as NodeJS.ReadableStream).pipe === 'function';
    let payload: Buffer | undefined;
    if (isStream) {
      headers['Content-Type'] = 'application/x-tar';
      headers['Transfer-Encoding'] = 'chunked';
    } else if (body !== undefined) {
      payload = Buffer.from(JSON.stringify(body));
      headers['Content-Type'] = 'application/json';
      headers['Content-Length'] = payload.length;
    }
    const { request, options } = await this.target();
    const res = await new Promise<http.IncomingMessage>((resolve, reject) => {
      let req: http.ClientRequest;
      try {
        req = request({ agent: false, ...options, method, path, headers, signal }, resolve);
      } catch (err) {
        reject(this.transportError(err as Error));
        return;
      }
      req.on('error', (err) => reject(this.transportError(err)));
      if (isStream) {
        const src = body as NodeJS.ReadableStream;
        src.on('error', (err) => { req.destroy(err); reject(new CliError(`reading the upload: ${err.message}`)); });
        src.pipe(req);
      } else {
        req.end(payload);
      }
    });
    if ((res.statusCode ?? 0) >= 400) {
      const chunks: Buffer[] = [];
      for await (const c of res) chunks.push(c as Buffer);
      throw new DaemonError(res.statusCode ?? 0, daemonMessage({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    }
    return res;
  }

  /**
   * A hijacked stream (attach): POST with `Upgrade: tcp`; resolves with the raw socket once the
   * daemon has answered 101. The write side is shut at once (no stdin is sent).
   */
  async hijack(path: string, body?: unknown): Promise<net.Socket> {
    const payload = body === undefined ? null : Buffer.from(JSON.stringify(body));
    const headers: http.OutgoingHttpHeaders = {
      'User-Agent': this.opts.userAgent ?? 'keel-cli', 'Content-Length': payload?.length ?? 0, Connection: 'Upgrade', Upgrade: 'tcp',
      'Content-Type': payload ? 'application/json' : 'text/plain',
    };
    const { request, options } = await this.target();
    return new Promise<net.Socket>((resolve, reject) => {
      let req: http.ClientRequest;
      try {
        req = request({ agent: false, ...options, method: 'POST', path, headers });
      } catch (err) {
        reject(this.transportError(err as Error));
        return;
      }
      req.on('upgrade', (_res, socket: net.Socket, head: Buffer) => {
        if (head.length) socket.unshift(head);
        resolve(socket);
      });
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const r = { status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') };
          reject(r.status >= 400 ? new DaemonError(r.status, daemonMessage(r)) : new CliError(`unable to upgrade to tcp, received ${r.status}`));
        });
      });
      req.on('error', (err) => reject(this.transportError(err)));
      req.end(payload ?? undefined);
    });
  }

  private async target(): Promise<{ request: typeof http.request; options: http.RequestOptions }> {
    const h = this.host;
    switch (h.type) {
      case 'unix':
        return { request: http.request, options: { socketPath: h.path } };
      case 'fd':
        return {
          request: http.request,
          options: { agent: undefined, createConnection: () => new net.Socket({ fd: h.fd, readable: true, writable: true }) },
        };
      case 'tcp': {
        const tls = this.opts.tls;
        if (!tls) return { request: http.request, options: { host: h.host, port: h.port } };
        const https = await import('node:https');
        return {
          request: https.request as unknown as typeof http.request,
          options: { host: h.host, port: h.port, ca: tls.ca, cert: tls.cert, key: tls.key, rejectUnauthorized: tls.verify } as http.RequestOptions,
        };
      }
    }
  }

  /** A sentence for a connection that failed before the daemon could answer. */
  transportError(err: Error): CliError {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    const at = this.host.raw;
    const hint = 'Is keeld running? Start it with `keeld` or point -H / KEEL_HOST at it.';
    switch (code) {
      case 'ENOENT':
        return new UnreachableError(`Cannot connect to the keel daemon at ${at}: there is no socket at ${this.host.type === 'unix' ? this.host.path : at}. ${hint}`, 1, { cause: err });
      case 'ECONNREFUSED':
        return new UnreachableError(`Cannot connect to the keel daemon at ${at}: connection refused. ${hint}`, 1, { cause: err });
      case 'EACCES':
      case 'EPERM':
        return new UnreachableError(`Permission denied while connecting to the keel daemon at ${at}: run keel as root or as a member of the socket's group.`, 1, { cause: err });
      case 'ENOTFOUND':
      case 'EAI_AGAIN':
        return new UnreachableError(`Cannot connect to the keel daemon at ${at}: the host name does not resolve. ${hint}`, 1, { cause: err });
      case 'EHOSTUNREACH':
      case 'ENETUNREACH':
      case 'ETIMEDOUT':
        return new UnreachableError(`Cannot connect to the keel daemon at ${at}: ${err.message}. ${hint}`, 1, { cause: err });
      case 'EBADF':
      case 'ENOTSOCK':
      case 'ERR_INVALID_FD_TYPE':
        return new UnreachableError(`Cannot use ${at}: file descriptor ${this.host.type === 'fd' ? this.host.fd : '?'} is not an open socket this process inherited.`, 1, { cause: err });
      case 'ECONNRESET':
      case 'EPIPE':
        return new UnreachableError(`The keel daemon at ${at} closed the connection before answering. ${hint}`, 1, { cause: err });
      case 'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED':
      case 'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE':
        return new UnreachableError(
          `TLS with the keel daemon at ${at} failed: the daemon wants a client certificate it trusts; give --tlscert and --tlskey, `
          + 'or put cert.pem and key.pem in $KEEL_CERT_PATH.', 1, { cause: err });
      default:
        if (/certificate|SSL|TLS|self.signed|ERR_SSL/i.test(`${code} ${err.message}`)) {
          // OpenSSL's messages are a colon-separated trail; its reason is the readable part
          const reason = (err as Error & { reason?: string }).reason ?? err.message;
          return new UnreachableError(`TLS with the keel daemon at ${at} failed: ${reason}`, 1, { cause: err });
        }
        return new UnreachableError(`Cannot talk to the keel daemon at ${at}: ${err.message}`, 1, { cause: err });
    }
  }
}

/** The `message` of a Docker-style error body, or what there is instead. */
export function daemonMessage(res: ApiResponse): string {
  try {
    const parsed = JSON.parse(res.body) as { message?: unknown };
    if (parsed && typeof parsed.message === 'string' && parsed.message !== '') return parsed.message;
  } catch {
    // not JSON
  }
  const text = res.body.trim();
  return text !== '' ? text : `${res.status} ${http.STATUS_CODES[res.status] ?? ''}`.trim();
}
