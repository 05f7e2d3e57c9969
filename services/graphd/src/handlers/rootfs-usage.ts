import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import type { keel } from '../../../../proto';
import { layerChain } from '../images';
import type { GraphdState } from '../state';

/**
 * The disk use of every container's root filesystem, as docker system df reports it: SizeRw is
 * the bytes of regular files its writable layer added or changed, SizeRootFs that plus the
 * layers under it. A rootfs whose driver does not run here, or that cannot be read, counts 0.
 */
export async function rootfsUsage(_req: keel.graphd.v1.RootfsUsageRequest, ctx: GraphdState): Promise<keel.graphd.v1.IRootfsUsageResponse> {
  const usage: keel.graphd.v1.IRootfsUsage[] = [];
  for (const row of ctx.store.allRootfs()) {
    const lower = ctx.store.chain(row.layer).reduce((n, l) => n + l.size, 0);
    let rw = 0;
    try {
      const { driver, cacheIds } = layerChain(ctx, row.layer);
      const { root, changes } = await driver.changes(row.container_id, cacheIds);
      const seen = new Set<number>();
      for (const c of changes) {
        if (c.kind !== 'change') continue;
        const st = await lstat(join(root, c.path)).catch(() => null);
        // a file with several names counts once, as du counts it
        if (!st?.isFile() || seen.has(st.ino)) continue;
        seen.add(st.ino);
        rw += st.size;
      }
    } catch (err) {
      ctx.glog.warn({ err, container: row.container_id }, 'rootfs usage: could not read a container\'s changes');
    }
    usage.push({ containerId: row.container_id, sizeRw: rw, sizeRootFs: rw + lower });
  }
  return { usage };
}
