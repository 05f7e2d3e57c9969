import { InvalidArgumentError } from '../../../../kit/src';
import { humanDuration } from '../../../../kit/src/units';
import { rfc3339 } from '../images/docker';
import type { Container, ContainerConfig } from './backend';
import { type DockerHostConfig, dockerHostConfig, hostConfig } from './host-config';
import { dockerMountPoints } from './host-config/mounts';

/** The Status column of /containers/json: "Up 3 seconds", "Exited (0) 2 seconds ago", "Created". */
export function dockerStatus(c: Container, now = Date.now()): string {
  const st = c.state ?? {};
  switch (st.status) {
    case 'running':
      return `Up ${humanDuration((now - Number(st.startedMs ?? now)) / 1000)}`;
    case 'paused':
      return `Up ${humanDuration((now - Number(st.startedMs ?? now)) / 1000)} (Paused)`;
    case 'exited':
      return st.finishedMs ? `Exited (${st.exitCode ?? 0}) ${humanDuration((now - Number(st.finishedMs)) / 1000)} ago` : `Exited (${st.exitCode ?? 0})`;
    case 'removing':
      return 'Removal In Progress';
    case 'dead':
      return 'Dead';
    case 'created':
    case undefined:
    case null:
    case '':
      return 'Created';
    default:
      return st.status.charAt(0).toUpperCase() + st.status.slice(1);
  }
}

/** Docker's Path and Args: the executable, then its arguments. */
export function pathAndArgs(c: Container): { path: string; args: string[] } {
  // the engine's args may or may not repeat the path first
  const args = c.args ?? [];
  const path = c.path || args[0] || '';
  return { path, args: args.length > 0 && args[0] === path ? args.slice(1) : args };
}

function networkMode(c: ContainerConfig | null | undefined): string {
  const m = c?.networkMode ?? '';
  return m === '' || m === 'default' ? 'none' : m;
}

/** execd's volumes under the default data-root. */
const DEFAULT_VOLUMES_DIR = '/var/lib/keel/volumes';

/** GET /containers/json: one item. */
export function dockerContainerSummary(c: Container, now = Date.now(), volumesDir = DEFAULT_VOLUMES_DIR) {
  const { path, args } = pathAndArgs(c);
  const cfg = c.config ?? {};
  return {
    Id: c.id ?? '',
    Names: [`/${c.name ?? ''}`],
    Image: cfg.image ?? '',
    ImageID: c.imageId ?? '',
    Command: [path, ...args].join(' '),
    Created: Math.floor(Number(c.createdMs ?? 0) / 1000),
    Ports: [],
    Labels: cfg.labels ?? {},
    State: c.state?.status || 'created',
    Status: dockerStatus(c, now),
    HostConfig: { NetworkMode: networkMode(cfg) },
    NetworkSettings: { Networks: {} },
    Mounts: dockerMountPoints(cfg.hostConfig, volumesDir),
    SizeRw: 0,
  };
}

/** GET /containers/{id}/json */
export function dockerContainerInspect(c: Container, volumesDir = DEFAULT_VOLUMES_DIR) {
  const { path, args } = pathAndArgs(c);
  const cfg = c.config ?? {};
  const st = c.state ?? {};
  const status = st.status || 'created';
  return {
    Id: c.id ?? '',
    Created: rfc3339(c.createdMs),
    Path: path,
    Args: args,
    State: {
      Status: status,
      Running: Boolean(st.running),
      Paused: Boolean(st.paused),
      Restarting: false,
      OOMKilled: Boolean(st.oomKilled),
      Dead: status === 'dead',
      Pid: st.pid ?? 0,
      ExitCode: st.exitCode ?? 0,
      Error: st.error ?? '',
      StartedAt: rfc3339(st.startedMs),
      FinishedAt: rfc3339(st.finishedMs),
    },
    Image: c.imageId ?? '',
    ResolvConfPath: '',
    HostnamePath: '',
    HostsPath: '',
    LogPath: c.logPath ?? '',
    Name: `/${c.name ?? ''}`,
    RestartCount: 0,
    Driver: c.driver ?? '',
    Platform: 'linux',
    MountLabel: '',
    ProcessLabel: '',
    AppArmorProfile: '',
    ExecIDs: c.execIds?.length ? c.execIds : null,
    HostConfig: {
      ContainerIDFile: '',
      NetworkMode: networkMode(cfg),
      PortBindings: {},
      RestartPolicy: { Name: 'no', MaximumRetryCount: 0 },
      AutoRemove: Boolean(cfg.autoRemove),
      ...dockerHostConfig(cfg.hostConfig),
      Runtime: c.execDriver || cfg.hostConfig?.runtime || 'native',
    },
    GraphDriver: { Name: c.driver ?? '', Data: c.rootfs ? { MergedDir: c.rootfs } : null },
    Mounts: dockerMountPoints(cfg.hostConfig, volumesDir),
    Config: {
      Hostname: cfg.hostname ?? '',
      Domainname: '',
      User: cfg.user ?? '',
      AttachStdin: Boolean(cfg.attachStdin),
      AttachStdout: Boolean(cfg.attachStdout),
      AttachStderr: Boolean(cfg.attachStderr),
      Tty: Boolean(cfg.tty),
      OpenStdin: Boolean(cfg.openStdin),
      StdinOnce: Boolean(cfg.stdinOnce),
      Env: cfg.env?.length ? cfg.env : null,
      Cmd: cfg.cmdSet ? (cfg.cmd ?? []) : null,
      Image: cfg.image ?? '',
      Volumes: null,
      WorkingDir: cfg.workingDir ?? '',
      Entrypoint: cfg.entrypointSet ? (cfg.entrypoint ?? []) : null,
      OnBuild: null,
      Labels: cfg.labels ?? {},
      ...(cfg.stopSignal ? { StopSignal: cfg.stopSignal } : {}),
      ...(cfg.stopTimeoutSet ? { StopTimeout: cfg.stopTimeout ?? 0 } : {}),
    },
    NetworkSettings: {
      Bridge: '', SandboxID: '', HairpinMode: false, LinkLocalIPv6Address: '', LinkLocalIPv6PrefixLen: 0,
      Ports: {}, SandboxKey: '', SecondaryIPAddresses: null, SecondaryIPv6Addresses: null, EndpointID: '',
      Gateway: '', GlobalIPv6Address: '', GlobalIPv6PrefixLen: 0, IPAddress: '', IPPrefixLen: 0, IPv6Gateway: '',
      MacAddress: '', Networks: {},
    },
  };
}

