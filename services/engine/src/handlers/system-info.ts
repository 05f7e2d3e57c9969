import { readFileSync } from 'node:fs';
import { cpus, hostname, machine, release, totalmem } from 'node:os';
import type { keel } from '../../../../proto';
import { type JobCtx, buildInfo, kitContract } from '../../../kit/src';
import type { EngineState } from '../state';

/** The services whose own reports make up the daemon's info. */
const REPORTERS = ['graphd', 'execd', 'netd', 'registry-client'] as const;

function osRelease(): { pretty: string; version: string } {
  try {
    const kv = Object.fromEntries(readFileSync('/etc/os-release', 'utf8').split('\n').filter((l) => l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1).replace(/^"|"$/g, '')]));
    return { pretty: kv.PRETTY_NAME ?? 'Linux', version: kv.VERSION_ID ?? '' };
  } catch {
    return { pretty: 'Linux', version: '' };
  }
}

/** docker info: the engine's own facts plus what graphd, execd, netd and registry-client report. */
export async function systemInfo(_req: keel.engine.v1.InfoRequest, ctx: EngineState & JobCtx): Promise<keel.engine.v1.IInfoResponse> {
  const reports = await Promise.allSettled(REPORTERS.map((svc) => ctx.call(kitContract(svc), 'service.info', {}, { timeoutMs: 2_000 })));
  const warnings: string[] = [];
  const facts = new Map<string, string>();
  const drivers: keel.kit.v1.IDriverInfo[] = [];
  reports.forEach((r, i) => {
    if (r.status === 'rejected') {
      warnings.push(`${REPORTERS[i]} did not report (${(r.reason as Error).message}); its part of this information is missing`);
      return;
    }
    for (const f of r.value.facts) facts.set(`${REPORTERS[i]}/${f.key}`, f.value ?? "");
    drivers.push(...r.value.drivers);
  });
  const fact = (k: string) => facts.get(k) ?? '';
  const flag = (k: string) => fact(k) === 'true';
  const defaultOf = (kind: string) => drivers.find((d) => d.kind === kind && d.isDefault)?.id ?? '';
  const usable = (kind: string) => drivers.filter((d) => d.kind === kind && !d.skipped).map((d) => d.id ?? '');
  const os = osRelease();
  const counts = ctx.containers.counts();
  const c = ctx.config;
  return {
    id: ctx.engineId,
    containers: counts.total, containersRunning: counts.running, containersPaused: 0, containersStopped: counts.stopped,
    images: Number(fact('graphd/images') || 0),
    driver: defaultOf('graphdriver'),
    driverStatus: [
      { key: 'Backing Filesystem', value: fact('graphd/backing-filesystem') },
      { key: 'Supports d_type', value: fact('graphd/supports-d-type') },
    ].filter((kv) => kv.value),
    loggingDriver: 'json-file',
    cgroupDriver: fact('execd/cgroup-driver'),
    cgroupVersion: fact('execd/cgroup-version'),
    volumePlugins: ['local'],
    networkPlugins: usable('networkdriver'),
    logPlugins: ['json-file'],
    runtimes: drivers.filter((d) => d.kind === 'execdriver' && !d.skipped).map((d) => ({ name: d.id, path: fact(`execd/runtime-path/${d.id}`) })),
    defaultRuntime: defaultOf('execdriver'),
    securityOptions: ['name=seccomp,profile=default', ...(fact('execd/cgroup-version') === '2' ? ['name=cgroupns'] : [])],
    kernelVersion: release(),
    operatingSystem: os.pretty,
    osVersion: os.version,
    osType: 'linux',
    architecture: machine(),
    ncpu: cpus().length,
    memTotal: totalmem(),
    name: hostname(),
    rootDir: c.dataRoot,
    debug: c.logLevel === 'debug',
    serverVersion: buildInfo().version,
    insecureRegistryCidrs: fact('registry-client/insecure-registry-cidrs').split(',').filter(Boolean),
    mirrors: fact('registry-client/mirrors').split(',').filter(Boolean),
    liveRestoreEnabled: c.liveRestore,
    labels: c.labels,
    warnings,
    httpProxy: process.env.HTTP_PROXY ?? process.env.http_proxy ?? '',
    httpsProxy: process.env.HTTPS_PROXY ?? process.env.https_proxy ?? '',
    noProxy: process.env.NO_PROXY ?? process.env.no_proxy ?? '',
    memoryLimit: flag('execd/memory-limit'),
    swapLimit: flag('execd/swap-limit'),
    cpuCfsPeriod: flag('execd/cpu-cfs'),
    cpuCfsQuota: flag('execd/cpu-cfs'),
    cpuShares: flag('execd/cpu-shares'),
    cpuSet: flag('execd/cpuset'),
    pidsLimit: flag('execd/pids-limit'),
    oomKillDisable: flag('execd/memory-limit'),
    ipv4Forwarding: flag('netd/ipv4-forwarding'),
    initBinary: 'keel-shim',
    systemTime: new Date().toISOString(),
  };
}
