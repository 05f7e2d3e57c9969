import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { archivePath, readArchive } from '../../src/image/archive';

const sha = (s: string) => `sha256:${createHash('sha256').update(s).digest('hex')}`;

describe('image archives', () => {
  let dir: string;
  let n = 0;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'archive-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, body: string) => {
    const path = join(dir, String(n++));
    writeFileSync(path, body);
    return { name, path, size: body.length };
  };

  it('makes member names canonical and refuses those that leave the archive', () => {
    expect(archivePath('./a//b/')).toBe('a/b');
    expect(archivePath('blobs/sha256/x')).toBe('blobs/sha256/x');
    expect(archivePath('../x')).toBeNull();
    expect(archivePath('a/../../x')).toBeNull();
    expect(archivePath('/etc/passwd')).toBeNull();
  });

  it('reads a docker-archive, following a layer linked to another inside the archive', () => {
    const config = JSON.stringify({ rootfs: { type: 'layers', diff_ids: [] } });
    const layer = file('a/layer.tar', 'A');
    const members = [
      file('manifest.json', JSON.stringify([{ Config: 'c.json', RepoTags: ['bb:1'], Layers: ['a/layer.tar', 'b/layer.tar'] }])),
      file('c.json', config),
      layer,
      { name: 'b/layer.tar', linkname: '../a/layer.tar' },
    ];
    const a = readArchive(members, 'amd64');
    expect(a.format).toBe('docker-archive');
    expect(a.images).toEqual([{ config, tags: ['bb:1'], layers: [{ file: layer.path, name: 'a/layer.tar' }, { file: layer.path, name: 'b/layer.tar' }] }]);
  });

  it('refuses a layer path that leaves the archive, a missing layer, and no manifest', () => {
    const base = [file('c.json', '{}'), file('x', 'X')];
    const withLayers = (layers: string[]) => [...base, file('manifest.json', JSON.stringify([{ Config: 'c.json', Layers: layers }]))];
    expect(() => readArchive(withLayers(['../../etc/passwd']), 'amd64')).toThrow('invalid archive: layer path "../../etc/passwd" leaves the archive');
    expect(() => readArchive(withLayers(['nosuch']), 'amd64')).toThrow('invalid archive: layer nosuch is not in the archive');
    expect(() => readArchive([...base, { name: 'l', linkname: '/x' }, file('manifest.json', JSON.stringify([{ Config: 'c.json', Layers: ['l'] }]))], 'amd64'))
      .toThrow('invalid archive: layer path "l" leaves the archive');
    expect(() => readArchive(base, 'amd64')).toThrow('invalid archive: it has neither manifest.json');
  });

  it('reads an OCI layout by digest, checks the manifest digest, and takes the name from the annotations', () => {
    const config = '{"rootfs":{"type":"layers","diff_ids":[]}}';
    const manifest = JSON.stringify({ schemaVersion: 2, config: { digest: sha(config) }, layers: [{ digest: sha('L'), mediaType: 'application/vnd.oci.image.layer.v1.tar' }] });
    const layout = (digest: string, annotations: Record<string, string>) => [
      file('oci-layout', '{"imageLayoutVersion":"1.0.0"}'),
      file('index.json', JSON.stringify({ manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest, annotations }] })),
      file(`blobs/sha256/${sha(manifest).slice(7)}`, manifest),
      file(`blobs/sha256/${sha(config).slice(7)}`, config),
      file(`blobs/sha256/${sha('L').slice(7)}`, 'L'),
    ];
    const a = readArchive(layout(sha(manifest), { 'io.containerd.image.name': 'docker.io/library/bb:1', 'org.opencontainers.image.ref.name': '1' }), 'amd64');
    expect(a.format).toBe('oci');
    expect(a.images).toHaveLength(1);
    expect(a.images[0]).toMatchObject({ config, tags: ['docker.io/library/bb:1'], layers: [{ digest: sha('L') }], manifest: { digest: sha(manifest), json: manifest } });
    // a bare tag in ref.name names no image
    expect(readArchive(layout(sha(manifest), { 'org.opencontainers.image.ref.name': 'latest' }), 'amd64').images[0].tags).toEqual([]);
    // the index names a manifest whose bytes are another's
    const wrong = layout(sha(manifest), {});
    writeFileSync(wrong[2].path, manifest.replace('"schemaVersion":2', '"schemaVersion":2 '));
    expect(() => readArchive(wrong, 'amd64')).toThrow(/invalid archive: manifest sha256:[0-9a-f]{64} has the digest sha256:/);
  });
});
