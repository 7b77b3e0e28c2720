/** Accepting an invitation (/invitation#token=...): see what it is for, choose a password, signed in. */
import { useEffect, useState, type FormEvent } from 'react';
import { post } from '../lib/api.ts';
import { fieldError } from '../lib/errors.ts';
import { tokenFromHash } from '../lib/hash.ts';
import { useI18n } from '../lib/i18n.tsx';
import { formatDateTime } from '../lib/format.ts';
import { navigate } from '../lib/router.tsx';
import { useApi, useApiMutation } from '../lib/useApi.ts';
import type { InvitationInfo, Me } from '../lib/types.ts';
import { AuthLayout } from '../components/AuthLayout.tsx';
import { TextField } from '../components/Field.tsx';
import { NewPasswordField, passwordTooShort } from '../components/NewPasswordField.tsx';
import { ErrorNotice, Loading } from '../components/Notice.tsx';
import { Page } from '../components/Page.tsx';

export function InvitationPage({ onSignedIn }: { onSignedIn(me: Me): void }) {
  const { t, lang, setLang } = useI18n();
  const [token] = useState(() => tokenFromHash());
  const info = useApi<InvitationInfo>(token ? `/auth/invitations/${encodeURIComponent(token)}` : null);
  // The invitation's language: the invited person's (their directory entry), else this browser's, else
  // the organisation's. Switching afterwards still works: this runs once the invitation is known.
  const invitationLanguage = info.data?.language;
  useEffect(() => {
    if (invitationLanguage) setLang(invitationLanguage);
  }, [invitationLanguage, setLang]);
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [localError, setLocalError] = useState<string>();
  const accepting = useApiMutation(
    (body: { token: string; password: string; displayName?: string }) => post<Me>('/auth/invitations/accept', body),
    {
      onSuccess: (me) => {
        onSignedIn(me);
        // Home: what needs the new user today.
        navigate('/', { replace: true });
      },
    },
  );
  const { error } = accepting;
  // Accepted: the page goes, so it stays busy until then.
  const busy = accepting.isPending || accepting.isSuccess;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const short = passwordTooShort(password, t);
    setLocalError(short);
    if (!short) accepting.mutate({ token, password, displayName: displayName.trim() || undefined });
  };

  const inv = info.data;
  return (
    <AuthLayout>
      <Page title={t('invite.title')}>
        {!token && <ErrorNotice error={t('invite.noToken')} />}
        {info.loading && <Loading />}
        {info.error ? <ErrorNotice error={info.error} /> : null}
        {inv && (
          <>
            <p>{t('invite.intro', { organisation: inv.organisation.name, email: inv.email, role: t(`role.${inv.role}`) })}</p>
            {inv.signIn.workAccount && (
              <p>
                {inv.signIn.password ? t('invite.workAccountOr') : t('invite.workAccountOnly', { organisation: inv.organisation.name })}{' '}
                <a className="button" href={inv.signIn.workAccount}>
                  {t('sso.signInWork')}
                </a>
              </p>
            )}
            {inv.signIn.password && <p className="hint">{t('invite.expires', { date: formatDateTime(inv.expiresAt, lang) })}</p>}
            {/* Our own checks, so the message is in the interface language and next to the field. */}
            {inv.signIn.password && (
              <form onSubmit={submit} noValidate>
                <TextField
                  label={t('invite.displayName')}
                  autoComplete="name"
                  value={displayName}
                  onChange={(e) => setDisplayName(e.target.value)}
                />
                <NewPasswordField value={password} onChange={setPassword} error={localError ?? fieldError(error, 'password', t)} />
                <ErrorNotice error={fieldError(error, 'password', t) ? null : error} />
                <button type="submit" className="button button-primary" disabled={busy}>
                  {t('invite.accept')}
                </button>
              </form>
            )}
          </>
        )}
      </Page>
    </AuthLayout>
  );
}
