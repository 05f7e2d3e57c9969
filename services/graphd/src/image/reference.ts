import { InvalidArgumentError } from '../../../kit/src/errors';

/** An image reference: repo (familiar form, lower-case), tag, and an optional digest. */
export interface Reference {
  repo: string;
  tag: string;
  digest: string;
}

// distribution/reference's grammar
const ALNUM = '[a-z0-9]+';
const SEPARATOR = '(?:[._]|__|[-]+)';
const PATH_COMPONENT = `${ALNUM}(?:${SEPARATOR}${ALNUM})*`;
const DOMAIN_COMPONENT = '(?:[a-z0-9]|[a-z0-9][a-z0-9-]*[a-z0-9])';
const DOMAIN = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*(?::[0-9]+)?`;
const NAME_RE = new RegExp(`^(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
const TAG_RE = /^[\w][\w.-]{0,127}$/;
const DIGEST_RE = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const FULL_HEX_RE = /^[a-f0-9]{64}$/;

export const DEFAULT_TAG = 'latest';

/**
 * Parses "repo", "repo:tag", "host:5000/a/b:tag", "repo@sha256:…". The repo is lower-cased and put
 * in its familiar form ("docker.io/library/busybox" → "busybox"); a missing tag is "latest" unless a
 * digest is given. A malformed reference is INVALID_ARGUMENT.
 */
export function parseReference(input: string, defaultTag = DEFAULT_TAG): Reference {
  const s = input.trim();
  if (!s) throw new InvalidArgumentError('invalid reference format: repository name must have at least one component');
  let rest = s;
  let digest = '';
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST_RE.test(digest)) throw new InvalidArgumentError(`invalid reference format: bad digest in "${input}"`);
  }
  let tag = '';
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG_RE.test(tag)) throw new InvalidArgumentError(`invalid reference format: bad tag "${tag}" in "${input}"`);
  }
  const name = rest.toLowerCase();
  if (!name || name.length > 255 || !NAME_RE.test(name)) {
    throw new InvalidArgumentError(`invalid reference format: "${input}" is not a valid repository name`);
  }
  if (FULL_HEX_RE.test(name)) {
    throw new InvalidArgumentError(`invalid repository name (${name}), cannot specify 64-byte hexadecimal strings`);
  }
  return { repo: familiarName(name), tag: tag || (digest ? '' : defaultTag), digest };
}

/** "docker.io/library/busybox" → "busybox", "docker.io/foo/bar" → "foo/bar"; others unchanged. */
export function familiarName(name: string): string {
  let n = name;
  for (const prefix of ['docker.io/', 'index.docker.io/']) {
    if (n.startsWith(prefix)) {
      n = n.slice(prefix.length);
      if (n.startsWith('library/') && n.split('/').length === 2) n = n.slice('library/'.length);
      break;
    }
  }
  return n;
}

/** "busybox:latest", or "busybox@sha256:…". */
export function formatReference(r: Reference): string {
  return r.digest ? `${r.repo}@${r.digest}` : `${r.repo}:${r.tag}`;
}

/** An image id written as a full id ("sha256:<64 hex>" or the bare 64 hex), normalized; or null. */
export function fullImageId(name: string): string | null {
  const m = /^(?:sha256:)?([a-f0-9]{64})$/.exec(name);
  return m ? `sha256:${m[1]}` : null;
}

/** A short id prefix ("sha256:" optional, 1–63 hex), as bare hex; or null. */
export function idPrefix(name: string): string | null {
  const m = /^(?:sha256:)?([a-f0-9]{1,63})$/.exec(name);
  return m ? m[1] : null;
}

/** The 12-hex short form Docker prints. */
export function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}

/**
 * The reference a new tag (docker tag, commit) is given as repo and tag, checked as dockerd
 * checks it: a repository name must be lower-case, the tag well-formed, no digest.
 */
export function checkNewReference(repo: string, tag: string): Reference {
  if (repo.includes('@')) throw new InvalidArgumentError('refusing to create a tag with a digest reference');
  const slash = repo.lastIndexOf('/');
  const colon = repo.lastIndexOf(':');
  const name = colon > slash ? repo.slice(0, colon) : repo;
  if (name !== name.toLowerCase() && NAME_RE.test(name.toLowerCase())) {
    throw new InvalidArgumentError('invalid reference format: repository name must be lowercase');
  }
  if (tag && !TAG_RE.test(tag)) throw new InvalidArgumentError('invalid tag format');
  const ref = parseReference(tag ? `${repo}:${tag}` : repo);
  if (ref.digest) throw new InvalidArgumentError('refusing to create a tag with a digest reference');
  return ref;
}
