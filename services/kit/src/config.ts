import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidArgumentError } from './errors';

/**
 * The daemon's configuration as keeld resolves it from defaults, the config file (dockerd's key
 * names where they exist) and flags, and hands to every service (exec-root/config.json).
 */
export interface DaemonConfig {
  dataRoot: string;
  execRoot: string;
  hosts: string[];
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'fatal';
  pidfile: string;
  tls: boolean;
  tlsVerify: boolean;
  tlsCaCert: string;
  tlsCert: string;
  tlsKey: string;
  /** nats-server's port on 127.0.0.1; 0 picks a free one at the first start and keeps it. */
  busPort: number;
  storageDriver: string;
  execDriver: string;
  bridge: string;
  /** the cgroup every container's cgroup is made under (dockerd's --cgroup-parent) */
  cgroupParent: string;
  labels: string[];
  insecureRegistries: string[];
  registryMirrors: string[];
  liveRestore: boolean;
  /** Restart intensity of each service: at most this many restarts in restartPeriodS seconds. */
  restartIntensity: number;
  restartPeriodS: number;
}

export const DEFAULTS: DaemonConfig = {
  dataRoot: '/var/lib/keel',
  execRoot: '/run/keel',
  hosts: [],
  logLevel: 'info',
  pidfile: '',
  tls: false,
  tlsVerify: false,
  tlsCaCert: '',
  tlsCert: '',
  tlsKey: '',
  busPort: 0,
  storageDriver: '',
  execDriver: 'native',
  bridge: 'keel0',
  cgroupParent: 'keel',
  labels: [],
  insecureRegistries: [],
  registryMirrors: [],
  liveRestore: true,
  restartIntensity: 5,
  restartPeriodS: 30,
};

/** Config-file keys (dockerd's names where dockerd has the setting) and the field each sets. */
export const FILE_KEYS: Record<string, keyof DaemonConfig> = {
  'data-root': 'dataRoot',
  'exec-root': 'execRoot',
  hosts: 'hosts',
  'log-level': 'logLevel',
  pidfile: 'pidfile',
  tls: 'tls',
  tlsverify: 'tlsVerify',
  tlscacert: 'tlsCaCert',
  tlscert: 'tlsCert',
  tlskey: 'tlsKey',
  'bus-port': 'busPort',
  'storage-driver': 'storageDriver',
  'exec-driver': 'execDriver',
  bridge: 'bridge',
  'cgroup-parent': 'cgroupParent',
  labels: 'labels',
  'insecure-registries': 'insecureRegistries',
  'registry-mirrors': 'registryMirrors',
  'live-restore': 'liveRestore',
  'service-restart-intensity': 'restartIntensity',
  'service-restart-period': 'restartPeriodS',
};

const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'fatal'];

/** Reads and checks a daemon.json; unknown keys and wrong types are errors, as with dockerd. */
export function readConfigFile(path: string): Partial<DaemonConfig> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new InvalidArgumentError(`config file ${path}: ${(err as Error).message}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new InvalidArgumentError(`config file ${path}: the top level must be a JSON object`);
  }
  const out: Partial<DaemonConfig> = {};
  const unknown = Object.keys(raw).filter((k) => !(k in FILE_KEYS));
  if (unknown.length) {
    throw new InvalidArgumentError(`config file ${path}: the following directives don't match any configuration option: ${unknown.join(', ')}`);
  }
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const field = FILE_KEYS[key];
    const want = Array.isArray(DEFAULTS[field]) ? 'array' : typeof DEFAULTS[field];
    const got = Array.isArray(value) ? 'array' : typeof value;
    if (want !== got || (want === 'array' && !(value as unknown[]).every((v) => typeof v === 'string'))) {
      throw new InvalidArgumentError(`config file ${path}: "${key}" must be ${want === 'array' ? 'an array of strings' : `a ${want}`}`);
    }
    (out as Record<string, unknown>)[field] = value;
  }
  return out;
}

/** Checks a resolved configuration; returns it with derived defaults filled in. */
export function finishConfig(c: DaemonConfig): DaemonConfig {
  if (!LOG_LEVELS.includes(c.logLevel)) {
    throw new InvalidArgumentError(`log level "${c.logLevel}" is not one of ${LOG_LEVELS.join(', ')}`);
  }
  if (!Number.isInteger(c.busPort) || c.busPort < 0 || c.busPort > 65535) {
    throw new InvalidArgumentError(`bus port ${c.busPort} is not a port number`);
  }
  if (c.restartIntensity < 0 || c.restartPeriodS <= 0) {
    throw new InvalidArgumentError('service-restart-intensity must be ≥ 0 and service-restart-period > 0');
  }
  if (!/^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*$/.test(c.cgroupParent.replace(/^\/+/, '')) || c.cgroupParent.split('/').some((p) => p === '..' || p === '.')) {
    throw new InvalidArgumentError(`cgroup parent "${c.cgroupParent}" is not a cgroup path`);
  }
  const hosts = c.hosts.length ? c.hosts : [`unix://${join(c.execRoot, 'keel.sock')}`];
  return { ...c, hosts, tls: c.tls || c.tlsVerify, pidfile: c.pidfile || join(c.execRoot, 'keeld.pid') };
}

/** Where the runtime files of a daemon live, all derived from its exec-root and data-root. */
export function paths(c: Pick<DaemonConfig, 'execRoot' | 'dataRoot'>) {
  return {
    runtimeConfig: join(c.execRoot, 'config.json'),
    busDir: join(c.execRoot, 'bus'),
    busCreds: (user: string) => join(c.execRoot, 'bus', `${user}.json`),
    busConfig: join(c.execRoot, 'bus', 'nats.conf'),
    busPid: join(c.execRoot, 'bus', 'nats.pid'),
    busPortFile: join(c.execRoot, 'bus', 'port'),
    lock: join(c.dataRoot, 'keeld.lock'),
    serviceData: (svc: string) => join(c.dataRoot, svc),
  };
}

/** Loads the runtime config keeld wrote for its services. */
export function loadRuntimeConfig(path: string): DaemonConfig {
  return JSON.parse(readFileSync(path, 'utf8')) as DaemonConfig;
}
