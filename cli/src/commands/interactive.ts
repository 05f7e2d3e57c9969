// keel exec, attach, and the interactive half of run/start (-i, -t): a hijacked stream joined
// to the terminal, raw mode with a tty, the window size sent at start and on every change, and
// the detach keys watched for (the daemon ends the stream on them; keel then leaves the
// container running and exits 0, as docker does).
import { spawnSync } from 'node:child_process';
import type { Socket } from 'node:net';
import type { Context } from '../context';
import { CliError, DaemonError } from '../errors';
import { demuxTo } from '../demux';
import { API_VERSION } from '../http';

const V = `/v${API_VERSION}`;

/** Docker's detach keys ("ctrl-p,ctrl-q" by default) as bytes; a bad spec is the daemon's to refuse, keel then watches for the default. */
export function detachBytes(spec: string | undefined): Buffer {
  const out: number[] = [];
  for (const key of (spec || 'ctrl-p,ctrl-q').split(',')) {
    const k = key.toLowerCase();
    if (k.startsWith('ctrl-') && k.length === 6) out.push(k.charCodeAt(5) & 0x1f);
    else if (key.length === 1) out.push(key.charCodeAt(0));
    else return Buffer.from([0x10, 0x11]);
  }
  return Buffer.from(out);
}

/** Notices the detach sequence in what the user types (the bytes still go to the daemon). */
export class DetachWatch {
  private at = 0;
  constructor(private readonly keys: Buffer) {}
  /** true once the whole sequence has been typed */
  feed(chunk: Buffer): boolean {
    for (const b of chunk) {
      if (b === this.keys[this.at]) this.at++;
      else this.at = b === this.keys[0] ? 1 : 0;
      if (this.at === this.keys.length) return true;
    }
    return false;
  }
}

export interface SessionOptions {
  tty: boolean;
  /** the terminal's input goes to the process */
  stdin: boolean;
  detachKeys?: string;
  /** sends the window size (rows, cols) */
  resize?: (height: number, width: number) => Promise<void>;
}

/** The terminal's size when stdout is one. */
export function terminalSize(): [number, number] | null {
  return process.stdout.isTTY && process.stdout.rows ? [process.stdout.rows, process.stdout.columns] : null;
}

/** Joins the stream to the terminal until the daemon closes it; detached: the user typed the detach keys. */
export function session(socket: Socket, o: SessionOptions): Promise<{ detached: boolean }> {
  const demux = o.tty ? null : demuxTo(process.stdout, process.stderr);
  const stdin = process.stdin;
  const raw = o.tty && o.stdin && stdin.isTTY;
  const watch = o.tty && o.stdin ? new DetachWatch(detachBytes(o.detachKeys)) : null;
  let detached = false;
  const sendSize = () => {
    const s = terminalSize();
    if (s && o.resize) o.resize(s[0], s[1]).catch(() => undefined);
  };
  const onInput = (d: Buffer) => {
    if (watch?.feed(d)) detached = true;
    socket.write(d);
  };
  const onInputEnd = () => socket.end();
  return new Promise((resolve) => {
    if (raw) {
      stdin.setRawMode(true);
      // libuv's raw mode keeps output processing (\n → \r\n): the pty inside already did it
      spawnSync('stty', ['-opost'], { stdio: ['inherit', 'ignore', 'ignore'] });
    }
    if (o.stdin) {
      stdin.on('data', onInput);
      stdin.on('end', onInputEnd);
      stdin.resume();
    } else {
      socket.end(); // no stdin: half-close, as the docker CLI does
    }
    if (o.tty) {
      sendSize();
      process.stdout.on('resize', sendSize);
    }
    socket.on('data', (d: Buffer) => {
      if (demux) demux.push(d);
      else process.stdout.write(d);
    });
    const done = () => {
      if (raw) stdin.setRawMode(false);
      stdin.off('data', onInput);
      stdin.off('end', onInputEnd);
      stdin.pause();
      process.stdout.off('resize', sendSize);
      resolve({ detached });
    };
    socket.on('close', done);
    socket.on('error', () => socket.destroy());
  });
}

