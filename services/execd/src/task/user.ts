import { InvalidArgumentError } from '../../../kit/src/errors';

/** Who the container's process runs as, resolved from the image's /etc/passwd and /etc/group. */
export interface ExecUser {
  uid: number;
  gid: number;
  /** supplementary groups */
  groups: number[];
  home: string;
}

interface PasswdEntry { name: string; uid: number; gid: number; home: string }
interface GroupEntry { name: string; gid: number; members: string[] }

const MAX_ID = 2 ** 31 - 1;

function numeric(s: string): number | null {
  return /^[0-9]+$/.test(s) ? Number(s) : null;
}

function inRange(n: number, what: string): number {
  if (!Number.isSafeInteger(n) || n < 0 || n > MAX_ID) throw new InvalidArgumentError(`${what} ${n} is out of range`);
  return n;
}

export function parsePasswd(text: string): PasswdEntry[] {
  const out: PasswdEntry[] = [];
  for (const line of text.split('\n')) {
    const f = line.trim().split(':');
    if (f.length < 4 || !f[0] || line.trim().startsWith('#')) continue;
    const uid = numeric(f[2]!), gid = numeric(f[3]!);
    if (uid === null || gid === null) continue;
    out.push({ name: f[0]!, uid, gid, home: f[5] ?? '' });
  }
  return out;
}

export function parseGroup(text: string): GroupEntry[] {
  const out: GroupEntry[] = [];
  for (const line of text.split('\n')) {
    const f = line.trim().split(':');
    if (f.length < 3 || !f[0] || line.trim().startsWith('#')) continue;
    const gid = numeric(f[2]!);
    if (gid === null) continue;
    out.push({ name: f[0]!, gid, members: (f[3] ?? '').split(',').map((m) => m.trim()).filter(Boolean) });
  }
  return out;
}

/**
 * runc's GetExecUser: spec is "", "uid", "uid:gid", "name", "name:group" (mixed too). A name
 * must be in passwd (group); a number needn't be. Without an explicit group, the user's primary
 * gid applies and its supplementary groups are those of /etc/group that list it. passwd and
 * group are the files' contents, null when the image has none.
 */
export function resolveUser(spec: string, passwd: string | null, group: string | null): ExecUser {
  const parts = spec.split(':');
  if (parts.length > 2) throw new InvalidArgumentError(`invalid user "${spec}": expected user[:group]`);
  const [userArg = '', groupArg = ''] = parts;
  const user: ExecUser = { uid: 0, gid: 0, groups: [], home: '/' };
  const uidArg = numeric(userArg), gidArg = numeric(groupArg);
  const users = parsePasswd(passwd ?? '');
  const match = users.find((u) => (userArg === '' ? u.uid === user.uid : uidArg !== null ? u.uid === uidArg : u.name === userArg));
  if (match) {
    user.uid = match.uid;
    user.gid = match.gid;
    user.home = match.home || '/';
  } else if (userArg !== '') {
    if (uidArg === null) throw new InvalidArgumentError(`unable to find user ${userArg}: no matching entries in passwd file`);
    user.uid = inRange(uidArg, 'uid');
  }
  if (groupArg !== '' || match) {
    const groups = parseGroup(group ?? '').filter((g) => (groupArg === ''
      ? g.members.includes(match!.name)
      : gidArg !== null ? g.gid === gidArg : g.name === groupArg));
    if (groupArg !== '') {
      if (groups.length) user.gid = groups[0]!.gid;
      else if (gidArg === null) throw new InvalidArgumentError(`unable to find group ${groupArg}: no matching entries in group file`);
      else user.gid = inRange(gidArg, 'gid');
    } else {
      user.groups = groups.map((g) => g.gid);
    }
  }
  return user;
}

/**
 * --group-add: each entry a group name of the image's /etc/group or a gid, added to the user's
 * supplementary groups (runc's GetAdditionalGroups).
 */
export function addGroups(user: ExecUser, add: readonly string[], group: string | null): ExecUser {
  if (!add.length) return user;
  const groups = parseGroup(group ?? '');
  const gids = [...user.groups];
  for (const a of add) {
    const g = groups.find((e) => e.name === a);
    const n = numeric(a);
    let gid: number;
    if (g) gid = g.gid;
    else if (n !== null) gid = inRange(n, 'gid');
    else throw new InvalidArgumentError(`Unable to find group ${a}: no matching entries in group file`);
    if (!gids.includes(gid)) gids.push(gid);
  }
  return { ...user, groups: gids };
}
