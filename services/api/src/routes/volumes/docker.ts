import { InvalidArgumentError } from '../../../../kit/src';
import { rfc3339 } from '../images/docker';
import type { Volume } from './backend';

/** Docker's Volume object. */
export function dockerVolume(v: Volume) {
  return {
    CreatedAt: rfc3339(Number(v.createdMs ?? 0)),
    Driver: v.driver || 'local',
    Labels: { ...(v.labels ?? {}) },
    Mountpoint: v.mountpoint ?? '',
    Name: v.name ?? '',
    Options: Object.keys(v.options ?? {}).length ? { ...v.options } : null,
    Scope: v.scope || 'local',
  };
}

/**
 * The `filters` query parameter (JSON: {"key": ["v", …]} or the older {"key": {"v": true}}) as
 * "key=value" strings for execd.
 */
export function parseFilters(q: string | undefined): string[] {
  if (q === undefined || q === '') return [];
  let obj: unknown;
  try {
    obj = JSON.parse(q);
  } catch {
    throw new InvalidArgumentError(`invalid filter: ${q}`);
  }
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) throw new InvalidArgumentError(`invalid filter: ${q}`);
  const out: string[] = [];
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    const vals = Array.isArray(v) ? v.map(String) : v && typeof v === 'object' ? Object.keys(v).filter((x) => (v as Record<string, unknown>)[x]) : null;
    if (!vals) throw new InvalidArgumentError(`invalid filter: ${q}`);
    for (const x of vals) out.push(`${k}=${x}`);
  }
  return out;
}