/** Docker's create body, the parts keel reads (everything else is ignored for now). */
export interface CreateBody {
  Image?: string;
  Cmd?: string[] | string | null;
  Entrypoint?: string[] | string | null;
  Env?: string[] | null;
  WorkingDir?: string;
  User?: string;
  Hostname?: string;
  Labels?: Record<string, string> | null;
  Tty?: boolean;
  AttachStdin?: boolean;
  AttachStdout?: boolean;
  AttachStderr?: boolean;
  OpenStdin?: boolean;
  StdinOnce?: boolean;
  StopSignal?: string;
  StopTimeout?: number | null;
  HostConfig?: DockerHostConfig | null;
}


/** The fastify schema of the create body: types only; Docker sends many more keys. */
export const createBodySchema = {
  type: 'object',
  properties: {
    Image: { type: 'string' },
    // Cmd and Entrypoint (string, list or null) are checked by containerConfig: the schema's
    // type coercion would turn null into ""
    Env: { type: 'array', nullable: true, items: { type: 'string' } },
    WorkingDir: { type: 'string' },
    User: { type: 'string' },
    Hostname: { type: 'string' },
    Labels: { type: 'object', nullable: true, additionalProperties: { type: 'string' } },
    Tty: { type: 'boolean' },
    AttachStdin: { type: 'boolean' },
    AttachStdout: { type: 'boolean' },
    AttachStderr: { type: 'boolean' },
    OpenStdin: { type: 'boolean' },
    StdinOnce: { type: 'boolean' },
    StopSignal: { type: 'string' },
    StopTimeout: { type: 'integer', nullable: true },
    HostConfig: {
      type: 'object',
      nullable: true,
      // the rest of HostConfig is checked by hostConfig() (host-config/), with messages in Docker's words
      properties: { AutoRemove: { type: 'boolean' }, NetworkMode: { type: 'string' } },
    },
  },
  required: ['Image'],
} as const;

/** Docker's StrSlice: a string is a one-element list; null/absent is "not set", [] is "set, empty". */
function strList(field: string, v: unknown): { list: string[]; set: boolean } {
  if (v === undefined || v === null) return { list: [], set: false };
  if (typeof v === 'string') return { list: [v], set: true };
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return { list: v as string[], set: true };
  throw new InvalidArgumentError(`invalid field "${field}": expected a list of strings, a string or null`);
}

export const NETWORK_NOT_BUILT = 'networking is not built yet: keel runs containers with --network none only (netd has not landed)';

/** HostConfig.ConsoleSize [height, width]: the pty's first size (0s: unset). */
function consoleSize(v: unknown): { consoleHeight: number; consoleWidth: number } {
  if (v === undefined || v === null) return { consoleHeight: 0, consoleWidth: 0 };
  if (!Array.isArray(v) || v.length !== 2 || !v.every((n) => Number.isInteger(n) && n >= 0 && n <= 65535)) {
    throw new InvalidArgumentError('invalid field "HostConfig.ConsoleSize": expected [height, width]');
  }
  return { consoleHeight: v[0] as number, consoleWidth: v[1] as number };
}

/** Docker's create body → the engine's ContainerConfig. */
export function containerConfig(b: CreateBody): ContainerConfig {
  if (!b.Image) throw new InvalidArgumentError('no image given: the create body needs "Image"');
  const mode = b.HostConfig?.NetworkMode ?? '';
  if (!['', 'default', 'none'].includes(mode)) throw new InvalidArgumentError(`network mode "${mode}": ${NETWORK_NOT_BUILT}`);
  const cmd = strList('Cmd', b.Cmd);
  const ep = strList('Entrypoint', b.Entrypoint);
  return {
    image: b.Image,
    cmd: cmd.list,
    cmdSet: cmd.set,
    entrypoint: ep.list,
    entrypointSet: ep.set,
    env: b.Env ?? [],
    workingDir: b.WorkingDir ?? '',
    user: b.User ?? '',
    hostname: b.Hostname ?? '',
    labels: b.Labels ?? {},
    tty: Boolean(b.Tty),
    attachStdin: Boolean(b.AttachStdin),
    attachStdout: Boolean(b.AttachStdout),
    attachStderr: Boolean(b.AttachStderr),
    openStdin: Boolean(b.OpenStdin),
    stdinOnce: Boolean(b.StdinOnce),
    ...consoleSize((b.HostConfig as { ConsoleSize?: unknown } | null | undefined)?.ConsoleSize),
    autoRemove: Boolean(b.HostConfig?.AutoRemove),
    networkMode: mode,
    stopSignal: b.StopSignal ?? '',
    stopTimeout: b.StopTimeout ?? 0,
    stopTimeoutSet: b.StopTimeout !== undefined && b.StopTimeout !== null,
    hostConfig: hostConfig(b.HostConfig),
  };
}
