/** Volunteering as a buddy for newcomers, or stopping. */
import { useState } from 'react';
import { api } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useApiMutation } from '../../lib/useApi.ts';
import { ErrorNotice, LiveStatus } from '../Notice.tsx';
import { CheckboxField } from './fields.tsx';

/** Until it is known whether you volunteered, two buttons say it either way. `onChange` keeps the known value. */
export function BuddyVolunteer({ known, onChange }: { known: boolean | undefined; onChange(volunteer: boolean): void }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<string | null>(null);
  const saving = useApiMutation((volunteer: boolean) => api('PUT', '/me/buddy-volunteer', { volunteer }), {
    // The box moves at once; the server's answer confirms it, or it moves back.
    onMutate: (volunteer) => {
      if (known !== undefined) onChange(volunteer);
      return known;
    },
    onSuccess: (_, volunteer) => {
      onChange(volunteer);
      setStatus(t(volunteer ? 'moments.volunteer.on' : 'moments.volunteer.off'));
    },
    onError: (_, __, before) => {
      if (before !== undefined) onChange(before);
    },
  });
  const { error } = saving;
  const busy = saving.isPending;

  const save = (volunteer: boolean) => {
    setStatus(null);
    saving.mutate(volunteer);
  };

  return (
    <section className="card" aria-labelledby="buddy-volunteer">
      <h2 id="buddy-volunteer">{t('moments.volunteer.title')}</h2>
      <p className="hint">{t('moments.volunteer.intro')}</p>
      {known === undefined ? (
        <div className="button-row">
          <button type="button" className="button" disabled={busy} onClick={() => save(true)}>
            {t('moments.volunteer.yes')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => save(false)}>
            {t('moments.volunteer.no')}
          </button>
        </div>
      ) : (
        <CheckboxField label={t('moments.volunteer.label')} checked={known} onChange={(e) => save(e.target.checked)} />
      )}
      <ErrorNotice error={error} />
      <LiveStatus>{status}</LiveStatus>
    </section>
  );
}
