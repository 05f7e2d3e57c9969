export { registryClient } from './contract';
