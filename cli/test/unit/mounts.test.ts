import { mountsBody, parseMountFlag } from '../../src/commands/host-config/mounts';
import { parseLabels } from '../../src/commands/volumes';

describe('--mount values (as the docker CLI reads them)', () => {
  it('reads bind, volume and tmpfs fields into HostConfig.Mounts entries', () => {
    expect(parseMountFlag('type=bind,source=/s,target=/t,readonly,bind-propagation=rslave')).toEqual({
      Type: 'bind', Source: '/s', Target: '/t', ReadOnly: true, BindOptions: { Propagation: 'rslave' },
    });
    expect(parseMountFlag('src=data,dst=/d,volume-nocopy,volume-label=a=b=c,ro=false')).toEqual({
      Type: 'volume', Source: 'data', Target: '/d', ReadOnly: false, VolumeOptions: { NoCopy: true, Labels: { a: 'b=c' } },
    });
    expect(parseMountFlag('type=tmpfs,destination=/run,tmpfs-size=64m,tmpfs-mode=1770')).toEqual({
      Type: 'tmpfs', Target: '/run', TmpfsOptions: { SizeBytes: 64 * 1024 * 1024, Mode: 0o1770 },
    });
  });
  it.each([
    ['type=bind,source=/s,target=/t,colour=red', "unexpected key 'colour' in 'colour=red'"],
    ['type=bind,source', "invalid field 'source' must be a key=value pair"],
    ['type=bind,source=/s', 'target is required'],
    ['type=volume,target=/t,bind-propagation=shared', "cannot mix 'bind-*' options with mount type 'volume'"],
    ['type=bind,source=/s,target=/t,readonly=perhaps', 'invalid value for readonly: perhaps'],
    ['type=tmpfs,target=/t,tmpfs-size=lots', 'invalid value for tmpfs-size: lots'],
  ])('refuses %j with exit 125', (spec, message) => {
    let err: unknown;
    try {
      parseMountFlag(spec);
    } catch (e) {
      err = e;
    }
    expect(err).toMatchObject({ exitCode: 125, message: `invalid argument "${spec}" for "--mount" flag: ${message}` });
  });
  it('sends -v as Binds verbatim and nothing without flags', () => {
    expect(mountsBody({ volume: ['/h:/c:ro', 'v1:/d'] })).toEqual({ Binds: ['/h:/c:ro', 'v1:/d'] });
    expect(mountsBody({})).toEqual({});
  });
  it('reads --label k=v and bare k', () => {
    expect(parseLabels(['a=b', 'c', 'd=e=f'])).toEqual({ a: 'b', c: '', d: 'e=f' });
    expect(() => parseLabels(['=x'])).toThrow('invalid label: =x');
  });
});
