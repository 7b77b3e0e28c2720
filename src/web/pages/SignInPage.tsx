/** Sign-in. A 409 answer means the address has accounts in several organisations: ask which one. */
import { useState, type FormEvent } from 'react';
import { ApiError, post } from '../lib/api.ts';
import { hasCode } from '../lib/errors.ts';
import { useI18n, type MessageKey } from '../lib/i18n.tsx';
import { Link } from '../lib/router.tsx';
import type { Me } from '../lib/types.ts';
import { useApiMutation } from '../lib/useApi.ts';
import { AuthLayout } from '../components/AuthLayout.tsx';
import { SelectField, TextField } from '../components/Field.tsx';
import { ErrorNotice, LiveStatus } from '../components/Notice.tsx';
import { Page } from '../components/Page.tsx';
import { WorkAccountSignIn } from '../components/integrations/WorkAccountSignIn.tsx';

export function SignInPage({ notice, onSignedIn }: { notice: MessageKey | null; onSignedIn(me: Me): void }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [organisations, setOrganisations] = useState<string[]>([]);
  const [organisation, setOrganisation] = useState('');
  const signingIn = useApiMutation((body: { email: string; password: string; organisation?: string }) => post<Me>('/auth/sign-in', body), {
    onSuccess: (me) => onSignedIn(me),
    onError: (err) => {
      if (!(err instanceof ApiError && err.code === 'choose-organisation')) return;
      const slugs = (err.problem.errors ?? []).map((i) => String(i.params?.slug ?? i.message));
      setOrganisations(slugs);
      setOrganisation((o) => (slugs.includes(o) ? o : ''));
    },
  });
  const busy = signingIn.isPending;
  const { error } = signingIn;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    signingIn.mutate({ email, password, ...(organisation ? { organisation } : {}) });
  };

  return (
    <AuthLayout>
      <Page title={t('auth.signInTitle')}>
        <LiveStatus>{notice ? t(notice) : null}</LiveStatus>
        <WorkAccountSignIn />
        <form onSubmit={submit}>
          <TextField
            label={t('auth.email')}
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
          <TextField
            label={t('auth.password')}
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          {organisations.length > 0 && (
            // Focus moves here when it appears: it is the one thing left to do.
            <SelectField
              label={t('auth.organisation')}
              name="organisation"
              required
              autoFocus
              value={organisation}
              onChange={(e) => setOrganisation(e.target.value)}
            >
              <option value="">{t('common.choose')}</option>
              {organisations.map((slug) => (
                <option key={slug} value={slug}>
                  {slug}
                </option>
              ))}
            </SelectField>
          )}
          <ErrorNotice
            error={
              hasCode(error, 'choose-organisation')
                ? t('auth.chooseOrganisation')
                : hasCode(error, 'wrong-credentials')
                  ? t('auth.wrongCredentials')
                  : error
            }
          />
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('auth.signingIn') : t('auth.signIn')}
          </button>
        </form>
        <p className="auth-aside">
          <Link to="/forgot-password">{t('auth.forgotPassword')}</Link>
        </p>
      </Page>
    </AuthLayout>
  );
}
