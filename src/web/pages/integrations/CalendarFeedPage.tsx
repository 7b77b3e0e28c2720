/**
 * My calendar feed: a secret, revocable address of one's moments, tasks and events (a manager's
 * team's, HR's organisation's too) that Outlook or Google Calendar subscribes to. The address is
 * shown once when it is made; a new one replaces it; revoking stops it.
 */
import { useState } from 'react';
import { del, post } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.tsx';
import type { Schema } from '../../lib/types.ts';
import { useApi, useApiMutation } from '../../lib/useApi.ts';
import { ErrorNotice, LiveStatus, Loading } from '../../components/Notice.tsx';
import { Page } from '../../components/Page.tsx';
import { SecretBox } from '../../components/SecretBox.tsx';

type Feed = Schema<'CalendarFeed'>;
type Created = Schema<'CreatedCalendarFeed'>;

export function CalendarFeedPage() {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const tz = me.organisation.timeZone;
  const feed = useApi<Feed>('/me/calendar-feed');
  const [url, setUrl] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const creating = useApiMutation(() => post<Created>('/me/calendar-feed'), {
    onSuccess: (row) => {
      const { url: secret, ...shown } = row;
      feed.setData(() => shown);
      setUrl(secret);
      setStatus(null);
    },
  });
  const revoking = useApiMutation(() => del('/me/calendar-feed'), {
    onSuccess: () => {
      feed.setData(() => ({ exists: false, createdAt: null, lastUsedAt: null }));
      setUrl(null);
      setStatus(t('calendars.feed.revoked'));
    },
  });
  const error = creating.error ?? revoking.error ?? feed.error;

  const create = () => {
    if (feed.data?.exists && !window.confirm(t('calendars.feed.confirmReplace'))) return;
    revoking.reset();
    creating.mutate(undefined);
  };
  const revoke = () => {
    if (!window.confirm(t('calendars.feed.confirmRevoke'))) return;
    creating.reset();
    revoking.mutate(undefined);
  };

  return (
    <Page title={t('calendars.feed.title')}>
      <p>{t('calendars.feed.intro')}</p>
      <p className="hint">{t('calendars.feed.privacy')}</p>
      <section className="card" aria-labelledby="feed-h">
        <h2 id="feed-h">{t('calendars.feed.yours')}</h2>
        {feed.loading && !feed.data && <Loading />}
        {feed.data && (
          <p>
            {feed.data.exists
              ? t('calendars.feed.exists', {
                  created: formatDateTime(feed.data.createdAt, lang, tz),
                  used: feed.data.lastUsedAt ? formatDateTime(feed.data.lastUsedAt, lang, tz) : t('calendars.feed.neverUsed'),
                })
              : t('calendars.feed.none')}
          </p>
        )}
        {url && <SecretBox label={t('calendars.feed.address')} secret={url} onDismiss={() => setUrl(null)} />}
        <div className="button-row">
          <button type="button" className="button button-primary" disabled={creating.isPending} onClick={create}>
            {feed.data?.exists ? t('calendars.feed.replace') : t('calendars.feed.create')}
          </button>
          {feed.data?.exists && (
            <button type="button" className="button button-danger" disabled={revoking.isPending} onClick={revoke}>
              {t('calendars.feed.revoke')}
            </button>
          )}
        </div>
      </section>
      <LiveStatus>{status}</LiveStatus>
      <ErrorNotice error={error} />
      <section className="card" aria-labelledby="feed-how">
        <h2 id="feed-how">{t('calendars.feed.howTitle')}</h2>
        <h3>{t('calendars.feed.outlookTitle')}</h3>
        <ol>
          <li>{t('calendars.feed.outlook1')}</li>
          <li>{t('calendars.feed.outlook2')}</li>
          <li>{t('calendars.feed.outlook3')}</li>
        </ol>
        <h3>{t('calendars.feed.googleTitle')}</h3>
        <ol>
          <li>{t('calendars.feed.google1')}</li>
          <li>{t('calendars.feed.google2')}</li>
          <li>{t('calendars.feed.google3')}</li>
        </ol>
        <p className="hint">{t('calendars.feed.refresh')}</p>
      </section>
    </Page>
  );
}
