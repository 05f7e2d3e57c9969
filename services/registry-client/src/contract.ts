import { defineContract } from '../../kit/src/contract';

/** registry-client's jobs (keel.registry-client.<noun>.<verb>): search, pull and push land here next. */
export const registryClient = defineContract('registry-client', {});
