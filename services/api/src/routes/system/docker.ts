import type { keel } from '../../../../../proto';

/** GET /version in the Docker Engine API's shape. */
export function dockerVersion(v: keel.engine.v1.IVersionResponse) {
  return {
    Platform: { Name: v.platformName ?? '' },
    Components: (v.components ?? []).map((c) => ({ Name: c.name, Version: c.version, Details: c.details ?? {} })),
    Version: v.version,
    ApiVersion: v.apiVersion,
    MinAPIVersion: v.minApiVersion,
    GitCommit: v.gitCommit,
    GoVersion: v.nodeVersion,
    Os: v.os,
    Arch: v.arch,
    KernelVersion: v.kernelVersion,
    BuildTime: v.buildTime,
  };
}

/** GET /info in the Docker Engine API's shape. */
export function dockerInfo(i: keel.engine.v1.IInfoResponse) {
  const runtimes = Object.fromEntries((i.runtimes ?? []).map((r) => [r.name, { path: r.path }]));
  const commit = { ID: '', Expected: '' };
  return {
    ID: i.id,
    Containers: i.containers ?? 0,
    ContainersRunning: i.containersRunning ?? 0,
    ContainersPaused: i.containersPaused ?? 0,
    ContainersStopped: i.containersStopped ?? 0,
    Images: i.images ?? 0,
    Driver: i.driver,
    DriverStatus: (i.driverStatus ?? []).map((kv) => [kv.key, kv.value]),
    Plugins: { Volume: i.volumePlugins ?? [], Network: i.networkPlugins ?? [], Authorization: null, Log: i.logPlugins ?? [] },
    MemoryLimit: i.memoryLimit ?? false,
    SwapLimit: i.swapLimit ?? false,
    KernelMemory: false,
    KernelMemoryTCP: false,
    CpuCfsPeriod: i.cpuCfsPeriod ?? false,
    CpuCfsQuota: i.cpuCfsQuota ?? false,
    CPUShares: i.cpuShares ?? false,
    CPUSet: i.cpuSet ?? false,
    PidsLimit: i.pidsLimit ?? false,
    IPv4Forwarding: i.ipv4Forwarding ?? false,
    BridgeNfIptables: false,
    BridgeNfIp6tables: false,
    Debug: i.debug ?? false,
    NFd: 0,
    OomKillDisable: i.oomKillDisable ?? false,
    NGoroutines: 0,
    SystemTime: i.systemTime,
    LoggingDriver: i.loggingDriver,
    CgroupDriver: i.cgroupDriver,
    CgroupVersion: i.cgroupVersion,
    NEventsListener: 0,
    KernelVersion: i.kernelVersion,
    OperatingSystem: i.operatingSystem,
    OSVersion: i.osVersion,
    OSType: i.osType,
    Architecture: i.architecture,
    IndexServerAddress: '',
    RegistryConfig: {
      AllowNondistributableArtifactsCIDRs: [],
      AllowNondistributableArtifactsHostnames: [],
      InsecureRegistryCIDRs: i.insecureRegistryCidrs ?? [],
      IndexConfigs: {},
      Mirrors: i.mirrors ?? [],
    },
    NCPU: i.ncpu ?? 0,
    MemTotal: i.memTotal ?? 0,
    GenericResources: null,
    DockerRootDir: i.rootDir,
    HttpProxy: i.httpProxy ?? '',
    HttpsProxy: i.httpsProxy ?? '',
    NoProxy: i.noProxy ?? '',
    Name: i.name,
    Labels: i.labels ?? [],
    ExperimentalBuild: false,
    ServerVersion: i.serverVersion,
    Runtimes: runtimes,
    DefaultRuntime: i.defaultRuntime,
    Swarm: {
      NodeID: '', NodeAddr: '', LocalNodeState: 'inactive', ControlAvailable: false, Error: '', RemoteManagers: null,
    },
    LiveRestoreEnabled: i.liveRestoreEnabled ?? false,
    Isolation: '',
    InitBinary: i.initBinary ?? '',
    ContainerdCommit: commit,
    RuncCommit: commit,
    InitCommit: commit,
    SecurityOptions: i.securityOptions ?? [],
    Warnings: i.warnings ?? [],
  };
}

/** GET /keel/services */
export function keelServices(r: keel.keeld.v1.IListServicesResponse, now = Date.now()) {
  return (r.services ?? []).map((s) => ({
    Name: s.name,
    Pid: s.pid ?? 0,
    State: s.state,
    Restarts: s.restarts ?? 0,
    UptimeSeconds: s.startedMs ? Math.max(0, (now - Number(s.startedMs)) / 1000) : 0,
    LastExit: s.lastExit ?? '',
  }));
}

/** GET /keel/bus/stats */
export function keelBusStats(r: keel.keeld.v1.IBusStatsResponse) {
  return (r.services ?? []).flatMap((s) => (s.jobs ?? []).map((j) => ({
    Service: s.service, Job: j.job, Count: j.count ?? 0, Errors: j.errors ?? 0, InFlight: j.inFlight ?? 0,
    P50Ms: j.p50Ms ?? 0, P99Ms: j.p99Ms ?? 0, MaxMs: j.maxMs ?? 0,
  })));
}
