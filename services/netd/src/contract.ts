import { defineContract } from '../../kit/src/contract';

/** netd's jobs (keel.netd.<noun>.<verb>): networks, endpoints and port maps land here next. */
export const netd = defineContract('netd', {});
