import { DEFAULT_PATH, applyChanges, defaultRunConfig, processWord, splitWords } from '../../src/image/changes';

describe('import --change', () => {
  test('nothing to change keeps Docker\'s defaults', () => {
    expect(applyChanges([])).toEqual(defaultRunConfig());
    expect(defaultRunConfig().Env).toEqual([DEFAULT_PATH]);
  });

  test('CMD and ENTRYPOINT: exec form, shell form, broken JSON falls back to shell form', () => {
    expect(applyChanges(['CMD ["sh", "-c", "echo hi"]']).Cmd).toEqual(['sh', '-c', 'echo hi']);
    expect(applyChanges(['cmd echo hi there']).Cmd).toEqual(['/bin/sh', '-c', 'echo hi there']);
    expect(applyChanges(['ENTRYPOINT ["/bin/echo"]']).Entrypoint).toEqual(['/bin/echo']);
    expect(applyChanges(['ENTRYPOINT top -b']).Entrypoint).toEqual(['/bin/sh', '-c', 'top -b']);
    expect(applyChanges(['CMD [not json']).Cmd).toEqual(['/bin/sh', '-c', '[not json']);
    expect(applyChanges(['CMD []']).Cmd).toEqual([]);
  });

  test('ENV: key=value pairs with quotes, the legacy "key value" form, overriding', () => {
    const c = applyChanges(['ENV A=1 B="two words" C=x\\ y', 'ENV D  hello   world', 'ENV A=3', 'ENV PATH=/x']);
    expect(c.Env).toEqual(['PATH=/x', 'A=3', 'B=two words', 'C=x y', 'D=hello   world']);
    expect(applyChanges(["ENV E='single $quoted'"]).Env).toContain('E=single $quoted');
    expect(applyChanges(['ENV EMPTY=']).Env).toContain('EMPTY=');
  });

  test('WORKDIR, USER, LABEL, EXPOSE, STOPSIGNAL', () => {
    const c = applyChanges(['WORKDIR /app', 'WORKDIR sub/../src', 'USER 1000:1000', 'LABEL a=b "c d"="e f"', 'LABEL legacy value here',
      'EXPOSE 80 53/udp 8000-8001/tcp', 'STOPSIGNAL SIGTERM']);
    expect(c.WorkingDir).toBe('/app/src');
    expect(c.User).toBe('1000:1000');
    expect(c.Labels).toEqual({ a: 'b', 'c d': 'e f', legacy: 'value here' });
    expect(Object.keys(c.ExposedPorts)).toEqual(['80/tcp', '53/udp', '8000/tcp', '8001/tcp']);
    expect(c.StopSignal).toBe('SIGTERM');
    expect(applyChanges(['WORKDIR rel']).WorkingDir).toBe('/rel');
  });

  test('the base is not modified', () => {
    const base = defaultRunConfig();
    applyChanges(['ENV X=1', 'LABEL a=b', 'EXPOSE 1'], base);
    expect(base).toEqual(defaultRunConfig());
  });

  test.each([
    ['RUN echo hi', /run is not a valid change command/],
    ['FROM busybox', /from is not a valid change command/],
    ['CMD', /CMD requires at least one argument/],
    ['ENTRYPOINT', /ENTRYPOINT requires/],
    ['ENV', /ENV requires/],
    ['ENV A', /must be of the form/],
    ['ENV A=1 B', /can't find =/],
    ['ENV =1', /names cannot be empty/],
    ['ENV A="unterminated', /unmatched/],
    ['WORKDIR', /WORKDIR requires/],
    ['USER', /USER requires/],
    ['EXPOSE', /EXPOSE requires/],
    ['EXPOSE 80/foo', /invalid port/],
    ['EXPOSE 0', /invalid port/],
    ['EXPOSE 70000', /invalid port/],
    ['EXPOSE 9-3', /invalid port/],
    ['STOPSIGNAL', /STOPSIGNAL requires/],
    ['VOLUME /data', /not supported yet/],
  ])('%j is refused', (change, why) => {
    expect(() => applyChanges([change])).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', message: expect.stringMatching(why) }));
  });

  test('word splitting', () => {
    expect(splitWords('a "b c" d\\ e')).toEqual(['a', 'b c', 'd e']);
    expect(splitWords('k="v w"', true)).toEqual(['k="v w"']);
    expect(processWord('"a b"\'c\'\\d')).toBe('a bcd');
  });
});
