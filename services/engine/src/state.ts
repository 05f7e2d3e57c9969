import type { DaemonConfig, ServiceState } from '../../kit/src';

export interface EngineState extends ServiceState {
  config: DaemonConfig;
  /** The daemon's identity, made once and kept in the data-root. */
  engineId: string;
}
