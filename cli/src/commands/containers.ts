// keel create, start, run, ps, logs, stop, kill, restart, rm, inspect, wait: the docker CLI's sequences, over
// node:http alone.
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { Context } from '../context';
import { CliError, DaemonError } from '../errors';
import { demuxTo } from '../demux';
import { ago, ellipsis, humanDuration } from '../format';
import { API_VERSION } from '../http';
import { formatTable } from '../table';
import { shortId } from './images';
import { type MountOptions, mountsBody } from './host-config/mounts';
import { type ResourceOptions, resourcesBody } from './host-config/resources';
import { type RuntimeOptions, runtimeBody } from './host-config/runtime';
import { type SecurityOptions, securityBody } from './host-config/security';
import { type InitOptions, initBody } from './host-config/init';
import { type LoggingOptions, loggingBody } from './host-config/logging';
import { session, terminalSize } from './interactive';

const V = `/v${API_VERSION}`;

export interface CreateOptions extends SecurityOptions, MountOptions, ResourceOptions, InitOptions, LoggingOptions, RuntimeOptions {
  env?: string[];
  workdir?: string;
  user?: string;
  name?: string;
  hostname?: string;
  entrypoint?: string;
  network?: string;
  rm?: boolean;
  detach?: boolean;
  tty?: boolean;
  interactive?: boolean;
  detachKeys?: string;
}

/** The create body the docker CLI would send for these flags. */
export function createBody(image: string, cmd: string[], o: CreateOptions, attach: boolean) {
  for (const e of o.env ?? []) {
    if (e === '' || e.startsWith('=')) throw new CliError(`invalid environment variable: ${e}`, 125);
  }
  return {
    Hostname: o.hostname ?? '',
    User: o.user ?? '',
    AttachStdin: attach && Boolean(o.interactive),
    AttachStdout: attach,
    AttachStderr: attach,
    Tty: Boolean(o.tty),
    OpenStdin: Boolean(o.interactive),
    StdinOnce: attach && Boolean(o.interactive),
    Env: o.env?.length ? o.env.map((e) => (e.includes('=') ? e : envFromHost(e))).filter((e): e is string => e !== null) : null,
    Cmd: cmd.length ? cmd : null,
    Image: image,
    WorkingDir: o.workdir ?? '',
    Entrypoint: o.entrypoint === undefined ? null : (o.entrypoint === '' ? [''] : [o.entrypoint]),
    Labels: {},
    HostConfig: { AutoRemove: Boolean(o.rm), NetworkMode: o.network ?? 'default', ...(o.tty && attach ? { ConsoleSize: terminalSize() ?? [0, 0] } : {}), ...securityBody(o), ...mountsBody(o), ...resourcesBody(o), ...initBody(o), ...loggingBody(o), ...runtimeBody(o) },
  };
}

/** -e NAME without a value takes the variable from keel's own environment, or drops it. */
function envFromHost(name: string): string | null {
  const v = process.env[name];
  return v === undefined ? null : `${name}=${v}`;
}

/** docker run's exit status for an error from the daemon: 127 not found, 126 cannot run, else 125. */
export function runErrorExit(message: string): number {
  if (/executable file not found|no such file or directory|command not found/i.test(message)) return 127;
  if (/permission denied/i.test(message)) return 126;
  return 125;
}

async function create(ctx: Context, image: string, cmd: string[], o: CreateOptions, attach: boolean): Promise<string> {
  const q = o.name ? `?name=${encodeURIComponent(o.name)}` : '';
  const body = createBody(image, cmd, o, attach);
  try {
    const r = await ctx.api().json<{ Id: string; Warnings?: string[] }>('POST', `${V}/containers/create${q}`, body);
    for (const w of r.Warnings ?? []) ctx.io.err(`WARNING: ${w}`);
    return r.Id;
  } catch (err) {
    if (err instanceof DaemonError && err.status === 404 && /no such image/i.test(err.daemonMessage)) {
      // what docker does: try to pull, and report the pull's failure
      ctx.io.err(`Unable to find image '${withTag(image)}' locally`);
      const [repo, tag] = splitRef(image);
      const pull = await ctx.api().request('POST', `${V}/images/create?fromImage=${encodeURIComponent(repo)}&tag=${encodeURIComponent(tag)}`);
      let msg = err.daemonMessage;
      try { msg = (JSON.parse(pull.body) as { message?: string }).message ?? msg; } catch { /* keep */ }
      throw new CliError(`keel: Error response from daemon: ${msg}`, 125);
    }
    if (err instanceof CliError) throw new CliError(`keel: ${err.message}`, 125, { cause: err });
    throw err;
  }
}

