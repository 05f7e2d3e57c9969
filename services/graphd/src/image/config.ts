import { createHash } from 'node:crypto';
import type { RunConfig } from './changes';

/** Docker's image config JSON (the object whose digest is the image id). */
/** One entry of an image config's history (the image spec's names). */
export interface HistoryItem {
  created?: string;
  author?: string;
  created_by?: string;
  comment?: string;
  empty_layer?: boolean;
}

export interface ImageConfigFile {
  architecture: string;
  author?: string;
  comment?: string;
  config: RunConfig;
  container?: string;
  created: string;
  docker_version?: string;
  history: HistoryItem[];
  os: 'linux';
  rootfs: { type: 'layers'; diff_ids: string[] };
}

export interface BuildConfigOpts {
  architecture: string;
  config: RunConfig;
  diffIds: string[];
  created: Date;
  comment: string;
}

/** The config JSON of an imported image and its id ("sha256:" + sha256 of exactly these bytes). */
export function buildImageConfig(o: BuildConfigOpts): { json: string; id: string; file: ImageConfigFile } {
  const created = o.created.toISOString();
  const file: ImageConfigFile = {
    architecture: o.architecture,
    ...(o.comment ? { comment: o.comment } : {}),
    config: {
      Cmd: o.config.Cmd, Entrypoint: o.config.Entrypoint, Env: o.config.Env, WorkingDir: o.config.WorkingDir,
      User: o.config.User, Labels: o.config.Labels, ExposedPorts: o.config.ExposedPorts, StopSignal: o.config.StopSignal,
    },
    created,
    history: [{ created, comment: o.comment || 'Imported from -' }],
    os: 'linux',
    rootfs: { type: 'layers', diff_ids: o.diffIds },
  };
  const json = JSON.stringify(file);
  return { json, id: imageId(json), file };
}

export function imageId(configJson: string): string {
  return `sha256:${createHash('sha256').update(configJson).digest('hex')}`;
}
