/** A mount, as data: what `mount -t type -o options source target` would do. */
export interface Mount {
  type: string;
  source: string;
  options: string[];
  target: string;
  /** Directory to mount from, when options hold paths relative to it (overlay2's short lowerdir). */
  cwd?: string;
}

/** A container's root filesystem as a driver lays it out: the path, and the mounts that make it. */
export interface PreparedRootfs {
  path: string;
  /** Mounts to apply, in order, before path is the rootfs; none when the directory itself is it. */
  mounts: Mount[];
}

/**
 * One difference of a container's root filesystem from its image's: a path (relative to the
 * root) added or changed, or deleted; an opaque directory hides everything its lower layers had.
 */
export interface Change {
  path: string;
  kind: 'change' | 'delete';
  opaque?: boolean;
}

/** A container's changes, parents before their children; changed entries are read under root. */
export interface Changes {
  root: string;
  changes: Change[];
}

/**
 * A graph driver. Terms: a *layer* is a committed, read-only directory tree named by its cache id,
 * made over a parent layer of the same driver (or none); a *chain* is a layer and its ancestors,
 * top first; a *key* is a container's writable layer over a chain.
 * Lifecycle: createLayer(cacheId, parent) → filled by applyLayer (whiteouts and opaque
 * directories through whiteout/opaque, in this driver's form) → removeLayer; prepare(key, chain)
 * → mounts applied by the caller → (unmounted by the caller) → remove(key).
 * Idempotency: removeLayer and remove of something missing do nothing; prepare of a key that
 * already has a directory fails (the caller decides whether that is a retry).
 */
export interface GraphDriver {
  readonly id: string;
  /** Makes a new layer over parent (a cache id of this driver, or null) and returns the directory to fill. */
  createLayer(cacheId: string, parent: string | null): Promise<string>;
  /** Where a layer's tree lives. */
  layerDir(cacheId: string): string;
  /** The cache ids of every layer directory on disk (reconcile compares them with the store). */
  layerIds(): string[];
  removeLayer(cacheId: string): Promise<void>;
  /** Records, in the layer being filled at dir, that rel (a path relative to it) is deleted. */
  whiteout(dir: string, rel: string): Promise<void>;
  /** Records that directory rel hides what lower layers have in it; keep(path) says what this layer wrote. */
  opaque(dir: string, rel: string, keep: (rel: string) => boolean): Promise<void>;
  /** Creates key's writable layer over chain (cache ids, top first); mounts come back as data. */
  prepare(key: string, chain: string[]): Promise<PreparedRootfs>;
  /** The mounts that make key's rootfs again (after a reboot), without creating anything. */
  mountsOf(key: string, chain: string[]): PreparedRootfs;
  /** What key's writable layer changed over chain (cache ids, top first): commit's new layer. */
  changes(key: string, chain: string[]): Promise<Changes>;
  /** Removes key's directories; the caller has unmounted them. */
  remove(key: string): Promise<void>;
  /** Removes what a crash left of this driver's own bookkeeping (dangling links). */
  sweep(): Promise<void>;
  /** Safe to call twice. */
  close(): Promise<void>;
}
