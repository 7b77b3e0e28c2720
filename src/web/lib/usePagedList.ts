/**
 * A list loaded a page at a time: the first page whenever `key` changes (a new filter), more on
 * request. One request in flight: a new filter aborts an older request or a pending "load more".
 */
import { useEffect, useRef, useState } from 'react';
import { isAbort } from './api.ts';

export interface Paged<T, C> {
  items: T[];
  /** The cursor of the next page, or null when this was the last. */
  next: C | null;
}

export function usePagedList<T, C>(key: string, fetchPage: (cursor: C | null, signal: AbortSignal) => Promise<Paged<T, C>>) {
  const [items, setItems] = useState<T[]>([]);
  const [next, setNext] = useState<C | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const inFlight = useRef<AbortController | null>(null);
  // The latest fetch (it reads the current filters) without making it a dependency.
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;

  const load = async (cursor: C | null) => {
    inFlight.current?.abort();
    const ctl = new AbortController();
    inFlight.current = ctl;
    setLoading(true);
    setError(null);
    try {
      const page = await fetchRef.current(cursor, ctl.signal);
      setItems((old) => (cursor !== null ? [...old, ...page.items] : page.items));
      setNext(page.next);
    } catch (err) {
      if (!isAbort(err)) setError(err);
    } finally {
      if (inFlight.current === ctl) setLoading(false);
    }
  };

  useEffect(() => {
    void load(null);
    return () => inFlight.current?.abort();
  }, [key]);

  return {
    items,
    setItems,
    next,
    loading,
    error,
    setError,
    loadMore: () => (next !== null ? load(next) : undefined),
    reload: () => load(null),
  };
}
