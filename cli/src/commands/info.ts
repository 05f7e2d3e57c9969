// keel info: one GET /info, laid out like docker info's Server section.
import { clientBuild } from '../build-info';
import type { Context } from '../context';
import { bytesSize } from '../format';
import { API_VERSION } from '../http';
import { checkFormat } from './common';

/** The fields of Docker's GET /info that keel prints. */
export interface DockerInfo {
  ID?: string;
  Containers?: number;
  ContainersRunning?: number;
  ContainersPaused?: number;
  ContainersStopped?: number;
  Images?: number;
  Driver?: string;
  DriverStatus?: [string, string][] | null;
  Plugins?: { Volume?: string[] | null; Network?: string[] | null; Authorization?: string[] | null; Log?: string[] | null };
  Debug?: boolean;
  LoggingDriver?: string;
  CgroupDriver?: string;
  CgroupVersion?: string;
  KernelVersion?: string;
  OperatingSystem?: string;
  OSType?: string;
  Architecture?: string;
  RegistryConfig?: { InsecureRegistryCIDRs?: string[] | null; Mirrors?: string[] | null };
  NCPU?: number;
  MemTotal?: number;
  DockerRootDir?: string;
  HttpProxy?: string;
  HttpsProxy?: string;
  NoProxy?: string;
  Name?: string;
  Labels?: string[] | null;
  ExperimentalBuild?: boolean;
  ServerVersion?: string;
  Runtimes?: Record<string, unknown> | null;
  DefaultRuntime?: string;
  LiveRestoreEnabled?: boolean;
  InitBinary?: string;
  SecurityOptions?: string[] | null;
  Warnings?: string[] | null;
}

/** "name=seccomp,profile=default" → seccomp with Profile: default (Docker's DecodeSecurityOptions). */
export function securityOptionLines(opts: string[]): string[] {
  const lines: string[] = [];
  for (const opt of opts) {
    if (!opt.includes('=')) {
      lines.push(`  ${opt}`);
      continue;
    }
    let name = '';
    const rest: [string, string][] = [];
    for (const kv of opt.split(',')) {
      const i = kv.indexOf('=');
      const k = i < 0 ? kv : kv.slice(0, i);
      const v = i < 0 ? '' : kv.slice(i + 1);
      if (k === 'name') name = v;
      else rest.push([k, v]);
    }
    lines.push(`  ${name || opt}`);
    for (const [k, v] of rest) lines.push(`   ${k.charAt(0).toUpperCase()}${k.slice(1)}: ${v}`);
  }
  return lines;
}

const list = (v: string[] | null | undefined): string[] => v ?? [];

export function renderInfo(i: DockerInfo): string[] {
  const l: string[] = ['Server:'];
  const kv = (k: string, v: unknown) => l.push(` ${k}: ${v ?? ''}`.trimEnd());
  kv('Containers', i.Containers ?? 0);
  l.push(`  Running: ${i.ContainersRunning ?? 0}`, `  Paused: ${i.ContainersPaused ?? 0}`, `  Stopped: ${i.ContainersStopped ?? 0}`);
  kv('Images', i.Images ?? 0);
  kv('Server Version', i.ServerVersion);
  kv('Storage Driver', i.Driver);
  for (const [k, v] of i.DriverStatus ?? []) l.push(`  ${k}: ${v}`);
  kv('Logging Driver', i.LoggingDriver);
  kv('Cgroup Driver', i.CgroupDriver);
  kv('Cgroup Version', i.CgroupVersion);
  l.push(' Plugins:');
  l.push(`  Volume: ${list(i.Plugins?.Volume).join(' ')}`.trimEnd());
  l.push(`  Network: ${list(i.Plugins?.Network).join(' ')}`.trimEnd());
  if (list(i.Plugins?.Authorization).length) l.push(`  Authorization: ${list(i.Plugins?.Authorization).join(' ')}`);
  l.push(`  Log: ${list(i.Plugins?.Log).join(' ')}`.trimEnd());
  kv('Runtimes', Object.keys(i.Runtimes ?? {}).sort().join(' '));
  kv('Default Runtime', i.DefaultRuntime);
  if (i.InitBinary) kv('Init Binary', i.InitBinary);
  const sec = list(i.SecurityOptions);
  if (sec.length) l.push(' Security Options:', ...securityOptionLines(sec));
  kv('Kernel Version', i.KernelVersion);
  kv('Operating System', i.OperatingSystem);
  kv('OSType', i.OSType);
  kv('Architecture', i.Architecture);
  kv('CPUs', i.NCPU ?? 0);
  kv('Total Memory', bytesSize(i.MemTotal ?? 0));
  kv('Name', i.Name);
  kv('ID', i.ID);
  kv('Docker Root Dir', i.DockerRootDir);
  kv('Debug Mode', Boolean(i.Debug));
  if (i.HttpProxy) kv('HTTP Proxy', i.HttpProxy);
  if (i.HttpsProxy) kv('HTTPS Proxy', i.HttpsProxy);
  if (i.NoProxy) kv('No Proxy', i.NoProxy);
  kv('Experimental', Boolean(i.ExperimentalBuild));
  const labels = list(i.Labels);
  if (labels.length) l.push(' Labels:', ...labels.map((x) => `  ${x}`));
  const insecure = list(i.RegistryConfig?.InsecureRegistryCIDRs);
  if (insecure.length) l.push(' Insecure Registries:', ...insecure.map((x) => `  ${x}`));
  const mirrors = list(i.RegistryConfig?.Mirrors);
  if (mirrors.length) l.push(' Registry Mirrors:', ...mirrors.map((x) => `  ${x}`));
  kv('Live Restore Enabled', Boolean(i.LiveRestoreEnabled));
  return l;
}

/** Docker prints the daemon's warnings after the info, on stderr, each starting "WARNING:". */
export function warningLines(i: DockerInfo): string[] {
  return list(i.Warnings).map((w) => (/^WARNING\b/.test(w) ? w : `WARNING: ${w}`));
}

export async function infoCommand(ctx: Context, opts: { format?: string }): Promise<void> {
  const json = checkFormat(opts.format);
  const api = ctx.api();
  const path = `/v${API_VERSION}/info`;
  // exactly one request: every job a `keel info` causes carries that request's trace id
  const res = await api.request('GET', path);
  const info = api.parse<DockerInfo>(res, 'GET', path);
  if (json) {
    ctx.io.out(res.body.trim());
    return;
  }
  ctx.io.out([
    'Client:',
    ` Version: ${clientBuild().version}`,
    ` Host: ${api.host.raw}`,
    ` Debug Mode: ${Boolean(ctx.opts.debug)}`,
    '',
    ...renderInfo(info),
  ].join('\n'));
  const warnings = warningLines(info);
  if (warnings.length) ctx.io.err(['', ...warnings].join('\n'));
}
