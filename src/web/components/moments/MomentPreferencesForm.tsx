/** Which moments someone wants noticed, and who is reminded of their birthday and work anniversary. */
import { useState, type FormEvent } from 'react';
import { api } from '../../lib/api.ts';
import { fieldError } from '../../lib/errors.ts';
import { useI18n } from '../../lib/i18n.tsx';
import {
  AUDIENCES,
  AUDIENCE_KEYS,
  WANTABLE,
  type Wantable,
  WANTED_KEYS,
  type Audience,
  type MomentPreferences,
  type MyMoments,
} from '../../lib/moments.ts';
import { useApiMutation } from '../../lib/useApi.ts';
import { ErrorNotice, LiveStatus } from '../Notice.tsx';
import { CheckboxField, RadioGroup, TextAreaField } from './fields.tsx';

export function MomentPreferencesForm({ initial, onSaved }: { initial: MomentPreferences; onSaved(d: MyMoments): void }) {
  const { t } = useI18n();
  const [form, setForm] = useState<MomentPreferences>(initial);
  const [status, setStatus] = useState<string | null>(null);
  const set = <K extends keyof MomentPreferences>(k: K, v: MomentPreferences[K]) => {
    setStatus(null);
    setForm((f) => ({ ...f, [k]: v }));
  };
  // Not chosen yet counts as wanted: that is what the schedule does.
  const wanted = (k: Wantable) => form.wanted[k] !== false;

  const saving = useApiMutation((body: MomentPreferences) => api<MyMoments>('PUT', '/me/moments', body), {
    onSuccess: (saved) => {
      setForm(saved.preferences);
      onSaved(saved);
      setStatus(t('moments.mine.saved'));
    },
  });
  const { error } = saving;
  const busy = saving.isPending;

  const save = (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    saving.mutate({ ...form, wanted: Object.fromEntries(WANTABLE.map((k) => [k, wanted(k)])) });
  };

  const audienceChoices = (which: 'birthday' | 'anniversary') =>
    AUDIENCES.map((a) => ({
      value: a,
      label: t(AUDIENCE_KEYS[a]),
      hint: a === 'nobody' && which === 'birthday' ? t('moments.mine.nobodyDefault') : undefined,
    }));

  return (
    <section className="card" aria-labelledby="mine-prefs">
      <h2 id="mine-prefs">{t('moments.mine.question')}</h2>
      <form onSubmit={save}>
        <fieldset className="m-fieldset">
          <legend>{t('moments.mine.wantedLegend')}</legend>
          <p className="hint">{t('moments.mine.wantedHint')}</p>
          <div className="m-check-columns">
            {WANTABLE.map((k) => (
              <CheckboxField
                key={k}
                label={t(WANTED_KEYS[k])}
                checked={wanted(k)}
                onChange={(e) => set('wanted', { ...form.wanted, [k]: e.target.checked })}
              />
            ))}
          </div>
        </fieldset>
        <div className="m-row">
          <RadioGroup<Audience>
            legend={t('moments.mine.birthdayAudience')}
            name="birthday"
            value={form.birthdayAudience}
            choices={audienceChoices('birthday')}
            onChange={(v) => set('birthdayAudience', v)}
            error={fieldError(error, 'birthdayAudience', t)}
          />
          <RadioGroup<Audience>
            legend={t('moments.mine.anniversaryAudience')}
            name="anniversary"
            value={form.anniversaryAudience}
            choices={audienceChoices('anniversary')}
            onChange={(v) => set('anniversaryAudience', v)}
            error={fieldError(error, 'anniversaryAudience', t)}
          />
        </div>
        <CheckboxField
          label={t('moments.mine.showBirthYear')}
          hint={t('moments.mine.showBirthYearHint')}
          checked={form.showBirthYear}
          onChange={(e) => set('showBirthYear', e.target.checked)}
        />
        <CheckboxField
          label={t('moments.mine.colleagueDigest')}
          hint={t('moments.mine.colleagueDigestHint')}
          checked={form.colleagueDigest !== false}
          onChange={(e) => set('colleagueDigest', e.target.checked)}
        />
        <TextAreaField
          label={t('moments.mine.note')}
          hint={t('moments.mine.noteHint')}
          rows={3}
          maxLength={2000}
          value={form.note}
          onChange={(e) => set('note', e.target.value)}
          error={fieldError(error, 'note', t)}
        />
        <ErrorNotice
          error={error && !['note', 'birthdayAudience', 'anniversaryAudience'].some((f) => fieldError(error, f, t)) ? error : null}
        />
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('moments.mine.save')}
        </button>
        <LiveStatus>{status}</LiveStatus>
      </form>
    </section>
  );
}
