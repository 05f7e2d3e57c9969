import { ConflictError } from '../../../kit/src/errors';
import { dropUnusedLayers, resolveImage } from '../images';
import type { GraphdState } from '../state';
import type { LayerRow } from '../store/store';
import { formatReference, shortId } from './reference';

/** What a removal did: references untagged, images and layers deleted (rows gone, dirs still to go). */
export interface Removal {
  untagged: string[];
  deleted: string[];
  gone: LayerRow[];
}

export function newRemoval(): Removal {
  return { untagged: [], deleted: [], gone: [] };
}

/** dockerd's conflict kinds: hard ones (children, a running container) cannot be forced. */
const CHILDREN = 1;
const RUNNING = 2;
const REFERENCES = 4;
const STOPPED = 8;
const HARD = CHILDREN | RUNNING;
const SOFT = REFERENCES | STOPPED;

interface Conflict { hard: boolean; used: boolean; message: string }

type Ctx = Pick<GraphdState, 'store'>;

function conflictOf(ctx: Ctx, id: string, mask: number, running: Set<string>): Conflict | null {
  if (mask & CHILDREN && ctx.store.childrenOf(id).length) return { hard: true, used: false, message: 'image has dependent child images' };
  const users = ctx.store.rootfsUsing(id);
  const run = users.find((u) => running.has(u.container_id));
  if (mask & RUNNING && run) return { hard: true, used: true, message: `image is being used by running container ${shortId(run.container_id)}` };
  if (mask & REFERENCES && (ctx.store.tagsOf(id).length || ctx.store.repoDigestsOf(id).length)) {
    return { hard: false, used: false, message: 'image is referenced in multiple repositories' };
  }
  const stopped = users.find((u) => !running.has(u.container_id));
  if (mask & STOPPED && stopped) return { hard: false, used: true, message: `image is being used by stopped container ${shortId(stopped.container_id)}` };
  return null;
}

function conflictError(id: string, c: Conflict): ConflictError {
  return new ConflictError(`conflict: unable to delete ${shortId(id)} (${c.hard ? 'cannot be forced' : 'must be forced'}) - ${c.message}`);
}

/**
 * dockerd's isSingleReference: one reference, or at most one tag with digests all in its
 * repository (an image pulled by tag is known by both): removing by id takes them all.
 */
export function singleReference(tagRepos: string[], digestRepos: string[]): boolean {
  if (tagRepos.length + digestRepos.length <= 1) return tagRepos.length + digestRepos.length === 1;
  if (tagRepos.length > 1) return false;
  const single = tagRepos[0] ?? digestRepos[0];
  const canonical = new Set(digestRepos);
  return canonical.size === 1 && canonical.has(single);
}

/** Untagged, with no child: what prune and the parent walk take away. */
function dangling(ctx: Ctx, id: string): boolean {
  return !ctx.store.tagsOf(id).length && !ctx.store.repoDigestsOf(id).length && !ctx.store.childrenOf(id).length;
}

export interface RemoveOptions {
  force: boolean;
  /** take untagged, unused parents too (everything but rmi --no-prune) */
  prune: boolean;
  /** containers that run now (their images cannot go, even forced) */
  running: Set<string>;
}

/**
 * docker rmi of one name, inside a store transaction, exactly as dockerd decides: by reference it
 * untags, refusing (unless forced) to untag the last reference of an image a container uses; the
 * image goes with its last reference. By id, a single reference goes with the image; several need
 * force. Children and running containers are conflicts force cannot override. With prune, parents
 * left untagged and unused go too.
 */
export function removeByName(ctx: Ctx, name: string, o: RemoveOptions, out: Removal): void {
  const { row, ref } = resolveImage(ctx, name);
  const tags = ctx.store.tagsOf(row.id);
  let quiet = false;
  const repoOf = (d: string) => d.slice(0, d.indexOf('@'));
  if (ref) {
    if (!o.force && singleReference(tags.map((t) => t.repo), ctx.store.repoDigestsOf(row.id).map(repoOf))) {
      const user = ctx.store.rootfsUsing(row.id)[0];
      if (user) {
        throw new ConflictError(`conflict: unable to remove repository reference "${name}" (must force) - container ${shortId(user.container_id)} is using its referenced image ${shortId(row.id)}`);
      }
    }
    if (ref.digest) ctx.store.deleteRepoDigest(ref.repo, ref.digest);
    else ctx.store.deleteTag(ref.repo, ref.tag);
    out.untagged.push(formatReference(ref));
    // the last tag of a repository takes that repository's digest references with it
    if (!ref.digest && !ctx.store.tagsOf(row.id).some((t) => t.repo === ref.repo)) {
      for (const d of ctx.store.repoDigestsOf(row.id).filter((x) => repoOf(x) === ref.repo)) {
        ctx.store.deleteRepoDigest(ref.repo, d.slice(d.indexOf('@') + 1));
        out.untagged.push(d);
      }
    }
    if (ctx.store.tagsOf(row.id).length || ctx.store.repoDigestsOf(row.id).length) return;
    quiet = true;
  } else if (singleReference(tags.map((t) => t.repo), ctx.store.repoDigestsOf(row.id).map(repoOf))) {
    const c = conflictOf(ctx, row.id, HARD | (o.force ? 0 : STOPPED), o.running);
    if (c) throw conflictError(row.id, c);
    for (const t of tags) {
      ctx.store.deleteTag(t.repo, t.tag);
      out.untagged.push(`${t.repo}:${t.tag}`);
    }
    for (const d of ctx.store.repoDigestsOf(row.id)) {
      const at = d.indexOf('@');
      ctx.store.deleteRepoDigest(d.slice(0, at), d.slice(at + 1));
      out.untagged.push(d);
    }
  }
  deleteImage(ctx, row.id, o.force, o.prune, quiet, o.running, out);
}

/** dockerd's imageDeleteHelper: conflicts, then every reference, the image, its free layers, its parent. */
export function deleteImage(ctx: Ctx, id: string, force: boolean, prune: boolean, quiet: boolean, running: Set<string>, out: Removal): void {
  const c = conflictOf(ctx, id, HARD | (force ? 0 : SOFT), running);
  if (c) {
    if (quiet && (!dangling(ctx, id) || c.used)) return;
    throw conflictError(id, c);
  }
  const row = ctx.store.image(id);
  if (!row) return;
  for (const t of ctx.store.tagsOf(id)) {
    ctx.store.deleteTag(t.repo, t.tag);
    out.untagged.push(`${t.repo}:${t.tag}`);
  }
  for (const d of ctx.store.repoDigestsOf(id)) out.untagged.push(d);
  ctx.store.deleteImage(id);
  out.deleted.push(id);
  const gone = dropUnusedLayers(ctx, row.top_layer);
  out.gone.push(...gone);
  out.deleted.push(...gone.map((l) => l.chain_id));
  ctx.store.dropEmptyRepositories();
  ctx.store.collectBlobs();
  if (prune && row.parent) deleteImage(ctx, row.parent, false, prune, true, running, out);
}
