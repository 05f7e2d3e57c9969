export { api } from './contract';
export { buildApp, type AppOptions } from './app';
export { HTTP_STATUS } from './errors';
