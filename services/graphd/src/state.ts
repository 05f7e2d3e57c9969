import type { keel } from '../../../proto';
import type { MessageType, ServiceState } from '../../kit/src';
import type { GraphDriver } from './drivers/driver';
import type { Runner } from './drivers/mount';
import type { GraphStore } from './store/store';

/** What graphd logs through (pino's Logger fits; tests pass a quiet one). */
export interface GraphLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

export interface GraphdState extends ServiceState {
  /** <data-root>/graphd */
  root: string;
  /** <data-root>: import sources must lie inside it */
  dataRoot: string;
  /** What service.info reports: every graph driver, skipped or not, and the default. */
  drivers: keel.kit.v1.IDriverInfo[];
  store: GraphStore;
  /** The drivers that run here, by id. */
  graph: Map<string, GraphDriver>;
  /** The driver of new layers and root filesystems. */
  defaultDriver: string;
  /** mount, umount, cp */
  run: Runner;
  /** Where to read the mount table (tests may point elsewhere). */
  mountinfo: string;
  /** Go's name of this machine's architecture (amd64, arm64, …). */
  architecture: string;
  /** rootfs.prepare and rootfs.commit jobs in flight, by container id (a retry, a release or another commit waits for them). */
  preparing: Map<string, Promise<unknown>>;
  glog: GraphLog;
  /** Publishes keel.events.graphd.<topic> in the current job's trace (best effort; a no-op in tests without a bus). */
  publish<I>(topic: string, type: MessageType<I>, payload: I): void;
}
