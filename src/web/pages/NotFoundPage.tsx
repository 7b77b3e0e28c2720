/** An address the app does not know, or a page the user's role may not open. */
import { useContext } from 'react';
import { useI18n } from '../lib/i18n.tsx';
import { Link } from '../lib/router.tsx';
import { SessionContext } from '../lib/session.tsx';
import { Page } from '../components/Page.tsx';

export function NotFoundPage({ forbidden }: { forbidden?: boolean }) {
  const { t } = useI18n();
  // An alumni account has no directory: its way back is its own page.
  const alumni = useContext(SessionContext)?.me.user.role === 'alumni';
  return (
    <Page title={forbidden ? t('notFound.forbiddenTitle') : t('notFound.title')}>
      <p>{forbidden ? t('notFound.forbidden') : t('notFound.text')}</p>
      <p>{alumni ? <Link to="/">{t('alumni.nav.home')}</Link> : <Link to="/people">{t('notFound.toPeople')}</Link>}</p>
    </Page>
  );
}
