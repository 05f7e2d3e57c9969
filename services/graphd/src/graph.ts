import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { keel } from '../../../proto';
import { goArch } from '../../kit/src/build-info';
import { applyMount, execRunner, isMountPoint, mountsUnder, type Runner } from './drivers/mount';
import { makeDrivers } from './drivers/registry';
import { stagingDir, sweepBlobs } from './image/blobs';
import { dropUnusedLayers, layerChain, removeLayerDirs } from './images';
import { containerDir, containersDir, unmountAll } from './rootfs';
import type { GraphdState, GraphLog } from './state';
import { GraphStore } from './store/store';

export interface OpenOptions {
  /** <data-root>/graphd */
  root: string;
  drivers: keel.kit.v1.IDriverInfo[];
  run?: Runner;
  mountinfo?: string;
  log?: GraphLog;
  publish?: GraphdState['publish'];
}

/** Opens graph.db and the drivers, then reconciles the disk and the mount table with the store. */
export async function openGraphd(o: OpenOptions): Promise<GraphdState> {
  mkdirSync(o.root, { recursive: true, mode: 0o700 });
  const run = o.run ?? execRunner;
  const { drivers: graph, defaultId } = makeDrivers(o.root, o.drivers, run);
  const store = new GraphStore(join(o.root, 'graph.db'));
  const state: GraphdState = {
    root: o.root,
    dataRoot: dirname(o.root),
    drivers: o.drivers,
    store,
    graph,
    defaultDriver: defaultId,
    run,
    mountinfo: o.mountinfo ?? '/proc/self/mountinfo',
    architecture: goArch(),
    preparing: new Map(),
    glog: o.log ?? { info() {}, warn() {} },
    publish: o.publish ?? (() => undefined),
    async close() {
      for (const d of graph.values()) await d.close();
      store.close();
    },
  };
  try {
    await reconcile(state);
  } catch (err) {
    store.close();
    throw err;
  }
  return state;
}

/**
 * After a crash or a reboot: container dirs and mounts with no rootfs row are unmounted and
 * removed; a row whose rootfs is no longer mounted is mounted again (its writable layer is kept),
 * or dropped if its directories are gone or it cannot be mounted; layers nothing references and
 * layer directories with no row (a half-made import) are removed, and each driver swept.
 */
export async function reconcile(s: GraphdState): Promise<void> {
  const rows = new Map(s.store.allRootfs().map((r) => [r.container_id, r]));
  const cdir = containersDir(s.root);
  const names = existsSync(cdir) ? readdirSync(cdir) : [];
  const orphaned = new Set(names.filter((n) => !rows.has(n)));
  for (const m of mountsUnder(cdir, s.mountinfo)) {
    const name = m.slice(cdir.length + 1).split('/')[0];
    if (name && !rows.has(name)) orphaned.add(name);
  }
  for (const name of orphaned) {
    try {
      await unmountAll(s, join(cdir, name));
      await rm(join(cdir, name), { recursive: true, force: true });
      s.glog.info({ container: name }, 'reconcile: removed a container rootfs with no record');
    } catch (err) {
      s.glog.warn({ err, container: name }, 'reconcile: could not remove a container rootfs with no record');
    }
  }

  for (const row of rows.values()) {
    const driver = s.graph.get(row.driver);
    if (!driver) {
      s.glog.warn({ container: row.container_id, driver: row.driver }, 'reconcile: rootfs driver does not run here; left as it is');
      continue;
    }
    let ok = existsSync(row.path);
    if (ok) {
      try {
        const want = driver.mountsOf(row.container_id, layerChain(s, row.layer).cacheIds);
        if (want.mounts.length && !isMountPoint(want.path, s.mountinfo)) {
          for (const m of want.mounts) await applyMount(s.run, m);
          s.glog.info({ container: row.container_id }, 'reconcile: mounted a container rootfs again');
        }
      } catch (err) {
        s.glog.warn({ err, container: row.container_id }, 'reconcile: could not mount a container rootfs again; dropping it');
        ok = false;
      }
    }
    if (!ok) {
      await unmountAll(s, containerDir(s.root, row.container_id)).catch(() => undefined);
      await driver.remove(row.container_id).catch(() => undefined);
      const gone = s.store.tx(() => {
        s.store.deleteRootfs(row.container_id);
        return dropUnusedLayers(s, row.layer);
      });
      await removeLayerDirs(s, gone);
    }
  }

  // rows nothing references (none should be: every job collects in its own transaction)
  const unreferenced = s.store.tx(() => {
    const gone = s.store.collectAll();
    s.store.collectBlobs();
    s.store.dropEmptyRepositories();
    return gone;
  });
  if (unreferenced.length) s.glog.info({ layers: unreferenced.length }, 'reconcile: removed layers nothing referenced');
  // blobs with no row: a load, import or commit a crash cut short
  await rm(stagingDir(s.root), { recursive: true, force: true });
  const blobs = sweepBlobs(s);
  if (blobs) s.glog.info({ blobs }, 'reconcile: removed blobs nothing listed');
  await removeLayerDirs(s, unreferenced);

  // directories with no row: an import or a removal a crash cut short
  const known = new Set(s.store.layers().map((l) => `${l.driver}/${l.cache_id}`));
  for (const d of s.graph.values()) {
    for (const cacheId of d.layerIds()) {
      if (known.has(`${d.id}/${cacheId}`)) continue;
      await d.removeLayer(cacheId).catch((err) => s.glog.warn({ err, cacheId }, 'reconcile: could not remove a half-made layer'));
      s.glog.info({ driver: d.id, cacheId }, 'reconcile: removed a layer directory with no record');
    }
    await d.sweep().catch((err) => s.glog.warn({ err, driver: d.id }, 'reconcile: could not sweep the driver'));
  }
}
