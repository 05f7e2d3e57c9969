import { keel } from '../../../proto';
import { CLASSES, type ErrorCode, KeelError } from './errors';

/** Messages of the chain of causes below err, outermost first. */
function causeMessages(err: unknown): string[] {
  const out: string[] = [];
  let cur = err instanceof Error ? err.cause : undefined;
  for (let depth = 0; cur !== undefined && depth < 8; depth++) {
    if (cur instanceof AggregateError) out.push(...cur.errors.map((e) => String(e instanceof Error ? e.message : e)));
    out.push(cur instanceof Error ? cur.message : String(cur));
    cur = cur instanceof Error ? cur.cause : undefined;
  }
  return out;
}

/** Any thrown value as the Status that crosses the bus; a non-KeelError becomes INTERNAL. */
export function toStatus(err: unknown, service: string): keel.common.v1.IStatus {
  const e = err instanceof KeelError ? err : null;
  const code = e ? e.code : 'INTERNAL';
  return {
    code: keel.common.v1.Code[code],
    message: err instanceof Error ? err.message : String(err),
    detail: e?.detail ?? '',
    retryable: e?.retryable ?? false,
    service: e?.service || service,
    causes: causeMessages(err),
  };
}

/** Rebuilds the error class on the caller's side; an unknown code becomes InternalError. */
export function fromStatus(s: keel.common.v1.IStatus): KeelError {
  const name = keel.common.v1.Code[s.code ?? keel.common.v1.Code.INTERNAL] as string | undefined;
  const code: ErrorCode = name && name in CLASSES ? (name as ErrorCode) : 'INTERNAL';
  const Cls = CLASSES[code];
  return new Cls(s.message ?? '', {
    verbatim: true, retryable: s.retryable ?? false, detail: s.detail ?? '', service: s.service ?? '',
    cause: s.causes && s.causes.length ? new Error(s.causes.join(': ')) : undefined,
  });
}

