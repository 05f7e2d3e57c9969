import { defineContract } from '../../kit/src/contract';

/** api serves HTTP, not jobs: only the kit's own jobs (ping, info, metrics). */
export const api = defineContract('api', {});
