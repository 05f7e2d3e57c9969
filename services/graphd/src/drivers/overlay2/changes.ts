import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { native } from '../../../../../addon';
import type { Change } from '../driver';

/**
 * The changes an overlay upper directory holds, as overlayfs records them: a 0/0 character
 * device is a deletion, a directory with trusted.overlay.opaque=y hides its lower contents,
 * anything else was added or changed (copied up). Parents come before their children.
 */
export async function upperChanges(upper: string, rel = '', out: Change[] = []): Promise<Change[]> {
  const n = native();
  const names = (await readdir(rel ? join(upper, rel) : upper)).sort();
  for (const name of names) {
    const path = rel ? `${rel}/${name}` : name;
    const at = join(upper, path);
    const st = await lstat(at);
    if (st.isCharacterDevice() && st.rdev === 0) {
      out.push({ path, kind: 'delete' });
    } else if (st.isDirectory()) {
      const opaque = n?.lgetxattr(at, 'trusted.overlay.opaque')?.toString() === 'y';
      out.push({ path, kind: 'change', ...(opaque ? { opaque } : {}) });
      await upperChanges(upper, path, out);
    } else {
      out.push({ path, kind: 'change' });
    }
  }
  return out;
}
