/** The services the engine sends jobs to, by their own contracts. */
export { graphd } from '../../graphd/src/index';
export { execd } from '../../execd/src/index';
