import { defineContract } from '../../kit/src/contract';

/** execd's jobs (keel.execd.<noun>.<verb>): container processes land here next. */
export const execd = defineContract('execd', {});