function splitRef(ref: string): [string, string] {
  const slash = ref.lastIndexOf('/');
  const colon = ref.lastIndexOf(':');
  return colon > slash ? [ref.slice(0, colon), ref.slice(colon + 1)] : [ref, 'latest'];
}
function withTag(ref: string): string {
  const [r, t] = splitRef(ref);
  return `${r}:${t}`;
}

export async function createCommand(ctx: Context, image: string, cmd: string[], o: CreateOptions): Promise<void> {
  ctx.io.out(await create(ctx, image, cmd, o, false));
}

/** The wait body once the container has exited: {"Error":…,"StatusCode":N}. */
async function waitStatus(res: IncomingMessage): Promise<number> {
  let text = '';
  for await (const c of res) text += String(c);
  const r = JSON.parse(text) as { StatusCode: number; Error?: { Message?: string } | null };
  if (r.Error?.Message) throw new CliError(`keel: error waiting for the container: ${r.Error.Message}`, 125);
  return r.StatusCode;
}

/** Copies a hijacked stream to stdout/stderr until the daemon closes it. */
function pump(socket: Socket): Promise<void> {
  const demux = demuxTo(process.stdout, process.stderr);
  return new Promise<void>((resolve) => {
    socket.on('data', (d: Buffer) => demux.push(d));
    socket.on('close', () => resolve());
    socket.on('error', () => resolve());
    socket.end(); // no stdin: half-close, as the docker CLI does
  });
}

/**
 * attach before start (run, start -a): the hijacked streams, a terminal session when there is a tty
 * or stdin (resizes sent as the terminal's size changes), else stdout/stderr demultiplexed.
 */
async function attachStreams(api: ReturnType<Context['api']>, id: string, o: { tty: boolean; stdin: boolean; detachKeys?: string }): Promise<{ socket: Socket; output: Promise<{ detached: boolean }> }> {
  const q = `stderr=1${o.stdin ? '&stdin=1' : ''}&stdout=1&stream=1${o.detachKeys ? `&detachKeys=${encodeURIComponent(o.detachKeys)}` : ''}`;
  const socket = await api.hijack(`${V}/containers/${id}/attach?${q}`);
  const output = o.tty || o.stdin ? session(socket, {
    tty: o.tty, stdin: o.stdin, detachKeys: o.detachKeys,
    // sent once it runs (the daemon refuses a container that does not): a failure before is harmless
    resize: async (h, w) => { await api.request('POST', `${V}/containers/${id}/resize?h=${h}&w=${w}`); },
  }).then((r) => ({ detached: r.detached })) : pump(socket).then(() => ({ detached: false }));
  return { socket, output };
}

/** Once started: the terminal's size, the output to its end, then the exit status (0 when detached). */
async function followToExit(api: ReturnType<Context['api']>, id: string, tty: boolean, output: Promise<{ detached: boolean }>, wait: IncomingMessage, ac: AbortController): Promise<number> {
  const size = tty ? terminalSize() : null;
  if (size) await api.request('POST', `${V}/containers/${id}/resize?h=${size[0]}&w=${size[1]}`).catch(() => undefined);
  const status = waitStatus(wait);
  status.catch(() => undefined);
  if ((await output).detached) {
    ac.abort();
    return 0;
  }
  return await status;
}

/**
 * keel run: create; attach and wait (next-exit, or removed with --rm) before start; start;
 * output as it comes; the container's exit status as keel's.
 */
