/** Reading and changing through the API with the one query cache (lib/queryClient.ts). */
import { keepPreviousData, useMutation, useQuery, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { useCallback } from 'react';
import { get } from './api.ts';
import { invalidate, keyOf } from './queryClient.ts';

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  /** A request for this path is under way (the first one, a reload or a refresh after a change). */
  loading: boolean;
  reload(): void;
  /** Replace the data locally after a change the server confirmed. */
  setData(update: (old: T | undefined) => T | undefined): void;
}

/** GET `path` (null: nothing yet) and keep the answer; a newer path keeps the older answer on screen until it arrives. */
export function useApi<T>(path: string | null): Loaded<T> {
  const client = useQueryClient();
  const queryKey = keyOf(path ?? '');
  const q = useQuery({
    queryKey,
    queryFn: ({ signal }) => get<T>(path!, signal),
    enabled: path !== null,
    placeholderData: keepPreviousData,
  });
  const keyText = JSON.stringify(queryKey);
  const setData = useCallback(
    (update: (old: T | undefined) => T | undefined) => client.setQueryData<T>(JSON.parse(keyText), update),
    [client, keyText],
  );
  const { refetch } = q;
  const reload = useCallback(() => void refetch(), [refetch]);
  return { data: path === null ? undefined : q.data, error: q.error, loading: path !== null && q.isFetching, reload, setData };
}

export interface ApiMutationOptions<V, R, C> extends Omit<UseMutationOptions<R, Error, V, C>, 'mutationFn'> {
  /** API paths whose queries this change makes stale (lib/queryClient.ts, `invalidate`). */
  invalidates?: string[] | ((result: R, vars: V) => string[]);
}

/**
 * A change through the API: `isPending` while it runs, `error` (an ApiError, shown by
 * lib/errors.ts) after a failure, and the queries under `invalidates` refreshed after success.
 */
export function useApiMutation<V = void, R = unknown, C = unknown>(
  fn: (vars: V) => Promise<R>,
  { invalidates, onSuccess, ...options }: ApiMutationOptions<V, R, C> = {},
) {
  return useMutation<R, Error, V, C>({
    mutationFn: fn,
    ...options,
    onSuccess: async (result, vars, ...rest) => {
      await onSuccess?.(result, vars, ...rest);
      const paths = typeof invalidates === 'function' ? invalidates(result, vars) : invalidates;
      if (paths?.length) void invalidate(...paths);
    },
  });
}
