import { ConflictError, NotFoundError } from '../../../kit/src/errors';
import { buildApp } from '../../src/app';
import { dockerMountPoints, dockerMounts, mounts, parseBind, parseMount } from '../../src/routes/containers/host-config/mounts';
import type { SystemBackend } from '../../src/routes/system/backend';
import type { CreateVolumeArgs, Volume, VolumeBackend } from '../../src/routes/volumes/backend';
import { parseFilters } from '../../src/routes/volumes/docker';

describe('-v specs (HostConfig.Binds)', () => {
  it('an absolute source is a bind whose missing host dir is made; mode words read', () => {
    expect(parseBind('/srv/data:/data')).toMatchObject({ type: 'bind', source: '/srv/data', target: '/data', readonly: false, createHostPath: true, bindSpec: '/srv/data:/data', mode: '' });
    expect(parseBind('/srv/:/data/:ro')).toMatchObject({ type: 'bind', source: '/srv', target: '/data', readonly: true, mode: 'ro' });
    expect(parseBind('/a:/b:rw,rslave,Z')).toMatchObject({ readonly: false, propagation: 'rslave' });
  });
  it('a name is a volume; a lone target an anonymous volume', () => {
    expect(parseBind('cache:/var/cache:ro,nocopy')).toMatchObject({ type: 'volume', source: 'cache', target: '/var/cache', readonly: true, noCopy: true });
    expect(parseBind('/data')).toMatchObject({ type: 'volume', source: '', target: '/data' });
    expect(parseBind('v1:/x').createHostPath).toBeFalsy();
  });
  it.each([
    ['/a:rel', /invalid volume specification: '\/a:rel': invalid mount config for type "bind": invalid mount path: 'rel' mount path must be absolute/],
    ['v:rel', /invalid mount config for type "volume": invalid mount path: 'rel' mount path must be absolute/],
    ['/a:/', /destination can't be '\/'/],
    ['/a:/b/..', /destination can't be '\/'/],
    ['/a:/b:c:d', /^invalid volume specification: '\/a:\/b:c:d'$/],
    ['/a:ro', /^invalid volume specification: '\/a:ro'$/],
    ['', /^invalid volume specification: ''$/],
    ['/a::/b', /^invalid volume specification/],
    ['/a:/b:ro,rw', /invalid mode: ro,rw/],
    ['/a:/b:fast', /invalid mode: fast/],
    ['/a:/b:nocopy', /^invalid volume specification/],
    ['v:/b:rshared', /propagation is for binds only/],
    ['./rel:/b', /create \.\/rel: "\.\/rel" includes invalid characters for a local volume name/],
    ['x:/b', /includes invalid characters/], // one character: Docker's rule wants two
  ])('%j is refused', (spec, message) => {
    expect(() => parseBind(spec)).toThrow(message);
  });
});

describe('--mount entries (HostConfig.Mounts)', () => {
  it('reads bind, volume and tmpfs entries', () => {
    expect(parseMount({ Type: 'bind', Source: '/s', Target: '/t', ReadOnly: true, BindOptions: { Propagation: 'shared' } }))
      .toMatchObject({ type: 'bind', source: '/s', target: '/t', readonly: true, propagation: 'shared', createHostPath: false });
    expect(parseMount({ Type: 'volume', Source: 'v1', Target: '/t', VolumeOptions: { NoCopy: true, Labels: { a: 'b' } } }))
      .toMatchObject({ type: 'volume', source: 'v1', noCopy: true, volumeLabels: { a: 'b' } });
    expect(parseMount({ Type: 'tmpfs', Target: '/run', TmpfsOptions: { SizeBytes: 65536, Mode: 0o1777 } }))
      .toMatchObject({ type: 'tmpfs', target: '/run', options: 'noexec,nosuid,nodev,size=65536,mode=1777' });
  });
  it.each([
    [{ Type: 'bind', Target: '/t' }, 'invalid mount config for type "bind": field Source must not be empty'],
    [{ Type: 'bind', Source: '/s' }, 'invalid mount config for type "bind": field Target must not be empty'],
    [{ Type: 'bind', Source: 'rel', Target: '/t' }, 'invalid mount config for type "bind": invalid mount path: \'rel\' mount path must be absolute'],
    [{ Type: 'volume', Source: 'v', Target: 't' }, 'invalid mount config for type "volume": invalid mount path: \'t\' mount path must be absolute'],
    [{ Type: 'volume', Source: 'v', Target: '/t', BindOptions: {} }, 'field BindOptions must not be specified'],
    [{ Type: 'bind', Source: '/s', Target: '/t', BindOptions: { Propagation: 'sideways' } }, 'invalid propagation mode: sideways'],
    [{ Type: 'npipe', Source: '/s', Target: '/t' }, 'mount type "npipe" is not supported'],
    [{ Type: 'volume', Source: 'v1', Target: '/t', VolumeOptions: { DriverConfig: { Name: 'nfs' } } }, 'volume driver "nfs" is not supported'],
    [{ Type: 'tmpfs', Source: 'x', Target: '/t' }, 'field Source must not be specified'],
  ])('%j is refused', (m, message) => {
    expect(() => parseMount(m)).toThrow(message);
  });
});

describe('HostConfig mounts in and out', () => {
  it('keeps -v entries first, then --mount ones, and refuses a target used twice', () => {
    const hc = mounts({ Binds: ['/h:/a:ro', 'vol:/b'], Mounts: [{ Type: 'bind', Source: '/s', Target: '/c' }] });
    expect(hc.binds).toEqual(['/h:/a:ro', 'vol:/b']);
    expect(hc.mounts?.map((m) => `${m.type} ${m.target}`)).toEqual(['bind /a', 'volume /b', 'bind /c']);
    expect(() => mounts({ Binds: ['/h:/a'], Mounts: [{ Type: 'volume', Source: 'v1', Target: '/a/' }] })).toThrow('Duplicate mount point: /a');
    expect(mounts({})).toEqual({ mounts: [], binds: [] });
  });
  it('gives inspect Binds, the --mount entries as Mounts, and Docker\'s MountPoint list', () => {
    const hc = mounts({ Binds: ['/h:/a:ro', 'vol:/b'], Mounts: [{ Type: 'volume', Source: 'v2', Target: '/c', ReadOnly: true }] });
    expect(dockerMounts(hc)).toEqual({ Binds: ['/h:/a:ro', 'vol:/b'], Mounts: [{ Type: 'volume', Source: 'v2', Target: '/c', ReadOnly: true }] });
    expect(dockerMounts({})).toEqual({ Binds: null });
    expect(dockerMountPoints(hc, '/d/volumes')).toEqual([
      { Type: 'bind', Source: '/h', Destination: '/a', Mode: 'ro', RW: false, Propagation: 'rprivate' },
      { Type: 'volume', Name: 'vol', Source: '/d/volumes/vol/_data', Destination: '/b', Driver: 'local', Mode: 'z', RW: true, Propagation: '' },
      { Type: 'volume', Name: 'v2', Source: '/d/volumes/v2/_data', Destination: '/c', Driver: 'local', Mode: '', RW: false, Propagation: '' },
    ]);
  });
});

describe('/volumes routes', () => {
  const vol = (name: string): Volume => ({ name, driver: 'local', mountpoint: `/d/volumes/${name}/_data`, createdMs: 1_700_000_000_000, labels: { a: 'b' }, scope: 'local', usedBy: [] });
  function app() {
    const calls: unknown[][] = [];
    const backend: VolumeBackend = {
      async list(filters) { calls.push(['list', filters]); return [vol('one'), vol('two')]; },
      async create(args: CreateVolumeArgs) { calls.push(['create', args]); return vol(args.name || 'gen'); },
      async inspect(name) { if (name !== 'one') throw new NotFoundError(`get ${name}: no such volume`, { verbatim: true }); return vol(name); },
      async remove(name, force) {
        calls.push(['remove', name, force]);
        if (name === 'busy') throw new ConflictError('remove busy: volume is in use - [abc]');
      },
      async prune(filters) { calls.push(['prune', filters]); return { volumesDeleted: ['x'], spaceReclaimed: 12 }; },
    };
    return { app: buildApp({ system: {} as SystemBackend, volumes: backend }), calls };
  }

  it('lists, creates (201), inspects and prunes in Docker\'s shapes', async () => {
    const { app: a, calls } = app();
    const ls = await a.inject({ method: 'GET', url: `/v1.41/volumes?filters=${encodeURIComponent('{"dangling":["true"],"label":{"a=b":true}}')}` });
    expect(ls.statusCode).toBe(200);
    expect(ls.json()).toEqual({
      Volumes: ['one', 'two'].map((n) => ({ CreatedAt: expect.stringMatching(/^2023-11-14T22:13:20/), Driver: 'local', Labels: { a: 'b' }, Mountpoint: `/d/volumes/${n}/_data`, Name: n, Options: null, Scope: 'local' })),
      Warnings: [],
    });
    expect(calls[0]).toEqual(['list', ['dangling=true', 'label=a=b']]);
    const c = await a.inject({ method: 'POST', url: '/volumes/create', payload: { Name: 'new', Labels: { k: 'v' } } });
    expect(c.statusCode).toBe(201);
    expect(c.json()).toMatchObject({ Name: 'new', Driver: 'local' });
    expect(calls[1]).toEqual(['create', { name: 'new', driver: '', labels: { k: 'v' }, driverOpts: {} }]);
    expect((await a.inject({ method: 'GET', url: '/volumes/one' })).json()).toMatchObject({ Name: 'one' });
    const p = await a.inject({ method: 'POST', url: '/volumes/prune' });
    expect(p.json()).toEqual({ VolumesDeleted: ['x'], SpaceReclaimed: 12 });
  });

  it('answers 404, 409, 400 with Docker\'s message bodies, 204 on removal', async () => {
    const { app: a, calls } = app();
    const missing = await a.inject({ method: 'GET', url: '/volumes/nope' });
    expect([missing.statusCode, missing.json()]).toEqual([404, { message: 'get nope: no such volume' }]);
    const busy = await a.inject({ method: 'DELETE', url: '/volumes/busy' });
    expect([busy.statusCode, busy.json()]).toEqual([409, { message: 'remove busy: volume is in use - [abc]' }]);
    const ok = await a.inject({ method: 'DELETE', url: '/volumes/idle?force=1' });
    expect(ok.statusCode).toBe(204);
    expect(calls).toContainEqual(['remove', 'idle', true]);
    const bad = await a.inject({ method: 'POST', url: '/volumes/create', payload: { Labels: { k: 1 } } });
    expect([bad.statusCode, bad.json().message]).toEqual([400, 'Labels must be an object of strings']);
    const badFilter = await a.inject({ method: 'GET', url: '/volumes?filters=notjson' });
    expect(badFilter.statusCode).toBe(400);
  });

  it('reads both forms of the filters parameter', () => {
    expect(parseFilters('{"name":["a","b"]}')).toEqual(['name=a', 'name=b']);
    expect(parseFilters('{"label":{"x":true,"y":false}}')).toEqual(['label=x']);
    expect(parseFilters(undefined)).toEqual([]);
    expect(() => parseFilters('[1]')).toThrow('invalid filter');
  });
});
