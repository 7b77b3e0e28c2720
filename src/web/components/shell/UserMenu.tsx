/**
 * The user menu in the header: the person's name (display name, else their directory name), and
 * behind it their own pages (my moments, my ambassador page, my data), then signing out. A
 * disclosure, not an ARIA menu: links and buttons in a list, reached with Tab, closed with Escape.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../../lib/i18n.tsx';
import { isCurrent, userMenuFor } from '../../lib/navigation.ts';
import { Link, useLocation } from '../../lib/router.tsx';
import type { Me, PersonCard } from '../../lib/types.ts';
import { useApi } from '../../lib/useApi.ts';

/** How the header names someone: their display name, else their directory name, else (nothing else known) their address. */
export function usePersonName(me: Me): string {
  const display = me.user.displayName.trim();
  // An alumni account may not read the directory (alumni.gate.ts): its address names it.
  const lookUp = !display && me.user.personId && me.user.role !== 'alumni';
  const person = useApi<PersonCard>(lookUp ? `/people/${encodeURIComponent(me.user.personId!)}` : null);
  if (display) return display;
  if (person.data) return `${person.data.firstName} ${person.data.lastName}`.trim();
  return lookUp && !person.error ? '' : me.user.email;
}

export function UserMenu({ me, onSignOut, signingOut }: { me: Me; onSignOut(everywhere: boolean): void; signingOut: boolean }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const name = usePersonName(me);

  useEffect(() => {
    if (!open) return;
    const away = (e: MouseEvent) => {
      if (box.current && !box.current.contains(e.target as Node)) setOpen(false);
    };
    const escape = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('mousedown', away);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('mousedown', away);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);

  return (
    <div className="user-menu" ref={box}>
      <button
        ref={button}
        type="button"
        className="user-menu-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="visually-hidden">{t('shell.userMenu')}: </span>
        <span className="user-menu-name">{name || t('shell.account')}</span>
        <span aria-hidden="true"> ▾</span>
      </button>
      <ul className="user-menu-list" id={id} hidden={!open}>
        {userMenuFor(me).map((item) => (
          <li key={item.to}>
            <Link to={item.to} aria-current={isCurrent(item.to, pathname) ? 'page' : undefined} onClick={() => setOpen(false)}>
              {t(item.label)}
            </Link>
          </li>
        ))}
        <li className="user-menu-separator">
          <button type="button" className="button-link" disabled={signingOut} onClick={() => onSignOut(false)}>
            {t('shell.signOut')}
          </button>
        </li>
        <li>
          <button type="button" className="button-link" disabled={signingOut} onClick={() => onSignOut(true)}>
            {t('shell.signOutEverywhere')}
          </button>
        </li>
      </ul>
    </div>
  );
}
