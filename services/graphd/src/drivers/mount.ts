import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Mount } from './driver';

/** Runs a command; rejects with its stderr. Injectable so tests can record or fake commands. */
export type Runner = (cmd: string, args: string[], opts?: { cwd?: string }) => Promise<void>;

export const execRunner: Runner = (cmd, args, opts = {}) => new Promise((resolve, reject) => {
  execFile(cmd, args, { timeout: 60_000, cwd: opts.cwd }, (err, _stdout, stderr) => {
    if (err) reject(new Error(`${cmd} ${args.join(' ')}: ${String(stderr).trim() || err.message}`, { cause: err }));
    else resolve();
  });
});

export function mountArgs(m: Mount): string[] {
  return ['-t', m.type, ...(m.options.length ? ['-o', m.options.join(',')] : []), m.source, m.target];
}

/** Longest mount data the kernel takes (one page, less some slack). */
export const MAX_MOUNT_DATA = 4000;

export async function applyMount(run: Runner, m: Mount): Promise<void> {
  if (m.options.join(',').length > MAX_MOUNT_DATA) {
    throw new Error(`mount ${m.target}: options are ${m.options.join(',').length} bytes, more than the kernel takes`);
  }
  if (m.cwd) await run('mount', mountArgs(m), { cwd: m.cwd });
  else await run('mount', mountArgs(m));
}

export async function unmount(run: Runner, target: string): Promise<void> {
  await run('umount', [target]);
}

/** Mount points listed in a mountinfo file (octal escapes decoded). */
export function mountPoints(mountinfo = '/proc/self/mountinfo'): string[] {
  let text: string;
  try {
    text = readFileSync(mountinfo, 'utf8');
  } catch {
    return [];
  }
  return text.split('\n').filter(Boolean).map((line) => line.split(' ')[4]
    .replace(/\\([0-7]{3})/g, (_m, o: string) => String.fromCharCode(parseInt(o, 8))));
}

export function isMountPoint(path: string, mountinfo?: string): boolean {
  return mountPoints(mountinfo).includes(path);
}

/** Mount points at or under dir, deepest first (the order to unmount them). */
export function mountsUnder(dir: string, mountinfo?: string): string[] {
  const prefix = dir.endsWith('/') ? dir : `${dir}/`;
  return [...new Set(mountPoints(mountinfo).filter((p) => p === dir || p.startsWith(prefix)))]
    .sort((a, b) => b.length - a.length);
}
