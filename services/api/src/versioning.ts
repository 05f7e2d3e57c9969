import { API_VERSION, MIN_API_VERSION } from '../../kit/src';

export { API_VERSION, MIN_API_VERSION };

const PREFIX = /^\/v(\d+)\.(\d+)(?=\/|$)/;

function cmp(a: string, b: string): number {
  const [am, an] = a.split('.').map(Number);
  const [bm, bn] = b.split('.').map(Number);
  return am - bm || an - bn;
}

/**
 * Splits an optional /vX.Y prefix off a request path, as dockerd serves every route with and
 * without it. Returns the path to route and, when the version is outside what keel serves, the
 * message of the 400 to answer with.
 */
export function splitVersion(url: string): { path: string; version: string | null; error: string | null } {
  const m = PREFIX.exec(url);
  if (!m) return { path: url, version: null, error: null };
  const version = `${Number(m[1])}.${Number(m[2])}`;
  const path = url.slice(m[0].length) || '/';
  if (cmp(version, API_VERSION) > 0) {
    return { path, version, error: `client version ${version} is too new. Maximum supported API version is ${API_VERSION}` };
  }
  if (cmp(version, MIN_API_VERSION) < 0) {
    return { path, version, error: `client version ${version} is too old. Minimum supported API version is ${MIN_API_VERSION}, please upgrade your client to a newer version` };
  }
  return { path, version, error: null };
}
