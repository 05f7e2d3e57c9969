/** A mount, as data: what `mount -t type -o options source target` would do. */
export interface Mount {
  type: string;
  source: string;
  options: string[];
  target: string;
}

/** A container's root filesystem as a driver lays it out: the path, and the mounts that make it. */
export interface PreparedRootfs {
  path: string;
  /** Mounts to apply, in order, before path is the rootfs; none when the directory itself is it. */
  mounts: Mount[];
}

/**
 * A graph driver. Terms: a *layer* is a committed, read-only directory tree (a diff) named by its
 * cache id; a *key* is a container's writable layer over a stack of layers.
 * Lifecycle: createLayer → (filled by the caller) → removeLayer; prepare(key) → mounts applied by
 * the caller → (unmounted by the caller) → remove(key).
 * Idempotency: removeLayer and remove of something missing do nothing; prepare of a key that
 * already has a directory fails (the caller decides whether that is a retry). Any driver can stack
 * any driver's layers: a layer is a plain directory.
 */
export interface GraphDriver {
  readonly id: string;
  /** Makes an empty directory for a new layer and returns it; the caller fills it. */
  createLayer(cacheId: string): Promise<string>;
  /** Where a layer's tree lives. */
  layerDir(cacheId: string): string;
  /** Directory under which every layer of this driver lives (reconcile scans it). */
  readonly layersRoot: string;
  removeLayer(cacheId: string): Promise<void>;
  /** Creates key's writable layer over lowers (layer dirs, top first); mounts come back as data. */
  prepare(key: string, lowers: string[]): Promise<PreparedRootfs>;
  /** The mounts that make key's rootfs again (after a reboot), without creating anything. */
  mountsOf(key: string, lowers: string[]): PreparedRootfs;
  /** Removes key's directories; the caller has unmounted them. */
  remove(key: string): Promise<void>;
  /** Safe to call twice. */
  close(): Promise<void>;
}
