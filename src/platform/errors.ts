/**
 * One error type for everything a request can get wrong. One place (app.ts) turns it into an
 * `application/problem+json` answer (RFC 9457); anything else becomes a bare 500 without details.
 */
export interface ProblemItem {
  /** Where: a JSON path like "body.email", or for CSV the row and column. */
  path?: string;
  row?: number;
  column?: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: ProblemItem[],
    readonly headers?: Record<string, string>,
  ) {
    super(detail ?? title);
  }
}

export const badRequest = (detail: string, errors?: ProblemItem[]) => new AppError(400, 'Bad request', detail, errors);
export const unauthorized = (detail = 'Sign in first.') => new AppError(401, 'Unauthorized', detail);
export const forbidden = (detail = 'You do not have permission to do this.') => new AppError(403, 'Forbidden', detail);
/** Also what answers for something that exists but belongs to another organisation. */
export const notFound = (what = 'Resource') => new AppError(404, 'Not found', `${what} not found.`);
export const conflict = (detail: string) => new AppError(409, 'Conflict', detail);
export const unprocessable = (detail: string, errors?: ProblemItem[]) =>
  new AppError(422, 'Unprocessable content', detail, errors);
export const tooManyRequests = (retryAfterSeconds: number) =>
  new AppError(429, 'Too many requests', `Too many attempts. Try again in ${retryAfterSeconds} seconds.`, undefined, {
    'Retry-After': String(retryAfterSeconds),
  });

export function problemBody(err: AppError, instance?: string) {
  return {
    type: 'about:blank',
    title: err.title,
    status: err.status,
    ...(err.detail ? { detail: err.detail } : {}),
    ...(instance ? { instance } : {}),
    ...(err.errors ? { errors: err.errors } : {}),
  };
}
