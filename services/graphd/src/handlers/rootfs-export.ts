import { spawn } from 'node:child_process';
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, sep } from 'node:path';
import type { keel } from '../../../../proto';
import { InternalError, InvalidArgumentError, NotFoundError } from '../../../kit/src/errors';
import { checkContainerId } from '../rootfs';
import type { GraphdState } from '../state';

/**
 * docker export: a container's root filesystem (its image's layers and its own changes, as the
 * container sees them, without the mounts made inside it) as a tar written to path, a new file
 * inside the data-root that the caller streams and removes. Owners stay numeric; xattrs, links
 * and devices are kept. The tar is written by GNU tar, which reads the tree without following links.
 */
export async function exportRootfs(req: keel.graphd.v1.ExportRootfsRequest, ctx: GraphdState): Promise<keel.graphd.v1.IExportRootfsResponse> {
  const cid = checkContainerId(req.containerId);
  const row = ctx.store.rootfs(cid);
  if (!row) throw new NotFoundError(`root filesystem of container ${cid}`);
  if (!req.path || existsSync(req.path)) throw new InvalidArgumentError('export: path must name a new file');
  const parent = realpathSync(dirname(req.path));
  if (!(parent + sep).startsWith(realpathSync(ctx.dataRoot) + sep)) throw new InvalidArgumentError(`export: ${req.path} is not inside the data-root`);
  if (!existsSync(row.path)) throw new NotFoundError(`root filesystem of container ${cid} (${row.path})`);
  const names = readdirSync(row.path);
  const args = ['-C', row.path, '--numeric-owner', '--xattrs', "--xattrs-include=*", '--format=posix', '--pax-option=delete=atime,delete=ctime',
    '-cf', req.path, '--', ...(names.length ? names : [])];
  if (!names.length) args.push('--files-from=/dev/null');
  try {
    await new Promise<void>((resolve, reject) => {
      const p = spawn('tar', args, { stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      p.stderr.on('data', (d: Buffer) => { if (err.length < 4096) err += d.toString(); });
      p.on('error', reject);
      // 1: a file changed while it was read (a running container): the tar is still whole
      p.on('exit', (code) => (code === 0 || code === 1 ? resolve() : reject(new InternalError(`export: tar of ${cid}'s root filesystem failed: ${err.trim() || `exit ${code}`}`))));
    });
  } catch (err) {
    await rm(req.path, { force: true });
    throw err;
  }
  return { size: statSync(req.path).size };
}
