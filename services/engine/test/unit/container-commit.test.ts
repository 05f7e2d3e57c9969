import { keel } from '../../../../proto';
import { KeelError, NotFoundError } from '../../../kit/src/errors';
import { containerCommit, imageConfigOf } from '../../src/handlers/container-commit';

const ID = 'f'.repeat(64);

/** A ctx with one container in a phase, recording the jobs the handler calls in order. */
function ctxWith(phase: string, o: { paused?: boolean; failCommit?: Error } = {}) {
  const calls: { job: string; args: Record<string, unknown> }[] = [];
  const row = {
    id: ID, name: 'web', phase, rootfs: '/r',
    config: { image: 'bb', cmd: ['sh', '-c', 'echo hi > /x'], cmdSet: true, entrypoint: [], entrypointSet: false, env: ['PATH=/bin', 'A=1'], workingDir: '/w', user: '1', labels: { a: 'b' }, stopSignal: 'SIGINT' },
  };
  const ctx = {
    containers: {
      resolve: (ref: string) => { if (ref !== 'web') throw new NotFoundError(`No such container: ${ref}`, { verbatim: true }); return row; },
      paused: new Set(o.paused ? [ID] : []),
    },
    log: { info() {}, warn() {} },
    call: async (_c: unknown, job: string, args: Record<string, unknown>) => {
      calls.push({ job, args });
      if (job === 'rootfs.commit') {
        if (o.failCommit) throw o.failCommit;
        return { image: { id: 'sha256:1' } };
      }
      return {};
    },
  };
  return { ctx: ctx as never, calls };
}

const req = (o: Partial<keel.engine.v1.ICommitContainerRequest> = {}) => keel.engine.v1.CommitContainerRequest.create({ id: 'web', pause: true, ...o });

describe('container.commit', () => {
  test('a running container is frozen around the commit; the config is the container\'s; created_by its command', async () => {
    const { ctx, calls } = ctxWith('running');
    const r = await containerCommit(req({ repo: 'bb', tag: '2', comment: 'c', author: 'a', changes: ['ENV B=2'] }), ctx);
    expect(r).toEqual({ image: { id: 'sha256:1' } });
    expect(calls.map((c) => c.job)).toEqual(['task.pause', 'rootfs.commit', 'task.resume']);
    expect(calls[1].args).toEqual({
      containerId: ID, repo: 'bb', tag: '2', comment: 'c', author: 'a', changes: ['ENV B=2'], createdBy: 'sh -c echo hi > /x',
      config: { cmd: ['sh', '-c', 'echo hi > /x'], cmdSet: true, entrypoint: [], entrypointSet: false, env: ['PATH=/bin', 'A=1'], workingDir: '/w', user: '1', labels: { a: 'b' }, stopSignal: 'SIGINT',
        origin: { hostname: ID.slice(0, 12), image: 'bb', tty: false, openStdin: false, stdinOnce: false, attachStdin: false, attachStdout: false, attachStderr: false } },
    });
  });

  test('thawed even when the commit fails', async () => {
    const { ctx, calls } = ctxWith('running', { failCommit: new KeelError('INTERNAL', 'disk full') });
    await expect(containerCommit(req(), ctx)).rejects.toThrow('disk full');
    expect(calls.map((c) => c.job)).toEqual(['task.pause', 'rootfs.commit', 'task.resume']);
  });

  test('no freeze when pause is off, the container is stopped, or it is paused already', async () => {
    for (const [phase, pause, paused] of [['running', false, false], ['exited', true, false], ['created', true, false], ['running', true, true]] as const) {
      const { ctx, calls } = ctxWith(phase, { paused });
      await containerCommit(req({ pause }), ctx);
      expect(calls.map((c) => c.job)).toEqual(['rootfs.commit']);
    }
  });

  test('an unknown container is Docker\'s NOT_FOUND; one being removed is a conflict', async () => {
    await expect(containerCommit(req({ id: 'nosuch' }), ctxWith('running').ctx)).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'No such container: nosuch' });
    await expect(containerCommit(req(), ctxWith('removing').ctx)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  test('imageConfigOf keeps unset lists unset', () => {
    const id = 'abcdef0123456789'.repeat(4);
    expect(imageConfigOf(id, {})).toEqual({
      cmd: [], cmdSet: false, entrypoint: [], entrypointSet: false, env: [], workingDir: '', user: '', labels: {}, stopSignal: '',
      origin: { hostname: 'abcdef012345', image: '', tty: false, openStdin: false, stdinOnce: false, attachStdin: false, attachStdout: false, attachStderr: false },
    });
    // what docker commit keeps of the container: its hostname, the image as named, its stdio
    expect(imageConfigOf(id, { hostname: 'web', image: 'bb:1', tty: true, openStdin: true, attachStdout: true }).origin)
      .toEqual({ hostname: 'web', image: 'bb:1', tty: true, openStdin: true, stdinOnce: false, attachStdin: false, attachStdout: true, attachStderr: false });
  });
});
