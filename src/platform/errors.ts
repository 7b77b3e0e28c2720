/**
 * One error type for everything a request can get wrong. One place (app.ts) turns it into an
 * `application/problem+json` answer (RFC 9457); anything else becomes a bare 500 without details.
 * Every AppError has a stable code from the registry in problems.ts, which decides its status,
 * title and `type`.
 */
import { PROBLEMS, problemType, type ProblemCode, type ProblemItem, type ProblemParams } from './problems.ts';

export type { ProblemCode, ProblemItem, ProblemParams };

export interface AppErrorOptions {
  errors?: ProblemItem[];
  params?: ProblemParams;
  headers?: Record<string, string>;
}

export class AppError extends Error {
  readonly status: number;
  readonly title: string;
  readonly errors?: ProblemItem[];
  readonly params?: ProblemParams;
  readonly headers?: Record<string, string>;

  constructor(
    readonly code: ProblemCode,
    readonly detail?: string,
    options: AppErrorOptions = {},
  ) {
    const spec = PROBLEMS[code];
    super(detail ?? spec.title);
    this.status = spec.status;
    this.title = spec.title;
    this.errors = options.errors;
    this.params = options.params;
    this.headers = options.headers;
  }
}

/** An error of a specific kind: `problem('last-admin', 'This is the last active admin ...')`. */
export const problem = (code: ProblemCode, detail?: string, options?: AppErrorOptions) => new AppError(code, detail, options);

export const badRequest = (detail: string, errors?: ProblemItem[], code: ProblemCode = 'bad-request') =>
  new AppError(code, detail, { errors });
export const unauthorized = (detail = 'Sign in first.', code: ProblemCode = 'unauthorized') => new AppError(code, detail);
export const forbidden = (detail = 'You do not have permission to do this.', code: ProblemCode = 'forbidden') => new AppError(code, detail);
/** Also what answers for something that exists but belongs to another organisation. */
export const notFound = (what = 'Resource') => new AppError('not-found', `${what} not found.`, { params: { resource: what } });
export const conflict = (detail: string, code: ProblemCode = 'conflict', params?: ProblemParams) => new AppError(code, detail, { params });
export const unprocessable = (detail: string, errors?: ProblemItem[], code: ProblemCode = 'unprocessable', params?: ProblemParams) =>
  new AppError(code, detail, { errors, params });
export const tooManyRequests = (retryAfterSeconds: number) =>
  new AppError('too-many-requests', `Too many attempts. Try again in ${retryAfterSeconds} seconds.`, {
    params: { retryAfter: retryAfterSeconds },
    headers: { 'Retry-After': String(retryAfterSeconds) },
  });
export const unsupportedMediaType = (accepted: string) =>
  new AppError('unsupported-media-type', `Send the body as ${accepted}.`, { params: { accepted } });

export function problemBody(err: AppError, instance?: string) {
  return {
    type: problemType(err.code),
    code: err.code,
    title: err.title,
    status: err.status,
    ...(err.detail ? { detail: err.detail } : {}),
    ...(err.params ? { params: err.params } : {}),
    ...(instance ? { instance } : {}),
    ...(err.errors ? { errors: err.errors.map((e) => ({ ...e, code: e.code ?? err.code })) } : {}),
  };
}

/** The generic code of an HTTP status, for errors raised by libraries (hono's HTTPException). */
export function codeForStatus(status: number): ProblemCode {
  const generic: Record<number, ProblemCode> = {
    400: 'bad-request',
    401: 'unauthorized',
    403: 'forbidden',
    404: 'not-found',
    409: 'conflict',
    413: 'payload-too-large',
    415: 'unsupported-media-type',
    422: 'unprocessable',
    429: 'too-many-requests',
  };
  return generic[status] ?? 'internal';
}
