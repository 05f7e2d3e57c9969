export { keeld } from './contract';
export { SERVICES, type ServiceName } from './permissions';
