import type { DaemonConfig, ServiceState } from '../../kit/src';
import type { ContainerRuntime } from './runtime';
import type { ContainerStore } from './store';

export interface EngineState extends ServiceState {
  config: DaemonConfig;
  /** The daemon's identity, made once and kept in the data-root. */
  engineId: string;
  /** The container records (engine.db). */
  store: ContainerStore;
  /** The live containers: one machine each. */
  containers: ContainerRuntime;
}
