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

  /**
   * Starts file with args by posix_spawn (vfork: nothing of Node is copied) in a new session,
   * stdio on /dev/null, default signal dispositions, empty signal mask. Resolves when that
   * process exits (its wait runs on a thread of its own): for keel-shim, once it has forked its
   * daemon. Throws a NativeError (syscall 'posix_spawn') when it cannot be started.
   */
  spawnDetached(file: string, args: string[]): Promise<{ pid: number; exitCode: number | null; signal: number | null }>;

  /** lsetxattr(2): sets an extended attribute, never following a final symbolic link. */
  lsetxattr(path: string, name: string, value: Buffer): void;

  /** lgetxattr(2): the attribute's value, or null when it is not set (ENODATA). */
  lgetxattr(path: string, name: string): Buffer | null;

  /** Loads insns (struct bpf_insn records) as a BPF_PROG_TYPE_CGROUP_DEVICE program and attaches it to the cgroup v2 directory. */
  attachDeviceFilter(cgroupDir: string, insns: Buffer): void;

  /** mknod(2): mode carries the type (S_IFCHR, S_IFBLK, S_IFIFO) and the permission bits. */
  mknod(path: string, mode: number, major: number, minor: number): void;
}