export async function runCommand(ctx: Context, image: string, cmd: string[], o: CreateOptions): Promise<number> {
  const id = await create(ctx, image, cmd, o, !o.detach);
  const api = ctx.api();
  let socket: Socket | null = null;
  let output: Promise<{ detached: boolean }> = Promise.resolve({ detached: false });
  if (!o.detach) ({ socket, output } = await attachStreams(api, id, { tty: Boolean(o.tty), stdin: Boolean(o.interactive), detachKeys: o.detachKeys }));
  const ac = new AbortController();
  const wait = await api.open('POST', `${V}/containers/${id}/wait?condition=${o.rm && !o.detach ? 'removed' : 'next-exit'}`, undefined, ac.signal);
  wait.on('error', () => undefined);
  const started = await api.request('POST', `${V}/containers/${id}/start`);
  if (started.status >= 400) {
    socket?.destroy();
    ac.abort();
    const msg = (() => { try { return (JSON.parse(started.body) as { message?: string }).message ?? started.body; } catch { return started.body; } })();
    throw new CliError(`keel: Error response from daemon: ${msg}`, runErrorExit(msg));
  }
  if (o.detach) {
    ac.abort();
    ctx.io.out(id);
    return 0;
  }
  return followToExit(api, id, Boolean(o.tty), output, wait, ac);
}

export async function startCommand(ctx: Context, names: string[], o: { attach?: boolean; interactive?: boolean; detachKeys?: string }): Promise<number> {
  const api = ctx.api();
  if (o.attach || o.interactive) {
    if (names.length !== 1) throw new CliError('you cannot start and attach multiple containers at once', 1);
    const c = await api.get<{ Id: string; Config?: { Tty?: boolean; OpenStdin?: boolean } }>(`${V}/containers/${names[0]}/json`);
    const stdin = Boolean(o.interactive && c.Config?.OpenStdin);
    const tty = Boolean(c.Config?.Tty);
    const { socket, output } = await attachStreams(api, c.Id, { tty, stdin, detachKeys: o.detachKeys });
    const ac = new AbortController();
    const wait = await api.open('POST', `${V}/containers/${c.Id}/wait?condition=next-exit`, undefined, ac.signal);
    wait.on('error', () => undefined);
    const r = await api.request('POST', `${V}/containers/${c.Id}/start`);
    if (r.status >= 400) {
      socket.destroy();
      wait.destroy();
      api.parse(r, 'POST', 'start');
    }
    return followToExit(api, c.Id, tty, output, wait, ac);
  }
  await eachContainer(ctx, names, (n) => api.json('POST', `${V}/containers/${n}/start`));
  return 0;
}

export interface ContainerSummary {
  Id: string;
  Names: string[];
  Image: string;
  Command: string;
  Created: number;
  Status: string;
  Ports?: unknown[];
}

