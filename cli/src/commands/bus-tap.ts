// keel bus tap: live, decoded bus traffic. Connects straight to the daemon's nats-server as
// the read-only tap user (keeld writes its credentials to <exec-root>/bus/tap.json, 0600) and
// listens to every request (keel.>) and every reply (_INBOX.>). The only command that loads
// the NATS client and protobufjs, and it loads them here, on demand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../context';
import { CliError } from '../errors';

export const DEFAULT_EXEC_ROOT = '/run/keel';
const CONNECT_TIMEOUT_MS = 5_000;

export interface TapCommandOptions {
  service?: string;
  job?: string;
  json?: boolean;
  count?: number;
  execRoot?: string;
}

interface Creds {
  url: string;
  user: string;
  password: string;
}

export function readTapCredentials(execRoot: string): Creds {
  const file = join(execRoot, 'bus', 'tap.json');
  const fail = (why: string) => new CliError(
    `cannot read the bus credentials at ${file} (${why}): are you root, and is keeld running with --exec-root ${execRoot}?`,
  );
  let c: Partial<Creds>;
  try {
    c = JSON.parse(readFileSync(file, 'utf8')) as Partial<Creds>;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw fail(code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (err as Error).message);
  }
  if (!c.url || !c.user || !c.password) throw fail('the file is incomplete');
  return c as Creds;
}

export async function busTap(ctx: Context, opts: TapCommandOptions): Promise<void> {
  const execRoot = opts.execRoot || ctx.env.KEEL_EXEC_ROOT || DEFAULT_EXEC_ROOT;
  const creds = readTapCredentials(execRoot);

  const [{ connectBus }, { Tap, formatRecord, jsonRecord, tapColumns }, { decodeArgs }] = await Promise.all([
    import('../../../services/kit/src/bus'),
    import('../tap/tap'),
    import('../tap/args'),
  ]);

  let timer: NodeJS.Timeout | undefined;
  const nc = await Promise.race([
    connectBus(creds, 'keel bus tap'),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new CliError(
        `cannot reach the bus at ${creds.url} within ${CONNECT_TIMEOUT_MS / 1000} s: is keeld running with --exec-root ${execRoot}?`,
      )), CONNECT_TIMEOUT_MS);
    }),
  ]).finally(() => clearTimeout(timer));

  const cols = tapColumns();
  let jobs = 0;
  let finish!: (err?: Error) => void;
  const finished = new Promise<Error | undefined>((resolve) => { finish = resolve; });

  const tap = new Tap({
    service: opts.service,
    job: opts.job,
    decodeArgs,
    emit: (r) => {
      if (opts.count !== undefined && jobs >= opts.count) return;
      ctx.io.out(opts.json ? jsonRecord(r) : formatRecord(cols, r));
      if (r.kind === 'job' && opts.count !== undefined && ++jobs >= opts.count) finish();
    },
  });

  const onMsg = (err: Error | null, msg: { subject: string; reply?: string; data: Uint8Array; headers?: { code: number } }) => {
    if (err) {
      finish(new CliError(`the bus refused the tap: ${err.message}`));
      return;
    }
    tap.onMessage({ subject: msg.subject, reply: msg.reply || undefined, data: msg.data, statusCode: msg.headers?.code || undefined });
  };
  nc.subscribe('keel.>', { callback: onMsg });
  nc.subscribe('_INBOX.>', { callback: onMsg });
  await nc.flush();
  ctx.io.err(`tapping the bus at ${creds.url} (keel.> and _INBOX.>)${opts.service ? ` service=${opts.service}` : ''}${opts.job ? ` job=${opts.job}` : ''}; Ctrl-C stops`);

  const sweeper = setInterval(() => tap.sweep(), 1_000);
  const onSignal = () => finish();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  void (async () => {
    for await (const s of nc.status()) {
      if (s.type === 'disconnect') ctx.io.err(`bus: disconnected from ${creds.url}; reconnecting`);
      else if (s.type === 'reconnect') ctx.io.err(`bus: reconnected to ${creds.url}`);
    }
  })().catch(() => undefined);
  void nc.closed().then((err) => finish(err ? new CliError(`bus connection closed: ${err.message}`) : undefined));

  const failure = await finished;
  clearInterval(sweeper);
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  if (!nc.isClosed()) await Promise.race([nc.close(), new Promise((r) => setTimeout(r, 2_000).unref())]);
  if (failure) throw failure;
}
