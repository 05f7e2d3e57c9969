import { readFileSync } from 'node:fs';
import type { keel } from '../../../../proto';

/** USER_HZ, the unit of /proc/stat */
const NS_PER_TICK = 1e9 / 100;

/** The host's CPU time in ns (the first line of /proc/stat, all fields): Docker's system_cpu_usage. */
export function systemCpuUsage(procStat = readFileSync('/proc/stat', 'utf8')): number {
  const line = procStat.split('\n').find((l) => l.startsWith('cpu '));
  if (!line) return 0;
  return line.trim().split(/\s+/).slice(1, 8).reduce((n, v) => n + Number(v), 0) * NS_PER_TICK;
}

/** The interfaces of /proc/<pid>/net/dev (the task's net namespace), every one, lo too. */
export function netDev(text: string): keel.execd.v1.INetworkStats[] {
  const out: keel.execd.v1.INetworkStats[] = [];
  for (const line of text.split('\n').slice(2)) {
    const m = /^\s*([^:]+):\s*(.*)$/.exec(line);
    if (!m) continue;
    const f = m[2].trim().split(/\s+/).map(Number);
    out.push({
      name: m[1].trim(), rxBytes: f[0], rxPackets: f[1], rxErrors: f[2], rxDropped: f[3],
      txBytes: f[8], txPackets: f[9], txErrors: f[10], txDropped: f[11],
    });
  }
  return out;
}

/** `ps` output → titles and rows of the given pids (the PID column picks them; CMD keeps its spaces). */
export function psTable(out: string, pids: number[]): { titles: string[]; processes: { fields: string[] }[] } {
  const lines = out.split('\n').filter((l) => l.trim() !== '');
  if (!lines.length) return { titles: [], processes: [] };
  const titles = lines[0].trim().split(/\s+/);
  const pidCol = titles.indexOf('PID');
  if (pidCol < 0) throw new Error(`ps output has no PID column: ${lines[0]}`);
  const want = new Set(pids);
  const processes: { fields: string[] }[] = [];
  for (const line of lines.slice(1)) {
    const f = line.trim().split(/\s+/);
    // the last column takes the rest of the line (a command with its arguments)
    const fields = [...f.slice(0, titles.length - 1), f.slice(titles.length - 1).join(' ')];
    if (want.has(Number(fields[pidCol]))) processes.push({ fields });
  }
  return { titles, processes };
}
