import { readdir, lstat } from 'node:fs/promises';
import { join } from 'node:path';
import type { keel } from '../../../../../proto';
import { dockerContainerSummary } from '../containers/docker';
import { dockerVolume } from '../volumes/docker';
import type { DiskUsage, Image } from './backend';

/** Unix ms → RFC 3339 (UTC, with the fraction Docker prints); 0 → Go's zero time. */
export function rfc3339(ms: number | null | undefined): string {
  const n = Number(ms ?? 0);
  if (!n) return '0001-01-01T00:00:00Z';
  return new Date(n).toISOString().replace(/\.(\d{3})Z$/, '.$1000000Z');
}

function dockerEnvList<T>(list: T[] | null | undefined): T[] | null {
  return list && list.length ? list : null;
}

/** GET /images/json: one item; with counts (GET /system/df) Containers and SharedSize are real. */
export function dockerImageSummary(i: Image, counts = false) {
  const size = Number(i.size ?? 0);
  const labels = i.config?.labels && Object.keys(i.config.labels).length ? i.config.labels : null;
  return {
    Containers: counts ? Number(i.containers ?? 0) : -1,
    Created: Math.floor(Number(i.createdMs ?? 0) / 1000),
    Id: i.id ?? '',
    Labels: labels,
    ParentId: i.parent ?? '',
    RepoDigests: i.repoDigests?.length ? i.repoDigests : (i.repoTags?.length ? null : ['<none>@<none>']),
    RepoTags: i.repoTags?.length ? i.repoTags : ['<none>:<none>'],
    SharedSize: counts ? Number(i.sharedSize ?? 0) : -1,
    Size: size,
    VirtualSize: size,
  };
}

/** GET /images/{name}/history: newest first. */
export function dockerHistory(entries: keel.graphd.v1.IHistoryEntry[]) {
  return entries.map((e) => ({
    Comment: e.comment ?? '',
    Created: Number(e.created ?? 0),
    CreatedBy: e.createdBy ?? '',
    Id: e.id ?? '<missing>',
    Size: Number(e.size ?? 0),
    Tags: e.tags?.length ? e.tags : null,
  }));
}

/** POST /images/prune */
export function dockerImagePrune(r: keel.graphd.v1.IPruneImagesResponse) {
  const items = dockerImageDelete(r);
  return { ImagesDeleted: items.length ? items : null, SpaceReclaimed: Number(r.spaceReclaimed ?? 0) };
}

/** The size of everything under dir (du's apparent size of regular files); 0 when unreadable. */
export async function treeSize(dir: string): Promise<number> {
  let total = 0;
  const walk = async (d: string): Promise<void> => {
    const entries = await readdir(d, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile()) total += (await lstat(p).catch(() => null))?.size ?? 0;
    }
  };
  if (dir) await walk(dir);
  return total;
}

/** GET /system/df: images with their container counts, containers, volumes with their use. */
export async function dockerDiskUsage(u: DiskUsage, now = Date.now(), volumesDir?: string) {
  const images = u.images.map((i) => dockerImageSummary(i, true));
  const containers = u.containers.map((c) => {
    const size = u.rootfs?.get(c.id ?? '');
    return { ...dockerContainerSummary(c, now, volumesDir), SizeRw: size?.sizeRw ?? 0, SizeRootFs: size?.sizeRootFs ?? 0 };
  });
  const refs = new Map<string, number>();
  for (const c of containers) for (const m of c.Mounts as { Type?: string; Name?: string }[]) {
    if (m.Type === 'volume' && m.Name) refs.set(m.Name, (refs.get(m.Name) ?? 0) + 1);
  }
  const volumes = [];
  for (const v of u.volumes) {
    volumes.push({ ...dockerVolume(v), UsageData: { RefCount: refs.get(v.name ?? '') ?? 0, Size: await treeSize(v.mountpoint ?? '') } });
  }
  return {
    LayersSize: u.layersSize,
    Images: images,
    Containers: containers,
    Volumes: volumes,
    BuildCache: [],
    BuilderSize: 0,
  };
}

