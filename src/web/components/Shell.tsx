/** The signed-in frame: skip link, header with organisation, navigation allowed by permissions, main. */
import { useId, useState, type ReactNode } from 'react';
import { useI18n, type MessageKey } from '../lib/i18n.tsx';
import { Link, useLocation } from '../lib/router.tsx';
import { useSession } from '../lib/session.tsx';
import { useApiMutation } from '../lib/useApi.ts';
import { can, type Me, type Permission } from '../lib/types.ts';
import { isHr, seesCalendar } from '../lib/moments.ts';
import { canManageProgram } from './ambassadors/program.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { ErrorNotice } from './Notice.tsx';

interface NavItem {
  to: string;
  label: MessageKey;
  /** Shown only with this permission; the server checks again, this only hides dead ends. */
  needs?: Permission;
  /** Shown only when this says so (roles the permission list does not express). */
  show?: (me: Me) => boolean;
}

const NAV: NavItem[] = [
  { to: '/people', label: 'nav.people' },
  // ambassadors
  { to: '/ambassador', label: 'nav.ambassador' },
  { to: '/stories', label: 'nav.stories' },
  { to: '/community', label: 'nav.community' },
  { to: '/learning', label: 'nav.learning' },
  { to: '/insights', label: 'nav.insights', show: canManageProgram },
  // moments
  { to: '/me/moments', label: 'moments.nav.mine' },
  { to: '/tasks', label: 'moments.nav.tasks' },
  { to: '/calendar', label: 'moments.nav.calendar', show: seesCalendar },
  { to: '/journeys', label: 'moments.nav.journeys', show: isHr },
  { to: '/deliveries', label: 'moments.nav.deliveries', show: isHr },
  { to: '/import', label: 'nav.import', needs: 'people.import' },
  { to: '/users', label: 'nav.users', needs: 'users.read' },
  { to: '/tokens', label: 'nav.tokens' },
  { to: '/audit', label: 'nav.audit', needs: 'audit.read' },
  { to: '/mailbox', label: 'nav.mailbox', needs: 'mailbox.read' },
  { to: '/settings', label: 'nav.settings', needs: 'org.manage' },
];

export function Shell({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { me, setMe, signOut } = useSession();
  const { pathname } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  // The session's signOut clears the query cache, so nothing of this user shows to the next.
  const signingOut = useApiMutation(signOut);
  const end = (everywhere: boolean) => signingOut.mutate(everywhere);
  const navId = useId();
  const items = NAV.filter((n) => (!n.needs || can(me, n.needs)) && (!n.show || n.show(me)));
  const current = (to: string) => pathname === to || pathname.startsWith(`${to}/`);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skip')}
      </a>
      <header className="app-header">
        <div className="header-bar">
          <Link to="/people" className="brand">
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
          <nav aria-label={t('shell.nav')}>
            <ul className="nav-list">
              {items.map((n) => (
                <li key={n.to}>
                  <Link to={n.to} aria-current={current(n.to) ? 'page' : undefined} onClick={() => setMenuOpen(false)}>
                    {t(n.label)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="header-tools">
            <LanguageSwitch me={me} onSaved={setMe} />
            <span className="signed-in-as">{me.user.displayName || me.user.email}</span>
            <button type="button" className="button-link" onClick={() => end(false)}>
              {t('shell.signOut')}
            </button>
            <button type="button" className="button-link" onClick={() => end(true)}>
              {t('shell.signOutEverywhere')}
            </button>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <ErrorNotice error={signingOut.error} />
        {children}
      </main>
    </>
  );
}
