/** An endpoint's delivery log: newest first, filtered by status, each delivery's attempts and payload, replay. */
import { Fragment, useState } from 'react';
import { get, post, query } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useI18n, type MessageKey } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.tsx';
import { useApi, useApiMutation } from '../../lib/useApi.ts';
import { usePagedList } from '../../lib/usePagedList.ts';
import { SelectField } from '../Field.tsx';
import { ErrorNotice, LiveStatus, Loading } from '../Notice.tsx';
import { TableScroll } from '../TableScroll.tsx';
import { useEventLabel, type WebhookDelivery, type WebhookDeliveryDetail } from './webhooks-shared.tsx';

const STATUSES = ['pending', 'delivered', 'failed', 'cancelled'] as const;
const PAGE = 50;

export function WebhookDeliveries({ endpointId }: { endpointId: string }) {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const tz = me.organisation.timeZone;
  const label = useEventLabel();
  const [status, setStatus] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const [news, setNews] = useState<string | null>(null);
  const path = `/webhooks/endpoints/${endpointId}/deliveries`;
  const list = usePagedList<WebhookDelivery, string>(path, { status }, async (cursor, signal) => {
    const page = await get<{ items: WebhookDelivery[]; nextCursor: string | null }>(
      `${path}${query({ status: status || undefined, cursor, limit: PAGE })}`,
      signal,
    );
    return { items: page.items, next: page.nextCursor };
  });
  const replaying = useApiMutation((id: string) => post<WebhookDeliveryDetail>(`/webhooks/deliveries/${id}/replay`), {
    onSuccess: (d) => {
      list.setItems((items) => items.map((x) => (x.id === d.id ? d : x)));
      setNews(t('webhooks.replayed', { status: t(`webhooks.state.${d.status}` as MessageKey) }));
    },
    invalidates: (d) => [`/webhooks/deliveries/${d.id}`],
  });
  const when = (iso: string | null | undefined) => formatDateTime(iso, lang, tz);

  return (
    <section className="card" aria-labelledby="webhook-log">
      <h2 id="webhook-log">{t('webhooks.log')}</h2>
      <SelectField label={t('webhooks.filter')} value={status} onChange={(e) => setStatus(e.target.value)}>
        <option value="">{t('common.all')}</option>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`webhooks.state.${s}`)}
          </option>
        ))}
      </SelectField>
      <LiveStatus>{news}</LiveStatus>
      <ErrorNotice error={list.error ?? replaying.error} />
      {list.loading && list.items.length === 0 && <Loading />}
      {!list.loading && list.items.length === 0 && <p className="empty">{t('webhooks.noDeliveries')}</p>}
      {list.items.length > 0 && (
        <TableScroll label={t('webhooks.log')}>
          <table className="data-table responsive-table">
            <caption className="visually-hidden">{t('webhooks.log')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('webhooks.created')}</th>
                <th scope="col">{t('webhooks.event')}</th>
                <th scope="col">{t('webhooks.status')}</th>
                <th scope="col">{t('webhooks.attempts')}</th>
                <th scope="col">{t('webhooks.lastStatus')}</th>
                <th scope="col">{t('webhooks.error')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((d) => (
                <Fragment key={d.id}>
                  <tr>
                    <th scope="row">{when(d.createdAt)}</th>
                    <td data-label={t('webhooks.event')}>{label(d.eventType)}</td>
                    <td data-label={t('webhooks.status')}>
                      {t(`webhooks.state.${d.status}`)}
                      {d.nextAttemptAt && <div className="hint">{t('webhooks.nextAttempt', { date: when(d.nextAttemptAt) })}</div>}
                    </td>
                    <td data-label={t('webhooks.attempts')}>{d.attempts}</td>
                    <td data-label={t('webhooks.lastStatus')}>{d.lastStatus ?? '—'}</td>
                    <td data-label={t('webhooks.error')}>
                      {/* The server's reason for a stopped delivery is in English: say it in the reader's language. */}
                      {d.status === 'cancelled' ? t('webhooks.stopped') : (d.lastError ?? '')}
                    </td>
                    <td data-label={t('common.actions')}>
                      <button
                        type="button"
                        className="button button-small"
                        aria-expanded={open === d.id}
                        onClick={() => setOpen(open === d.id ? null : d.id)}
                      >
                        {open === d.id ? t('webhooks.hideDetails') : t('webhooks.details')}
                      </button>{' '}
                      {d.status !== 'pending' && (
                        <button
                          type="button"
                          className="button button-small"
                          disabled={replaying.isPending}
                          onClick={() => {
                            setNews(null);
                            replaying.mutate(d.id);
                          }}
                        >
                          {t('webhooks.replay')}
                        </button>
                      )}
                    </td>
                  </tr>
                  {open === d.id && (
                    <tr>
                      <td colSpan={7}>
                        <DeliveryDetail id={d.id} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {list.next && (
        <button type="button" className="button" onClick={list.loadMore} disabled={list.loading}>
          {t('common.loadMore')}
        </button>
      )}
    </section>
  );
}

function DeliveryDetail({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const detail = useApi<WebhookDeliveryDetail>(`/webhooks/deliveries/${id}`);
  if (detail.error) return <ErrorNotice error={detail.error} />;
  if (!detail.data) return <Loading />;
  const d = detail.data;
  return (
    <div className="webhook-detail">
      <p>
        {t('webhooks.webhookId')}: <code>{d.webhookId}</code>
      </p>
      <ol>
        {d.attemptLog.map((a) => (
          <li key={a.attempt}>
            <strong>{t('webhooks.attemptAt', { n: a.attempt })}</strong> · {formatDateTime(a.at, lang, me.organisation.timeZone)} ·{' '}
            {a.status ?? '—'} · {t('webhooks.duration', { ms: a.durationMs })}
            {a.error && <div>{a.error}</div>}
            {a.responseExcerpt && (
              <details>
                <summary>{t('webhooks.response')}</summary>
                <pre>{a.responseExcerpt}</pre>
              </details>
            )}
          </li>
        ))}
      </ol>
      <h3>{t('webhooks.payload')}</h3>
      <pre>{JSON.stringify(d.payload, null, 2)}</pre>
    </div>
  );
}
