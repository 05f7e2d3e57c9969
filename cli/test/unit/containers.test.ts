import { buildProgram } from '../../src/program';
import { FrameDemuxer } from '../../src/demux';
import { createBody, psRows, runErrorExit, stopQuery } from '../../src/commands/containers';
import { imageRows, splitTag } from '../../src/commands/images';
import { humanSize } from '../../src/format';
import type { Command } from 'commander';

function parse(argv: string[]): { args: unknown[]; opts: Record<string, unknown> } {
  const p = buildProgram();
  let got: { args: unknown[]; opts: Record<string, unknown> } | null = null;
  const name = argv[0]!;
  const cmd = p.commands.find((c: Command) => c.name() === name)!;
  cmd.action((...a: unknown[]) => { got = { args: a.slice(0, -2), opts: a[a.length - 2] as Record<string, unknown> }; });
  p.parse(['node', 'keel', ...argv]);
  return got!;
}

function frame(stream: number, text: string): Buffer {
  const p = Buffer.from(text);
  const h = Buffer.alloc(8);
  h[0] = stream;
  h.writeUInt32BE(p.length, 4);
  return Buffer.concat([h, p]);
}

describe('keel container commands', () => {
  it('stops option parsing at the image: the rest is the command', () => {
    const r = parse(['run', '--rm', '-e', 'A=1', '-e', 'B=2', '-w', '/tmp', '-u', '1000', '--name', 'n', '-h', 'h1', '--entrypoint', 'sh', '--network', 'none', 'busybox', 'ls', '-l', '--rm']);
    expect(r.args).toEqual(['busybox', ['ls', '-l', '--rm']]);
    expect(r.opts).toEqual({ rm: true, env: ['A=1', 'B=2'], workdir: '/tmp', user: '1000', name: 'n', hostname: 'h1', entrypoint: 'sh', network: 'none' });
    expect(parse(['run', '-d', 'busybox']).args).toEqual(['busybox', []]);
    expect(parse(['create', 'busybox', 'sh', '-c', 'exit 3']).args).toEqual(['busybox', ['sh', '-c', 'exit 3']]);
    expect(parse(['import', '-c', 'CMD ["sh"]', '--change', 'ENV A=1', '-m', 'msg', 'rootfs.tar', 'bb:1'])).toEqual({
      args: ['rootfs.tar', 'bb:1'], opts: { change: ['CMD ["sh"]', 'ENV A=1'], message: 'msg' },
    });
  });

  it('parses stop, restart and kill: -t whole seconds (or -1), -s as given, several containers', () => {
    expect(parse(['stop', '-t', '1', 'a', 'b'])).toEqual({ args: [['a', 'b']], opts: { time: 1 } });
    expect(parse(['stop', 'a'])).toEqual({ args: [['a']], opts: {} });
    expect(parse(['stop', '--timeout', '-1', 'a'])).toEqual({ args: [['a']], opts: { timeout: -1 } });
    expect(parse(['restart', '--time', '0', 'a'])).toEqual({ args: [['a']], opts: { time: 0 } });
    expect(parse(['kill', '-s', 'USR1', 'a', 'b'])).toEqual({ args: [['a', 'b']], opts: { signal: 'USR1' } });
    expect(parse(['kill', 'a'])).toEqual({ args: [['a']], opts: {} });
    expect(stopQuery(undefined)).toBe('');
    expect(stopQuery(0)).toBe('?t=0');
    for (const bad of [['stop', '-t', 'soon', 'a'], ['restart', '-t', '-2', 'a'], ['stop']]) {
      const p = buildProgram().exitOverride().configureOutput({ writeErr: () => undefined });
      for (const c of p.commands) c.exitOverride().configureOutput({ writeErr: () => undefined });
      expect(() => p.parse(['node', 'keel', ...bad])).toThrow();
    }
  });

  it("builds docker's create body: Cmd null when none, Entrypoint as a list", () => {
    expect(createBody('bb', [], {}, true)).toMatchObject({ Image: 'bb', Cmd: null, Entrypoint: null, Env: null, AttachStdout: true, HostConfig: { AutoRemove: false, NetworkMode: 'default' } });
    expect(createBody('bb', ['echo', 'hi'], { rm: true, entrypoint: '/bin/sh', env: ['A=1'], network: 'none' }, false))
      .toMatchObject({ Cmd: ['echo', 'hi'], Entrypoint: ['/bin/sh'], Env: ['A=1'], AttachStdout: false, HostConfig: { AutoRemove: true, NetworkMode: 'none' } });
    expect(() => createBody('bb', [], { env: ['=x'] }, true)).toThrow(/invalid environment variable/);
  });

  it("maps start errors to docker run's exit codes", () => {
    expect(runErrorExit('exec: "nosuch": executable file not found in $PATH')).toBe(127);
    expect(runErrorExit('exec /etc/passwd: permission denied')).toBe(126);
    expect(runErrorExit('something else')).toBe(125);
  });

  it('demultiplexes frames split and coalesced across reads', () => {
    const out: string[] = [];
    const d = new FrameDemuxer((s, p) => out.push(`${s}:${p}`));
    const all = Buffer.concat([frame(1, 'hi\n'), frame(2, 'err\n'), frame(1, '')]);
    for (const cut of [1, 5, 9, 12]) d.push(all.subarray(cut === 1 ? 0 : [1, 5, 9, 12][[1, 5, 9, 12].indexOf(cut) - 1]!, cut));
    d.push(all.subarray(12));
    expect(out).toEqual(['1:hi\n', '2:err\n', '1:']);
    expect(d.pending).toBe(0);
  });

  it('renders ps and images tables', () => {
    const now = 1_700_000_300_000;
    const rows = psRows([{ Id: 'a'.repeat(64), Names: ['/web'], Image: 'busybox', Command: 'sh -c while true; do sleep 1; done', Created: 1_700_000_000, Status: 'Up 5 minutes' }], now);
    expect(rows).toEqual([['aaaaaaaaaaaa', 'busybox', '"sh -c while true; d…"', '5 minutes ago', 'Up 5 minutes', '', 'web']]);
    expect(imageRows([{ Id: `sha256:${'b'.repeat(64)}`, RepoTags: ['127.0.0.1:5000/bb:1', 'bb:latest'], Created: 1_700_000_000, Size: 1_982_401 }, { Id: `sha256:${'c'.repeat(64)}`, RepoTags: ['<none>:<none>'], Created: 1_700_000_000, Size: 1234 }], now))
      .toEqual([
        ['127.0.0.1:5000/bb', '1', 'bbbbbbbbbbbb', '5 minutes ago', '1.98MB'],
        ['bb', 'latest', 'bbbbbbbbbbbb', '5 minutes ago', '1.98MB'],
        ['<none>', '<none>', 'cccccccccccc', '5 minutes ago', '1.23kB'],
      ]);
    expect(splitTag('127.0.0.1:5000/bb')).toEqual(['127.0.0.1:5000/bb', '<none>']);
    expect(humanSize(999)).toBe('999B');
    expect(humanSize(4_400_000)).toBe('4.4MB');
  });
});
