import type { Command } from 'commander';
import { buildProgram } from '../../src/program';
import { createBody } from '../../src/commands/containers';
import { capName, device, securityBody, securityOpt, ulimit } from '../../src/commands/host-config/security';

function opts(argv: string[]): Record<string, unknown> {
  const p = buildProgram();
  let got: Record<string, unknown> | null = null;
  const cmd = p.commands.find((c: Command) => c.name() === argv[0])!;
  cmd.action((...a: unknown[]) => { got = a[a.length - 2] as Record<string, unknown>; });
  p.parse(['node', 'keel', ...argv]);
  return got!;
}

describe('run/create confinement flags → the create body (as the docker CLI sends it)', () => {
  it('sends Docker\'s keys for every flag', () => {
    const o = opts(['run', '--cap-add', 'net_admin', '--cap-add', 'ALL', '--cap-drop', 'CAP_CHOWN', '--privileged', '--read-only',
      '--security-opt', 'no-new-privileges', '--tmpfs', '/run:size=1m,mode=700', '--tmpfs', '/tmp', '--group-add', 'audio',
      '--ulimit', 'nofile=100:200', '--device', '/dev/fuse', 'busybox', 'true']);
    expect(createBody('busybox', ['true'], o, false).HostConfig).toMatchObject({
      CapAdd: ['CAP_NET_ADMIN', 'ALL'], CapDrop: ['CAP_CHOWN'], Privileged: true, ReadonlyRootfs: true, SecurityOpt: ['no-new-privileges'],
      Tmpfs: { '/run': 'size=1m,mode=700', '/tmp': '' }, GroupAdd: ['audio'], Ulimits: [{ Name: 'nofile', Hard: 200, Soft: 100 }],
      Devices: [{ PathOnHost: '/dev/fuse', PathInContainer: '/dev/fuse', CgroupPermissions: 'rwm' }],
    });
  });
  it('sends the baseline when no flag is given (no Tmpfs key)', () => {
    const b = securityBody({});
    expect(b).toEqual({ CapAdd: null, CapDrop: null, Privileged: false, SecurityOpt: null, ReadonlyRootfs: false, GroupAdd: null, Ulimits: [], Devices: [] });
  });
  it('names capabilities as the docker CLI does', () => {
    expect(['sys_time', 'CAP_KILL', 'all'].map(capName)).toEqual(['CAP_SYS_TIME', 'CAP_KILL', 'ALL']);
  });
  it('reads a seccomp profile file and sends its JSON compacted', () => {
    const files: Record<string, string> = { '/p.json': '{\n  "defaultAction": "SCMP_ACT_ALLOW"\n}\n', '/bad.json': '{"a":' };
    const read = (p: string) => { if (!(p in files)) throw new Error(`ENOENT: no such file or directory, open '${p}'`); return files[p]!; };
    expect(securityOpt('seccomp=/p.json', read)).toBe('seccomp={"defaultAction":"SCMP_ACT_ALLOW"}');
    expect(securityOpt('seccomp=unconfined', read)).toBe('seccomp=unconfined');
    expect(securityOpt('no-new-privileges:true', read)).toBe('no-new-privileges:true');
    expect(() => securityOpt('seccomp=/nope.json', read)).toThrow(/opening seccomp profile \(\/nope\.json\) failed: ENOENT/);
    expect(() => securityOpt('seccomp=/bad.json', read)).toThrow(/compacting json for seccomp profile \(\/bad\.json\) failed/);
  });
  it('parses --ulimit and refuses bad ones', () => {
    expect(ulimit('nproc=50')).toEqual({ Name: 'nproc', Hard: 50, Soft: 50 });
    expect(ulimit('core=unlimited')).toEqual({ Name: 'core', Hard: -1, Soft: -1 });
    expect(() => ulimit('nofile')).toThrow(/invalid ulimit argument: nofile/);
    expect(() => ulimit('nofile=x')).toThrow(/invalid ulimit value: x/);
    expect(() => ulimit('nofile=200:100')).toThrow(/200 > 100/);
  });
  it('parses --device HOST[:CONTAINER[:PERMS]]', () => {
    expect(device('/dev/fuse:r')).toEqual({ PathOnHost: '/dev/fuse', PathInContainer: '/dev/fuse', CgroupPermissions: 'r' });
    expect(device('/dev/null:/dev/n:rw')).toEqual({ PathOnHost: '/dev/null', PathInContainer: '/dev/n', CgroupPermissions: 'rw' });
    expect(device('/dev/null:/dev/n')).toEqual({ PathOnHost: '/dev/null', PathInContainer: '/dev/n', CgroupPermissions: 'rwm' });
    expect(() => device('/dev/null:/dev/n:rwz')).toThrow(/bad mode specified: rwz/);
    expect(() => device('/dev/null:rel')).toThrow(/bad format for path: rel/);
    expect(() => device('a:b:c:d')).toThrow(/invalid device specification/);
  });
});
