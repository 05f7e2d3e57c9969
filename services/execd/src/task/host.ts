import { lstatSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { keel } from '../../../../proto';
import { InvalidArgumentError } from '../../../kit/src/errors';
import { capsOfMask } from './caps';
import { type Confinement, type DeviceNode, NO_CONFINEMENT } from './confine';

/** The host facts confinement needs, read here so the plan's compiler stays pure. */

const S_IFMT = 0o170000, S_IFCHR = 0o020000, S_IFBLK = 0o060000;
const isDevice = (mode: number) => (mode & S_IFMT) === S_IFCHR || (mode & S_IFMT) === S_IFBLK;

/** major/minor of a dev_t as glibc's gnu_dev_major/minor split it */
function devNumbers(rdev: number): { major: number; minor: number } {
  const r = BigInt(rdev);
  return {
    major: Number(((r >> 8n) & 0xfffn) | ((r >> 32n) & ~0xfffn)),
    minor: Number((r & 0xffn) | ((r >> 12n) & ~0xffn)),
  };
}

/** --device HOST[:CONTAINER]: the host node (symlinks followed) as a node to make at CONTAINER. */
export function hostDevice(onHost: string, inContainer: string, root = ''): DeviceNode {
  let st;
  try {
    st = statSync(root + onHost);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new InvalidArgumentError(`error gathering device information while adding custom device "${onHost}": ${e.code === 'ENOENT' ? 'no such file or directory' : e.message}`);
  }
  if (!isDevice(st.mode)) throw new InvalidArgumentError(`error gathering device information while adding custom device "${onHost}": not a device node`);
  return { path: inContainer || onHost, mode: st.mode, ...devNumbers(st.rdev), uid: st.uid, gid: st.gid };
}

/** Dirs of /dev runc's HostDevices leaves out, and /dev/console. */
const SKIP_DIRS = new Set(['pts', 'shm', 'fd', 'mqueue', '.lxc', '.lxd-mounts', '.udev']);

/**
 * --device HOST[:CONTAINER] of a directory (e.g. /dev/snd): every device node under it, at the
 * same place under CONTAINER (Docker's rule); a file: that node.
 */
export function hostDeviceTree(onHost: string, inContainer: string, root = ''): DeviceNode[] {
  let dir = false;
  try {
    dir = statSync(root + onHost).isDirectory();
  } catch {
    // hostDevice says why
  }
  if (!dir) return [hostDevice(onHost, inContainer, root)];
  const base = onHost.replace(/\/+$/, '');
  const to = (inContainer || onHost).replace(/\/+$/, '');
  const nodes = hostDevices(root, base).map((d) => ({ ...d, path: to + d.path.slice(base.length) }));
  if (!nodes.length) throw new InvalidArgumentError(`error gathering device information while adding custom device "${onHost}": no device nodes under it`);
  return nodes;
}

/** Every device node under the host's /dev, or under dir (runc's HostDevices, for --privileged). */
export function hostDevices(root = '', dir = '/dev'): DeviceNode[] {
  const out: DeviceNode[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(root + dir);
    } catch {
      return;
    }
    for (const name of names.sort()) {
      const p = join(dir, name);
      let st;
      try {
        st = lstatSync(root + p);
      } catch {
        continue;
      }
      if (st.isDirectory()) {
        if (!SKIP_DIRS.has(name)) walk(p);
      } else if (isDevice(st.mode) && p !== '/dev/console') {
        out.push({ path: p, mode: st.mode, ...devNumbers(st.rdev), uid: st.uid, gid: st.gid });
      }
    }
  };
  walk(dir);
  return out;
}

/** The capabilities of execd's own bounding set: no container can have more. */
export function hostCaps(): string[] {
  const m = /^CapBnd:\s*([0-9a-f]+)$/m.exec(readFileSync('/proc/self/status', 'utf8'));
  return capsOfMask(m?.[1] ?? '0');
}

/** HostConfig's confinement options with the host facts they need. */
export function confinementOf(hc: keel.common.v1.IHostConfig | null | undefined): Confinement {
  if (!hc) return { ...NO_CONFINEMENT, allCaps: hostCaps() };
  const s = hc.security ?? {};
  const privileged = Boolean(s.privileged);
  const devices = (hc.devices ?? []).flatMap((d) => hostDeviceTree(d.pathOnHost ?? '', d.pathInContainer ?? ''));
  if (privileged) {
    const taken = new Set(devices.map((d) => d.path));
    devices.unshift(...hostDevices().filter((d) => !taken.has(d.path)));
  }
  return {
    capAdd: s.capAdd ?? [],
    capDrop: s.capDrop ?? [],
    privileged,
    seccomp: s.seccomp ?? '',
    noNewPrivileges: Boolean(s.noNewPrivileges),
    readonlyRootfs: Boolean(s.readonlyRootfs),
    ulimits: (hc.ulimits ?? []).map((u) => ({ name: u.name ?? '', soft: Number(u.soft ?? 0), hard: Number(u.hard ?? 0) })),
    devices,
    allCaps: hostCaps(),
  };
}
