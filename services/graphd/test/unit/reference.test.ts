import { familiarName, formatReference, fullImageId, idPrefix, parseReference, shortId } from '../../src/image/reference';

describe('image references', () => {
  test.each([
    ['busybox', 'busybox', 'latest'],
    ['busybox:1.36', 'busybox', '1.36'],
    ['BusyBox:Tag_1', 'busybox', 'Tag_1'],
    ['docker.io/library/busybox:x', 'busybox', 'x'],
    ['docker.io/foo/bar', 'foo/bar', 'latest'],
    ['localhost:5000/a/b-c:v2', 'localhost:5000/a/b-c', 'v2'],
    ['my.registry.example/team/app', 'my.registry.example/team/app', 'latest'],
    ['a__b/c.d', 'a__b/c.d', 'latest'],
  ])('%s → %s:%s', (input, repo, tag) => {
    expect(parseReference(input)).toEqual({ repo, tag, digest: '' });
  });

  test('digest references keep no default tag', () => {
    const d = `sha256:${'a'.repeat(64)}`;
    expect(parseReference(`busybox@${d}`)).toEqual({ repo: 'busybox', tag: '', digest: d });
    expect(formatReference(parseReference(`busybox@${d}`))).toBe(`busybox@${d}`);
  });

  test.each(['', ' ', 'a:', ':tag', 'a/', '-a', 'a//b', 'a:b:c', 'a@sha256:12', 'a:-bad', 'a b', '_x', 'a:' + 'x'.repeat(129), 'a'.repeat(256)])(
    'refuses %j', (input) => {
      expect(() => parseReference(input)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    });

  test('a 64-hex repository name is refused (it would read as an id)', () => {
    expect(() => parseReference('a'.repeat(64))).toThrow(/64-byte hexadecimal/);
  });

  test('familiar names', () => {
    expect(familiarName('docker.io/library/ubuntu')).toBe('ubuntu');
    expect(familiarName('docker.io/library/a/b')).toBe('library/a/b');
    expect(familiarName('quay.io/x/y')).toBe('quay.io/x/y');
  });

  test('ids and prefixes', () => {
    const hex = 'ab'.repeat(32);
    expect(fullImageId(hex)).toBe(`sha256:${hex}`);
    expect(fullImageId(`sha256:${hex}`)).toBe(`sha256:${hex}`);
    expect(fullImageId('abc')).toBeNull();
    expect(idPrefix('sha256:abc')).toBe('abc');
    expect(idPrefix('a')).toBe('a');
    expect(idPrefix('xyz')).toBeNull();
    expect(idPrefix(hex)).toBeNull();
    expect(shortId(`sha256:${hex}`)).toBe(hex.slice(0, 12));
  });
});
