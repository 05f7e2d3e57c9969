import { EngineBus, engine, errorOf } from '../helpers/engine-bus';

/**
 * container.create's bad input through a real keeld, graphd and execd: each a clear error, and
 * nothing half-made left (no record, no rootfs mount, no task bundle).
 */
describe('engine: container.create refuses bad input over the bus', () => {
  const b = new EngineBus('engine-create');
  beforeAll(async () => {
    await b.start();
    await b.importBusybox();
  });
  afterAll(() => b.stop());

  const nothingLeft = async () => {
    expect((await b.client.call(engine, 'container.list', { all: true })).containers).toEqual([]);
    expect(b.leftovers()).toEqual({ mounts: [], bundles: [] });
  };

  test('unknown image: NOT_FOUND with Docker’s words', async () => {
    expect(await errorOf(b.create({ image: 'nosuch', cmd: ['true'] }))).toMatchObject({ code: 'NOT_FOUND', message: 'No such image: nosuch:latest' });
    expect(await errorOf(b.create({ image: 'nosuch:2', cmd: ['true'] }))).toMatchObject({ code: 'NOT_FOUND', message: 'No such image: nosuch:2' });
    await nothingLeft();
  });

  test('bad env syntax names the entry', async () => {
    for (const bad of ['=x', '']) {
      const e = await errorOf(b.create({ image: 'busybox', cmd: ['true'], env: ['A=1', bad] }));
      expect(e.code).toBe('INVALID_ARGUMENT');
      expect(e.message).toContain(`invalid environment variable: ${bad === '' ? '""' : '"=x"'}`);
    }
    await nothingLeft();
  });

  test('empty command: the image has none and none is given', async () => {
    // busybox here has CMD ["sh"]; an entrypoint set empty and an empty cmd leaves sh; so use an entrypoint of ""
    const e = await errorOf(b.create({ image: 'busybox', entrypoint: [''], entrypointSet: true }));
    expect(e).toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringContaining('No command specified') });
    await nothingLeft();
  });

  test('bad names, unsupported network modes', async () => {
    expect(await errorOf(b.create({ image: 'busybox', cmd: ['true'] }, '_bad'))).toMatchObject({
      code: 'INVALID_ARGUMENT', message: 'Invalid container name (_bad), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed',
    });
    expect(await errorOf(b.create({ image: 'busybox', cmd: ['true'], networkMode: 'bridge' }))).toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringContaining('"bridge"') });
    await nothingLeft();
  });

  test('a name in use is a conflict naming the holder; the first container is untouched', async () => {
    const { id } = await b.create({ image: 'busybox', cmd: ['true'] }, 'web');
    expect(id).toMatch(/^[a-f0-9]{64}$/);
    expect(await errorOf(b.create({ image: 'busybox', cmd: ['true'] }, '/web'))).toMatchObject({
      code: 'CONFLICT',
      message: `Conflict. The container name "/web" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.`,
    });
    const list = (await b.client.call(engine, 'container.list', { all: true })).containers;
    expect(list.map((c) => c.id)).toEqual([id]);
    expect(list[0]).toMatchObject({ name: 'web', state: { status: 'created', running: false } });
    await b.client.call(engine, 'container.remove', { id: 'web' });
    await nothingLeft();
  });

  test('a created container has its record, rootfs and task; inspect by prefix and name; remove leaves nothing', async () => {
    const { id } = await b.create({ image: 'busybox', cmd: ['echo', 'hi'], env: ['A=1'], workingDir: '/tmp' });
    const { container } = await b.client.call(engine, 'container.inspect', { id: id.slice(0, 8) });
    expect(container).toMatchObject({
      id, path: 'echo', args: ['hi'], driver: expect.any(String), rootfs: expect.stringContaining(b.d.dataRoot),
      logPath: expect.stringContaining(id), config: { image: 'busybox', env: ['A=1', expect.stringMatching(/^PATH=/), 'IMG=1'], workingDir: '/tmp', hostname: id.slice(0, 12) },
    });
    expect(container!.name).toMatch(/^[a-z]+_[a-z]+\d?$/);
    expect((await b.client.call(engine, 'container.inspect', { id: container!.name })).container!.id).toBe(id);
    expect(b.leftovers().bundles).toEqual([id]);
    expect(b.leftovers().mounts.length).toBeGreaterThan(0);
    const info = await b.client.call(engine, 'system.info', {});
    expect(info).toMatchObject({ containers: 1, containersRunning: 0, containersPaused: 0, containersStopped: 1 });
    await b.client.call(engine, 'container.remove', { id });
    expect(await errorOf(b.client.call(engine, 'container.inspect', { id }))).toMatchObject({ code: 'NOT_FOUND', message: `No such container: ${id}` });
    await nothingLeft();
  });

  test('unknown containers: NOT_FOUND everywhere', async () => {
    for (const job of ['container.start', 'container.wait', 'container.remove', 'container.inspect', 'container.logs'] as const) {
      expect(await errorOf(b.client.call(engine, job, { id: 'nosuch' }))).toMatchObject({ code: 'NOT_FOUND', message: 'No such container: nosuch' });
    }
  });
});
