/** Community events: what is coming, with the places left and one's own sign-up; coordinators create them. */
import { Link } from '../../lib/router.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.tsx';
import { can } from '../../lib/types.ts';
import { useApi } from '../../lib/useApi.ts';
import { ErrorNotice, Loading } from '../../components/Notice.tsx';
import { Page } from '../../components/Page.tsx';
import { CommunityNav } from '../../components/community/CommunityNav.tsx';
import { textIn, whenText, type CommunityEvent } from '../../components/community/events.ts';

export function EventsPage() {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const { data, error, loading } = useApi<{ items: CommunityEvent[] }>('/events');
  const actions = can(me, 'program.manage') ? (
    <Link to="/community/events/new" className="button">
      {t('events.new')}
    </Link>
  ) : undefined;
  return (
    <Page title={t('events.title')} actions={actions}>
      <CommunityNav />
      <p>{t('events.intro')}</p>
      <ErrorNotice error={error} />
      {loading && !data ? <Loading /> : null}
      {data && data.items.length === 0 ? <p>{t('events.none')}</p> : null}
      <ul>
        {data?.items.map((e) => {
          const general = e.counts.find((c) => c.role === '');
          return (
            <li key={e.id}>
              <h2>
                <Link to={`/community/events/${e.id}`}>{textIn(e.title, lang)}</Link>
              </h2>
              <p>
                {t(`events.kind.${e.kind}`)} · {whenText(e, lang, me.organisation.timeZone)}
                {e.place ? ` · ${e.place}` : ''}
                {e.status === 'cancelled' ? ` · ${t('events.cancelled')}` : ''}
              </p>
              {general?.capacity ? <p>{t('events.places', { taken: general.confirmed, capacity: general.capacity })}</p> : null}
              {e.mySignup ? (
                <p>
                  {e.mySignup.status === 'confirmed'
                    ? t('events.youAreIn')
                    : t('events.youAreWaiting', { position: e.mySignup.position ?? 0 })}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </Page>
  );
}
