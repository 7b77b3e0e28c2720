/** The directory: debounced search, filters kept in the address, a page at a time with "load more". */
import { useEffect, useRef, useState } from 'react';
import { API_BASE, get, isAbort, query } from '../lib/api.ts';
import { useI18n } from '../lib/i18n.tsx';
import { navigate, useLocation } from '../lib/router.tsx';
import { useSession } from '../lib/session.tsx';
import { can, type Facets, type PeoplePage as PageData, type PersonCard } from '../lib/types.ts';
import { useApi } from '../lib/useApi.ts';
import { useDebounced } from '../lib/useDebounced.ts';
import { ErrorNotice, LiveStatus, Loading } from '../components/Notice.tsx';
import { Page } from '../components/Page.tsx';
import { PeopleFilters, readFilters } from '../components/PeopleFilters.tsx';
import { PeopleTable } from '../components/PeopleTable.tsx';

const PAGE_SIZE = 50;

export function PeoplePage() {
  const { t, tp } = useI18n();
  const { me } = useSession();
  const facets = useApi<Facets>('/people/facets');
  const { search } = useLocation();
  const [filters, setFilters] = useState(() => readFilters(search));
  // The query string this page last wrote; any other one came from outside (the nav link, back).
  const written = useRef(search);
  const q = useDebounced(filters.q.trim(), 300);
  const [items, setItems] = useState<PersonCard[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  // One request in flight at a time: a new search aborts an older one or a pending "load more".
  const inFlight = useRef<AbortController | null>(null);

  const criteria = query({ ...filters, q });

  const load = async (after: string | null) => {
    inFlight.current?.abort();
    const ctl = new AbortController();
    inFlight.current = ctl;
    setLoading(true);
    setError(null);
    try {
      // The total costs a count query: ask for it with the first page only.
      const page = await get<PageData>(
        `/people${query({ ...filters, q, limit: PAGE_SIZE, cursor: after, count: after ? undefined : 'true' })}`,
        ctl.signal,
      );
      setItems((old) => (after ? [...old, ...page.items] : page.items));
      if (page.total !== undefined) setTotal(page.total);
      setCursor(page.nextCursor);
    } catch (err) {
      if (!isAbort(err)) setError(err);
    } finally {
      if (inFlight.current === ctl) setLoading(false);
    }
  };

  useEffect(() => {
    if (search === written.current) return;
    written.current = search;
    setFilters(readFilters(search));
  }, [search]);

  useEffect(() => {
    // Keep the filters in the address so a shared link or the back button restores them.
    written.current = criteria;
    navigate(`/people${criteria}`, { replace: true });
    void load(null);
    return () => inFlight.current?.abort();
    // `load` reads the current filters; re-running on `criteria` alone is the intent.
  }, [criteria]);

  const exportLink = can(me, 'people.export') ? (
    <a className="button" href={`${API_BASE}/people/export.csv`} download>
      {t('people.export')}
    </a>
  ) : null;

  return (
    <Page title={t('people.title')} actions={exportLink}>
      <PeopleFilters value={filters} facets={facets.data} onChange={setFilters} />
      <LiveStatus className="result-count">{total !== null && !loading ? tp('people.found', total) : null}</LiveStatus>
      <ErrorNotice error={error} />
      {items.length > 0 && <PeopleTable people={items} />}
      {!loading && !error && items.length === 0 && <p className="empty">{t('people.none')}</p>}
      {loading && <Loading />}
      {cursor && !loading && (
        <div className="load-more">
          <button type="button" className="button" onClick={() => load(cursor)}>
            {t('common.loadMore')}
          </button>
          {total !== null && <span className="hint">{t('people.showing', { shown: items.length, total })}</span>}
        </div>
      )}
    </Page>
  );
}
