import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keel } from '../../../../proto';
import { HTTP_STATUS } from '../../../api/src/errors';
import {
  ERROR_CODES, InternalError, InvalidArgumentError, KeelError, NotFoundError, UnavailableError, wrap,
} from '../../src/errors';
import { fromStatus, toStatus } from '../../src/status';

describe('typed errors', () => {
  it('cross the bus as Status and come back as the same class, message and flags', () => {
    const err = new NotFoundError('service "nope"', { detail: 'known: a, b' });
    const wire = keel.common.v1.Status.encode(toStatus(err, 'keeld')).finish();
    const back = fromStatus(keel.common.v1.Status.decode(wire));
    expect(back).toBeInstanceOf(NotFoundError);
    expect(back.message).toBe('service "nope" not found');
    expect(back.code).toBe('NOT_FOUND');
    expect(back.detail).toBe('known: a, b');
    expect(back.service).toBe('keeld');
    expect(back.retryable).toBe(false);
  });

  it('keep retryable and the chain of causes', () => {
    const root = new Error('ECONNREFUSED');
    const err = new UnavailableError('registry down', { cause: root });
    const s = toStatus(err, 'registry-client');
    expect(s.retryable).toBe(true);
    expect(s.causes).toEqual(['ECONNREFUSED']);
    const back = fromStatus(s);
    expect(back).toBeInstanceOf(UnavailableError);
    expect((back.cause as Error).message).toBe('ECONNREFUSED');
  });

  it('turn anything that is not a KeelError into INTERNAL, and an unknown code too', () => {
    expect(toStatus(new TypeError('x is undefined'), 'engine').code).toBe(keel.common.v1.Code.INTERNAL);
    expect(toStatus('a string', 'engine').message).toBe('a string');
    expect(fromStatus({ code: 999 as keel.common.v1.Code, message: 'from the future' })).toBeInstanceOf(InternalError);
  });

  it('wrap adds context and keeps the class', () => {
    const e = wrap(new InvalidArgumentError('bad env "A"'), 'create container abc');
    expect(e).toBeInstanceOf(InvalidArgumentError);
    expect(e.message).toBe('create container abc: bad env "A"');
    const w = wrap(new Error('EPERM'), 'mount /proc');
    expect(w).toBeInstanceOf(InternalError);
    expect(w.message).toBe('mount /proc: EPERM');
    expect(w.cause).toBeInstanceOf(Error);
  });

  it('every code is in the proto enum, the HTTP table and docs/errors.md, and nothing else is', () => {
    const protoCodes = Object.keys(keel.common.v1.Code).filter((k) => Number.isNaN(Number(k)) && k !== 'OK').sort();
    expect([...ERROR_CODES].sort()).toEqual(protoCodes);
    expect(Object.keys(HTTP_STATUS).sort()).toEqual([...ERROR_CODES].sort());
    const doc = readFileSync(join(__dirname, '..', '..', '..', '..', 'docs', 'errors.md'), 'utf8');
    const documented = [...doc.matchAll(/^\| `([A-Z_]+)` \| (\d+) \|/gm)].map((m) => [m[1], Number(m[2])] as const);
    expect(documented.map(([c]) => c).sort()).toEqual([...ERROR_CODES].sort());
    for (const [code, status] of documented) expect(HTTP_STATUS[code as keyof typeof HTTP_STATUS]).toBe(status);
    for (const code of ERROR_CODES) expect(new KeelError(code, 'm').code).toBe(code);
  });
});
