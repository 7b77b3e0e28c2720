/** The community: active ambassadors by topic, region, language and search, and company-wide thanks. */
import { useState } from 'react';
import { get, query } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { REGIONS } from '../../lib/types.ts';
import { useApi } from '../../lib/useApi.ts';
import { useDebounced } from '../../lib/useDebounced.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { ErrorNotice, LiveStatus, Loading } from '../../components/Notice.tsx';
import { Page } from '../../components/Page.tsx';
import { AmbassadorCard } from '../../components/ambassadors/AmbassadorCard.tsx';
import { RecognitionList } from '../../components/ambassadors/RecognitionList.tsx';
import { languageLabel, regionLabel, SUGGESTED_TOPICS, topicLabel } from '../../components/ambassadors/program.ts';
import { API_LANGUAGES, type Ambassador, type Recognition } from '../../components/ambassadors/types.ts';
import '../../components/ambassadors/ambassadors.css';
import { usePagedList } from '../../lib/usePagedList.ts';
import { CommunityNav } from '../../components/community/CommunityNav.tsx';

const PAGE_SIZE = 48;
const NO_FILTERS = { q: '', topic: '', region: '', language: '' };

export function CommunityPage() {
  const { t, tp } = useI18n();
  const [filters, setFilters] = useState(NO_FILTERS);
  const q = useDebounced(filters.q.trim(), 300);
  const thanks = useApi<{ items: Recognition[] }>('/recognitions');
  const criteria = query({ topic: filters.topic, region: filters.region, language: filters.language, q });

  const { items, next, loading, error, loadMore } = usePagedList<Ambassador, number>(
    '/ambassadors',
    { criteria },
    async (offset, signal) => {
      const sep = criteria ? '&' : '?';
      const page = await get<{ items: Ambassador[] }>(`/ambassadors${criteria}${sep}limit=${PAGE_SIZE}&offset=${offset ?? 0}`, signal);
      // No total from the API: a full page means there may be more.
      return { items: page.items, next: page.items.length === PAGE_SIZE ? (offset ?? 0) + PAGE_SIZE : null };
    },
  );
  const more = next !== null;

  const set = (k: keyof typeof NO_FILTERS) => (e: { target: { value: string } }) => setFilters({ ...filters, [k]: e.target.value });
  const active = Object.values(filters).some(Boolean);
  return (
    <Page title={t('community.title')}>
      <CommunityNav />
      <p>{t('community.intro')}</p>
      <div className="amb-columns amb-columns-wide">
        <section aria-labelledby="community-dir">
          <h2 id="community-dir">{t('community.directory')}</h2>
          <form
            className="filters amb-community-filters"
            role="search"
            aria-label={t('community.filters')}
            onSubmit={(e) => e.preventDefault()}
          >
            <TextField
              className="filter-search"
              label={t('community.search')}
              hint={t('community.searchHint')}
              type="search"
              value={filters.q}
              onChange={set('q')}
            />
            <SelectField label={t('community.topic')} value={filters.topic} onChange={set('topic')}>
              <option value="">{t('common.all')}</option>
              {SUGGESTED_TOPICS.map((topic) => (
                <option key={topic} value={topic}>
                  {topicLabel(t, topic)}
                </option>
              ))}
            </SelectField>
            <SelectField label={t('community.region')} value={filters.region} onChange={set('region')}>
              <option value="">{t('common.all')}</option>
              {REGIONS.map((r) => (
                <option key={r} value={r}>
                  {regionLabel(t, r)}
                </option>
              ))}
            </SelectField>
            <SelectField label={t('community.language')} value={filters.language} onChange={set('language')}>
              <option value="">{t('common.all')}</option>
              {API_LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {languageLabel(t, l)}
                </option>
              ))}
            </SelectField>
            {active && (
              <button type="button" className="button filters-clear" onClick={() => setFilters(NO_FILTERS)}>
                {t('people.clearFilters')}
              </button>
            )}
          </form>
          <LiveStatus className="result-count">
            {!loading && !error ? tp('community.found', items.length) + (more ? '+' : '') : null}
          </LiveStatus>
          <ErrorNotice error={error} />
          {items.length > 0 && (
            <ul className="amb-grid">
              {items.map((a) => (
                <AmbassadorCard key={a.personId} a={a} onThanked={(companyWide) => companyWide && thanks.reload()} />
              ))}
            </ul>
          )}
          {!loading && !error && items.length === 0 && <p className="empty">{t('community.none')}</p>}
          {loading && <Loading />}
          {more && !loading && (
            <div className="load-more">
              <button type="button" className="button" onClick={loadMore}>
                {t('common.loadMore')}
              </button>
            </div>
          )}
        </section>
        <section className="card amb-feed-side" aria-labelledby="community-thanks">
          <h2 id="community-thanks">{t('community.thanksFeed')}</h2>
          <p className="hint">{t('community.thanksFeedHint')}</p>
          {thanks.loading && !thanks.data && <Loading />}
          <ErrorNotice error={thanks.error} />
          {thanks.data?.items.length === 0 && <p className="empty">{t('community.thanksNone')}</p>}
          {!!thanks.data?.items.length && <RecognitionList items={thanks.data.items} showTo />}
        </section>
      </div>
    </Page>
  );
}
