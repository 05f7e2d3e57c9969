export { execd } from './contract';
