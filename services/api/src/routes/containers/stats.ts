import type { keel } from '../../../../../proto';

/** Docker's time format with nanoseconds; the zero time for "no sample". */
function rfc3339Nano(ms: number | null): string {
  return ms ? new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000000Z') : '0001-01-01T00:00:00Z';
}

type Stats = keel.execd.v1.ITaskStats | null | undefined;
const n = (v: unknown) => Number(v ?? 0);

function cpu(s: Stats) {
  const c = s?.cpuStats;
  return {
    cpu_usage: {
      total_usage: n(c?.cpuUsage?.totalUsage),
      percpu_usage: (c?.cpuUsage?.percpuUsage ?? []).map(n),
      usage_in_kernelmode: n(c?.cpuUsage?.usageInKernelmode),
      usage_in_usermode: n(c?.cpuUsage?.usageInUsermode),
    },
    system_cpu_usage: n(c?.systemCpuUsage),
    online_cpus: n(c?.onlineCpus),
    throttling_data: { periods: n(c?.throttlingData?.periods), throttled_periods: n(c?.throttlingData?.throttledPeriods), throttled_time: n(c?.throttlingData?.throttledTime) },
  };
}

/** GET /containers/{id}/stats's JSON (types.StatsJSON) of a sample and the one before it. */
export function dockerStats(id: string, name: string, cur: Stats, pre: Stats) {
  const m = cur?.memoryStats;
  const networks: Record<string, Record<string, number>> = {};
  for (const i of cur?.networks ?? []) {
    networks[i.name ?? ''] = {
      rx_bytes: n(i.rxBytes), rx_packets: n(i.rxPackets), rx_errors: n(i.rxErrors), rx_dropped: n(i.rxDropped),
      tx_bytes: n(i.txBytes), tx_packets: n(i.txPackets), tx_errors: n(i.txErrors), tx_dropped: n(i.txDropped),
    };
  }
  const running = Boolean(cur?.running);
  return {
    read: rfc3339Nano(running ? n(cur?.readMs) : null),
    preread: rfc3339Nano(pre?.running ? n(pre.readMs) : null),
    pids_stats: running ? { current: n(cur?.pidsStats?.current), ...(n(cur?.pidsStats?.limit) ? { limit: n(cur?.pidsStats?.limit) } : {}) } : {},
    blkio_stats: {
      io_service_bytes_recursive: running ? (cur?.ioServiceBytes ?? []).map((b) => ({ major: n(b.major), minor: n(b.minor), op: b.op === 'read' ? 'Read' : 'Write', value: n(b.value) })) : null,
      io_serviced_recursive: null, io_queue_recursive: null, io_service_time_recursive: null, io_wait_time_recursive: null,
      io_merged_recursive: null, io_time_recursive: null, sectors_recursive: null,
    },
    num_procs: 0,
    storage_stats: {},
    cpu_stats: cpu(cur),
    precpu_stats: cpu(pre),
    memory_stats: running ? {
      usage: n(m?.usage), max_usage: n(m?.maxUsage), limit: n(m?.limit), failcnt: n(m?.failcnt),
      stats: Object.fromEntries(Object.entries(m?.stats ?? {}).map(([k, v]) => [k, n(v)])),
    } : {},
    name: `/${name}`,
    id,
    ...(running && Object.keys(networks).length ? { networks } : {}),
  };
}
