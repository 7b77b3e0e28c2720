/**
 * What the journeys sent and will send: filter by status, the failed ones with their last error,
 * every attempt, a retry; and running the schedule for a chosen day by hand.
 */
import { Fragment, useState, type FormEvent } from 'react';
import { get, post, query } from '../../lib/api.ts';
import { fieldError } from '../../lib/errors.ts';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format.ts';
import { useI18n } from '../../lib/i18n.tsx';
import {
  DELIVERY_STATUSES,
  isHr,
  KIND_KEYS,
  RECIPIENT_KEYS,
  STATUS_KEYS,
  todayIn,
  type Delivery,
  type DeliveryAttempt,
  type DeliveryStatus,
  type RunSummary,
} from '../../lib/moments.ts';
import { Link } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { SelectField, TextField } from '../../components/Field.tsx';
import { ErrorNotice, LiveStatus, Loading } from '../../components/Notice.tsx';
import { Page } from '../../components/Page.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { NotFoundPage } from '../NotFoundPage.tsx';
import '../../components/moments/moments.css';
import { usePagedList } from '../../lib/usePagedList.ts';
import { useApi, useApiMutation } from '../../lib/useApi.ts';

const PAGE_SIZE = 50;

export function DeliveriesPage() {
  const { me } = useSession();
  return isHr(me) ? <Deliveries /> : <NotFoundPage forbidden />;
}