/** The body of POST /commit: {"Id": "sha256:…"} */
export function dockerCommit(i: Image) {
  return { Id: i.id ?? '' };
}

/** GET /images/{name}/json */
export function dockerImageInspect(i: Image) {
  const c = i.config ?? {};
  const size = Number(i.size ?? 0);
  const exposed = c.exposedPorts?.length ? Object.fromEntries(c.exposedPorts.map((p) => [p, {}])) : null;
  const o = c.origin ?? {};
  const config = {
    Hostname: o.hostname ?? '',
    Domainname: o.domainname ?? '',
    User: c.user ?? '',
    AttachStdin: !!o.attachStdin,
    AttachStdout: !!o.attachStdout,
    AttachStderr: !!o.attachStderr,
    ExposedPorts: exposed,
    Tty: !!o.tty,
    OpenStdin: !!o.openStdin,
    StdinOnce: !!o.stdinOnce,
    Env: dockerEnvList(c.env),
    Cmd: c.cmdSet ? (c.cmd ?? []) : null,
    Image: o.image ?? '',
    Volumes: null,
    WorkingDir: c.workingDir ?? '',
    Entrypoint: c.entrypointSet ? (c.entrypoint ?? []) : null,
    OnBuild: null,
    Labels: c.labels && Object.keys(c.labels).length ? c.labels : null,
    ...(c.stopSignal ? { StopSignal: c.stopSignal } : {}),
  };
  return {
    Id: i.id ?? '',
    RepoTags: i.repoTags ?? [],
    RepoDigests: i.repoDigests ?? [],
    Parent: i.parent ?? '',
    Comment: i.comment ?? '',
    Created: i.created || rfc3339(i.createdMs),
    Container: i.container ?? '',
    ContainerConfig: { ...config, Cmd: null, Entrypoint: null, Env: null, Labels: null },
    DockerVersion: i.dockerVersion ?? '',
    Author: i.author ?? '',
    Config: config,
    Architecture: i.architecture || 'amd64',
    Os: i.os || 'linux',
    Size: size,
    VirtualSize: size,
    GraphDriver: { Data: i.driverData && Object.keys(i.driverData).length ? { ...i.driverData } : null, Name: i.driver ?? '' },
    RootFS: { Type: 'layers', Layers: i.layers ?? [] },
    Metadata: { LastTagTime: '0001-01-01T00:00:00Z' },
  };
}

/** DELETE /images/{name}: Docker's list of what went. */
export function dockerImageDelete(r: { untagged?: string[] | null; deleted?: string[] | null }) {
  return [
    ...(r.untagged ?? []).map((t) => ({ Untagged: t })),
    ...(r.deleted ?? []).map((d) => ({ Deleted: d })),
  ];
}

/**
 * The name in /images/<name>/json, /images/<name> and the like: image references go into the
 * path unescaped, slashes and colons included, so the name is everything up to a known suffix.
 * Returns null when the path has no name.
 */
export function imageNameFromPath(rest: string, suffix: string | null): string | null {
  let name = rest;
  if (suffix !== null) {
    if (!name.endsWith(suffix)) return null;
    name = name.slice(0, -suffix.length);
  }
  return name === '' ? null : name;
}

/** docker import's repo parameter carries the tag itself ("bb:1"); a separate tag wins. */
export function splitRepoTag(repo: string, tag: string): { repo: string; tag: string } {
  if (!repo) return { repo: '', tag: '' };
  if (tag) return { repo, tag };
  const slash = repo.lastIndexOf('/');
  const colon = repo.lastIndexOf(':');
  if (colon > slash) return { repo: repo.slice(0, colon), tag: repo.slice(colon + 1) };
  return { repo, tag: 'latest' };
}
