import {
  DEFAULT_PATH, imageRefForMessage, mergeCommand, mergeEnv, newContainerId, pickName, replaceOrAppendEnv, resolveSpec,
  validateEnv, validateName, validateNetworkMode,
} from '../../src/spec';

describe('mergeCommand (Docker rules)', () => {
  const image = { entrypoint: ['/entry'], cmd: ['default', 'args'] };
  const cases: [string, Parameters<typeof mergeCommand>[0], { entrypoint: string[]; cmd: string[] }][] = [
    ['nothing given: the image decides', { entrypoint: [], entrypointSet: false, cmd: [] }, { entrypoint: ['/entry'], cmd: ['default', 'args'] }],
    ['cmd given: replaces the image cmd, keeps its entrypoint', { entrypoint: [], entrypointSet: false, cmd: ['x'] }, { entrypoint: ['/entry'], cmd: ['x'] }],
    ['entrypoint given: the image cmd is dropped', { entrypoint: ['/bin/sh'], entrypointSet: true, cmd: [] }, { entrypoint: ['/bin/sh'], cmd: [] }],
    ['entrypoint and cmd given', { entrypoint: ['/bin/sh'], entrypointSet: true, cmd: ['-c', 'true'] }, { entrypoint: ['/bin/sh'], cmd: ['-c', 'true'] }],
    ['entrypoint set empty (--entrypoint ""): no entrypoint, image cmd kept', { entrypoint: [], entrypointSet: true, cmd: [] }, { entrypoint: [], cmd: ['default', 'args'] }],
    ['entrypoint set empty with a cmd', { entrypoint: [], entrypointSet: true, cmd: ['echo'] }, { entrypoint: [], cmd: ['echo'] }],
    ['entrypoint given without entrypoint_set still counts', { entrypoint: ['/e'], entrypointSet: false, cmd: [] }, { entrypoint: ['/e'], cmd: [] }],
  ];
  it.each(cases)('%s', (_what, user, want) => {
    expect(mergeCommand(user, image)).toEqual(want);
  });
  it('does not alias its inputs', () => {
    const img = { entrypoint: ['/e'], cmd: ['c'] };
    const r = mergeCommand({ entrypoint: [], entrypointSet: false, cmd: [] }, img);
    r.cmd.push('more');
    r.entrypoint.push('more');
    expect(img).toEqual({ entrypoint: ['/e'], cmd: ['c'] });
  });
});

describe('env', () => {
  it('accepts KEY=value, KEY= and KEY', () => {
    expect(() => validateEnv(['A=1', 'B=', 'C', 'D=x=y', 'lower_case=1'])).not.toThrow();
  });
  it.each([['=x'], [''], ['=']])('refuses %j, naming it', (bad) => {
    expect(() => validateEnv(['OK=1', bad])).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', message: expect.stringContaining('invalid environment variable') }));
    try {
      validateEnv([bad]);
    } catch (err) {
      expect((err as Error).message).toContain(bad === '' ? '""' : JSON.stringify(bad));
    }
  });
  it('refuses a key with whitespace', () => {
    expect(() => validateEnv(['A B=1'])).toThrow(/invalid environment variable/);
  });
  it('merges as Docker: user entries first, image entries with other keys after', () => {
    expect(mergeEnv(['A=user', 'C=3'], ['PATH=/img', 'A=image', 'B=2'])).toEqual(['A=user', 'C=3', 'PATH=/img', 'B=2']);
    expect(mergeEnv([], ['PATH=/img'])).toEqual(['PATH=/img']);
    expect(mergeEnv(['A'], ['A=image', 'B=2'])).toEqual(['A', 'B=2']);
  });
  it('replaceOrAppend replaces by key, appends, and a bare KEY unsets', () => {
    expect(replaceOrAppendEnv(['PATH=/a', 'HOSTNAME=h'], ['PATH=/b', 'X=1', 'HOSTNAME'])).toEqual(['PATH=/b', 'X=1']);
    expect(replaceOrAppendEnv(['A=1'], ['NOPE'])).toEqual(['A=1']);
  });
});

