export { netd } from './contract';
