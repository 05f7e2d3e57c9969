import { spawn } from 'node:child_process';
import { native } from '../../../../addon';

export interface FirstExit {
  exitCode: number | null;
  signal: number | string | null;
}

/**
 * Starts keel-shim for a bundle. It daemonizes: the process started here forks the shim proper
 * and exits, so the container is never execd's child. The promise settles when that first
 * process exits. The addon's posix_spawn (vfork) is used when built: Node's spawn forks all of
 * execd, which costs milliseconds and blocks the event loop meanwhile.
 */
export function startShim(shim: string, bundle: string): Promise<FirstExit> {
  const addon = native();
  if (addon) {
    try {
      return addon.spawnDetached(shim, [bundle]);
    } catch (err) {
      return Promise.reject(err);
    }
  }
  return new Promise((resolve, reject) => {
    const child = spawn(shim, [bundle], { detached: true, stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', (exitCode, signal) => resolve({ exitCode, signal }));
  });
}
