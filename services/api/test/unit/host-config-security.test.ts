import { dockerHostConfig, hostConfig } from '../../src/routes/containers/host-config';
import { securityOpts } from '../../src/routes/containers/host-config/security';

describe('HostConfig confinement keys ↔ keel.common.v1.HostConfig', () => {
  it('translates the create body and shows it back in inspect\'s shape', () => {
    const hc = hostConfig({
      CapAdd: ['CAP_NET_ADMIN'], CapDrop: null, Privileged: true, ReadonlyRootfs: true, SecurityOpt: ['no-new-privileges', 'seccomp=unconfined'],
      GroupAdd: ['audio', '42'], Ulimits: [{ Name: 'nofile', Soft: 100, Hard: 200 }], Devices: [{ PathOnHost: '/dev/fuse', PathInContainer: '', CgroupPermissions: '' }],
      Tmpfs: { '/run': 'size=1m' },
    });
    expect(hc.security).toEqual({
      capAdd: ['CAP_NET_ADMIN'], capDrop: [], privileged: true, seccomp: 'unconfined', noNewPrivileges: true, readonlyRootfs: true,
      groupAdd: ['audio', '42'], securityOpt: ['no-new-privileges', 'seccomp=unconfined'],
    });
    expect(hc.ulimits).toEqual([{ name: 'nofile', soft: 100, hard: 200 }]);
    expect(hc.devices).toEqual([{ pathOnHost: '/dev/fuse', pathInContainer: '/dev/fuse', cgroupPermissions: 'rwm' }]);
    expect(hc.mounts).toEqual([{ type: 'tmpfs', source: '', target: '/run', readonly: false, options: 'noexec,nosuid,nodev,size=1m' }]);
    expect(hc.tmpfs).toEqual({ '/run': 'size=1m' });
    expect(dockerHostConfig(hc)).toMatchObject({
      CapAdd: ['CAP_NET_ADMIN'], CapDrop: null, Privileged: true, ReadonlyRootfs: true, SecurityOpt: ['no-new-privileges', 'seccomp=unconfined'],
      GroupAdd: ['audio', '42'], Ulimits: [{ Name: 'nofile', Hard: 200, Soft: 100 }],
      Devices: [{ PathOnHost: '/dev/fuse', PathInContainer: '/dev/fuse', CgroupPermissions: 'rwm' }], Tmpfs: { '/run': 'size=1m' },
    });
  });
  it('shows Docker\'s defaults for a plain container', () => {
    const out = dockerHostConfig(hostConfig({}));
    expect(out).toMatchObject({ CapAdd: null, CapDrop: null, Privileged: false, SecurityOpt: null, ReadonlyRootfs: false, GroupAdd: null, Ulimits: [], Devices: [] });
    expect(out).not.toHaveProperty('Tmpfs');
  });
  it('reads security options as moby does', () => {
    expect(securityOpts(['no-new-privileges:true'])).toEqual({ seccomp: '', noNewPrivileges: true });
    expect(securityOpts(['no-new-privileges=false'])).toEqual({ seccomp: '', noNewPrivileges: false });
    expect(securityOpts(['seccomp={"defaultAction":"SCMP_ACT_ALLOW"}', 'apparmor=unconfined', 'label:disable']).seccomp).toBe('{"defaultAction":"SCMP_ACT_ALLOW"}');
    expect(() => securityOpts(['foo'])).toThrow('invalid --security-opt 1: "foo"');
    expect(() => securityOpts(['foo=bar'])).toThrow('invalid --security-opt 2: "foo=bar"');
    expect(() => securityOpts(['no-new-privileges=maybe'])).toThrow('invalid --security-opt 2');
    expect(() => securityOpts(['seccomp={bad'])).toThrow(/invalid seccomp profile/);
    expect(() => securityOpts(['apparmor=docker-default'])).toThrow(/no AppArmor profile/);
  });
  it('refuses bad ulimits, devices and tmpfs paths', () => {
    expect(() => hostConfig({ Ulimits: [{ Name: 'bogus', Soft: 1, Hard: 1 }] })).toThrow('invalid ulimit type: bogus');
    expect(() => hostConfig({ Ulimits: [{ Name: 'nofile', Soft: 2, Hard: 1 }] })).toThrow('ulimit soft limit must be less than or equal to hard limit: 2 > 1');
    expect(() => hostConfig({ Devices: [{ PathOnHost: 'dev/x' }] })).toThrow(/host path must be absolute/);
    expect(() => hostConfig({ Devices: [{ PathOnHost: '/dev/x', CgroupPermissions: 'rx' }] })).toThrow(/bad cgroup permissions "rx"/);
    expect(() => hostConfig({ Tmpfs: { rel: '' } })).toThrow("invalid mount path: 'rel' mount path must be absolute");
    expect(() => hostConfig({ Tmpfs: { '/': '' } })).toThrow(/cannot be mounted on \//);
    expect(() => hostConfig({ CapAdd: 'NET_ADMIN' as unknown as string[] })).toThrow(/invalid field "CapAdd"/);
  });
});
