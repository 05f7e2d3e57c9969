import { validateConfinement } from '../../src/confinement';

describe('validateConfinement (the engine\'s checks, before anything is made)', () => {
  it('passes Docker\'s defaults and good options', () => {
    expect(() => validateConfinement(undefined)).not.toThrow();
    expect(() => validateConfinement({
      security: { capAdd: ['CAP_NET_ADMIN', 'ALL'], seccomp: '{"defaultAction":"SCMP_ACT_ALLOW"}' },
      ulimits: [{ name: 'nofile', soft: 1, hard: -1 }], devices: [{ pathOnHost: '/dev/fuse', pathInContainer: '/dev/fuse' }],
      mounts: [{ type: 'tmpfs', target: '/run' }, { type: 'volume', target: 'whatever' }],
    })).not.toThrow();
  });
  it('refuses what needs no host fact to refuse', () => {
    expect(() => validateConfinement({ security: { capDrop: ['CAP FOO'] } })).toThrow('unknown capability: CAP FOO');
    expect(() => validateConfinement({ security: { seccomp: '{' } })).toThrow(/invalid seccomp profile/);
    expect(() => validateConfinement({ ulimits: [{ name: 'as', soft: 1, hard: 1 }] })).toThrow('invalid ulimit type: as');
    expect(() => validateConfinement({ ulimits: [{ name: 'nofile', soft: -1, hard: 5 }] })).toThrow(/-1 > 5/);
    expect(() => validateConfinement({ devices: [{ pathOnHost: '/dev/fuse', pathInContainer: 'fuse' }] })).toThrow(/must be absolute/);
    expect(() => validateConfinement({ mounts: [{ type: 'tmpfs', target: 'run' }] })).toThrow("invalid mount path: 'run' mount path must be absolute");
  });
});
