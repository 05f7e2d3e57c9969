import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConflictError, InvalidArgumentError, NotFoundError } from '../../../kit/src/errors';
import { buildApp } from '../../src/app';
import type { CommitArgs, FilterPairs, Image, ImageBackend } from '../../src/routes/images/backend';
import type { SystemBackend } from '../../src/routes/system/backend';

const IMG = `sha256:${'b'.repeat(64)}`;
const PARENT = `sha256:${'e'.repeat(64)}`;
const dir = mkdtempSync(join(tmpdir(), 'api-img-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fake() {
  const calls: { m: string; args: unknown[] }[] = [];
  const image: Image = {
    id: IMG, repoTags: ['bb:c1'], createdMs: 1_700_000_000_500, created: '2023-11-14T22:13:20.5Z', size: 2000, sharedSize: 1500, containers: 2,
    parent: PARENT, author: 'me', comment: 'msg', container: 'c'.repeat(64), config: { cmd: ['sh'], cmdSet: true, labels: { a: '1' } },
    layers: [`sha256:${'1'.repeat(64)}`, `sha256:${'2'.repeat(64)}`], os: 'linux', architecture: 'amd64', driver: 'vfs',
  };
  const vol = join(dir, 'vols', 'v1');
  mkdirSync(vol, { recursive: true });
  writeFileSync(join(vol, 'f'), 'x'.repeat(100));
  const images: ImageBackend = {
    async list(all, _c, filters?: FilterPairs) { calls.push({ m: 'list', args: [all, filters] }); return [image]; },
    async inspect() { return image; },
    async remove() { return { untagged: [], deleted: [] }; },
    async import() { return image; },
    async load() { throw new Error('load is not part of these routes'); },
    async save() { throw new Error('save is not part of these routes'); },
    async tag(source, repo, tag) {
      calls.push({ m: 'tag', args: [source, repo, tag] });
      if (source === 'nosuch') throw new NotFoundError('No such image: nosuch:latest', { verbatim: true });
      if (repo === 'BAD') throw new InvalidArgumentError('invalid reference format: repository name must be lowercase');
    },
    async history(name) {
      calls.push({ m: 'history', args: [name] });
      if (name === 'nosuch') throw new NotFoundError('No such image: nosuch:latest', { verbatim: true });
      return [{ id: IMG, created: 1_700_000_000, createdBy: 'sh -c x', size: 5, comment: 'msg', tags: ['bb:c1'] }, { id: '<missing>', created: 1, size: 0, tags: [] }];
    },
    async prune(all, filters) {
      calls.push({ m: 'prune', args: [all, filters] });
      return all ? { untagged: ['bb:1'], deleted: [IMG, PARENT], spaceReclaimed: 1234 } : { spaceReclaimed: 0 };
    },
    async commit(a: CommitArgs) {
      calls.push({ m: 'commit', args: [a] });
      if (a.container === 'nosuch') throw new NotFoundError('No such container: nosuch', { verbatim: true });
      if (a.container === 'dying') throw new ConflictError('You cannot commit container x which is being removed');
      return image;
    },
    async diskUsage() {
      return {
        images: [image], layersSize: 2500, rootfs: new Map([['c'.repeat(64), { sizeRw: 7, sizeRootFs: 2007 }]]),
        containers: [{ id: 'c'.repeat(64), name: 'c1', imageId: IMG, createdMs: 1, config: { image: 'bb:c1', hostConfig: { binds: [] } }, state: { status: 'running', running: true } }],
        volumes: [{ name: 'v1', driver: 'local', mountpoint: vol, createdMs: 1 }],
      };
    },
  };
  return { calls, app: buildApp({ system: {} as SystemBackend, images, tmpDir: join(dir, 'tmp') }) };
}

describe('image command routes', () => {
  test('GET /images/json passes all and the filters; the summary carries the parent', async () => {
    const { app, calls } = fake();
    const filters = encodeURIComponent(JSON.stringify({ dangling: { false: true }, label: ['a=1'] }));
    const r = await app.inject({ method: 'GET', url: `/v1.41/images/json?all=1&filters=${filters}` });
    expect(r.statusCode).toBe(200);
    expect(calls[0]).toEqual({ m: 'list', args: [true, [{ key: 'dangling', value: 'false' }, { key: 'label', value: 'a=1' }]] });
    expect(r.json()[0]).toMatchObject({ Id: IMG, ParentId: PARENT, Containers: -1, SharedSize: -1, Created: 1_700_000_000, Labels: { a: '1' } });
    expect((await app.inject({ method: 'GET', url: '/images/json?filters=notjson' })).json()).toEqual({ message: 'invalid filter: notjson' });
  });

  test('GET /images/{name}/history: Docker\'s items, names with slashes and colons', async () => {
    const { app, calls } = fake();
    const r = await app.inject({ method: 'GET', url: '/v1.41/images/127.0.0.1:5000/bb:1/history' });
    expect(r.statusCode).toBe(200);
    expect(calls[0]).toEqual({ m: 'history', args: ['127.0.0.1:5000/bb:1'] });
    expect(r.json()).toEqual([
      { Id: IMG, Created: 1_700_000_000, CreatedBy: 'sh -c x', Size: 5, Comment: 'msg', Tags: ['bb:c1'] },
      { Id: '<missing>', Created: 1, CreatedBy: '', Size: 0, Comment: '', Tags: null },
    ]);
    const missing = await app.inject({ method: 'GET', url: '/images/nosuch/history' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ message: 'No such image: nosuch:latest' });
  });

  test('GET /images/{name}/json shows parent, author, container and the config\'s created', async () => {
    const { app } = fake();
    const r = (await app.inject({ method: 'GET', url: '/images/bb:c1/json' })).json();
    expect(r).toMatchObject({ Parent: PARENT, Author: 'me', Comment: 'msg', Container: 'c'.repeat(64), Created: '2023-11-14T22:13:20.5Z', GraphDriver: { Name: 'vfs' } });
  });

  test('POST /images/{name}/tag: 201 and no body; errors as Docker\'s', async () => {
    const { app, calls } = fake();
    const r = await app.inject({ method: 'POST', url: '/v1.41/images/bb/tag?repo=127.0.0.1:5000/bb&tag=1' });
    expect(r.statusCode).toBe(201);
    expect(r.body).toBe('');
    expect(calls[0]).toEqual({ m: 'tag', args: ['bb', '127.0.0.1:5000/bb', '1'] });
    expect((await app.inject({ method: 'POST', url: '/images/nosuch/tag?repo=x' })).statusCode).toBe(404);
    const bad = await app.inject({ method: 'POST', url: '/images/bb/tag?repo=BAD' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toEqual({ message: 'invalid reference format: repository name must be lowercase' });
  });

  test('POST /images/prune: dangling=false means all; the report in Docker\'s shape', async () => {
    const { app, calls } = fake();
    const f = (o: object) => encodeURIComponent(JSON.stringify(o));
    const some = await app.inject({ method: 'POST', url: `/images/prune?filters=${f({ dangling: { true: true } })}` });
    expect(some.json()).toEqual({ ImagesDeleted: null, SpaceReclaimed: 0 });
    const all = await app.inject({ method: 'POST', url: `/images/prune?filters=${f({ dangling: { false: true }, until: { '1h': true } })}` });
    expect(all.json()).toEqual({ ImagesDeleted: [{ Untagged: 'bb:1' }, { Deleted: IMG }, { Deleted: PARENT }], SpaceReclaimed: 1234 });
    expect(calls.map((c) => c.args)).toEqual([[false, []], [true, [{ key: 'until', value: '1h' }]]]);
    const bad = await app.inject({ method: 'POST', url: `/images/prune?filters=${f({ dangling: { maybe: true } })}` });
    expect(bad.statusCode).toBe(400);
  });

  test('POST /commit: 201 {"Id"}; the tag inside repo; pause unless pause=0; errors mapped', async () => {
    const { app, calls } = fake();
    const r = await app.inject({ method: 'POST', url: '/v1.41/commit?container=c1&repo=bb:c1&comment=msg&author=me&changes=ENV%20A%3D1&changes=CMD%20%5B%22sh%22%5D' });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toEqual({ Id: IMG });
    expect(calls[0].args[0]).toEqual({ container: 'c1', repo: 'bb', tag: 'c1', comment: 'msg', author: 'me', changes: ['ENV A=1', 'CMD ["sh"]'], pause: true });
    await app.inject({ method: 'POST', url: '/commit?container=c1&pause=0' });
    expect(calls[1].args[0]).toMatchObject({ repo: '', tag: '', pause: false });
    expect((await app.inject({ method: 'POST', url: '/commit?container=nosuch' })).json()).toEqual({ message: 'No such container: nosuch' });
    expect((await app.inject({ method: 'POST', url: '/commit?container=dying' })).statusCode).toBe(409);
    expect((await app.inject({ method: 'POST', url: '/commit' })).statusCode).toBe(400);
    expect((await app.inject({ method: 'POST', url: '/commit?container=c1&tag=x' })).statusCode).toBe(400);
  });

  test('GET /system/df: images with counts, containers with sizes, volumes with their use', async () => {
    const { app } = fake();
    const r = (await app.inject({ method: 'GET', url: '/v1.41/system/df' })).json();
    expect(r).toMatchObject({ LayersSize: 2500, BuildCache: [], BuilderSize: 0 });
    expect(r.Images[0]).toMatchObject({ Id: IMG, Containers: 2, SharedSize: 1500, Size: 2000 });
    expect(r.Containers[0]).toMatchObject({ Id: 'c'.repeat(64), Names: ['/c1'], SizeRw: 7, SizeRootFs: 2007 });
    expect(r.Volumes[0]).toMatchObject({ Name: 'v1', UsageData: { RefCount: 0, Size: 100 } });
  });
});
