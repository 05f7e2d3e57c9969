/**
 * The error classes of every service; one code each, one HTTP status each at the api. This file
 * loads nothing (the CLI uses it); status.ts carries errors across the bus.
 */
export const ERROR_CODES = [
  'NOT_FOUND', 'ALREADY_EXISTS', 'INVALID_ARGUMENT', 'FAILED_PRECONDITION', 'CONFLICT',
  'PERMISSION_DENIED', 'RESOURCE_EXHAUSTED', 'UNAVAILABLE', 'DEADLINE_EXCEEDED',
  'NOT_IMPLEMENTED', 'INTERNAL', 'CANCELLED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrOpts {
  cause?: unknown;
  retryable?: boolean;
  detail?: string;
  service?: string;
}

export class KeelError extends Error {
  readonly retryable: boolean;
  readonly detail: string;
  /** The service that raised the error, when it came across the bus. */
  service: string;
  constructor(readonly code: ErrorCode, message: string, opts: ErrOpts = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = new.target.name;
    this.retryable = opts.retryable ?? false;
    this.detail = opts.detail ?? '';
    this.service = opts.service ?? '';
  }
}

/** `verbatim` keeps `what` as the whole message (used when rebuilding an error from the bus). */
export type WhatOpts = ErrOpts & { verbatim?: boolean };
export class NotFoundError extends KeelError {
  constructor(what: string, opts?: WhatOpts) { super('NOT_FOUND', opts?.verbatim ? what : `${what} not found`, opts); }
}
export class AlreadyExistsError extends KeelError {
  constructor(what: string, opts?: WhatOpts) { super('ALREADY_EXISTS', opts?.verbatim ? what : `${what} already exists`, opts); }
}
export class InvalidArgumentError extends KeelError {
  constructor(message: string, opts?: ErrOpts) { super('INVALID_ARGUMENT', message, opts); }
}
export class FailedPreconditionError extends KeelError {
  constructor(message: string, opts?: ErrOpts) { super('FAILED_PRECONDITION', message, opts); }
}
export class ConflictError extends KeelError {
  constructor(message: string, opts?: ErrOpts) { super('CONFLICT', message, opts); }
}
export class PermissionDeniedError extends KeelError {
  constructor(message: string, opts?: ErrOpts) { super('PERMISSION_DENIED', message, opts); }
}
export class ResourceExhaustedError extends KeelError {
  constructor(message: string, opts?: ErrOpts) { super('RESOURCE_EXHAUSTED', message, opts); }
}
export class UnavailableError extends KeelError {
  constructor(message: string, opts?: ErrOpts) { super('UNAVAILABLE', message, { retryable: true, ...opts }); }
}
export class DeadlineExceededError extends KeelError {
  constructor(message: string, opts?: ErrOpts) { super('DEADLINE_EXCEEDED', message, opts); }
}
export class NotImplementedError extends KeelError {
  constructor(message: string, opts?: ErrOpts) { super('NOT_IMPLEMENTED', message, opts); }
}
export class InternalError extends KeelError {
  constructor(message: string, opts?: ErrOpts) { super('INTERNAL', message, opts); }
}
export class CancelledError extends KeelError {
  constructor(message: string, opts?: ErrOpts) { super('CANCELLED', message, opts); }
}

/** The class of each code, to rebuild an error that crossed the bus (status.ts). */
export const CLASSES: Record<ErrorCode, new (message: string, opts?: WhatOpts) => KeelError> = {
  NOT_FOUND: NotFoundError,
  ALREADY_EXISTS: AlreadyExistsError,
  INVALID_ARGUMENT: InvalidArgumentError,
  FAILED_PRECONDITION: FailedPreconditionError,
  CONFLICT: ConflictError,
  PERMISSION_DENIED: PermissionDeniedError,
  RESOURCE_EXHAUSTED: ResourceExhaustedError,
  UNAVAILABLE: UnavailableError,
  DEADLINE_EXCEEDED: DeadlineExceededError,
  NOT_IMPLEMENTED: NotImplementedError,
  INTERNAL: InternalError,
  CANCELLED: CancelledError,
};

/** Wraps err with context, keeping its class and code: "start api: listen: EADDRINUSE". */
export function wrap(err: unknown, context: string): KeelError {
  if (err instanceof KeelError) {
    const Cls = CLASSES[err.code];
    return new Cls(`${context}: ${err.message}`, { verbatim: true, cause: err, retryable: err.retryable, detail: err.detail, service: err.service });
  }
  return new InternalError(`${context}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
}
