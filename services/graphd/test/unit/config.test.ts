import { createHash } from 'node:crypto';
import { applyChanges } from '../../src/image/changes';
import { detectCompression, isGzip } from '../../src/image/compression';
import { buildImageConfig, imageId } from '../../src/image/config';

describe('image config', () => {
  const created = new Date('2024-01-01T00:00:00.000Z');
  const diffId = `sha256:${'1'.repeat(64)}`;

  test('Docker\'s shape, and the id is the digest of exactly the JSON', () => {
    const { json, id, file } = buildImageConfig({ architecture: 'amd64', config: applyChanges(['CMD ["sh"]']), diffIds: [diffId], created, comment: '' });
    expect(id).toBe(`sha256:${createHash('sha256').update(json).digest('hex')}`);
    expect(imageId(json)).toBe(id);
    expect(JSON.parse(json)).toEqual(file);
    expect(file).toMatchObject({
      architecture: 'amd64', os: 'linux', created: '2024-01-01T00:00:00.000Z',
      rootfs: { type: 'layers', diff_ids: [diffId] },
      history: [{ created: '2024-01-01T00:00:00.000Z', comment: 'Imported from -' }],
      config: { Cmd: ['sh'], Entrypoint: null, Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], WorkingDir: '', User: '' },
    });
    expect(file.comment).toBeUndefined();
  });

  test('the same inputs give the same id; any change gives another', () => {
    const a = buildImageConfig({ architecture: 'amd64', config: applyChanges([]), diffIds: [diffId], created, comment: '' });
    const b = buildImageConfig({ architecture: 'amd64', config: applyChanges([]), diffIds: [diffId], created, comment: '' });
    const c = buildImageConfig({ architecture: 'amd64', config: applyChanges(['ENV A=1']), diffIds: [diffId], created, comment: '' });
    const d = buildImageConfig({ architecture: 'amd64', config: applyChanges([]), diffIds: [diffId], created, comment: 'msg' });
    expect(a.id).toBe(b.id);
    expect(c.id).not.toBe(a.id);
    expect(d.id).not.toBe(a.id);
    expect(d.file.history[0].comment).toBe('msg');
  });
});

describe('compression by magic bytes', () => {
  test.each([
    [[0x1f, 0x8b, 8, 0], 'gzip'],
    [[0x42, 0x5a, 0x68, 0x39], 'bzip2'],
    [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 'xz'],
    [[0x28, 0xb5, 0x2f, 0xfd], 'zstd'],
    [[0x2e, 0x2f, 0, 0], 'none'],
    [[0x1f], 'none'],
    [[], 'none'],
  ])('%j is %s', (bytes, kind) => {
    expect(detectCompression(Uint8Array.from(bytes))).toBe(kind);
    expect(isGzip(Uint8Array.from(bytes))).toBe(kind === 'gzip');
  });
});
