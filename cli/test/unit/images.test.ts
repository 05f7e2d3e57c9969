import type { Command } from 'commander';
import { buildProgram } from '../../src/program';
import { filtersQuery, historyRows, imageRefRows, imageRows, repoAndTag, truncateId } from '../../src/commands/images';
import { dfRows } from '../../src/commands/system-df';

const B = `sha256:${'b'.repeat(64)}`;
const D = `sha256:${'d'.repeat(64)}`;
const now = 1_700_000_300_000;

function parse(argv: string[]): { args: unknown[]; opts: Record<string, unknown> } {
  const p = buildProgram();
  let got: { args: unknown[]; opts: Record<string, unknown> } | null = null;
  let cmd = p.commands.find((c: Command) => c.name() === argv[0])!;
  let rest = argv.slice(1);
  const sub = cmd.commands.find((c: Command) => c.name() === rest[0]);
  if (sub) { cmd = sub; rest = rest.slice(1); }
  cmd.action((...a: unknown[]) => { got = { args: a.slice(0, -2), opts: a[a.length - 2] as Record<string, unknown> }; });
  p.parse(['node', 'keel', ...argv]);
  return got!;
}

describe('keel image commands', () => {
  it('makes docker\'s rows: one per tag, per tag and digest with --digests, <none> for untagged images', () => {
    const img = { Id: B, RepoTags: ['bb:1', 'bb:2', 'x/y:latest'], RepoDigests: [`bb@${D}`, `z@${D}`], Created: 1_700_000_000, Size: 1_982_401 };
    expect(imageRefRows(img).map((r) => [r.repo, r.tag])).toEqual([['bb', '1'], ['bb', '2'], ['x/y', 'latest'], ['z', '<none>']]);
    expect(imageRefRows(img, true).map((r) => [r.repo, r.tag, r.digest])).toEqual([['bb', '1', D], ['bb', '2', D], ['x/y', 'latest', '<none>'], ['z', '<none>', D]]);
    const none = { Id: B, RepoTags: ['<none>:<none>'], RepoDigests: ['<none>@<none>'], Created: 1_700_000_000, Size: 1 };
    expect(imageRows([none], now)).toEqual([['<none>', '<none>', 'bbbbbbbbbbbb', '5 minutes ago', '1B']]);
    expect(imageRows([none], now, { noTrunc: true, digests: true })).toEqual([['<none>', '<none>', '<none>', B, '5 minutes ago', '1B']]);
    expect(truncateId('<missing>')).toBe('<missing>');
    expect(truncateId(B)).toBe('bbbbbbbbbbbb');
  });

  it('lays out history: created-by cut to 45 characters unless --no-trunc, -H=false for raw values', () => {
    const items = [
      { Id: B, Created: 1_700_000_000, CreatedBy: 'sh -c echo hello > /new.txt; echo changed >> /etc/passwd', Size: 139, Comment: 'c', Tags: ['bb:1'] },
      { Id: '<missing>', Created: 1_700_000_000, CreatedBy: '\tx', Size: 1_982_401, Comment: '', Tags: null },
    ];
    expect(historyRows(items, {}, now)).toEqual([
      ['bbbbbbbbbbbb', '5 minutes ago', 'sh -c echo hello > /new.txt; echo changed >>…', '139B', 'c'],
      ['<missing>', '5 minutes ago', ' x', '1.98MB', ''],
    ]);
    expect(historyRows(items, { noTrunc: true, human: false }, now)[0]).toEqual([B, '2023-11-14T22:13:20Z', items[0].CreatedBy, '139', 'c']);
  });

  it('system df: totals, active counts and reclaimable space as the docker CLI computes them', () => {
    const rows = dfRows({
      LayersSize: 2_000_000,
      Images: [
        { Id: B, RepoTags: ['bb:1'], Created: 0, Size: 1_500_000, SharedSize: 500_000, Containers: 1 },
        { Id: D, RepoTags: ['bb:2'], Created: 0, Size: 1_000_000, SharedSize: 500_000, Containers: 0 },
      ],
      Containers: [
        { Id: 'a', Names: ['/a'], Image: 'bb', Command: 'sh', Created: 0, State: 'running', Status: 'Up', SizeRw: 10 },
        { Id: 'b', Names: ['/b'], Image: 'bb', Command: 'sh', Created: 0, State: 'exited', Status: 'Exited', SizeRw: 30 },
      ],
      Volumes: [{ Name: 'v', UsageData: { RefCount: 0, Size: 4096 } }],
      BuildCache: null,
    });
    expect(rows).toEqual([
      ['Images', '2', '1', '2MB', '1MB (50%)'],
      ['Containers', '2', '1', '40B', '30B (75%)'],
      ['Local Volumes', '1', '0', '4.096kB', '4.096kB (100%)'],
      ['Build Cache', '0', '0', '0B', '0B'],
    ]);
  });

  it('parses the flags: images, history, tag, commit, image prune, system df', () => {
    expect(parse(['images', '-a', '-q', '--digests', '--no-trunc', '-f', 'dangling=true', '--filter', 'label=a', 'bb:*']))
      .toEqual({ args: ['bb:*'], opts: { all: true, quiet: true, digests: true, trunc: false, filter: ['dangling=true', 'label=a'] } });
    expect(parse(['image', 'ls']).opts).toEqual({ trunc: true });
    expect(parse(['history', '--no-trunc', '-q', 'bb'])).toEqual({ args: ['bb'], opts: { trunc: false, quiet: true } });
    expect(parse(['tag', 'bb', 'x/y:2']).args).toEqual(['bb', 'x/y:2']);
    expect(parse(['commit', '-a', 'me', '-m', 'msg', '-c', 'ENV A=1', '-c', 'CMD ["sh"]', '--no-pause', 'c1', 'bb:2'])).toEqual({
      args: ['c1', 'bb:2'], opts: { author: 'me', message: 'msg', change: ['ENV A=1', 'CMD ["sh"]'], pause: false },
    });
    expect(parse(['commit', 'c1']).opts).toEqual({}); // no flag: paused, docker's default
    expect(parse(['image', 'prune', '-a', '-f', '--filter', 'until=1h']).opts).toEqual({ all: true, force: true, filter: ['until=1h'] });
    expect(parse(['system', 'df', '-v']).opts).toEqual({ verbose: true });
    expect(parse(['image', 'inspect', 'a', 'b']).args).toEqual([['a', 'b']]);
  });

  it('builds the filters JSON the API takes; splits a target into repo and tag', () => {
    expect(filtersQuery(['label=a=b', 'label=c'], { dangling: ['true'] })).toBe('{"dangling":{"true":true},"label":{"a=b":true,"c":true}}');
    expect(filtersQuery()).toBe('');
    expect(() => filtersQuery(['nonsense'])).toThrow(/bad format of filter/);
    expect(repoAndTag('localhost:5000/bb')).toEqual({ repo: 'localhost:5000/bb', tag: '' });
    expect(repoAndTag('bb:2')).toEqual({ repo: 'bb', tag: '2' });
    expect(() => repoAndTag(`bb@${D}`)).toThrow(/digest/);
  });
});
