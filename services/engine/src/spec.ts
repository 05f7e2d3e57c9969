/**
 * The pure part of container.create: validating what the user asked for and merging it with the
 * image's config by Docker's rules. No I/O here; everything is unit tested.
 */
import { randomBytes } from 'node:crypto';
import type { keel } from '../../../proto';
import { InvalidArgumentError } from '../../kit/src/errors';
import { randomName } from './names';
import { parseSignal } from './signals';

/** Docker's default PATH for Linux containers (system.DefaultPathEnv). */
export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** Docker's container name rule (daemon/names: validContainerNamePattern). */
const NAME_RE = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

/** A name as stored: without the leading "/". Throws INVALID_ARGUMENT when it breaks Docker's rule. */
export function validateName(name: string): string {
  if (!NAME_RE.test(name)) {
    throw new InvalidArgumentError(`Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`);
  }
  return name.replace(/^\//, '');
}

/** Env entries are KEY=value, or KEY alone (which unsets KEY); anything else is refused by name. */
export function validateEnv(env: readonly string[]): void {
  for (const e of env) {
    const key = e.includes('=') ? e.slice(0, e.indexOf('=')) : e;
    if (key === '' || /[\s\0]/.test(key)) {
      throw new InvalidArgumentError(`invalid environment variable: ${e === '' ? '""' : JSON.stringify(e)} (want KEY=value or KEY)`);
    }
  }
}

/** "", "default" and "none" run with no network but loopback; the rest waits for netd. */
export function validateNetworkMode(mode: string): 'none' {
  if (mode === '' || mode === 'default' || mode === 'none') return 'none';
  throw new InvalidArgumentError(`network mode "${mode}" is not supported yet: keel has no networking before netd lands; use --network none`);
}

function envKey(e: string): string {
  const i = e.indexOf('=');
  return i < 0 ? e : e.slice(0, i);
}

/**
 * Docker's merge of a container config with its image's (daemon/commit.go merge): the user's
 * env first, then the image's entries whose keys the user did not give.
 */
export function mergeEnv(user: readonly string[], image: readonly string[]): string[] {
  if (user.length === 0) return [...image];
  const keys = new Set(user.map(envKey));
  return [...user, ...image.filter((e) => !keys.has(envKey(e)))];
}

/**
 * Docker's ReplaceOrAppendEnvValues: each override replaces the default with the same key, or is
 * appended; an override without "=" removes the key.
 */
export function replaceOrAppendEnv(defaults: readonly string[], overrides: readonly string[]): string[] {
  const out = [...defaults];
  for (const o of overrides) {
    const k = envKey(o);
    const i = out.findIndex((d) => envKey(d) === k);
    if (!o.includes('=')) {
      if (i >= 0) out.splice(i, 1);
    } else if (i >= 0) {
      out[i] = o;
    } else {
      out.push(o);
    }
  }
  return out.filter((e) => e.includes('='));
}

export interface CommandParts {
  entrypoint: string[];
  cmd: string[];
}

/**
 * Docker's rule: when the user's entrypoint is empty, an empty user cmd takes the image's cmd,
 * and an unset user entrypoint takes the image's. A non-empty user entrypoint drops the image's
 * cmd (the user's cmd, possibly none, goes with it).
 */
export function mergeCommand(
  user: { entrypoint: readonly string[]; entrypointSet: boolean; cmd: readonly string[] },
  image: { entrypoint: readonly string[]; cmd: readonly string[] },
): CommandParts {
  let entrypoint: string[] | null = user.entrypointSet || user.entrypoint.length ? [...user.entrypoint] : null;
  let cmd = [...user.cmd];
  if (!entrypoint || entrypoint.length === 0) {
    if (cmd.length === 0) cmd = [...image.cmd];
    if (entrypoint === null) entrypoint = [...image.entrypoint];
  }
  return { entrypoint, cmd };
}

/** A new container id: 64 hex whose short form is not all digits (Docker's stringid rule). */
export function newContainerId(bytes: (n: number) => Buffer = randomBytes): string {
  for (;;) {
    const id = bytes(32).toString('hex');
    if (!/^\d+$/.test(id.slice(0, 12))) return id;
  }
}

/** A Docker-like name (adjective_surname) not taken yet; a digit is appended after many tries. */
export function pickName(taken: (name: string) => boolean, rand: () => number = Math.random): string {
  for (let i = 0; i < 10; i++) {
    const n = randomName(rand, 0);
    if (!taken(n)) return n;
  }
  for (let retry = 1; ; retry++) {
    const n = randomName(rand, retry);
    if (!taken(n)) return n;
  }
}

/** "busybox" → "busybox:latest"; ids, digests and tagged names stay as they are. */
export function imageRefForMessage(ref: string): string {
  if (/^sha256:/.test(ref) || /^[a-f0-9]{12,64}$/.test(ref) || ref.includes('@')) return ref;
  const lastSlash = ref.lastIndexOf('/');
  return ref.slice(lastSlash + 1).includes(':') ? ref : `${ref}:latest`;
}

/** What the create job resolved: the merged config that inspect shows, and the process to run. */
export interface ResolvedSpec {
  config: keel.engine.v1.IContainerConfig;
  args: string[];
  process: keel.execd.v1.IProcessSpec;
  networkMode: 'none';
}

/** A container's hostname: the one it was given, else its id's first 12 characters (as docker). */
export function containerHostname(id: string, config: keel.engine.v1.IContainerConfig): string {
  return config.hostname || id.slice(0, 12);
}

/**
 * Validates a create request against its image and merges the two, as Docker does. Throws
 * INVALID_ARGUMENT for a bad env, an empty command or an unsupported network mode.
 */
export function resolveSpec(id: string, config: keel.engine.v1.IContainerConfig, image: keel.graphd.v1.IImageConfig): ResolvedSpec {
  const userEnv = config.env ?? [];
  validateEnv(userEnv);
  const networkMode = validateNetworkMode(config.networkMode ?? '');
  if (config.stopSignal) parseSignal(config.stopSignal);
  const { entrypoint, cmd } = mergeCommand(
    { entrypoint: config.entrypoint ?? [], entrypointSet: !!config.entrypointSet, cmd: config.cmd ?? [] },
    { entrypoint: image.entrypoint ?? [], cmd: image.cmd ?? [] },
  );
  const args = [...entrypoint, ...cmd];
  if (args.length === 0) throw new InvalidArgumentError('No command specified');
  if (args[0] === '') throw new InvalidArgumentError('No command specified: the executable is an empty string');
  const env = mergeEnv(userEnv, image.env ?? []);
  const hostname = containerHostname(id, config);
  const workingDir = config.workingDir || image.workingDir || '';
  const user = config.user || image.user || '';
  const merged: keel.engine.v1.IContainerConfig = {
    ...config,
    cmd, cmdSet: cmd.length > 0,
    entrypoint, entrypointSet: entrypoint.length > 0,
    env, workingDir, user, hostname,
    labels: { ...(image.labels ?? {}), ...(config.labels ?? {}) },
    networkMode: config.networkMode || 'none',
    // Docker's merge: the user's StopSignal, else the image's STOPSIGNAL (recorded: stop uses it)
    stopSignal: config.stopSignal || image.stopSignal || '',
  };
  const defaults = [`PATH=${DEFAULT_PATH}`, `HOSTNAME=${hostname}`, ...(config.tty ? ['TERM=xterm'] : [])];
  return {
    config: merged,
    args,
    process: {
      args, env: replaceOrAppendEnv(defaults, env), cwd: workingDir || '/', user, hostname,
      tty: Boolean(config.tty), openStdin: Boolean(config.openStdin), stdinOnce: Boolean(config.openStdin && config.stdinOnce),
      consoleHeight: config.consoleHeight ?? 0, consoleWidth: config.consoleWidth ?? 0,
    },
    networkMode,
  };
}
