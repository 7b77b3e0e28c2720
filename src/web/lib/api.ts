/**
 * The one way the web app talks to the API: JSON in and out, the CSRF header on every
 * state-changing request, and application/problem+json errors turned into ApiError.
 */
export const API_BASE = '/api/v1';

export interface ProblemItem {
  path?: string;
  row?: number;
  column?: string;
  /** Stable: what the web app translates (docs/errors.md). */
  code?: string;
  params?: Record<string, string | number>;
  /** For CSV: the offending cell. */
  value?: string;
  /** English, from the server: shown only for a code this app does not know. */
  message: string;
}

export interface Problem {
  /** The stable problem code; absent when the answer was not a problem of ours (a proxy's error page). */
  code?: string;
  title: string;
  status: number;
  detail?: string;
  params?: Record<string, string | number>;
  errors?: ProblemItem[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
    /** Seconds from Retry-After on a 429, else null. */
    readonly retryAfter: number | null = null,
  ) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
  }

  get code(): string | undefined {
    return this.problem.code;
  }

  /** The items the server gave for one field: their paths look like "body.email" (400) or "password" (422). */
  fieldItems(field: string): ProblemItem[] {
    return (this.problem.errors ?? []).filter((e) => e.path === field || e.path?.endsWith(`.${field}`));
  }
}

/** Status 0: the request never got an answer (offline, server down). */
export class NetworkError extends Error {}

// The CSRF token comes from GET /me or sign-in and lives only in memory: it must never be
// readable by another origin, and a reload fetches it again.
let csrfToken: string | null = null;
export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};
export const getCsrfToken = () => csrfToken;

let onSessionLost: (() => void) | null = null;
/** Called when a signed-in request answers 401: the session expired or was ended elsewhere. */
export const setSessionLostHandler = (fn: (() => void) | null) => {
  onSessionLost = fn;
};

export function problemOf(status: number, text: string, contentType: string | null): Problem {
  if (contentType?.includes('json') && text) {
    try {
      const body = JSON.parse(text) as Partial<Problem> & { type?: string };
      // `code` is the last segment of `type` (/problems/<code>); older answers only had the type.
      const code = typeof body.code === 'string' ? body.code : /\/problems\/([a-z0-9-]+)$/.exec(body.type ?? '')?.[1];
      return { code, title: body.title ?? `HTTP ${status}`, status, detail: body.detail, params: body.params, errors: body.errors };
    } catch {
      /* fall through: a proxy may answer with broken JSON */
    }
  }
  return { title: `HTTP ${status}`, status };
}

export function retryAfterOf(header: string | null): number | null {
  if (!header) return null;
  const n = Number(header);
  return Number.isFinite(n) && n >= 0 ? Math.ceil(n) : null;
}

export async function api<T>(method: string, path: string, body?: unknown, opts: { signal?: AbortSignal } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(API_BASE + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal: opts.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new NetworkError(String(err));
  }
  const text = await res.text();
  if (!res.ok) {
    const problem = problemOf(res.status, text, res.headers.get('content-type'));
    // Sign-in answers wrong-credentials for a wrong password; only a lost session signs the app out.
    if (problem.code === 'unauthorized' && csrfToken && !path.startsWith('/auth/')) onSessionLost?.();
    throw new ApiError(res.status, problem, retryAfterOf(res.headers.get('retry-after')));
  }
  return (text ? JSON.parse(text) : undefined) as T;
}

export const get = <T>(path: string, signal?: AbortSignal) => api<T>('GET', path, undefined, { signal });
export const post = <T>(path: string, body?: unknown) => api<T>('POST', path, body);
export const put = <T>(path: string, body?: unknown) => api<T>('PUT', path, body);
export const patch = <T>(path: string, body: unknown) => api<T>('PATCH', path, body);
export const del = <T = void>(path: string) => api<T>('DELETE', path);

/** A query string from the non-empty values, with a leading "?" when there is any. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') s.set(k, String(v));
  const text = s.toString();
  return text ? `?${text}` : '';
}

export const isAbort = (err: unknown) => err instanceof DOMException && err.name === 'AbortError';
