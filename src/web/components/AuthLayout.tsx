/** The frame of the signed-out pages: brand, language switch, one centred card. */
import type { ReactNode } from 'react';
import { useI18n } from '../lib/i18n.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';

export function AuthLayout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skip')}
      </a>
      <header className="auth-header">
        <span className="brand">Embassy</span>
        <LanguageSwitch />
      </header>
      <main id="main" className="auth-main" tabIndex={-1}>
        <div className="card auth-card">{children}</div>
      </main>
    </>
  );
}
