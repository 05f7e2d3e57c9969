// The one entry point to the generated protobuf code (proto/gen, made by scripts/proto.sh).
import './no-long';

export { keel } from './gen/keel';
