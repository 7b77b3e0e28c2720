/** The community's sections as tab-like links: the exchange, events and the ambassadors' directory. */
import { useI18n } from '../../lib/i18n.tsx';
import { Link, useLocation } from '../../lib/router.tsx';

export function CommunityNav() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const links: [string, string][] = [
    ['/community/exchange', t('exchange.nav.exchange')],
    ['/community/events', t('exchange.nav.events')],
    ['/community', t('exchange.nav.ambassadors')],
  ];
  const current = (to: string) => (to === '/community' ? pathname === to : pathname === to || pathname.startsWith(`${to}/`));
  return (
    <nav aria-label={t('exchange.nav.label')} className="amb-subnav">
      <ul>
        {links.map(([to, label]) => (
          <li key={to}>
            <Link to={to} aria-current={current(to) ? 'page' : undefined}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
