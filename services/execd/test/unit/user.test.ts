import { resolveUser } from '../../src/task/user';

const passwd = [
  'root:x:0:0:root:/root:/bin/sh',
  'daemon:x:1:1:daemon:/usr/sbin:/bin/false',
  '# a comment',
  'app:x:1000:1000::/home/app:/bin/sh',
  'broken line',
  'nobody:x:65534:65534:nobody:/nonexistent:/bin/false',
].join('\n');
const group = ['root:x:0:', 'daemon:x:1:', 'wheel:x:10:root,app', 'staff:x:50:app', 'app:x:1000:', 'nogroup:x:65534:'].join('\n');

describe('resolveUser (runc\'s GetExecUser)', () => {
  it('defaults to root with root\'s home and groups', () => {
    expect(resolveUser('', passwd, group)).toEqual({ uid: 0, gid: 0, groups: [10], home: '/root' });
  });
  it('resolves a name: its uid, primary gid, home, supplementary groups', () => {
    expect(resolveUser('app', passwd, group)).toEqual({ uid: 1000, gid: 1000, groups: [10, 50], home: '/home/app' });
  });
  it('takes a uid from passwd when listed, as is when not', () => {
    expect(resolveUser('1', passwd, group)).toEqual({ uid: 1, gid: 1, groups: [], home: '/usr/sbin' });
    expect(resolveUser('4242', passwd, group)).toEqual({ uid: 4242, gid: 0, groups: [], home: '/' });
  });
  it('an explicit group replaces the primary gid and drops supplementary groups', () => {
    expect(resolveUser('app:staff', passwd, group)).toEqual({ uid: 1000, gid: 50, groups: [], home: '/home/app' });
    expect(resolveUser('app:777', passwd, group)).toEqual({ uid: 1000, gid: 777, groups: [], home: '/home/app' });
    expect(resolveUser('4242:4343', passwd, group)).toEqual({ uid: 4242, gid: 4343, groups: [], home: '/' });
    expect(resolveUser('nobody:nogroup', passwd, group)).toMatchObject({ uid: 65534, gid: 65534 });
  });
  it('works without passwd or group files', () => {
    expect(resolveUser('', null, null)).toEqual({ uid: 0, gid: 0, groups: [], home: '/' });
    expect(resolveUser('5:6', null, null)).toEqual({ uid: 5, gid: 6, groups: [], home: '/' });
  });
  it('fails with Docker\'s messages for unknown names', () => {
    expect(() => resolveUser('nosuch', passwd, group)).toThrow('unable to find user nosuch: no matching entries in passwd file');
    expect(() => resolveUser('app:nosuch', passwd, group)).toThrow('unable to find group nosuch: no matching entries in group file');
    expect(() => resolveUser('nosuch', null, null)).toThrow(/unable to find user nosuch/);
  });
  it('refuses malformed specs', () => {
    expect(() => resolveUser('a:b:c', passwd, group)).toThrow(/invalid user/);
    expect(() => resolveUser('99999999999', passwd, group)).toThrow(/out of range/);
  });
});
