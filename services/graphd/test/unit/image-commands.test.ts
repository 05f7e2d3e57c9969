import { link, mkdir, mkdtemp, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { treeChanges } from '../../src/drivers/vfs/changes';
import { danglingFilter, globRegExp, groupFilters, matchLabels, referenceMatches, untilMs } from '../../src/image/filters';
import { checkNewReference } from '../../src/image/reference';
import { singleReference } from '../../src/image/remove';
import { EMPTY_LAYER_DIFF_ID, exportChanges } from '../../src/layer/export';
import { ByteReader, nextHeader } from '../../src/layer/tar-reader';
import { TAR_END, tarHeader, tarPad } from '../../src/layer/tar-writer';
import { createHash } from 'node:crypto';

async function entries(stream: Readable) {
  const r = new ByteReader(stream[Symbol.asyncIterator]());
  const out: { name: string; type: string; data: string; linkname: string; mode: number; xattrs: string[] }[] = [];
  for (let h = await nextHeader(r); h; h = await nextHeader(r)) {
    const data: Buffer[] = [];
    await r.pipe(h.size, (c) => { data.push(Buffer.from(c)); });
    out.push({ name: h.name, type: h.type, data: Buffer.concat(data).toString(), linkname: h.linkname, mode: h.mode, xattrs: [...h.xattrs.keys()] });
  }
  return out;
}

describe('image filters', () => {
  test('reference patterns follow Go\'s path.Match, against repo:tag and the repo alone', () => {
    expect(referenceMatches(['bb'], 'bb', '1')).toBe(true);
    expect(referenceMatches(['bb:*'], 'bb', '1')).toBe(true);
    expect(referenceMatches(['b?:1'], 'bb', '1')).toBe(true);
    expect(referenceMatches(['bb:2'], 'bb', '1')).toBe(false);
    expect(referenceMatches(['*'], 'example.com/x/bb', 'latest')).toBe(false); // * never crosses a /
    expect(referenceMatches(['*/*/bb'], 'example.com/x/bb', 'latest')).toBe(true);
    expect(referenceMatches(['[a-c]b'], 'bb', 'x')).toBe(true);
    expect(referenceMatches(['[!b]b'], 'bb', 'x')).toBe(false);
    expect(globRegExp('a.b').test('axb')).toBe(false);
    expect(() => globRegExp('[abc')).toThrow(/syntax error in pattern/);
  });

  test('labels: a key, or key=value; negated ones must not hold', () => {
    const l = { a: '1', b: '' };
    expect(matchLabels(l, ['a'])).toBe(true);
    expect(matchLabels(l, ['a=1', 'b='])).toBe(true);
    expect(matchLabels(l, ['a=2'])).toBe(false);
    expect(matchLabels(l, [], ['a'])).toBe(false);
    expect(matchLabels(l, ['a'], ['c'])).toBe(true);
  });

  test('grouping refuses unknown keys; dangling takes only true or false; until takes times and durations', () => {
    expect(groupFilters([{ key: 'label', value: 'a' }, { key: 'label', value: 'b' }], ['label'])).toEqual(new Map([['label', ['a', 'b']]]));
    expect(() => groupFilters([{ key: 'x', value: '1' }], ['label'])).toThrow("invalid filter 'x'");
    expect(danglingFilter(new Map())).toBeNull();
    expect(danglingFilter(new Map([['dangling', ['TRUE']]]))).toBe(true);
    expect(danglingFilter(new Map([['dangling', ['0']]]))).toBe(false);
    expect(() => danglingFilter(new Map([['dangling', ['true', 'false']]]))).toThrow(/invalid filter/);
    expect(untilMs('1700000000')).toBe(1_700_000_000_000);
    expect(untilMs('10m', 1_000_000)).toBe(1_000_000 - 600_000);
    expect(untilMs('2024-01-01T00:00:00Z')).toBe(Date.parse('2024-01-01T00:00:00Z'));
    expect(() => untilMs('soon')).toThrow(/invalid filter 'until=soon'/);
  });

  test('a new reference: lower-case repository, a well-formed tag, no digest', () => {
    expect(checkNewReference('bb', '')).toEqual({ repo: 'bb', tag: 'latest', digest: '' });
    expect(checkNewReference('localhost:5000/a/b', 'v1')).toEqual({ repo: 'localhost:5000/a/b', tag: 'v1', digest: '' });
    expect(() => checkNewReference('BB', '')).toThrow('invalid reference format: repository name must be lowercase');
    expect(() => checkNewReference('bb', '-x')).toThrow('invalid tag format');
    expect(() => checkNewReference(`bb@sha256:${'a'.repeat(64)}`, '')).toThrow('refusing to create a tag with a digest reference');
  });
});

test('single reference, as dockerd counts it for rmi by id', () => {
  expect(singleReference([], [])).toBe(false);
  expect(singleReference(['bb'], [])).toBe(true);
  expect(singleReference([], ['bb'])).toBe(true);
  expect(singleReference(['bb', 'bb'], [])).toBe(false);
  expect(singleReference(['bb'], ['bb', 'bb'])).toBe(true);
  expect(singleReference(['bb'], ['other'])).toBe(false);
  expect(singleReference([], ['bb', 'bb'])).toBe(true);
  expect(singleReference([], ['bb', 'other'])).toBe(false);
});

describe('layer export', () => {
  let dir: string;
  beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'export-')); });
  afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

  test('tar headers read back: long names and link targets through PAX, xattrs, modes', async () => {
    const long = `${'d'.repeat(120)}/f`;
    const bytes = Buffer.concat([
      tarHeader({ name: 'a/', type: 'dir', size: 0, mode: 0o1777, uid: 0, gid: 0, mtime: 1 }),
      tarHeader({ name: long, type: 'file', size: 3, mode: 0o4755, uid: 1000, gid: 1000, mtime: 1, xattrs: { 'security.capability': Buffer.from([1, 2]) } }),
      Buffer.from('abc'), tarPad(3),
      tarHeader({ name: 'l', type: 'symlink', size: 0, mode: 0o777, uid: 0, gid: 0, mtime: 1, linkname: `/${'t'.repeat(150)}` }),
      TAR_END,
    ]);
    expect(await entries(Readable.from([bytes]))).toEqual([
      { name: 'a/', type: 'dir', data: '', linkname: '', mode: 0o1777, xattrs: [] },
      { name: long, type: 'file', data: 'abc', linkname: '', mode: 0o4755, xattrs: ['security.capability'] },
      { name: 'l', type: 'symlink', data: '', linkname: `/${'t'.repeat(150)}`, mode: 0o777, xattrs: [] },
    ]);
  });

  test('an empty change set is the empty layer', async () => {
    const chunks: Buffer[] = [];
    for await (const c of exportChanges(dir, [])) chunks.push(c as Buffer);
    expect(`sha256:${createHash('sha256').update(Buffer.concat(chunks)).digest('hex')}`).toBe(EMPTY_LAYER_DIFF_ID);
  });

  test('a copy compared with its layer: additions, changes, deletions, whole new trees, hard links', async () => {
    const lower = join(dir, 'lower');
    const upper = join(dir, 'upper');
    for (const root of [lower, upper]) {
      await mkdir(join(root, 'etc'), { recursive: true });
      await mkdir(join(root, 'same'), { recursive: true });
      await writeFile(join(root, 'etc', 'passwd'), 'root\n');
      await writeFile(join(root, 'same', 'f'), 'x');
      await utimes(join(root, 'etc', 'passwd'), 1, 1);
      await utimes(join(root, 'same', 'f'), 1, 1);
    }
    await writeFile(join(lower, 'etc', 'group'), 'g');
    await writeFile(join(lower, 'gone'), 'g');
    await writeFile(join(upper, 'etc', 'passwd'), 'root\nuser\n');
    await mkdir(join(upper, 'opt', 'x'), { recursive: true });
    await writeFile(join(upper, 'opt', 'x', 'a'), 'A');
    await link(join(upper, 'opt', 'x', 'a'), join(upper, 'opt', 'x', 'b'));
    await symlink('/etc/passwd', join(upper, 'opt', 'p'));
    const changes = await treeChanges(lower, upper);
    expect(changes).toEqual([
      { path: 'etc', kind: 'change' },
      { path: 'etc/group', kind: 'delete' },
      { path: 'etc/passwd', kind: 'change' },
      { path: 'gone', kind: 'delete' },
      { path: 'opt', kind: 'change' },
      { path: 'opt/p', kind: 'change' },
      { path: 'opt/x', kind: 'change' },
      { path: 'opt/x/a', kind: 'change' },
      { path: 'opt/x/b', kind: 'change' },
    ]);
    const got = await entries(exportChanges(upper, changes));
    expect(got.map((e) => [e.name, e.type, e.data, e.linkname])).toEqual([
      ['etc/', 'dir', '', ''],
      ['etc/.wh.group', 'file', '', ''],
      ['etc/passwd', 'file', 'root\nuser\n', ''],
      ['.wh.gone', 'file', '', ''],
      ['opt/', 'dir', '', ''],
      ['opt/p', 'symlink', '', '/etc/passwd'],
      ['opt/x/', 'dir', '', ''],
      ['opt/x/a', 'file', 'A', ''],
      ['opt/x/b', 'link', '', 'opt/x/a'],
    ]);
  });

  test('an opaque directory is marked after its entry', async () => {
    await mkdir(join(dir, 'd'));
    const got = await entries(exportChanges(dir, [{ path: 'd', kind: 'change', opaque: true }]));
    expect(got.map((e) => e.name)).toEqual(['d/', 'd/.wh..wh..opq']);
  });
});

