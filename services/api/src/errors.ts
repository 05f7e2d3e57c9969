import { type ErrorCode, KeelError } from '../../kit/src';

/** The one table from error code to HTTP status (docs/errors.md says the same). */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  NOT_FOUND: 404,
  ALREADY_EXISTS: 409,
  CONFLICT: 409,
  FAILED_PRECONDITION: 409,
  INVALID_ARGUMENT: 400,
  PERMISSION_DENIED: 403,
  RESOURCE_EXHAUSTED: 503,
  UNAVAILABLE: 503,
  DEADLINE_EXCEEDED: 503,
  NOT_IMPLEMENTED: 501,
  INTERNAL: 500,
  CANCELLED: 500,
};

interface FastifyLikeError {
  statusCode?: number;
  code?: string;
  message: string;
  validation?: { instancePath?: string; params?: Record<string, unknown>; message?: string }[];
  validationContext?: string;
}

/** Any error a route can meet, as Docker's status and {"message": …}. */
export function httpError(err: unknown): { status: number; message: string } {
  if (err instanceof KeelError) return { status: HTTP_STATUS[err.code] ?? 500, message: err.message };
  const e = err as FastifyLikeError;
  if (e && Array.isArray(e.validation) && e.validation.length) {
    const v = e.validation[0];
    const where = e.validationContext === 'querystring' ? 'query parameter' : e.validationContext === 'params' ? 'path parameter' : 'field';
    const field = (v.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.') || String(v.params?.missingProperty ?? v.params?.additionalProperty ?? '');
    return { status: 400, message: field ? `invalid ${where} "${field}": ${v.message}` : `invalid request: ${v.message}` };
  }
  if (e && e.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return { status: 400, message: `unsupported Content-Type: ${e.message}` };
  if (e && typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    return { status: e.statusCode, message: e.message };
  }
  return { status: 500, message: e?.message ?? String(err) };
}
