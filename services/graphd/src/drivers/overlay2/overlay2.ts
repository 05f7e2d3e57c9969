import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { lstat, mkdir, readFile, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { native } from '../../../../../addon';
import { FailedPreconditionError } from '../../../../kit/src/errors';
import type { Changes, PreparedRootfs } from '../driver';
import { LayerDirs } from '../layer-dirs';
import { upperChanges } from './changes';

/** Base32 (A–Z, 2–7) of 16 random bytes: Docker's 26-character link ids. */
export function linkId(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const bytes = randomBytes(17);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5 && out.length < 26) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

const S_IFCHR = 0o020000;

function nativeFs() {
  const n = native();
  if (!n) throw new FailedPreconditionError('overlay2: the native module is not built (addon/)');
  return n;
}

/**
 * overlay2, laid out as Docker's: a layer is <root>/overlay2/<cache-id>/{diff, link, lower}, where
 * link holds a 26-character id and <root>/overlay2/l/<id> links to ../<cache-id>/diff, and lower
 * lists the parent chain's links ("l/A:l/B", parent first). A container's rootfs is an overlay
 * mount made from inside <root>/overlay2 with those short relative paths, so the mount data of a
 * 120-layer chain stays under a page. Deletions are kept as overlay does: a whiteout is a 0/0
 * character device, an opaque directory has trusted.overlay.opaque=y.
 */
export class Overlay2Driver extends LayerDirs {
  readonly links: string;

  constructor(root: string) {
    super('overlay2', root);
    this.links = join(this.layersRoot, 'l');
  }

  private linkOf(cacheId: string): string {
    return readFileSync(join(this.layersRoot, cacheId, 'link'), 'utf8').trim();
  }

  async createLayer(cacheId: string, parent: string | null): Promise<string> {
    const dir = await this.makeLayerDir(cacheId);
    await mkdir(this.links, { recursive: true, mode: 0o700 });
    const id = linkId();
    await symlink(join('..', cacheId, 'diff'), join(this.links, id));
    await writeFile(join(this.layersRoot, cacheId, 'link'), id, { mode: 0o644 });
    if (parent) {
      const parentLower = await readFile(join(this.layersRoot, parent, 'lower'), 'utf8').catch(() => '');
      const lower = [`l/${this.linkOf(parent)}`, ...(parentLower ? parentLower.split(':') : [])].join(':');
      await writeFile(join(this.layersRoot, cacheId, 'lower'), lower, { mode: 0o644 });
    }
    return dir;
  }

  override async removeLayer(cacheId: string): Promise<void> {
    const id = await readFile(join(this.layersRoot, cacheId, 'link'), 'utf8').catch(() => '');
    if (/^[A-Z2-7]{26}$/.test(id.trim())) await unlink(join(this.links, id.trim())).catch(() => undefined);
    await super.removeLayer(cacheId);
  }

  /** Links in l/ whose layer is gone (a crash between removing a layer and its link, or the reverse). */
  override async sweep(): Promise<void> {
    if (!existsSync(this.links)) return;
    for (const name of readdirSync(this.links)) {
      const at = join(this.links, name);
      let target: string;
      try {
        target = readlinkSync(at);
      } catch {
        continue;
      }
      if (!existsSync(join(this.links, target))) await unlink(at).catch(() => undefined);
    }
  }

  async whiteout(dir: string, rel: string): Promise<void> {
    const at = join(dir, rel);
    const st = await lstat(at).catch(() => null);
    if (st) await rm(at, { recursive: true, force: true });
    nativeFs().mknod(at, S_IFCHR, 0, 0);
  }

  async opaque(dir: string, rel: string): Promise<void> {
    nativeFs().lsetxattr(join(dir, rel), 'trusted.overlay.opaque', Buffer.from('y'));
  }

  mountsOf(key: string, chain: string[]): PreparedRootfs {
    if (!chain.length) throw new FailedPreconditionError('overlay2: a rootfs needs at least one layer');
    const dir = join(this.containers, key);
    const path = join(dir, 'merged');
    const rel = join('..', 'containers', key);
    return {
      path,
      mounts: [{
        type: 'overlay', source: 'overlay', target: path, cwd: this.layersRoot,
        options: [`lowerdir=${chain.map((c) => `l/${this.linkOf(c)}`).join(':')}`, `upperdir=${rel}/upper`, `workdir=${rel}/work`],
      }],
    };
  }

  /** The upper directory is the container's diff, in overlay's form. */
  async changes(key: string): Promise<Changes> {
    const root = join(this.containers, key, 'upper');
    return { root, changes: await upperChanges(root) };
  }

  async prepare(key: string, chain: string[]): Promise<PreparedRootfs> {
    const want = this.mountsOf(key, chain);
    await this.makeContainerDir(key, ['upper', 'work', 'merged']);
    return want;
  }
}
