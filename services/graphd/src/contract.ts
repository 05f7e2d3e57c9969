import { defineContract } from '../../kit/src/contract';

/** graphd's jobs (keel.graphd.<noun>.<verb>): images, layers and root filesystems land here next. */
export const graphd = defineContract('graphd', {});
