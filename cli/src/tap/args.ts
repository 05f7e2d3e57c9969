// Decodes a job's args by the name of their type, by reflection over proto/gen/descriptor.json
// (every message of every service, so the tap needs no table of jobs). Loaded by bus tap only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as protobuf from 'protobufjs';

let root: protobuf.Root | null = null;
const types = new Map<string, protobuf.Type>();

/** proto/gen/descriptor.json, beside the sources or beside dist/ (scripts/build.sh copies it). */
export function descriptorPath(): string {
  return join(__dirname, '..', '..', '..', 'proto', 'gen', 'descriptor.json');
}

function lookup(argsType: string): protobuf.Type {
  let t = types.get(argsType);
  if (!t) {
    root ??= protobuf.Root.fromJSON(JSON.parse(readFileSync(descriptorPath(), 'utf8')) as protobuf.INamespace);
    t = root.lookupType(argsType.replace(/^\./, ''));
    types.set(argsType, t);
  }
  return t;
}

/** The args as a plain object: 64-bit numbers as numbers, enums by name, defaults left out. */
export function decodeArgs(argsType: string, args: Uint8Array): unknown {
  const t = lookup(argsType);
  return t.toObject(t.decode(args), { longs: Number, enums: String, bytes: String, defaults: false });
}
