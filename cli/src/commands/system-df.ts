// keel system df [-v]: what images, containers, volumes and build cache take, as docker prints it.
import type { Context } from '../context';
import { ago, humanSize, truncate } from '../format';
import { API_VERSION } from '../http';
import { formatTable } from '../table';
import { type ImageSummary, imageRefRows, truncateId } from './images';

const V = `/v${API_VERSION}`;

export interface DiskUsage {
  LayersSize: number;
  Images: ImageSummary[] | null;
  Containers: { Id: string; Names: string[]; Image: string; Command: string; Created: number; State: string; Status: string; SizeRw?: number; SizeRootFs?: number; Mounts?: { Type?: string; Name?: string }[] }[] | null;
  Volumes: { Name: string; UsageData?: { RefCount: number; Size: number } | null }[] | null;
  BuildCache: { InUse?: boolean; Size?: number; Shared?: boolean }[] | null;
}

/** go-units' HumanSize (four significant digits). */
const size = (n: number) => humanSize(n, 4);

function withPercent(reclaimable: number, total: number): string {
  return total > 0 ? `${size(reclaimable)} (${Math.floor((reclaimable * 100) / total)}%)` : size(reclaimable);
}

/** The summary table's rows: TYPE, TOTAL, ACTIVE, SIZE, RECLAIMABLE, computed as the docker CLI computes them. */
export function dfRows(u: DiskUsage): string[][] {
  const images = u.Images ?? [];
  const containers = u.Containers ?? [];
  const volumes = u.Volumes ?? [];
  const cache = u.BuildCache ?? [];
  let used = 0;
  for (const i of images) if ((i.Containers ?? 0) > 0 && i.SharedSize !== -1) used += i.Size - (i.SharedSize ?? 0);
  const activeC = containers.filter((c) => /running|paused|restarting/.test(c.State));
  const cSize = containers.reduce((n, c) => n + (c.SizeRw ?? 0), 0);
  const cFree = containers.filter((c) => !activeC.includes(c)).reduce((n, c) => n + (c.SizeRw ?? 0), 0);
  const vSize = volumes.reduce((n, v) => n + (v.UsageData && v.UsageData.Size !== -1 ? v.UsageData.Size : 0), 0);
  const vFree = volumes.filter((v) => !(v.UsageData?.RefCount ?? 0)).reduce((n, v) => n + Math.max(0, v.UsageData?.Size ?? 0), 0);
  const bSize = cache.filter((b) => !b.Shared).reduce((n, b) => n + (b.Size ?? 0), 0);
  const bFree = cache.filter((b) => !b.Shared && !b.InUse).reduce((n, b) => n + (b.Size ?? 0), 0);
  return [
    ['Images', String(images.length), String(images.filter((i) => (i.Containers ?? 0) > 0).length), size(u.LayersSize), withPercent(u.LayersSize - used, u.LayersSize)],
    ['Containers', String(containers.length), String(activeC.length), size(cSize), withPercent(cFree, cSize)],
    ['Local Volumes', String(volumes.length), String(volumes.filter((v) => (v.UsageData?.RefCount ?? 0) > 0).length), size(vSize), withPercent(vFree, vSize)],
    ['Build Cache', String(cache.length), String(cache.filter((b) => b.InUse).length), size(bSize), size(bFree)],
  ];
}

/** `keel system df -v`: a table per kind, as docker's verbose disk usage. */
export function dfVerbose(u: DiskUsage, now = Date.now()): string {
  const out: string[] = ['Images space usage:', ''];
  const irows: string[][] = [];
  for (const i of u.Images ?? []) {
    for (const r of imageRefRows(i)) {
      // as docker: SIZE to three digits, shared and unique sizes to four
      irows.push([r.repo, r.tag, truncateId(i.Id), ago(i.Created, now), humanSize(i.Size), size(i.SharedSize ?? 0), size(i.Size - (i.SharedSize ?? 0)), String(i.Containers ?? 0)]);
    }
  }
  out.push(...formatTable(['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE', 'SHARED SIZE', 'UNIQUE SIZE', 'CONTAINERS'], irows));
  out.push('', 'Containers space usage:', '');
  const crows = (u.Containers ?? []).map((c) => [
    truncateId(c.Id), c.Image, `"${truncate(c.Command, 20)}"`, String((c.Mounts ?? []).filter((m) => m.Type === 'volume').length),
    size(c.SizeRw ?? 0), ago(c.Created, now), c.Status, (c.Names ?? []).map((n) => n.replace(/^\//, '')).join(','),
  ]);
  out.push(...formatTable(['CONTAINER ID', 'IMAGE', 'COMMAND', 'LOCAL VOLUMES', 'SIZE', 'CREATED', 'STATUS', 'NAMES'], crows));
  out.push('', 'Local Volumes space usage:', '');
  const vrows = (u.Volumes ?? []).map((v) => [v.Name, String(v.UsageData?.RefCount ?? 0), size(Math.max(0, v.UsageData?.Size ?? 0))]);
  out.push(...formatTable(['VOLUME NAME', 'LINKS', 'SIZE'], vrows));
  const cache = (u.BuildCache ?? []).reduce((n, b) => n + (b.Size ?? 0), 0);
  out.push('', `Build cache usage: ${size(cache)}`, '');
  out.push(...formatTable(['CACHE ID', 'CACHE TYPE', 'SIZE', 'CREATED', 'LAST USED', 'USAGE', 'SHARED'], []));
  return out.join('\n');
}

export async function systemDfCommand(ctx: Context, o: { verbose?: boolean }): Promise<void> {
  const u = await ctx.api().get<DiskUsage>(`${V}/system/df`);
  if (o.verbose) {
    ctx.io.out(dfVerbose(u));
    return;
  }
  ctx.io.out(formatTable(['TYPE', 'TOTAL', 'ACTIVE', 'SIZE', 'RECLAIMABLE'], dfRows(u)).join('\n'));
}
