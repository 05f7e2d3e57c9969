// 64-bit fields are plain numbers everywhere in keel (sizes, times in ms): protobufjs is told
// to do without Long before the generated code loads.
import * as protobuf from 'protobufjs/minimal';

protobuf.util.Long = undefined as unknown as typeof protobuf.util.Long;
protobuf.configure();