/** The rows of `keel ps`, docker's columns. */
export function psRows(list: ContainerSummary[], now = Date.now()): string[][] {
  return list.map((c) => [
    c.Id.slice(0, 12), c.Image, `"${ellipsis(c.Command, 20)}"`, ago(c.Created, now), c.Status, '',
    (c.Names ?? []).map((n) => n.replace(/^\//, '')).join(','),
  ]);
}

export async function psCommand(ctx: Context, o: { all?: boolean; quiet?: boolean }): Promise<void> {
  const list = await ctx.api().get<ContainerSummary[]>(`${V}/containers/json${o.all ? '?all=1' : ''}`);
  if (o.quiet) {
    if (list.length) ctx.io.out(list.map((c) => c.Id.slice(0, 12)).join('\n'));
    return;
  }
  ctx.io.out(formatTable(['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'], psRows(list, Date.now())).join('\n'));
}

export async function logsCommand(ctx: Context, name: string, o: { follow?: boolean; tail?: string; timestamps?: boolean }): Promise<void> {
  const api = ctx.api();
  const c = await api.get<{ Id: string; Config?: { Tty?: boolean } }>(`${V}/containers/${name}/json`);
  const q = new URLSearchParams({ stderr: '1', stdout: '1', tail: o.tail ?? 'all' });
  if (o.follow) q.set('follow', '1');
  if (o.timestamps) q.set('timestamps', '1');
  const res = await api.open('GET', `${V}/containers/${c.Id}/logs?${q}`);
  const demux = demuxTo(process.stdout, process.stderr);
  for await (const chunk of res) {
    if (c.Config?.Tty) process.stdout.write(chunk as Buffer);
    else demux.push(chunk as Buffer);
  }
}

export async function rmCommand(ctx: Context, names: string[], o: { force?: boolean }): Promise<void> {
  await eachContainer(ctx, names, (n) => ctx.api().json('DELETE', `${V}/containers/${n}${o.force ? '?force=1' : ''}`));
}

/** Runs one request per container, printing each name as given; errors go to stderr and end keel with 1. */
async function eachContainer(ctx: Context, names: string[], request: (name: string) => Promise<unknown>): Promise<void> {
  let failed = 0;
  for (const n of names) {
    try {
      await request(n);
      ctx.io.out(n);
    } catch (err) {
      if (!(err instanceof CliError)) throw err;
      ctx.io.err(err.message);
      failed++;
    }
  }
  if (failed) throw new CliError('', 1);
}

/** The query of stop and restart: ?t=N only when -t was given, as the docker CLI sends it. */
export function stopQuery(time: number | undefined): string {
  return time === undefined ? '' : `?t=${time}`;
}

/** keel stop [-t N]: 204 once down, 304 when it was not running (still printed, as docker does). */
export async function stopCommand(ctx: Context, names: string[], o: { time?: number }): Promise<void> {
  await eachContainer(ctx, names, (n) => ctx.api().json('POST', `${V}/containers/${encodeURIComponent(n)}/stop${stopQuery(o.time)}`));
}

export async function restartCommand(ctx: Context, names: string[], o: { time?: number }): Promise<void> {
  await eachContainer(ctx, names, (n) => ctx.api().json('POST', `${V}/containers/${encodeURIComponent(n)}/restart${stopQuery(o.time)}`));
}

/** keel kill [-s SIG]: the daemon's default (SIGKILL) unless -s is given. */
export async function killCommand(ctx: Context, names: string[], o: { signal?: string }): Promise<void> {
  const q = o.signal ? `?signal=${encodeURIComponent(o.signal)}` : '';
  await eachContainer(ctx, names, (n) => ctx.api().json('POST', `${V}/containers/${encodeURIComponent(n)}/kill${q}`));
}

export async function waitCommand(ctx: Context, names: string[]): Promise<void> {
  let failed = 0;
  for (const n of names) {
    try {
      const res = await ctx.api().open('POST', `${V}/containers/${n}/wait`);
      ctx.io.out(String(await waitStatus(res)));
    } catch (err) {
      if (!(err instanceof CliError)) throw err;
      ctx.io.err(err.message);
      failed++;
    }
  }
  if (failed) throw new CliError('', 1);
}

/** keel inspect: each name as a container, else as an image (docker's type fallback), as a JSON array. */
export async function inspectCommand(ctx: Context, names: string[], o: { type?: string }): Promise<void> {
  const api = ctx.api();
  const found: unknown[] = [];
  const missing: string[] = [];
  for (const n of names) {
    let hit: unknown;
    for (const kind of o.type ? [o.type] : ['container', 'image']) {
      const r = await api.request('GET', kind === 'container' ? `${V}/containers/${n}/json` : `${V}/images/${n}/json`);
      if (r.status === 404) continue;
      hit = api.parse(r, 'GET', kind);
      break;
    }
    if (hit === undefined) missing.push(n);
    else found.push(hit);
  }
  ctx.io.out(JSON.stringify(found, null, 4));
  if (missing.length) throw new CliError(missing.map((n) => `Error: No such object: ${n}`).join('\n'), 1);
}

export { humanDuration, shortId };