export interface ExecOptions {
  interactive?: boolean;
  tty?: boolean;
  detach?: boolean;
  env?: string[];
  workdir?: string;
  user?: string;
  detachKeys?: string;
  privileged?: boolean;
}

/** keel exec: create, start (hijacked unless -d), the window size, then the exit code from exec inspect. */
export async function execCommand(ctx: Context, container: string, cmd: string[], o: ExecOptions): Promise<number> {
  const api = ctx.api();
  if (!cmd.length) throw new CliError('exec requires at least 2 arguments: CONTAINER COMMAND [ARG...]', 1);
  await api.get(`${V}/containers/${encodeURIComponent(container)}/json`);
  const { Id } = await api.json<{ Id: string }>('POST', `${V}/containers/${encodeURIComponent(container)}/exec`, {
    User: o.user ?? '', Privileged: Boolean(o.privileged), Tty: Boolean(o.tty), AttachStdin: Boolean(o.interactive) && !o.detach,
    AttachStderr: !o.detach, AttachStdout: !o.detach, Detach: Boolean(o.detach), DetachKeys: o.detachKeys ?? '',
    Env: o.env?.length ? o.env : null, WorkingDir: o.workdir ?? '', Cmd: cmd,
  });
  if (o.detach) {
    await api.json('POST', `${V}/exec/${Id}/start`, { Detach: true, Tty: Boolean(o.tty) });
    return 0;
  }
  const socket = await api.hijack(`${V}/exec/${Id}/start`, { Detach: false, Tty: Boolean(o.tty) });
  const r = await session(socket, {
    tty: Boolean(o.tty), stdin: Boolean(o.interactive), detachKeys: o.detachKeys,
    resize: async (h, w) => { await api.request('POST', `${V}/exec/${Id}/resize?h=${h}&w=${w}`); },
  });
  if (r.detached) return 0;
  const e = await api.get<{ ExitCode: number | null; Running: boolean }>(`${V}/exec/${Id}/json`);
  return e.ExitCode ?? 0;
}

/** The wait body's status once the container has exited. */
async function waitExit(ctx: Context, id: string, signal: AbortSignal): Promise<number> {
  const res = await ctx.api().open('POST', `${V}/containers/${id}/wait`, undefined, signal);
  let text = '';
  for await (const c of res) text += String(c);
  return (JSON.parse(text) as { StatusCode: number }).StatusCode;
}

/** keel attach: the running container's stream (stdin too unless --no-stdin); its exit status, or 1 ("read escape sequence") after a detach. */
export async function attachCommand(ctx: Context, name: string, o: { noStdin?: boolean; detachKeys?: string }): Promise<number> {
  const api = ctx.api();
  let c: { Id: string; State?: { Running?: boolean; Paused?: boolean }; Config?: { Tty?: boolean; OpenStdin?: boolean } };
  try {
    c = await api.get(`${V}/containers/${encodeURIComponent(name)}/json`);
  } catch (err) {
    if (err instanceof DaemonError) throw new CliError(`Error response from daemon: ${err.daemonMessage}`, 1, { cause: err });
    throw err;
  }
  if (!c.State?.Running) throw new CliError('You cannot attach to a stopped container, start it first', 1);
  if (c.State.Paused) throw new CliError('You cannot attach to a paused container, unpause it first', 1);
  const stdin = !o.noStdin && Boolean(c.Config?.OpenStdin);
  const q = new URLSearchParams({ stream: '1', stdout: '1', stderr: '1' });
  if (stdin) q.set('stdin', '1');
  if (o.detachKeys) q.set('detachKeys', o.detachKeys);
  const socket = await api.hijack(`${V}/containers/${c.Id}/attach?${q}`);
  const ac = new AbortController();
  const wait = waitExit(ctx, c.Id, ac.signal);
  wait.catch(() => undefined);
  const r = await session(socket, {
    tty: Boolean(c.Config?.Tty), stdin, detachKeys: o.detachKeys,
    resize: async (h, w) => { await api.request('POST', `${V}/containers/${c.Id}/resize?h=${h}&w=${w}`); },
  });
  if (r.detached) {
    ac.abort();
    // as the docker CLI's attach ends a detach (its run -it ends one with 0)
    throw new CliError('read escape sequence', 1);
  }
  return await wait;
}
