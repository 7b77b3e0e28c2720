/**
 * The signed-in frame: skip link, header with the organisation, the menu grouped by what the
 * user's role does (lib/navigation.ts) with the current group's pages as a second row, the user
 * menu, and main. On a phone the whole menu, every group with its pages, is behind one button.
 */
import { useId, useState, type ReactNode } from 'react';
import { useI18n } from '../lib/i18n.tsx';
import { currentGroup, isCurrent, menuFor, type NavGroup } from '../lib/navigation.ts';
import { Link, useLocation } from '../lib/router.tsx';
import { useSession } from '../lib/session.tsx';
import { useApiMutation } from '../lib/useApi.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { ErrorNotice } from './Notice.tsx';
import { UserMenu } from './shell/UserMenu.tsx';
import './shell/shell.css';

export function Shell({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { me, setMe, signOut } = useSession();
  const { pathname } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  // The session's signOut clears the query cache, so nothing of this user shows to the next.
  const signingOut = useApiMutation(signOut);
  const navId = useId();
  const groups = menuFor(me);
  const here = currentGroup(groups, pathname);
  const close = () => setMenuOpen(false);

  const items = (g: NavGroup, className: string) => (
    <ul className={className}>
      {g.items.map((n) => (
        <li key={n.to}>
          <Link to={n.to} aria-current={isCurrent(n.to, pathname) ? 'page' : undefined} onClick={close}>
            {t(n.label)}
          </Link>
        </li>
      ))}
    </ul>
  );

  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skip')}
      </a>
      <header className="app-header">
        <div className="header-bar">
          <Link to="/" className="brand">
            Embassy <span className="org-name">{me.organisation.name}</span>
          </Link>
          <button
            type="button"
            className="menu-button"
            aria-expanded={menuOpen}
            aria-controls={navId}
            onClick={() => setMenuOpen((o) => !o)}
          >
            {t('shell.menu')}
          </button>
        </div>
        <div className="header-menu" id={navId} data-open={menuOpen}>
          <nav aria-label={t('shell.nav')} className="main-nav">
            <ul className="nav-list nav-groups">
              {groups.map((g) => (
                <li key={g.id} className="nav-group">
                  <Link
                    to={g.items[0].to}
                    className="nav-group-link"
                    aria-current={isCurrent(g.items[0].to, pathname) && g.items.length === 1 ? 'page' : g === here ? 'true' : undefined}
                    onClick={close}
                  >
                    {t(g.label)}
                  </Link>
                  {/* On a phone every group shows its pages under it; on a wide screen the second row does. */}
                  {g.items.length > 1 && items(g, 'nav-list nav-group-items')}
                </li>
              ))}
            </ul>
          </nav>
          <div className="header-tools">
            <LanguageSwitch me={me} onSaved={setMe} />
            <UserMenu me={me} onSignOut={(everywhere) => signingOut.mutate(everywhere)} signingOut={signingOut.isPending} />
          </div>
        </div>
        {here && here.items.length > 1 && (
          <nav aria-label={t(here.label)} className="sub-nav">
            {items(here, 'nav-list nav-sub')}
          </nav>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        <ErrorNotice error={signingOut.error} />
        {children}
      </main>
    </>
  );
}
