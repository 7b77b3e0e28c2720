/**
 * "Sign in with your work account" on the sign-in page. With ?org=<slug> the organisation is known
 * and this is one link; otherwise the person types their work address and the server answers which
 * organisations with single sign-on use its domain (the same answer for every address of a domain).
 * The sign-in itself is a full-page visit to /auth/sso/<org>: the identity provider takes over.
 */
import { useState, type FormEvent } from 'react';
import { post } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { Schema } from '../../lib/types.ts';
import { useApiMutation } from '../../lib/useApi.ts';
import { TextField } from '../Field.tsx';
import { ErrorNotice, LiveStatus } from '../Notice.tsx';

type Found = Schema<'SsoDiscoverResult'>['items'];

export function WorkAccountSignIn() {
  const { t, lang } = useI18n();
  const org = new URLSearchParams(window.location.search).get('org');
  const [email, setEmail] = useState('');
  const [found, setFound] = useState<Found | null>(null);
  const startUrl = (path: string, hint?: string) =>
    `${path}?${new URLSearchParams({ lang, ...(hint ? { login_hint: hint } : {}), returnTo: '/' }).toString()}`;
  const discovering = useApiMutation((body: { email: string }) => post<{ items: Found }>('/auth/sso/discover', body), {
    onSuccess: (r, body) => {
      if (r.items.length === 1) window.location.assign(startUrl(r.items[0].startUrl, body.email));
      else setFound(r.items);
    },
  });

  if (org) {
    return (
      <section className="work-account" aria-label={t('sso.signInWork')}>
        <a className="button button-primary" href={startUrl(`/auth/sso/${encodeURIComponent(org)}`)}>
          {t('sso.signInWork')}
        </a>
        <p className="auth-aside">{t('sso.or')}</p>
      </section>
    );
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setFound(null);
    discovering.mutate({ email });
  };
  return (
    <section className="work-account" aria-labelledby="work-account-heading">
      <h2 id="work-account-heading">{t('sso.signInWork')}</h2>
      <form onSubmit={submit}>
        <TextField
          label={t('sso.workEmail')}
          type="email"
          name="work-email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <ErrorNotice error={discovering.error} />
        <button type="submit" className="button" disabled={discovering.isPending}>
          {discovering.isPending ? t('sso.searching') : t('sso.continue')}
        </button>
      </form>
      <LiveStatus>{found && found.length === 0 ? t('sso.noOrganisation') : null}</LiveStatus>
      {found && found.length > 1 && (
        <>
          <p>{t('sso.chooseOrganisation')}</p>
          <ul>
            {found.map((o) => (
              <li key={o.slug}>
                <a href={startUrl(o.startUrl, email)}>{o.name}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="auth-aside">{t('sso.or')}</p>
    </section>
  );
}