describe('names', () => {
  it.each(['web', '/web', 'a1', 'my_app.v2-1', 'AB'])('accepts %s', (n) => {
    expect(validateName(n)).toBe(n.replace(/^\//, ''));
  });
  it.each(['a', '_web', '-x', 'we b', 'x/y', '', '/', 'é1'])('refuses %j', (n) => {
    expect(() => validateName(n)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', message: `Invalid container name (${n}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed` }));
  });
  it('makes adjective_surname names that are valid and not taken', () => {
    for (let i = 0; i < 200; i++) expect(validateName(pickName(() => false))).toMatch(/^[a-z]+_[a-z]+$/);
    const taken = new Set<string>();
    const always = () => 0.5;
    taken.add(pickName((n) => taken.has(n), always));
    const next = pickName((n) => taken.has(n), always);
    expect(next).toMatch(/^[a-z]+_[a-z]+\d$/);
  });
  it('makes 64-hex ids whose short form is not all digits', () => {
    expect(newContainerId()).toMatch(/^[a-f0-9]{64}$/);
    let calls = 0;
    const bytes = (n: number) => (++calls === 1 ? Buffer.alloc(n, 0x11) : Buffer.alloc(n, 0xab));
    expect(newContainerId(bytes)).toBe('ab'.repeat(32));
    expect(calls).toBe(2);
  });
});

describe('network mode', () => {
  it.each(['', 'default', 'none'])('%j runs with no network', (m) => expect(validateNetworkMode(m)).toBe('none'));
  it.each(['bridge', 'host', 'container:x'])('%j is not supported yet', (m) => {
    expect(() => validateNetworkMode(m)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', message: expect.stringContaining(`"${m}"`) }));
  });
});

describe('image names in messages', () => {
  it.each([
    ['busybox', 'busybox:latest'], ['busybox:1', 'busybox:1'], ['127.0.0.1:5000/imp', '127.0.0.1:5000/imp:latest'],
    ['127.0.0.1:5000/imp:1', '127.0.0.1:5000/imp:1'], ['sha256:' + 'a'.repeat(64), 'sha256:' + 'a'.repeat(64)],
    ['abcdef123456', 'abcdef123456'], ['bb@sha256:' + 'b'.repeat(64), 'bb@sha256:' + 'b'.repeat(64)],
  ])('%s → %s', (ref, want) => expect(imageRefForMessage(ref)).toBe(want));
});

describe('resolveSpec', () => {
  const id = 'abcdef0123456789'.repeat(4);
  const image = { cmd: ['sh'], cmdSet: true, env: ['PATH=/usr/bin:/bin', 'IMG=1'], workingDir: '/srv', user: 'nobody', labels: { a: 'image', b: 'image' } };

  it('fills the process from the image and Docker defaults', () => {
    const s = resolveSpec(id, { image: 'bb' }, image);
    expect(s.args).toEqual(['sh']);
    expect(s.process).toEqual({
      args: ['sh'], env: ['PATH=/usr/bin:/bin', `HOSTNAME=${id.slice(0, 12)}`, 'IMG=1'], cwd: '/srv', user: 'nobody', hostname: id.slice(0, 12),
      tty: false, openStdin: false, stdinOnce: false, consoleHeight: 0, consoleWidth: 0,
    });
    expect(s.networkMode).toBe('none');
    expect(s.config).toMatchObject({ cmd: ['sh'], entrypoint: [], env: ['PATH=/usr/bin:/bin', 'IMG=1'], workingDir: '/srv', user: 'nobody', hostname: id.slice(0, 12), labels: { a: 'image', b: 'image' } });
  });

  it("records the stop signal: the user's, else the image's STOPSIGNAL; an unknown one is refused", () => {
    expect(resolveSpec(id, { image: 'bb' }, image).config.stopSignal).toBe('');
    expect(resolveSpec(id, { image: 'bb' }, { ...image, stopSignal: 'SIGQUIT' }).config.stopSignal).toBe('SIGQUIT');
    expect(resolveSpec(id, { image: 'bb', stopSignal: 'USR2' }, { ...image, stopSignal: 'SIGQUIT' }).config.stopSignal).toBe('USR2');
    expect(() => resolveSpec(id, { image: 'bb', stopSignal: 'SIGNOPE' }, image)).toThrow('Invalid signal: SIGNOPE');
  });

  it('lets the config win: cmd, env, cwd, user, hostname, labels; a bare KEY unsets', () => {
    const s = resolveSpec(id, {
      image: 'bb', cmd: ['echo', 'hi'], cmdSet: true, env: ['IMG=2', 'NEW=x', 'PATH'], workingDir: '/tmp', user: '1000:1000', hostname: 'h1', labels: { b: 'user' }, tty: true,
    }, image);
    expect(s.args).toEqual(['echo', 'hi']);
    expect(s.process.cwd).toBe('/tmp');
    expect(s.process.user).toBe('1000:1000');
    expect(s.process.hostname).toBe('h1');
    expect(s.process.env).toEqual(['HOSTNAME=h1', 'TERM=xterm', 'IMG=2', 'NEW=x']);
    expect(s.config.labels).toEqual({ a: 'image', b: 'user' });
  });

  it('defaults PATH and cwd when the image has neither', () => {
    const s = resolveSpec(id, { image: 'bb', cmd: ['true'] }, {});
    expect(s.process.env).toEqual([`PATH=${DEFAULT_PATH}`, `HOSTNAME=${id.slice(0, 12)}`]);
    expect(s.process.cwd).toBe('/');
    expect(s.process.user).toBe('');
  });

  it('refuses an empty command', () => {
    expect(() => resolveSpec(id, { image: 'bb' }, {})).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', message: 'No command specified' }));
    expect(() => resolveSpec(id, { image: 'bb', entrypoint: ['/bin/sh'], entrypointSet: true }, {})).not.toThrow();
    expect(() => resolveSpec(id, { image: 'bb', entrypoint: [''], entrypointSet: true }, {})).toThrow(/No command specified/);
  });

  it('refuses bad env and unsupported network modes', () => {
    expect(() => resolveSpec(id, { image: 'bb', cmd: ['x'], env: ['=x'] }, {})).toThrow(/invalid environment variable: "=x"/);
    expect(() => resolveSpec(id, { image: 'bb', cmd: ['x'], networkMode: 'bridge' }, {})).toThrow(/network mode "bridge"/);
  });
});
