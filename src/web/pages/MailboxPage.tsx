/**
 * The mail the organisation sent (the dev mailbox when no SMTP server is set up): a list and the
 * selected mail. The body is plain text in a <pre>; React escapes it, so no mail can inject markup.
 * The dev mailbox shows every mail whole, reset links included, so the page says it is a tool for
 * development and demos; with SMTP the API hides secret links and the page says why.
 */
import { useEffect, useRef, useState } from 'react';
import { get, query } from '../lib/api.ts';
import { formatDateTime } from '../lib/format.ts';
import { useI18n, type MessageKey } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import type { Mail } from '../lib/types.ts';
import { usePagedList, type Paged } from '../lib/usePagedList.ts';
import { ErrorNotice, Loading } from '../components/Notice.tsx';
import { Page } from '../components/Page.tsx';

const PAGE_SIZE = 50;
const STATUS_KEYS: Record<Mail['status'], MessageKey> = {
  pending: 'mailbox.pending',
  sending: 'mailbox.sending',
  sent: 'mailbox.sent',
  failed: 'mailbox.failed',
};

export function MailboxPage() {
  const { t, lang } = useI18n();
  const { me } = useSession();
  const [openId, setOpenId] = useState<string | null>(null);
  const reader = useRef<HTMLHeadingElement>(null);
  const tz = me.organisation.timeZone;
  const { items, first, next, loading, error, loadMore } = usePagedList<Mail, string, Paged<Mail, string> & { devMailbox: boolean }>(
    '/mailbox',
    {},
    async (before, signal) => {
      const page = await get<{ items: Mail[]; nextBefore?: string | null; devMailbox: boolean }>(
        `/mailbox${query({ before, limit: PAGE_SIZE })}`,
        signal,
      );
      // The API says where the next page starts; null when this was the last one.
      return { items: page.items, next: page.nextBefore ?? null, devMailbox: page.devMailbox };
    },
  );
  const devMailbox = first?.devMailbox ?? null;

  useEffect(() => {
    if (openId) reader.current?.focus();
  }, [openId]);

  const open = items.find((m) => m.id === openId);
  return (
    <Page title={t('mailbox.title')}>
      <p className="hint">{t('mailbox.intro')}</p>
      {devMailbox === true && (
        <div className="notice notice-warning" role="note">
          <p>{t('mailbox.devOnly')}</p>
        </div>
      )}
      {devMailbox === false && <p className="hint">{t('mailbox.linksHidden')}</p>}
      <ErrorNotice error={error} />
      <div className="mailbox">
        <section aria-labelledby="mail-list">
          <h2 id="mail-list" className="visually-hidden">
            {t('mailbox.list')}
          </h2>
          {!loading && items.length === 0 && <p className="empty">{t('mailbox.none')}</p>}
          <ul className="mail-list">
            {items.map((m) => (
              <li key={m.id}>
                <button type="button" className="mail-item" aria-pressed={m.id === openId} onClick={() => setOpenId(m.id)}>
                  <span className="strong">{m.subject}</span>
                  <span className="hint">
                    {m.kind === 'journey' && `${t('moments.mailbox.journey')} · `}
                    {m.calendar && `${t(m.calendar === 'CANCEL' ? 'calendars.mailbox.cancel' : 'calendars.mailbox.invitation')} · `}
                    {m.to} · {formatDateTime(m.createdAt, lang, tz)} · {t(STATUS_KEYS[m.status])}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {loading && <Loading />}
          {next && !loading && (
            <button type="button" className="button" onClick={loadMore}>
              {t('common.loadMore')}
            </button>
          )}
        </section>
        {open && (
          <article className="card mail-reader" aria-labelledby="mail-subject">
            <h2 id="mail-subject" ref={reader} tabIndex={-1}>
              {open.subject}
            </h2>
            <dl className="facts">
              <div>
                <dt>{t('mailbox.to')}</dt>
                <dd>{open.to}</dd>
              </div>
              <div>
                <dt>{t('mailbox.status')}</dt>
                <dd>
                  {t(STATUS_KEYS[open.status])}
                  {open.lastError ? ` (${open.lastError})` : ''}
                </dd>
              </div>
              <div>
                <dt>{t('mailbox.createdAt')}</dt>
                <dd>{formatDateTime(open.createdAt, lang, tz)}</dd>
              </div>
            </dl>
            <pre className="mail-body">{open.text}</pre>
          </article>
        )}
      </div>
    </Page>
  );
}