function Deliveries() {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const tz = me.organisation.timeZone;
  // The home page links here with ?status=failed.
  const [status, setStatus] = useState<DeliveryStatus | ''>(() =>
    new URLSearchParams(location.search).get('status') === 'failed' ? 'failed' : '',
  );
  const [news, setNews] = useState<string | null>(null);
  const [openAttempts, setOpenAttempts] = useState<string | null>(null);

  const {
    items,
    setItems,
    next,
    loading,
    error: listError,
    loadMore,
  } = usePagedList<Delivery, string>('/deliveries', { status }, async (cursor, signal) => {
    const page = await get<{ items: Delivery[]; nextCursor: string | null }>(
      `/deliveries${query({ status, limit: PAGE_SIZE, cursor })}`,
      signal,
    );
    return { items: page.items, next: page.nextCursor };
  });
  const more = next !== null;

  const retrying = useApiMutation((d: Delivery) => post(`/deliveries/${d.id}/retry`), {
    onSuccess: (_, d) => {
      setItems((old) => old.map((x) => (x.id === d.id ? { ...x, status: 'pending', lastError: null } : x)));
      setNews(t('moments.deliveries.retried', { name: d.name, step: d.stepName }));
    },
  });
  const retry = (d: Delivery) => {
    setNews(null);
    retrying.mutate(d);
  };
  const error = retrying.error ?? listError;

  const cols = {
    due: t('moments.deliveries.due'),
    who: t('moments.deliveries.person'),
    what: t('moments.deliveries.step'),
    to: t('moments.deliveries.recipient'),
    status: t('moments.deliveries.status'),
    actions: t('common.actions'),
  };

  return (
    <Page title={t('moments.deliveries.title')}>
      <p>{t('moments.deliveries.intro')}</p>
      <RunForm />

      <section aria-labelledby="deliveries-list" className="m-deliveries">
        <h2 id="deliveries-list">{t('moments.deliveries.list')}</h2>
        <div className="m-filter-bar">
          <SelectField
            label={t('moments.deliveries.filter')}
            value={status}
            onChange={(e) => setStatus(e.target.value as DeliveryStatus | '')}
          >
            <option value="">{t('common.all')}</option>
            {DELIVERY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(STATUS_KEYS[s])}
              </option>
            ))}
          </SelectField>
          <button
            type="button"
            className={status === 'failed' ? 'button button-small button-danger' : 'button button-small'}
            aria-pressed={status === 'failed'}
            onClick={() => setStatus(status === 'failed' ? '' : 'failed')}
          >
            {t('moments.deliveries.failedView')}
          </button>
        </div>
        <LiveStatus>{news}</LiveStatus>
        <ErrorNotice error={error} />
        {!loading && !error && items.length === 0 && (
          <p className="empty">{status === 'failed' ? t('moments.deliveries.noneFailed') : t('moments.deliveries.none')}</p>
        )}
        {items.length > 0 && (
          <TableScroll label={t('moments.deliveries.list')}>
            <table className="data-table responsive-table">
              <caption className="visually-hidden">{t('moments.deliveries.list')}</caption>
              <thead>
                <tr>
                  <th scope="col">{cols.due}</th>
                  <th scope="col">{cols.who}</th>
                  <th scope="col">{cols.what}</th>
                  <th scope="col">{cols.to}</th>
                  <th scope="col">{cols.status}</th>
                  <th scope="col">{cols.actions}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((d) => (
                  <Fragment key={d.id}>
                    <tr>
                      <td data-label={cols.due} className="nowrap">
                        {formatDateTime(d.dueAt, lang, tz)}
                      </td>
                      <th scope="row" data-label={cols.who}>
                        <Link to={`/people/${d.personId}`}>{d.name}</Link>
                      </th>
                      <td data-label={cols.what}>
                        {d.stepName}
                        <span className="hint m-block">
                          {d.journeyName} · {t(KIND_KEYS[d.kind])}
                        </span>
                      </td>
                      <td data-label={cols.to}>
                        {t(RECIPIENT_KEYS[d.recipient])}
                        {d.to && d.to.length > 0 && (
                          <span className="hint m-block m-wrap">
                            {d.to.slice(0, 3).join(', ')}
                            {d.to.length > 3 && ` ${t('moments.deliveries.more', { n: d.to.length - 3 })}`}
                          </span>
                        )}
                      </td>
                      <td data-label={cols.status}>
                        <span className={`m-status m-status-${d.status}`}>{t(STATUS_KEYS[d.status])}</span>
                        {d.sentAt && <span className="hint m-block">{formatDateTime(d.sentAt, lang, tz)}</span>}
                        {d.lastError && (
                          <span className="m-error-text m-block">
                            {t('moments.deliveries.lastError')}: {d.lastError}
                          </span>
                        )}
                      </td>
                      <td data-label={cols.actions}>
                        <div className="m-actions">
                          {(d.status === 'failed' || d.lastError || d.attempts > 1) && (
                            <button
                              type="button"
                              className="button button-small nowrap"
                              aria-expanded={openAttempts === d.id}
                              aria-controls={`attempts-${d.id}`}
                              onClick={() => setOpenAttempts(openAttempts === d.id ? null : d.id)}
                            >
                              {t('moments.deliveries.attempts', { n: d.attempts })}
                              <span className="visually-hidden"> {t('moments.deliveries.of', { name: d.name, step: d.stepName })}</span>
                            </button>
                          )}
                          {d.status === 'failed' && (
                            <button type="button" className="button button-small button-primary" onClick={() => retry(d)}>
                              {t('moments.deliveries.retry')}
                              <span className="visually-hidden"> {t('moments.deliveries.of', { name: d.name, step: d.stepName })}</span>
                            </button>
                          )}
                        </div>
                      </td>
                    </tr>
                    {openAttempts === d.id && (
                      <tr className="m-attempts-row">
                        <td colSpan={6} id={`attempts-${d.id}`}>
                          <Attempts id={d.id} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
        {loading && <Loading />}
        {more && !loading && (
          <div className="load-more">
            <button type="button" className="button" onClick={loadMore}>
              {t('common.loadMore')}
            </button>
          </div>
        )}
      </section>
    </Page>
  );
}

function Attempts({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const attempts = useApi<{ items: DeliveryAttempt[] }>(`/deliveries/${id}/attempts`);
  const { error } = attempts;
  const items = attempts.data?.items;
  if (error) return <ErrorNotice error={error} />;
  if (!items) return <Loading />;
  if (items.length === 0) return <p className="empty">{t('moments.deliveries.noAttempts')}</p>;
  return (
    <ol className="m-attempts">
      {items.map((a) => (
        <li key={`${a.attempt}-${a.at}`}>
          <span className="strong">{t('moments.deliveries.attemptN', { n: a.attempt })}</span> ·{' '}
          {formatDateTime(a.at, lang, me.organisation.timeZone)} ·{' '}
          <span className={`m-status m-status-${a.outcome === 'error' ? 'failed' : a.outcome}`}>
            {a.outcome === 'error' ? t('moments.deliveries.outcomeError') : t(STATUS_KEYS[a.outcome])}
          </span>
          {a.error && <pre className="m-attempt-error">{a.error}</pre>}
        </li>
      ))}
    </ol>
  );
}

function RunForm() {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const [date, setDate] = useState(() => todayIn(me.organisation.timeZone));
  // The sweep writes deliveries: the list above shows them.
  const running = useApiMutation((day: string) => post<RunSummary>('/moments/run', { date: day }), { invalidates: ['/deliveries'] });
  const { error, isPending: busy } = running;
  const summary = running.data ?? null;

  const run = (e: FormEvent) => {
    e.preventDefault();
    running.reset();
    running.mutate(date);
  };

  const dateError = fieldError(error, 'date', t);
  return (
    <section className="card" aria-labelledby="run-schedule">
      <h2 id="run-schedule">{t('moments.run.title')}</h2>
      <p className="hint">{t('moments.run.hint')}</p>
      <form className="inline-form m-run-form" onSubmit={run}>
        <TextField
          label={t('moments.run.date')}
          type="date"
          required
          value={date}
          onChange={(e) => setDate(e.target.value)}
          error={dateError}
        />
        <button type="submit" className="button button-primary" disabled={busy || !date}>
          {busy ? t('moments.run.running') : t('moments.run.submit')}
        </button>
      </form>
      <ErrorNotice error={dateError ? null : error} />
      <LiveStatus>
        {summary && (
          <>
            <p>{t('moments.run.done', { date: formatDate(summary.date, lang) })}</p>
            <dl className="counts">
              <div>
                <dt>{t('moments.run.due')}</dt>
                <dd>{formatNumber(summary.due, lang)}</dd>
              </div>
              <div>
                <dt>{t('moments.run.created')}</dt>
                <dd>{formatNumber(summary.created, lang)}</dd>
              </div>
            </dl>
            <p className="hint">{t('moments.run.explain')}</p>
          </>
        )}
      </LiveStatus>
    </section>
  );
}
