/** Choosing a new password from a mailed reset link (/reset-password#token=...). */
import { useState, type FormEvent } from 'react';
import { post } from '../lib/api.ts';
import { fieldError } from '../lib/errors.ts';
import { tokenFromHash } from '../lib/hash.ts';
import { useI18n } from '../lib/i18n.tsx';
import { Link } from '../lib/router.tsx';
import { useApiMutation } from '../lib/useApi.ts';
import { AuthLayout } from '../components/AuthLayout.tsx';
import { NewPasswordField, passwordTooShort } from '../components/NewPasswordField.tsx';
import { ErrorNotice, LiveStatus } from '../components/Notice.tsx';
import { Page } from '../components/Page.tsx';

export function ResetPasswordPage() {
  const { t } = useI18n();
  const [token] = useState(() => tokenFromHash());
  const [password, setPassword] = useState('');
  const [localError, setLocalError] = useState<string>();
  const resetting = useApiMutation((body: { token: string; password: string }) => post('/auth/password-reset/confirm', body));
  const { error, isSuccess: done, isPending: busy } = resetting;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const short = passwordTooShort(password, t);
    setLocalError(short);
    if (!short) resetting.mutate({ token, password });
  };

  // noValidate below: our own checks, so the message is in the interface language and next to the field.
  const passwordError = localError ?? fieldError(error, 'password', t);
  return (
    <AuthLayout>
      <Page title={t('reset.confirmTitle')}>
        <LiveStatus>{done ? t('reset.done') : null}</LiveStatus>
        {!token && <ErrorNotice error={t('reset.noToken')} />}
        {token && !done && (
          <form onSubmit={submit} noValidate>
            <NewPasswordField value={password} onChange={setPassword} error={passwordError} />
            <ErrorNotice error={fieldError(error, 'password', t) ? null : error} />
            <button type="submit" className="button button-primary" disabled={busy}>
              {t('reset.confirmSubmit')}
            </button>
          </form>
        )}
        <p className="auth-aside">
          {done || !token ? <Link to="/sign-in">{t('auth.signIn')}</Link> : null}
          {!token && (
            <>
              {' · '}
              <Link to="/forgot-password">{t('reset.askNew')}</Link>
            </>
          )}
        </p>
      </Page>
    </AuthLayout>
  );
}
