// The client's version, read cheaply from keel's package.json (and dist/build-info.json, which
// scripts/build.sh writes). Kept apart from services/kit so the CLI's start path stays small.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface ClientBuild {
  version: string;
  gitCommit: string;
  buildTime: string;
}

let cached: ClientBuild | null = null;

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

export function clientBuild(from = __dirname): ClientBuild {
  if (cached) return cached;
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    const pkg = readJson<{ name?: string; version?: string }>(join(dir, 'package.json'));
    if (pkg?.name !== 'keel') continue;
    const extra = readJson<{ gitCommit?: string; buildTime?: string }>(join(dir, 'dist', 'build-info.json')) ?? {};
    cached = { version: pkg.version ?? 'unknown', gitCommit: extra.gitCommit ?? '', buildTime: extra.buildTime ?? '' };
    return cached;
  }
  cached = { version: 'unknown', gitCommit: '', buildTime: '' };
  return cached;
}
