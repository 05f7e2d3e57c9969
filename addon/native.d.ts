/** Everything the native module (addon/src/*.cc, built as build/Release/keel_native.node) exports. */

/** A failed syscall: never a bare number. */
export interface NativeError extends Error {
  code: string;     // 'EPERM'
  errno: number;
  syscall: string;  // 'prctl'
  path?: string;
}

export interface KeelNative {
  /**
   * prctl(PR_SET_PDEATHSIG, signo): the kernel signals this process when its parent exits.
   * Returns false when the parent is no longer expectedParentPid (it died before the call).
   */
  setParentDeathSignal(signo: number, expectedParentPid: number): boolean;
}
