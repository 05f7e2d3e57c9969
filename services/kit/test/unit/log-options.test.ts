import { InvalidArgumentError } from '../../src/errors';
import { logRotation, ramInBytes } from '../../src/log-options';

describe('ramInBytes (go-units, binary multiples)', () => {
  it.each([
    ['512', 512], ['10k', 10240], ['10K', 10240], ['10kb', 10240], ['10KiB', 10240], ['1.5m', 1572864],
    ['20MB', 20 * 1024 ** 2], ['1g', 1024 ** 3], ['2 m', 2 * 1024 ** 2], ['0', 0],
  ])('%s → %d', (s, n) => expect(ramInBytes(s)).toBe(n));

  it.each(['', 'k', '10x', '-1k', '10 kb b', '1.2.3m', 'ten'])('rejects %j', (s) => {
    expect(() => ramInBytes(s)).toThrow(InvalidArgumentError);
  });
});

describe('logRotation', () => {
  it('no options: one file, never rotated', () => {
    expect(logRotation({})).toEqual({ maxSize: 0, maxFile: 1 });
    expect(logRotation(undefined)).toEqual({ maxSize: 0, maxFile: 1 });
    expect(logRotation({ 'max-size': '-1' })).toEqual({ maxSize: 0, maxFile: 1 });
  });

  it('max-size alone keeps one file; with max-file, that many', () => {
    expect(logRotation({ 'max-size': '10k' })).toEqual({ maxSize: 10240, maxFile: 1 });
    expect(logRotation({ 'max-size': '10k', 'max-file': '3' })).toEqual({ maxSize: 10240, maxFile: 3 });
    expect(logRotation({ 'max-size': '1m', 'max-file': '1', compress: 'false' })).toEqual({ maxSize: 1048576, maxFile: 1 });
  });

  it.each<[Record<string, string>, string]>([
    [{ 'max-size': 'lots' }, "invalid size: 'lots'"],
    [{ 'max-size': '0' }, "invalid max-size '0': max-size must be a positive number"],
    [{ 'max-size': '10k', 'max-file': '0' }, 'max-file cannot be less than 1'],
    [{ 'max-size': '10k', 'max-file': 'three' }, "invalid max-file 'three': not a whole number"],
    [{ 'max-file': '3' }, 'max-file can only be set when max-size is set'],
    [{ 'max-sise': '10k' }, "unknown log opt 'max-sise' for json-file log driver"],
    [{ compress: 'true' }, "log opt 'compress=true' is not supported: keel keeps rotated json-file logs uncompressed"],
    [{ tag: 'x' }, "log opt 'tag' is not supported by keel's json-file logs"],
  ])('%j → %s', (config, message) => {
    expect(() => logRotation(config)).toThrow(new InvalidArgumentError(message));
  });
});
