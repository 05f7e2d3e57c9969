import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface BuildInfo {
  version: string;
  gitCommit: string;
  buildTime: string;
}

let cached: BuildInfo | null = null;

/** The checkout keel runs from: the nearest folder above this file with keel's package.json. */
export function projectRoot(from = __dirname): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    try {
      if ((JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string }).name === 'keel') return dir;
    } catch {
      // not here
    }
  }
  throw new Error(`keel's package.json was not found above ${from}`);
}

/** The version of keel, and the commit and time of this build (dist/build-info.json). */
export function buildInfo(): BuildInfo {
  if (cached) return cached;
  const root = projectRoot();
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  let extra = { gitCommit: '', buildTime: '' };
  try {
    extra = JSON.parse(readFileSync(join(root, 'dist', 'build-info.json'), 'utf8')) as typeof extra;
  } catch {
    // a build without scripts/build.sh
  }
  cached = { version, ...extra };
  return cached;
}

/** Go's names for Node's architectures, as the Docker API reports them. */
export function goArch(arch: string = process.arch): string {
  return ({ x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x' } as Record<string, string>)[arch] ?? arch;
}
