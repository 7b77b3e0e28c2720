/** Home for HR: deliveries that failed after every retry, with the way to see and retry them. */
import { useId } from 'react';
import { query } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { Delivery } from '../../lib/moments.ts';
import { Link } from '../../lib/router.tsx';
import { useApi } from '../../lib/useApi.ts';
import { ErrorNotice, Loading } from '../Notice.tsx';

const PAGE = 50;

export function FailedDeliveriesCard() {
  const { t, tp } = useI18n();
  const heading = useId();
  const failed = useApi<{ items: Delivery[]; nextCursor: string | null }>(`/deliveries${query({ status: 'failed', limit: PAGE })}`);
  const n = failed.data?.items.length ?? 0;
  return (
    <section className="card home-card" aria-labelledby={heading} data-testid="home-deliveries">
      <h2 id={heading}>{t('home.deliveries.title')}</h2>
      {failed.loading && !failed.data && <Loading />}
      <ErrorNotice error={failed.error} />
      {failed.data &&
        (n === 0 ? (
          <p className="empty">{t('home.deliveries.none')}</p>
        ) : (
          <>
            <p className="home-count home-count-danger">
              {failed.data.nextCursor ? t('home.deliveries.many', { n }) : tp('home.deliveries.count', n)}
            </p>
            <p>
              <Link to="/deliveries?status=failed">{t('home.deliveries.link')}</Link>
            </p>
          </>
        ))}
    </section>
  );
}
