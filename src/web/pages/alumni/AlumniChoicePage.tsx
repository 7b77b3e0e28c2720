/**
 * Staying on as an alumni ambassador, chosen in the app by the person themselves (POST /me/alumni):
 * a personal address and "also on the careers pages", never pre-ticked. Open when an end date is
 * set or the retirement journey began; the mailed link's page (server-rendered) offers the same.
 */
import { useState, type FormEvent } from 'react';
import { post } from '../../lib/api.ts';
import { fieldError } from '../../lib/errors.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { Answer } from '../../lib/types.ts';
import { useApi, useApiMutation } from '../../lib/useApi.ts';
import { TextField } from '../../components/Field.tsx';
import { ErrorNotice, LiveStatus, Loading } from '../../components/Notice.tsx';
import { Page } from '../../components/Page.tsx';

type Status = Answer<'/api/v1/me/alumni'>;

export function AlumniChoicePage() {
  const { t } = useI18n();
  const status = useApi<Status>('/me/alumni');
  const [email, setEmail] = useState('');
  const [careers, setCareers] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const choosing = useApiMutation((body: { email: string; careers: boolean }) => post<Status>('/me/alumni', body), {
    onSuccess: (s) => {
      status.setData(() => s);
      setDone(t('alumni.choice.done', { email: s.email ?? email }));
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    choosing.mutate({ email, careers });
  };
  const s = status.data;
  const formError = choosing.error && !fieldError(choosing.error, 'email', t) ? choosing.error : null;

  return (
    <Page title={t('alumni.choice.title')} narrow>
      <LiveStatus>{done}</LiveStatus>
      <ErrorNotice error={status.error} />
      {!s && !status.error && <Loading />}
      {s && s.alumni && <p>{t('alumni.status.since', { date: new Date(s.chosenAt!).toLocaleDateString(), email: s.email ?? '' })}</p>}
      {s && !s.alumni && !s.eligible && <p>{t('alumni.choice.notEligible')}</p>}
      {s && !s.alumni && s.eligible && (
        <form className="card" onSubmit={submit} noValidate>
          <p>{t('alumni.choice.intro')}</p>
          <p>{t('alumni.choice.what')}</p>
          <TextField
            label={t('alumni.choice.email')}
            hint={t('alumni.choice.emailHint')}
            type="email"
            autoComplete="email"
            required
            maxLength={254}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={fieldError(choosing.error, 'email', t)}
          />
          {s.sensitive ? (
            <p className="hint">{t('alumni.choice.sensitive')}</p>
          ) : (
            <div className="field">
              <label className="check">
                <input type="checkbox" checked={careers} onChange={(e) => setCareers(e.target.checked)} /> {t('alumni.choice.careers')}
              </label>
              <p className="hint">{t('alumni.choice.careersHint')}</p>
            </div>
          )}
          <ErrorNotice error={formError} />
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={choosing.isPending}>
              {t('alumni.choice.submit')}
            </button>
          </div>
        </form>
      )}
    </Page>
  );
}
