// keel version: the client's build, then the daemon's (GET /version in Docker's shape).
import { clientBuild } from '../build-info';
import type { Context } from '../context';
import { goArch } from '../format';
import { API_VERSION } from '../http';
import { formatPairs } from '../table';
import { checkFormat } from './common';

export interface ServerVersion {
  Platform?: { Name?: string };
  Components?: { Name: string; Version: string; Details?: Record<string, string> }[];
  Version?: string;
  ApiVersion?: string;
  MinAPIVersion?: string;
  GitCommit?: string;
  GoVersion?: string;
  Os?: string;
  Arch?: string;
  KernelVersion?: string;
  BuildTime?: string;
}

export interface ClientVersion {
  Version: string;
  ApiVersion: string;
  NodeVersion: string;
  GitCommit: string;
  BuildTime: string;
  Os: string;
  Arch: string;
  Host: string;
}

export function clientVersion(host: string): ClientVersion {
  const b = clientBuild();
  return {
    Version: b.version, ApiVersion: API_VERSION, NodeVersion: process.version, GitCommit: b.gitCommit,
    BuildTime: b.buildTime, Os: process.platform, Arch: goArch(), Host: host,
  };
}

export function renderClient(c: ClientVersion): string[] {
  return ['Client:', ...formatPairs([
    ['Version', c.Version],
    ['API version', c.ApiVersion],
    ['Node version', c.NodeVersion],
    ['Git commit', c.GitCommit],
    ['Built', c.BuildTime],
    ['OS/Arch', `${c.Os}/${c.Arch}`],
    ['Host', c.Host],
  ], ' ')];
}

export function renderServer(s: ServerVersion): string[] {
  const lines = [`Server:${s.Platform?.Name ? ` ${s.Platform.Name}` : ''}`];
  const engine = (): string[] => [' Engine:', ...formatPairs([
    ['Version', s.Version ?? ''],
    ['API version', `${s.ApiVersion ?? ''}${s.MinAPIVersion ? ` (minimum version ${s.MinAPIVersion})` : ''}`],
    ['Node version', s.GoVersion ?? ''],
    ['Git commit', s.GitCommit ?? ''],
    ['Built', s.BuildTime ?? ''],
    ['OS/Arch', `${s.Os ?? ''}/${s.Arch ?? ''}`],
    ['Kernel version', s.KernelVersion ?? ''],
  ], '  ')];
  const components = s.Components ?? [];
  if (!components.some((c) => c.Name === 'Engine')) lines.push(...engine());
  for (const c of components) {
    if (c.Name === 'Engine') {
      lines.push(...engine());
      continue;
    }
    lines.push(` ${c.Name}:`, ...formatPairs([['Version', c.Version], ...Object.entries(c.Details ?? {})], '  '));
  }
  return lines;
}

export async function versionCommand(ctx: Context, opts: { format?: string }): Promise<void> {
  const json = checkFormat(opts.format);
  const client = clientVersion(ctx.hostString);
  let server: ServerVersion | undefined;
  let failure: unknown;
  try {
    server = await ctx.api().get<ServerVersion>(`/v${API_VERSION}/version`);
  } catch (err) {
    failure = err;
  }
  if (json) {
    ctx.io.out(JSON.stringify({ Client: client, Server: server ?? null }));
  } else {
    const lines = renderClient(client);
    if (server) lines.push('', ...renderServer(server));
    ctx.io.out(lines.join('\n'));
  }
  if (failure) throw failure;
}
