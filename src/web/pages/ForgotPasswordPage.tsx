/** Asks for a reset link. The server answers the same whether or not the address exists. */
import { useState, type FormEvent } from 'react';
import { post } from '../lib/api.ts';
import { fieldError } from '../lib/errors.ts';
import { useI18n } from '../lib/i18n.tsx';
import { Link } from '../lib/router.tsx';
import { useApiMutation } from '../lib/useApi.ts';
import { AuthLayout } from '../components/AuthLayout.tsx';
import { TextField } from '../components/Field.tsx';
import { ErrorNotice, LiveStatus } from '../components/Notice.tsx';
import { Page } from '../components/Page.tsx';

export function ForgotPasswordPage() {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const requesting = useApiMutation((body: { email: string }) => post('/auth/password-reset', body));
  const { error, isSuccess: sent, isPending: busy } = requesting;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    requesting.mutate({ email });
  };

  return (
    <AuthLayout>
      <Page title={t('reset.requestTitle')}>
        <LiveStatus>{sent ? t('reset.requestSent') : null}</LiveStatus>
        {!sent && (
          <form onSubmit={submit}>
            <p>{t('reset.requestIntro')}</p>
            <TextField
              label={t('auth.email')}
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              error={fieldError(error, 'email', t)}
            />
            <ErrorNotice error={fieldError(error, 'email', t) ? null : error} />
            <button type="submit" className="button button-primary" disabled={busy}>
              {t('reset.requestSubmit')}
            </button>
          </form>
        )}
        <p className="auth-aside">
          <Link to="/sign-in">{t('auth.backToSignIn')}</Link>
        </p>
      </Page>
    </AuthLayout>
  );
}
