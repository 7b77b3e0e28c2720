/**
 * "Celebrate my milestones in the community": the ambassador's own choice, never pre-ticked, on the
 * join form and in the profile. Saying no removes the milestones already posted, at once (server).
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../lib/i18n.tsx';
import { useApiMutation } from '../../lib/useApi.ts';
import { ErrorNotice, LiveStatus } from '../Notice.tsx';
import { put } from '../../lib/api.ts';
import type { Ambassador } from './types.ts';

/** The checkbox with what it means; used inside a form. */
export function MilestonesCheckbox({ checked, onChange }: { checked: boolean; onChange(v: boolean): void }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="amb-choice amb-choice-check">
      <input
        type="checkbox"
        id={`${id}-milestones`}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={`${id}-milestones-hint`}
      />
      <label htmlFor={`${id}-milestones`}>{t('milestones.choice')}</label>
      <p className="hint" id={`${id}-milestones-hint`}>
        {t('milestones.choiceHint')}
      </p>
    </div>
  );
}

/** The profile's section: the choice as it stands, changed with one save. */
export function MilestonesSection({ a, share, onSaved }: { a: Ambassador; share: boolean; onSaved(share: boolean, a: Ambassador): void }) {
  const { t } = useI18n();
  const [checked, setChecked] = useState(share);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => setChecked(share), [share]);
  const saving = useApiMutation(
    (shareMilestones: boolean) =>
      // Scope and "behind the scenes" as they are: the endpoint sets the whole choice.
      put<Ambassador>('/me/ambassador', { scope: a.effectiveScope, behindTheScenes: a.behindTheScenes, shareMilestones }),
    {
      // The feed loses (or will show) this person's milestones.
      invalidates: ['/community/posts'],
      onSuccess: (saved, shareMilestones) => {
        onSaved(shareMilestones, saved);
        setStatus(shareMilestones ? t('milestones.savedOn') : t('milestones.savedOff'));
      },
    },
  );

  const save = (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    saving.mutate(checked);
  };

  return (
    <section className="card" aria-labelledby="amb-milestones">
      <h2 id="amb-milestones" tabIndex={-1}>
        {t('milestones.choiceTitle')}
      </h2>
      <form onSubmit={save}>
        <MilestonesCheckbox checked={checked} onChange={setChecked} />
        <ErrorNotice error={saving.error} />
        <button type="submit" className="button" disabled={saving.isPending || checked === share}>
          {t('milestones.save')}
        </button>
        <LiveStatus>{status}</LiveStatus>
      </form>
    </section>
  );
}
