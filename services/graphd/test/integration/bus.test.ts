import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type NatsConnection, connect } from 'nats';
import { JobClient } from '../../../kit/src/client';
import { TestDaemon } from '../../../../test/helpers/daemon';
import { mountsUnder } from '../../src/drivers/mount';
import { graphd } from '../../src/contract';

/** graphd's jobs through a real keeld and bus, as the api and the engine call them. */
describe('graphd over the bus', () => {
  const d = new TestDaemon('graphd-bus');
  let nc: NatsConnection;
  let client: JobClient;

  beforeAll(async () => {
    await d.start();
    const c = d.busCredentials('keeld');
    nc = await connect({ servers: c.url.replace(/^nats:\/\//, ''), user: c.user, pass: c.password });
    client = new JobClient(nc, 'keeld', `_INBOX.${c.user}`);
  });
  afterAll(async () => {
    client?.close();
    await nc?.close();
    await d.cleanup();
    expect(mountsUnder(d.dir)).toEqual([]);
  });

  test('import, inspect, list, prepare, release, remove; service.info counts images', async () => {
    const src = join(d.dataRoot, 'tmp', 'busybox.tar.gz');
    mkdirSync(join(d.dataRoot, 'tmp'), { recursive: true });
    execFileSync('bash', [join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'busybox-rootfs.sh'), src]);

    const { image } = await client.call(graphd, 'image.import', { sourcePath: src, repo: 'busybox', changes: ['CMD ["sh"]'] }, { timeoutMs: 30_000 });
    expect(image!.repoTags).toEqual(['busybox:latest']);
    expect((await client.call(graphd, 'image.inspect', { name: 'busybox' })).image!.id).toBe(image!.id);
    expect((await client.call(graphd, 'image.list', {})).images.map((i) => i.id)).toEqual([image!.id]);
    const info = await client.call(graphd, 'service.info', {});
    expect(info.facts).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'images', value: '1' })]));

    const err = await client.call(graphd, 'image.inspect', { name: 'nope' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'NOT_FOUND', message: 'No such image: nope:latest' });

    const r = await client.call(graphd, 'rootfs.prepare', { containerId: 'c1', image: image!.id });
    expect(r.driver).toBe('overlay2');
    expect(mountsUnder(d.dataRoot)).toEqual([r.rootfsPath]);
    await expect(client.call(graphd, 'image.remove', { name: 'busybox' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await client.call(graphd, 'rootfs.release', { containerId: 'c1' });
    expect(mountsUnder(d.dataRoot)).toEqual([]);
    const rm = await client.call(graphd, 'image.remove', { name: 'busybox' });
    expect(rm.untagged).toEqual(['busybox:latest']);
    expect(rm.deleted).toEqual([image!.id, image!.layers![0]]);
  });
});
