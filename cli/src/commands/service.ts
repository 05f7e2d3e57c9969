// keel service ls | restart: keeld's children as GET /keel/services reports them.
import type { Context } from '../context';
import { humanDuration } from '../format';
import { formatTable } from '../table';
import { checkFormat } from './common';

export interface ServiceRow {
  Name: string;
  Pid: number;
  State: string;
  Restarts: number;
  UptimeSeconds: number;
  LastExit: string;
}

export function renderServices(rows: ServiceRow[]): string[] {
  return formatTable(
    ['NAME', 'PID', 'STATE', 'RESTARTS', 'UPTIME', 'LAST EXIT'],
    rows.map((s) => [
      s.Name,
      s.Pid ? String(s.Pid) : '-',
      s.State,
      String(s.Restarts ?? 0),
      s.Pid && s.UptimeSeconds > 0 ? humanDuration(s.UptimeSeconds) : '-',
      s.LastExit || '-',
    ]),
  );
}

export async function serviceLs(ctx: Context, opts: { format?: string }): Promise<void> {
  const json = checkFormat(opts.format);
  const rows = await ctx.api().get<ServiceRow[]>('/keel/services');
  ctx.io.out(json ? JSON.stringify(rows) : renderServices(rows).join('\n'));
}

export async function serviceRestart(ctx: Context, name: string, opts: { time?: number }): Promise<void> {
  const body = opts.time === undefined ? undefined : { Timeout: opts.time };
  await ctx.api().json('POST', `/keel/services/${encodeURIComponent(name)}/restart`, body);
  ctx.io.out(name);
}
