import { constants } from 'node:fs';
import { lstat, open, readlink, realpath } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { Readable } from 'node:stream';
import { native } from '../../../../addon';
import type { Change } from '../drivers/driver';
import { TAR_END, type TarEntryHeader, tarHeader, tarPad } from './tar-writer';

/** The diff id of a layer with no entries (a tar of just its two zero blocks). */
export const EMPTY_LAYER_DIFF_ID = 'sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef';

/** xattrs that travel with a file into a layer (overlay's own trusted.overlay.* never do). */
const KEPT_XATTRS = ['security.capability'];

function major(rdev: number): number {
  return Number(((BigInt(rdev) >> 8n) & 0xfffn) | ((BigInt(rdev) >> 32n) & ~0xfffn));
}
function minor(rdev: number): number {
  return Number((BigInt(rdev) & 0xffn) | ((BigInt(rdev) >> 12n) & ~0xffn));
}

async function* entries(given: string, changes: Change[]): AsyncGenerator<Buffer> {
  const n = native();
  const root = await realpath(given);
  const links = new Map<string, string>();
  for (const c of changes) {
    const dir = posix.dirname(c.path);
    const base = posix.basename(c.path);
    if (c.kind === 'delete') {
      const name = dir === '.' ? `.wh.${base}` : `${dir}/.wh.${base}`;
      yield tarHeader({ name, type: 'file', size: 0, mode: 0o600, uid: 0, gid: 0, mtime: Math.floor(Date.now() / 1000) });
      continue;
    }
    const at = join(root, c.path);
    const st = await lstat(at).catch(() => null);
    if (!st) continue; // gone since the walk (a running container): nothing to keep
    const xattrs: Record<string, Buffer> = {};
    for (const x of KEPT_XATTRS) {
      const v = n?.lgetxattr(at, x);
      if (v) xattrs[x] = v;
    }
    const h: TarEntryHeader = {
      name: c.path, type: 'file', size: 0, mode: st.mode & 0o7777, uid: st.uid, gid: st.gid,
      mtime: Math.floor(st.mtimeMs / 1000), xattrs,
    };
    if (st.isDirectory()) {
      yield tarHeader({ ...h, name: `${c.path}/`, type: 'dir' });
      if (c.opaque) yield tarHeader({ name: `${c.path}/.wh..wh..opq`, type: 'file', size: 0, mode: 0o600, uid: 0, gid: 0, mtime: h.mtime });
    } else if (st.isSymbolicLink()) {
      yield tarHeader({ ...h, type: 'symlink', linkname: await readlink(at) });
    } else if (st.isFile()) {
      const key = `${st.dev}:${st.ino}`;
      const first = st.nlink > 1 ? links.get(key) : undefined;
      if (first !== undefined) {
        yield tarHeader({ ...h, type: 'link', linkname: first });
        continue;
      }
      // opened without following a link, and checked to be the very file the walk found, at
      // its path: a running container (commit --pause=false) that swaps a directory for a
      // link to the host between the walk and here gets nothing of the host's into the layer
      const fh = await open(at, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK).catch(() => null);
      if (!fh) continue;
      try {
        const fst = await fh.stat();
        const real = await readlink(`/proc/self/fd/${fh.fd}`).catch(() => '');
        if (!fst.isFile() || fst.ino !== st.ino || fst.dev !== st.dev || real !== at) continue;
        if (st.nlink > 1) links.set(key, c.path);
        yield tarHeader({ ...h, size: st.size });
        // exactly the size announced: a file that grew is cut, one that shrank is padded
        let left = st.size;
        for await (const chunk of fh.createReadStream({ start: 0, end: Math.max(0, st.size - 1), autoClose: false })) {
          if (st.size === 0) break;
          const b = (chunk as Buffer).subarray(0, left);
          left -= b.length;
          yield b;
          if (left === 0) break;
        }
        if (left > 0) yield Buffer.alloc(left);
        yield tarPad(st.size);
      } finally {
        await fh.close();
      }
    } else if (st.isCharacterDevice() || st.isBlockDevice()) {
      yield tarHeader({ ...h, type: st.isCharacterDevice() ? 'char' : 'block', devmajor: major(st.rdev), devminor: minor(st.rdev) });
    } else if (st.isFIFO()) {
      yield tarHeader({ ...h, type: 'fifo' });
    }
    // sockets are not kept in layers
  }
  yield TAR_END;
}

/**
 * A container's changes as a layer tar (OCI whiteouts and opaque markers), streamed from root;
 * file contents are checked to come from under root itself.
 */
export function exportChanges(root: string, changes: Change[]): Readable {
  return Readable.from(entries(root, changes), { objectMode: false });
}
