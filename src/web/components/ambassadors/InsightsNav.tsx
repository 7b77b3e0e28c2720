/** The coordinators' pages (two dashboards, the careers pages' look), as tab-like links; also the guard for them. */
import type { ReactNode } from 'react';
import { useI18n } from '../../lib/i18n.tsx';
import { Link, useLocation } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { NotFoundPage } from '../../pages/NotFoundPage.tsx';
import { canManageProgram } from './program.ts';

export function InsightsNav() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const links: [string, string][] = [
    ['/insights/impact', t('insights.impact')],
    ['/insights/diversity', t('insights.diversity')],
    ['/insights/careers-page', t('branding.title')],
  ];
  return (
    <nav aria-label={t('insights.nav')} className="amb-subnav">
      <ul>
        {links.map(([to, label]) => (
          <li key={to}>
            <Link to={to} aria-current={pathname === to ? 'page' : undefined}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Only coordinators see the dashboards (the server checks again). */
export function CoordinatorsOnly({ children }: { children: ReactNode }) {
  const { me } = useSession();
  return canManageProgram(me) ? <>{children}</> : <NotFoundPage forbidden />;
}
