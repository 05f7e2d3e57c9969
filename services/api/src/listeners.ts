import { chmodSync, readFileSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { connect } from 'node:net';
import { type DaemonConfig, FailedPreconditionError, type HostAddr, parseHost } from '../../kit/src';

export type RequestListener = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/**
 * HTTP upgrades (the hijacked attach: `Upgrade: tcp`) go through the same routes as any
 * request: node hands the socket over free of its HTTP parser, with half-open allowed, so a
 * client that shuts its write side (stdin EOF) does not end the output. A route that does not
 * hijack answers as usual and the connection closes after it.
 */
export function upgradeListener(handler: RequestListener) {
  return (upgraded: http.IncomingMessage, socket: import('node:stream').Duplex, head: Buffer): void => {
    const length = Number(upgraded.headers['content-length'] ?? 0);
    if (Number.isInteger(length) && length > 0) {
      // a body (exec start's {"Detach","Tty"}) comes after the headers, before the stream
      readBody(socket, head, length).then((body) => serve(withBody(upgraded, socket as import('node:net').Socket, body)), () => socket.destroy());
      return;
    }
    if (head.length) socket.unshift(head);
    serve(upgraded);
  };
  function serve(req: http.IncomingMessage): void {
    const socket = req.socket;
    const res = new http.ServerResponse(req);
    res.shouldKeepAlive = false;
    res.assignSocket(socket as import('node:net').Socket);
    res.once('finish', () => { res.detachSocket(socket as import('node:net').Socket); socket.end(); });
    socket.on('error', () => socket.destroy());
    handler(req, res);
  }
}

/** The first length bytes after an upgrade request's headers; what follows goes back to the socket. */
function readBody(socket: import('node:stream').Duplex, head: Buffer, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let got = head;
    const done = () => {
      socket.off('data', onData);
      socket.off('error', reject);
      socket.pause();
      if (got.length > length) socket.unshift(got.subarray(length));
      resolve(got.subarray(0, length));
    };
    const onData = (d: Buffer) => {
      got = Buffer.concat([got, d]);
      if (got.length >= length) done();
    };
    if (got.length >= length) return done();
    socket.on('data', onData);
    socket.once('error', reject);
  });
}

/** An upgrade request with its body readable (node gives it ended, the body left on the socket). */
function withBody(req: http.IncomingMessage, socket: import('node:net').Socket, body: Buffer): http.IncomingMessage {
  const r = new http.IncomingMessage(socket);
  r.method = req.method;
  r.url = req.url;
  r.headers = req.headers;
  r.rawHeaders = req.rawHeaders;
  r.httpVersion = req.httpVersion;
  r.httpVersionMajor = req.httpVersionMajor;
  r.httpVersionMinor = req.httpVersionMinor;
  (r as http.IncomingMessage & { upgrade: boolean }).upgrade = true;
  r.complete = true; // else its end would destroy the socket as if the request were cut short
  r.push(body);
  r.push(null);
  return r;
}

export interface Listener {
  addr: HostAddr;
  server: http.Server;
  close(): Promise<void>;
}

/** Is something answering on this unix socket? A socket file nobody listens on is stale. */
function socketInUse(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(path, () => { s.destroy(); resolve(true); });
    s.on('error', () => resolve(false));
  });
}

function listen(server: http.Server, arg: { path?: string; host?: string; port?: number; fd?: number }): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    const onListening = () => { server.off('error', reject); resolve(); };
    if (arg.fd !== undefined) server.listen({ fd: arg.fd }, onListening);
    else if (arg.path !== undefined) server.listen(arg.path, onListening);
    else server.listen({ host: arg.host, port: arg.port }, onListening);
  });
}

/** Sockets passed by socket activation (keeld forwards systemd's LISTEN_FDS), from fd 3 on. */
export function activatedFds(env = process.env): number[] {
  const n = Number(env.LISTEN_FDS ?? 0);
  return Array.from({ length: n }, (_, i) => 3 + i);
}

/**
 * Opens every API listener: unix sockets (0660, a stale socket file replaced, a live one an
 * error), tcp (TLS as configured; keeld has already refused plain non-loopback addresses) and
 * fd:// (socket activation).
 */
export async function openListeners(config: DaemonConfig, handler: RequestListener): Promise<Listener[]> {
  const out: Listener[] = [];
  const make = (tls: boolean): http.Server => {
    const server = !tls ? http.createServer({ keepAliveTimeout: 60_000 }, handler) : https.createServer({
      cert: readFileSync(config.tlsCert), key: readFileSync(config.tlsKey),
      ca: config.tlsCaCert ? readFileSync(config.tlsCaCert) : undefined,
      requestCert: config.tlsVerify, rejectUnauthorized: config.tlsVerify, keepAliveTimeout: 60_000,
    }, handler);
    server.on('upgrade', upgradeListener(handler));
    return server;
  };
  const closeAll = () => Promise.all(out.map((l) => l.close()));
  try {
    for (const raw of config.hosts) {
      const addr = parseHost(raw);
      if (addr.type === 'unix') {
        let exists = false;
        try { exists = statSync(addr.path).isSocket(); } catch { /* absent */ }
        if (exists) {
          if (await socketInUse(addr.path)) throw new FailedPreconditionError(`${addr.raw} is in use by another daemon`);
          rmSync(addr.path, { force: true });
        }
        const server = make(false);
        await listen(server, { path: addr.path });
        chmodSync(addr.path, 0o660);
        out.push({ addr, server, close: () => closeServer(server) });
      } else if (addr.type === 'tcp') {
        const server = make(config.tls);
        await listen(server, { host: addr.host, port: addr.port });
        out.push({ addr, server, close: () => closeServer(server) });
      } else {
        const fds = activatedFds();
        const chosen = addr.fd === null ? fds : fds.filter((fd) => fd === addr.fd);
        if (!chosen.length) throw new FailedPreconditionError(`${addr.raw}: no such socket was passed by socket activation (LISTEN_FDS=${fds.length})`);
        for (const fd of chosen) {
          const server = make(false);
          await listen(server, { fd });
          out.push({ addr, server, close: () => closeServer(server) });
        }
      }
    }
  } catch (err) {
    await closeAll();
    throw err;
  }
  return out;
}

function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), 2_000).unref();
  });
}
