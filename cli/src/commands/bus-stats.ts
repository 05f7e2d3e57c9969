// keel bus stats: per-job counters and latency percentiles, from GET /keel/bus/stats.
import type { Context } from '../context';
import { formatMs } from '../format';
import { formatTable } from '../table';
import { checkFormat } from './common';

export interface JobStatsRow {
  Service: string;
  Job: string;
  Count: number;
  Errors: number;
  InFlight: number;
  P50Ms: number;
  P99Ms: number;
  MaxMs: number;
}

export function renderBusStats(rows: JobStatsRow[]): string[] {
  return formatTable(
    ['SERVICE', 'JOB', 'COUNT', 'ERRORS', 'P50', 'P99'],
    rows.map((r) => [r.Service, r.Job, String(r.Count ?? 0), String(r.Errors ?? 0), formatMs(r.P50Ms), formatMs(r.P99Ms)]),
  );
}

export async function busStats(ctx: Context, opts: { service?: string; format?: string }): Promise<void> {
  const json = checkFormat(opts.format);
  const query = opts.service ? `?service=${encodeURIComponent(opts.service)}` : '';
  const rows = await ctx.api().get<JobStatsRow[]>(`/keel/bus/stats${query}`);
  ctx.io.out(json ? JSON.stringify(rows) : renderBusStats(rows).join('\n'));
}
