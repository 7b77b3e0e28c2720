/**
 * The alumni account's home: what they are (since when, internal or on the careers pages), their
 * own things, and "Stop being an alumni ambassador" (DELETE /me/alumni), one click after a
 * confirmation that offers export and erasure first (after it, the account no longer signs in).
 */
import { useId, useRef, useState } from 'react';
import { del } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { Link } from '../../lib/router.tsx';
import type { Answer } from '../../lib/types.ts';
import { useApi, useApiMutation } from '../../lib/useApi.ts';
import { ErrorNotice, Loading } from '../../components/Notice.tsx';
import { Page } from '../../components/Page.tsx';

type Status = Answer<'/api/v1/me/alumni'>;

export function AlumniHomePage() {
  const { t } = useI18n();
  const status = useApi<Status>('/me/alumni');
  const [confirming, setConfirming] = useState(false);
  const leaveId = useId();
  const leaveButton = useRef<HTMLButtonElement>(null);
  // The account stops at once and its session with it: a fresh start at the sign-in page.
  const leaving = useApiMutation(() => del('/me/alumni'), { onSuccess: () => window.location.assign('/sign-in') });
  const s = status.data;

  return (
    <Page title={t('alumni.status.title')}>
      <ErrorNotice error={status.error} />
      {!s && !status.error && <Loading />}
      {s && s.alumni && (
        <section className="card">
          <p>{t('alumni.status.since', { date: new Date(s.chosenAt!).toLocaleDateString(), email: s.email ?? '' })}</p>
          <p>{s.careers ? t('alumni.status.careers') : t('alumni.status.internal')}</p>
          <ul>
            <li>
              <Link to="/ambassador">{t('alumni.links.profile')}</Link>
            </li>
            <li>
              <Link to="/stories">{t('alumni.links.stories')}</Link>
            </li>
            <li>
              <Link to="/community/exchange">{t('alumni.links.community')}</Link>
            </li>
            <li>
              <Link to="/me/data">{t('alumni.links.data')}</Link>
            </li>
          </ul>
        </section>
      )}
      {s && s.alumni && (
        <section className="card" aria-labelledby={leaveId}>
          <h2 id={leaveId}>{t('alumni.leave.title')}</h2>
          <p>{t('alumni.leave.intro')}</p>
          <ErrorNotice error={leaving.error} />
          <div className="button-row">
            <button
              ref={leaveButton}
              type="button"
              className="button button-danger"
              aria-expanded={confirming}
              aria-controls={`${leaveId}-confirm`}
              onClick={() => setConfirming(true)}
            >
              {t('alumni.leave.button')}
            </button>
            <Link to="/me/data" className="button">
              {t('alumni.links.data')}
            </Link>
          </div>
          <div id={`${leaveId}-confirm`} className="notice notice-warning" role="group" hidden={!confirming}>
            <p className="strong">{t('alumni.leave.confirm')}</p>
            <div className="button-row">
              <button type="button" className="button button-danger" disabled={leaving.isPending} onClick={() => leaving.mutate()}>
                {t('alumni.leave.button')}
              </button>
              <button
                type="button"
                className="button"
                onClick={() => {
                  setConfirming(false);
                  leaveButton.current?.focus();
                }}
              >
                {t('mydata.erase.cancel')}
              </button>
            </div>
          </div>
        </section>
      )}
    </Page>
  );
}
