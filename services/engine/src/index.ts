export { engine } from './contract';
