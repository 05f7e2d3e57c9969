import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mountArgs, mountPoints, mountsUnder } from '../../src/drivers/mount';
import { layerPath } from '../../src/layer/apply';

describe('mount table and mount args', () => {
  const dir = mkdtempSync(join(tmpdir(), 'graphd-mount-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('mountinfo is parsed with its octal escapes; mounts under a dir come deepest first', () => {
    const file = join(dir, 'mountinfo');
    writeFileSync(file, [
      '22 1 0:21 / / rw - ext4 /dev/sda1 rw',
      '30 22 0:40 / /d/containers/a/merged rw - overlay overlay rw,lowerdir=/x',
      '31 30 0:41 / /d/containers/a/merged/proc rw - proc proc rw',
      '32 22 0:42 / /d/with\\040space rw - tmpfs tmpfs rw',
      '33 22 0:43 / /d/containers-other rw - tmpfs tmpfs rw',
    ].join('\n') + '\n');
    expect(mountPoints(file)).toContain('/d/with space');
    expect(mountsUnder('/d/containers', file)).toEqual(['/d/containers/a/merged/proc', '/d/containers/a/merged']);
    expect(mountPoints(join(dir, 'missing'))).toEqual([]);
  });

  test('mount args', () => {
    expect(mountArgs({ type: 'overlay', source: 'overlay', target: '/t', options: ['lowerdir=/a:/b', 'upperdir=/u', 'workdir=/w'] }))
      .toEqual(['-t', 'overlay', '-o', 'lowerdir=/a:/b,upperdir=/u,workdir=/w', 'overlay', '/t']);
  });

  test('tar paths are confined to the layer', () => {
    expect(layerPath('./bin/sh')).toBe('bin/sh');
    expect(layerPath('/etc/passwd')).toBe('etc/passwd');
    expect(layerPath('a/./b/')).toBe('a/b');
    expect(layerPath('./')).toBe('');
    expect(layerPath('../x')).toBeNull();
    expect(layerPath('a/../../x')).toBeNull();
  });
});
