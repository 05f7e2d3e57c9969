import { InvalidArgumentError } from '../../../kit/src/errors';

/** Capability numbers (<linux/capability.h>). */
export const CAPS: Readonly<Record<string, number>> = {
  CAP_CHOWN: 0, CAP_DAC_OVERRIDE: 1, CAP_DAC_READ_SEARCH: 2, CAP_FOWNER: 3, CAP_FSETID: 4, CAP_KILL: 5, CAP_SETGID: 6,
  CAP_SETUID: 7, CAP_SETPCAP: 8, CAP_LINUX_IMMUTABLE: 9, CAP_NET_BIND_SERVICE: 10, CAP_NET_BROADCAST: 11, CAP_NET_ADMIN: 12,
  CAP_NET_RAW: 13, CAP_IPC_LOCK: 14, CAP_IPC_OWNER: 15, CAP_SYS_MODULE: 16, CAP_SYS_RAWIO: 17, CAP_SYS_CHROOT: 18,
  CAP_SYS_PTRACE: 19, CAP_SYS_PACCT: 20, CAP_SYS_ADMIN: 21, CAP_SYS_BOOT: 22, CAP_SYS_NICE: 23, CAP_SYS_RESOURCE: 24,
  CAP_SYS_TIME: 25, CAP_SYS_TTY_CONFIG: 26, CAP_MKNOD: 27, CAP_LEASE: 28, CAP_AUDIT_WRITE: 29, CAP_AUDIT_CONTROL: 30,
  CAP_SETFCAP: 31, CAP_MAC_OVERRIDE: 32, CAP_MAC_ADMIN: 33, CAP_SYSLOG: 34, CAP_WAKE_ALARM: 35, CAP_BLOCK_SUSPEND: 36,
  CAP_AUDIT_READ: 37, CAP_PERFMON: 38, CAP_BPF: 39, CAP_CHECKPOINT_RESTORE: 40,
};

/** Docker's default set (moby daemon/pkg/oci/caps/defaults.go; containerd's is the same). */
export const DEFAULT_CAPS: readonly string[] = [
  'CAP_CHOWN', 'CAP_DAC_OVERRIDE', 'CAP_FSETID', 'CAP_FOWNER', 'CAP_MKNOD', 'CAP_NET_RAW', 'CAP_SETGID', 'CAP_SETUID',
  'CAP_SETFCAP', 'CAP_SETPCAP', 'CAP_NET_BIND_SERVICE', 'CAP_SYS_CHROOT', 'CAP_KILL', 'CAP_AUDIT_WRITE',
];

/** The numbers of named capabilities, sorted; an unknown name is an error. */
export function capNumbers(names: readonly string[]): number[] {
  const out = new Set<number>();
  for (const n of names) {
    const c = CAPS[n];
    if (c === undefined) throw new InvalidArgumentError(`unknown capability "${n}"`);
    out.add(c);
  }
  return [...out].sort((a, b) => a - b);
}

/** The sets as /proc/PID/status prints them: 16 hex digits. */
export function capMask(numbers: readonly number[]): string {
  return numbers.reduce((m, n) => m | (1n << BigInt(n)), 0n).toString(16).padStart(16, '0');
}

/** The process's capability sets, by number. */
export interface CapSets {
  bounding: number[];
  effective: number[];
  permitted: number[];
  inheritable: number[];
  ambient: number[];
}

/**
 * The sets a container's process gets, as moby's oci.SetCapabilities makes them: the list in the
 * bounding set always; in effective and permitted only for uid 0 (execve would clear them for any
 * other uid anyway); inheritable and ambient empty (CVE-2022-24769).
 */
export function capSets(names: readonly string[], uid: number): CapSets {
  const list = capNumbers(names);
  return { bounding: list, effective: uid === 0 ? list : [], permitted: uid === 0 ? list : [], inheritable: [], ambient: [] };
}

/** Docker's name of a capability: upper case, "CAP_" added; "ALL" stays; an unknown one is an error. */
export function normalizeCap(name: string): string {
  const up = name.toUpperCase();
  if (up === 'ALL') return 'ALL';
  const c = up.startsWith('CAP_') ? up : `CAP_${up}`;
  if (CAPS[c] === undefined) throw new InvalidArgumentError(`unknown capability: ${c}`);
  return c;
}

/**
 * Every capability keel knows that is in a bounding set as /proc/PID/status prints it (CapBnd:
 * hex): what "ALL" and --privileged mean on this host (the kernel's, less what keel itself lacks).
 */
export function capsOfMask(hex: string): string[] {
  const mask = BigInt(`0x${hex.trim() || '0'}`);
  return Object.keys(CAPS).filter((c) => (mask >> BigInt(CAPS[c]!)) & 1n);
}

/**
 * The container's capability list, by moby's TweakCapabilities: privileged gets them all; an
 * "ALL" in add gives every capability but the dropped ones; an "ALL" in drop leaves only the
 * added ones; else the defaults minus the dropped plus the added.
 */
export function tweakCaps(adds: readonly string[], drops: readonly string[], privileged: boolean, all: readonly string[]): string[] {
  const add = adds.map(normalizeCap);
  const drop = drops.map(normalizeCap);
  if (privileged) return [...all];
  if (!add.length && !drop.length) return [...DEFAULT_CAPS];
  if (add.includes('ALL')) return all.filter((c) => !drop.includes(c));
  if (drop.includes('ALL')) return [...new Set(add)];
  return [...new Set([...DEFAULT_CAPS.filter((c) => !drop.includes(c)), ...add])];
}
