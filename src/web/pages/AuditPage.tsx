/** The audit log, newest first, a page at a time (nextBefore), filtered by the start of the action. */
import { useState, type FormEvent } from 'react';
import { get, query } from '../lib/api.ts';
import { formatDateTime } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import type { AuditEntry } from '../lib/types.ts';
import { TextField } from '../components/Field.tsx';
import { ErrorNotice, LiveStatus, Loading } from '../components/Notice.tsx';
import { Page } from '../components/Page.tsx';
import { TableScroll } from '../components/TableScroll.tsx';
import { usePagedList } from '../lib/usePagedList.ts';

const PAGE_SIZE = 50;

/** Details as "key: value" lines; nested values stay JSON, which is what an admin would search for. */
function Details({ details }: { details: Record<string, unknown> }) {
  const entries = Object.entries(details);
  if (entries.length === 0) return null;
  return (
    <ul className="details">
      {entries.map(([k, v]) => (
        <li key={k}>
          <span className="hint">{k}:</span> <code>{typeof v === 'string' ? v : JSON.stringify(v)}</code>
        </li>
      ))}
    </ul>
  );
}

export function AuditPage() {
  const { t, tp, lang } = useI18n();
  const { me } = useSession();
  const [draft, setDraft] = useState('');
  const [action, setAction] = useState('');
  const { items, next, loading, error, loadMore } = usePagedList<AuditEntry, number>('/audit-log', { action }, async (before, signal) => {
    const page = await get<{ items: AuditEntry[]; nextBefore: number | null }>(
      `/audit-log${query({ action, before, limit: PAGE_SIZE })}`,
      signal,
    );
    return { items: page.items, next: page.nextBefore };
  });

  const filter = (e: FormEvent) => {
    e.preventDefault();
    setAction(draft.trim());
  };

  return (
    <Page title={t('audit.title')}>
      <form className="inline-form" role="search" aria-label={t('audit.filter')} onSubmit={filter}>
        <TextField label={t('audit.action')} hint={t('audit.actionHint')} value={draft} onChange={(e) => setDraft(e.target.value)} />
        <button type="submit" className="button">
          {t('audit.apply')}
        </button>
      </form>
      <LiveStatus className="result-count">{!loading ? tp('audit.shown', items.length) : null}</LiveStatus>
      <ErrorNotice error={error} />
      {items.length > 0 && (
        <TableScroll label={t('audit.title')}>
          <table className="data-table audit-table responsive-table">
            <caption className="visually-hidden">{t('audit.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.target')}</th>
                <th scope="col">{t('audit.details')}</th>
                <th scope="col">{t('audit.ip')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr key={a.id}>
                  <td data-label={t('audit.when')} className="nowrap">
                    {formatDateTime(a.at, lang, me.organisation.timeZone)}
                  </td>
                  <td data-label={t('audit.who')}>{a.actor}</td>
                  <th scope="row" data-label={t('audit.action')}>
                    <code>{a.action}</code>
                  </th>
                  <td data-label={t('audit.target')}>{a.targetType ? `${a.targetType} ${a.targetId ?? ''}` : ''}</td>
                  <td data-label={t('audit.details')}>
                    <Details details={a.details} />
                  </td>
                  <td data-label={t('audit.ip')}>{a.ip}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {!loading && !error && items.length === 0 && <p className="empty">{t('audit.none')}</p>}
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
