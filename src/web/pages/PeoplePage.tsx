/** The directory: debounced search, filters kept in the address, a page at a time with "load more". */
import { useEffect, useRef, useState } from 'react';
import { API_BASE, get, query } from '../lib/api.ts';
import { useI18n } from '../lib/i18n.tsx';
import { navigate, useLocation } from '../lib/router.tsx';
import { useSession } from '../lib/session.tsx';
import { can, type Facets, type PeoplePage as PageData, type PersonCard } from '../lib/types.ts';
import { useApi } from '../lib/useApi.ts';
import { useDebounced } from '../lib/useDebounced.ts';
import { usePagedList, type Paged } from '../lib/usePagedList.ts';
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
  const criteria = { ...filters, q };

  // A new search drops the older one and any pending "load more"; the older list stays until it arrives.
  const { items, first, next, loading, error, loadMore } = usePagedList<PersonCard, string, Paged<PersonCard, string> & { total?: number }>(
    '/people',
    criteria,
    async (cursor, signal) => {
      // The total costs a count query: ask for it with the first page only.
      const page = await get<PageData>(
        `/people${query({ ...criteria, limit: PAGE_SIZE, cursor, count: cursor ? undefined : 'true' })}`,
        signal,
      );
      return { items: page.items, next: page.nextCursor, total: page.total };
    },
    { keepPrevious: true },
  );
  const total = first?.total ?? null;

  useEffect(() => {
    if (search === written.current) return;
    written.current = search;
    setFilters(readFilters(search));
  }, [search]);

  // Keep the filters in the address so a shared link or the back button restores them.
  const address = query(criteria);
  useEffect(() => {
    written.current = address;
    navigate(`/people${address}`, { replace: true });
  }, [address]);

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
      {next && !loading && (
        <div className="load-more">
          <button type="button" className="button" onClick={loadMore}>
            {t('common.loadMore')}
          </button>
          {total !== null && <span className="hint">{t('people.showing', { shown: items.length, total })}</span>}
        </div>
      )}
    </Page>
  );
}
