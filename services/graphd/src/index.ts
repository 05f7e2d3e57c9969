export { graphd } from './contract';
