import { useCallback, useEffect, useState } from 'react';
import { get, isAbort } from './api.ts';

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload(): void;
  /** Replace the data locally after a change the server confirmed. */
  setData(update: (old: T | undefined) => T | undefined): void;
}

/** GET `path` (null: nothing yet) and keep the answer; a newer path aborts the older request. */
export function useApi<T>(path: string | null): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(path !== null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (path === null) return;
    const ctl = new AbortController();
    setLoading(true);
    setError(null);
    get<T>(path, ctl.signal)
      .then((d) => setData(d))
      .catch((err) => {
        if (!isAbort(err)) setError(err);
      })
      .finally(() => {
        if (!ctl.signal.aborted) setLoading(false);
      });
    return () => ctl.abort();
  }, [path, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, error, loading, reload, setData };
}
