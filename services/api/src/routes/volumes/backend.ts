import type { keel } from '../../../../../proto';
import type { JobClient } from '../../../../kit/src';
import { execd } from '../../../../execd/src';
import type { CallCtx } from '../system/backend';

export type Volume = keel.execd.v1.IVolume;

export interface CreateVolumeArgs {
  name: string;
  driver: string;
  labels: Record<string, string>;
  driverOpts: Record<string, string>;
}

/** The volume routes' view of the daemon (execd's volume jobs: the api may call only those of execd). */
export interface VolumeBackend {
  list(filters: string[], c: CallCtx): Promise<Volume[]>;
  create(args: CreateVolumeArgs, c: CallCtx): Promise<Volume>;
  inspect(name: string, c: CallCtx): Promise<Volume>;
  remove(name: string, force: boolean, c: CallCtx): Promise<void>;
  prune(filters: string[], c: CallCtx): Promise<keel.execd.v1.IPruneVolumesResponse>;
}

export function busVolumeBackend(client: JobClient): VolumeBackend {
  return {
    list: async (filters, c) => (await client.call(execd, 'volume.list', { filters }, c)).volumes ?? [],
    create: async (a, c) => (await client.call(execd, 'volume.create', a, c)).volume ?? {},
    inspect: async (name, c) => (await client.call(execd, 'volume.inspect', { name }, c)).volume ?? {},
    remove: async (name, force, c) => {
      await client.call(execd, 'volume.remove', { name, force }, c);
    },
    prune: (filters, c) => client.call(execd, 'volume.prune', { filters }, c),
  };
}
