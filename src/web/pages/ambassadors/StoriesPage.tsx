/** Stories for colleagues, newest first, a page at a time; ambassadors can write one from here. */
import { useState } from 'react';
import { get, query } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { Link } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { useApi } from '../../lib/useApi.ts';
import { SelectField } from '../../components/Field.tsx';
import { ErrorNotice, Loading } from '../../components/Notice.tsx';
import { Page } from '../../components/Page.tsx';
import { StoryCard } from '../../components/ambassadors/StoryCard.tsx';
import { languageLabel } from '../../components/ambassadors/program.ts';
import { API_LANGUAGES, type MyAmbassador, type StoriesPage as StoriesData, type Story } from '../../components/ambassadors/types.ts';
import '../../components/ambassadors/ambassadors.css';
import { usePagedList } from '../../lib/usePagedList.ts';

const PAGE_SIZE = 20;

export function StoriesPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const mine = useApi<MyAmbassador>(me.user.personId ? '/me/ambassador' : null);
  const [language, setLanguage] = useState('');
  const { items, next, loading, error, loadMore } = usePagedList<Story, string>('/stories', { language }, async (before, signal) => {
    const page = await get<StoriesData>(`/stories${query({ language, before, limit: PAGE_SIZE })}`, signal);
    return { items: page.items, next: page.nextBefore };
  });

  const canWrite = mine.data?.ambassador?.active;
  return (
    <Page
      title={t('stories.title')}
      actions={
        canWrite ? (
          <Link to="/stories/new" className="button button-primary">
            {t('stories.write')}
          </Link>
        ) : undefined
      }
    >
      <p>{t('stories.intro')}</p>
      {mine.data && !canWrite && (
        <p className="hint">
          {t('stories.becomeToWrite')} <Link to="/ambassador">{t('stories.aboutProgram')}</Link>
        </p>
      )}
      <form className="amb-filters" role="search" aria-label={t('stories.filter')} onSubmit={(e) => e.preventDefault()}>
        <SelectField label={t('stories.language')} value={language} onChange={(e) => setLanguage(e.target.value)}>
          <option value="">{t('common.all')}</option>
          {API_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {languageLabel(t, l)}
            </option>
          ))}
        </SelectField>
      </form>
      <ErrorNotice error={error} />
      <div className="amb-feed">
        {items.map((s) => (
          <StoryCard key={s.id} story={s} />
        ))}
      </div>
      {!loading && !error && items.length === 0 && <p className="empty">{t('stories.none')}</p>}
      {loading && <Loading />}
      {next && !loading && (
        <div className="load-more">
          <button type="button" className="button" onClick={loadMore}>
            {t('common.loadMore')}
          </button>
        </div>
      )}
    </Page>
  );
}
