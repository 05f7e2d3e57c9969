// keel stats, top, pause, unpause: a container's cgroup, as the docker CLI shows it.
import type { Context } from '../context';
import { CliError } from '../errors';
import { bytesSize, humanSize } from '../format';
import { API_VERSION } from '../http';
import { formatTable } from '../table';

const V = `/v${API_VERSION}`;

/** The part of GET /containers/{id}/stats the table uses. */
export interface StatsJson {
  id: string;
  name: string;
  read: string;
  cpu_stats: { cpu_usage: { total_usage: number }; system_cpu_usage: number; online_cpus: number };
  precpu_stats: { cpu_usage: { total_usage: number }; system_cpu_usage: number };
  memory_stats: { usage?: number; limit?: number; stats?: Record<string, number> };
  pids_stats: { current?: number };
  networks?: Record<string, { rx_bytes: number; tx_bytes: number }>;
  blkio_stats: { io_service_bytes_recursive: { op: string; value: number }[] | null };
}

export const STATS_HEADERS = ['CONTAINER ID', 'NAME', 'CPU %', 'MEM USAGE / LIMIT', 'MEM %', 'NET I/O', 'BLOCK I/O', 'PIDS'];

/** One row of `docker stats` (the docker CLI's arithmetic: the page cache is not counted as used). */
export function statsRow(s: StatsJson): string[] {
  const cpuDelta = s.cpu_stats.cpu_usage.total_usage - s.precpu_stats.cpu_usage.total_usage;
  const sysDelta = s.cpu_stats.system_cpu_usage - s.precpu_stats.system_cpu_usage;
  const cpu = sysDelta > 0 && cpuDelta > 0 ? (cpuDelta / sysDelta) * (s.cpu_stats.online_cpus || 1) * 100 : 0;
  const m = s.memory_stats;
  const cache = m.stats?.total_inactive_file ?? m.stats?.inactive_file ?? 0;
  const used = Math.max(0, (m.usage ?? 0) - (cache < (m.usage ?? 0) ? cache : 0));
  const limit = m.limit ?? 0;
  let rx = 0, tx = 0;
  for (const i of Object.values(s.networks ?? {})) { rx += i.rx_bytes; tx += i.tx_bytes; }
  let rd = 0, wr = 0;
  for (const b of s.blkio_stats.io_service_bytes_recursive ?? []) {
    if (b.op.toLowerCase() === 'read') rd += b.value;
    if (b.op.toLowerCase() === 'write') wr += b.value;
  }
  return [
    s.id.slice(0, 12), s.name.replace(/^\//, ''), `${cpu.toFixed(2)}%`,
    `${bytesSize(used)} / ${bytesSize(limit)}`, `${(limit ? (used / limit) * 100 : 0).toFixed(2)}%`,
    `${humanSize(rx)} / ${humanSize(tx)}`, `${humanSize(rd)} / ${humanSize(wr)}`, String(s.pids_stats.current ?? 0),
  ];
}

/** keel stats [--no-stream] [CONTAINER...]: every running container when none is named. */
export async function statsCommand(ctx: Context, names: string[], o: { noStream?: boolean; all?: boolean }): Promise<void> {
  const api = ctx.api();
  let targets = names;
  if (!targets.length) {
    const list = await api.get<{ Id: string }[]>(`${V}/containers/json${o.all ? '?all=1' : ''}`);
    targets = list.map((c) => c.Id);
  }
  for (;;) {
    const rows: string[][] = [];
    const errors: string[] = [];
    await Promise.all(targets.map(async (n, i) => {
      try {
        rows[i] = statsRow(await api.get<StatsJson>(`${V}/containers/${encodeURIComponent(n)}/stats?stream=false`));
      } catch (err) {
        if (!(err instanceof CliError)) throw err;
        errors.push(err.message);
      }
    }));
    if (errors.length) {
      for (const e of errors) ctx.io.err(e);
      throw new CliError('', 1);
    }
    const lines = formatTable(STATS_HEADERS, rows.filter(Boolean));
    if (o.noStream) {
      for (const l of lines) ctx.io.out(l);
      return;
    }
    ctx.io.out(`\x1b[2J\x1b[H${lines.join('\n')}`);
  }
}

/** keel top CONTAINER [ps OPTIONS]: the container's processes, ps's columns. */
export async function topCommand(ctx: Context, name: string, psArgs: string[]): Promise<void> {
  const q = psArgs.length ? `?ps_args=${encodeURIComponent(psArgs.join(' '))}` : '';
  const r = await ctx.api().get<{ Titles: string[]; Processes: string[][] }>(`${V}/containers/${encodeURIComponent(name)}/top${q}`);
  for (const l of formatTable(r.Titles, r.Processes)) ctx.io.out(l);
}

/** keel pause / unpause CONTAINER...: each name printed as it is done; errors end keel with 1. */
export async function pauseCommand(ctx: Context, names: string[], verb: 'pause' | 'unpause'): Promise<void> {
  let failed = 0;
  for (const n of names) {
    try {
      await ctx.api().json('POST', `${V}/containers/${encodeURIComponent(n)}/${verb}`);
      ctx.io.out(n);
    } catch (err) {
      if (!(err instanceof CliError)) throw err;
      ctx.io.err(err.message);
      failed++;
    }
  }
  if (failed) throw new CliError('', 1);
}