describe('layer export keeps to its root', () => {
  let dir: string;
  beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'export-escape-')); });
  afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

  test('a directory swapped for a link after the walk: the host file behind it is not read', async () => {
    const upper = join(dir, 'upper');
    const host = join(dir, 'host');
    await mkdir(join(upper, 'd'), { recursive: true });
    await mkdir(host);
    await writeFile(join(upper, 'd', 'secret'), 'mine');
    await writeFile(join(host, 'secret'), 'HOST SECRET');
    const changes = [{ path: 'd', kind: 'change' as const }, { path: 'd/secret', kind: 'change' as const }];
    // the walk saw a real d/secret; now d leads out of the root
    await rm(join(upper, 'd'), { recursive: true });
    await symlink(host, join(upper, 'd'));
    const got = await entries(exportChanges(upper, changes));
    expect(got.map((e) => e.data).join('')).not.toContain('HOST');
    expect(got.map((e) => [e.name, e.type])).toEqual([['d', 'symlink']]);
  });

  test('a root reached through a link still exports its files', async () => {
    await mkdir(join(dir, 'real'));
    await writeFile(join(dir, 'real', 'f'), 'x');
    await symlink(join(dir, 'real'), join(dir, 'via'));
    const got = await entries(exportChanges(join(dir, 'via'), [{ path: 'f', kind: 'change' }]));
    expect(got.map((e) => [e.name, e.data])).toEqual([['f', 'x']]);
  });
});
