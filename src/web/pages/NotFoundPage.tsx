/** An address the app does not know, or a page the user's role may not open. */
import { useI18n } from '../lib/i18n.tsx';
import { Link } from '../lib/router.tsx';
import { Page } from '../components/Page.tsx';

export function NotFoundPage({ forbidden }: { forbidden?: boolean }) {
  const { t } = useI18n();
  return (
    <Page title={forbidden ? t('notFound.forbiddenTitle') : t('notFound.title')}>
      <p>{forbidden ? t('notFound.forbidden') : t('notFound.text')}</p>
      <p>
        <Link to="/people">{t('notFound.toPeople')}</Link>
      </p>
    </Page>
  );
}
