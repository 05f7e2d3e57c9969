import type { BigIntStats } from 'node:fs';
import { lstat, readdir, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Change } from '../driver';

/** dockerd's statDifferent: type and mode, owner, device; for non-directories also size and mtime. */
function differs(a: BigIntStats, b: BigIntStats): boolean {
  if (a.mode !== b.mode || a.uid !== b.uid || a.gid !== b.gid || a.rdev !== b.rdev) return true;
  if (a.isDirectory()) return false;
  return a.size !== b.size || a.mtimeNs !== b.mtimeNs;
}

async function names(dir: string): Promise<Set<string>> {
  return new Set(await readdir(dir).catch(() => [] as string[]));
}

/** Everything under rel (rel itself excluded), parents first: a directory added whole. */
async function addTree(root: string, rel: string, out: Change[]): Promise<void> {
  for (const name of [...await names(join(root, rel))].sort()) {
    const path = `${rel}/${name}`;
    out.push({ path, kind: 'change' });
    if ((await lstat(join(root, path))).isDirectory()) await addTree(root, path, out);
  }
}

/**
 * The changes of a copied root filesystem (`upper`) against the layer it was copied from
 * (`lower`), as dockerd's naive differ finds them: entries added or whose metadata, size or
 * mtime differ are changes, entries gone are deletions, and a directory with any change
 * beneath it is listed too (so its owner and mode travel with it). Parents come first.
 */
export async function treeChanges(lower: string, upper: string, rel = ''): Promise<Change[]> {
  const out: Change[] = [];
  const lowerNames = await names(rel ? join(lower, rel) : lower);
  const upperNames = await names(rel ? join(upper, rel) : upper);
  for (const name of [...new Set([...lowerNames, ...upperNames])].sort()) {
    const path = rel ? `${rel}/${name}` : name;
    if (!upperNames.has(name)) {
      out.push({ path, kind: 'delete' });
      continue;
    }
    const u = await lstat(join(upper, path), { bigint: true });
    const l = lowerNames.has(name) ? await lstat(join(lower, path), { bigint: true }).catch(() => null) : null;
    if (!l || (u.mode & 0o170000n) !== (l.mode & 0o170000n)) {
      // new, or of another type: the whole of it, a directory with what it holds
      out.push({ path, kind: 'change' });
      if (u.isDirectory()) await addTree(upper, path, out);
      continue;
    }
    if (u.isDirectory()) {
      const below = await treeChanges(lower, upper, path);
      if (below.length || differs(l, u)) out.push({ path, kind: 'change' }, ...below);
      continue;
    }
    let changed = differs(l, u);
    if (!changed && u.isSymbolicLink()) changed = (await readlink(join(upper, path))) !== (await readlink(join(lower, path)));
    if (changed) out.push({ path, kind: 'change' });
  }
  return out;
}
