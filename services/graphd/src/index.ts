export { graphd } from './contract';
export { ByteReader, nextHeader } from './layer/tar-reader';
