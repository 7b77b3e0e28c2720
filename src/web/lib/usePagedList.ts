/**
 * A list loaded a page at a time (useInfiniteQuery): the first page whenever the key changes (a new
 * filter), more on request. The key starts with the list's API path, so invalidating that path
 * reloads the list.
 */
import { keepPreviousData, useInfiniteQuery, useQueryClient, type InfiniteData, type QueryKey } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';

export interface Paged<T, C> {
  items: T[];
  /** The cursor of the next page, or null when this was the last. */
  next: C | null;
}

/**
 * `path` is the list's API path, `params` what selects the list (filters): together the query key.
 * A page may carry more than its items (P: a total, a flag), read from `first`. With `keepPrevious`,
 * the list of the older filters stays on screen until the new one arrives.
 */
export function usePagedList<T, C, P extends Paged<T, C> = Paged<T, C>>(
  path: string,
  params: unknown,
  fetchPage: (cursor: C | null, signal: AbortSignal) => Promise<P>,
  { keepPrevious = false }: { keepPrevious?: boolean } = {},
) {
  const client = useQueryClient();
  const paramsText = JSON.stringify(params ?? {});
  const queryKey: QueryKey = useMemo(() => [path, { paged: JSON.parse(paramsText) as unknown }], [path, paramsText]);
  const q = useInfiniteQuery<P, Error, InfiniteData<P, C | null>, QueryKey, C | null>({
    queryKey,
    queryFn: ({ pageParam, signal }) => fetchPage(pageParam as C | null, signal),
    initialPageParam: null as C | null,
    getNextPageParam: (last) => last.next ?? undefined,
    placeholderData: keepPrevious ? keepPreviousData : undefined,
  });
  const items = useMemo(() => q.data?.pages.flatMap((p) => p.items) ?? [], [q.data]);
  const setItems = useCallback(
    (update: (old: T[]) => T[]) =>
      client.setQueryData<InfiniteData<P, C | null>>(queryKey, (d) => {
        if (!d) return d;
        // Keep the page boundaries: map each page's items through the update of the whole list.
        const all = update(d.pages.flatMap((p) => p.items));
        let at = 0;
        const pages = d.pages.map((p, i) => {
          const n = i === d.pages.length - 1 ? all.length - at : p.items.length;
          const page = { ...p, items: all.slice(at, at + n) };
          at += n;
          return page;
        });
        return { ...d, pages };
      }),
    [client, queryKey],
  );
  const { fetchNextPage, hasNextPage, refetch } = q;
  return {
    items,
    setItems,
    /** The first page as it came (with what it carries besides its items). */
    first: q.data?.pages[0],
    next: (q.data?.pages.at(-1)?.next ?? null) as C | null,
    loading: q.isFetching,
    error: q.error,
    loadMore: () => (hasNextPage ? void fetchNextPage() : undefined),
    reload: () => void refetch(),
  };
}
