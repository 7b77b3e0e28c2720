/**
 * The one cache of API answers (TanStack Query). A query's key is its API path and then its query
 * parameters (`keyOf`), so invalidating '/people' refreshes the directory, a person and their
 * timeline. Errors are the ApiError / NetworkError of lib/api.ts, shown by code through lib/errors.ts.
 */
import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { ApiError } from './api.ts';

/** A 4xx says what is wrong with the request: asking again gives the same answer. */
const worthRetrying = (failures: number, err: unknown) => failures < 1 && !(err instanceof ApiError && err.status < 500);

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: worthRetrying,
      // A page shows what it was shown until someone acts; mutations invalidate what they change.
      refetchOnWindowFocus: false,
      staleTime: 0,
    },
    mutations: { retry: false },
  },
});

/** The key of a GET: ['/people', { q: 'an' }] for '/people?q=an'. */
export function keyOf(path: string): QueryKey {
  const at = path.indexOf('?');
  if (at < 0) return [path];
  return [path.slice(0, at), Object.fromEntries(new URLSearchParams(path.slice(at + 1)))];
}

/** Whether a query's key is under one of these paths ('/people' covers '/people/p1/timeline'). */
export function isUnder(key: QueryKey, paths: readonly string[]): boolean {
  const head = key[0];
  return typeof head === 'string' && paths.some((p) => head === p || head.startsWith(p.endsWith('/') ? p : `${p}/`));
}

/** Refresh every query under these paths (the ones on screen at once, the others when next shown). */
export const invalidate = (...paths: string[]) => queryClient.invalidateQueries({ predicate: (q) => isUnder(q.queryKey, paths) });
