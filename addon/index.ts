import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { KeelNative } from './native';

export type { KeelNative, NativeError } from './native';

/** Where node-gyp puts the module (addon/build/Release), whether run from source or dist/. */
function modulePath(): string | null {
  for (const base of [join(__dirname), join(__dirname, '..', '..', 'addon')]) {
    const p = join(base, 'build', 'Release', 'keel_native.node');
    if (existsSync(p)) return p;
  }
  return null;
}

let loaded: KeelNative | null | undefined;

/** The native module, or null when it is not built (deploy/setup.sh builds it). */
export function native(): KeelNative | null {
  if (loaded === undefined) {
    const p = modulePath();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded = p ? (require(p) as KeelNative) : null;
  }
  return loaded;
}
