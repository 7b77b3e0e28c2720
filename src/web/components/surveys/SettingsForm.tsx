/**
 * A survey's settings: the reporting minimums (the server refuses lowering them once answers
 * exist: its message shows next to the field), the segments results may be broken down by, how
 * long an invitation stays valid, the reminder, the close date and the alumni invitation.
 */
import { useState, type FormEvent } from 'react';
import { patch } from '../../lib/api.ts';
import { errorText, fieldError, hasCode } from '../../lib/errors.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useApiMutation } from '../../lib/useApi.ts';
import { TextField } from '../Field.tsx';
import { ErrorNotice, LiveStatus } from '../Notice.tsx';
import { CheckboxField, CheckboxGroup } from '../moments/fields.tsx';
import { DIMENSION_KEYS, DIMENSIONS, paths, type Dimension, type Survey } from './model.ts';

export function SettingsForm({ survey, onSaved }: { survey: Survey; onSaved(s: Survey): void }) {
  const { t } = useI18n();
  const [minGroup, setMinGroup] = useState(String(survey.minGroup));
  const [minComments, setMinComments] = useState(String(survey.minComments));
  const [dimensions, setDimensions] = useState<string[]>(survey.reportDimensions);
  const [responseDays, setResponseDays] = useState(String(survey.responseDays));
  const [reminderDays, setReminderDays] = useState(survey.reminderDays === null ? '' : String(survey.reminderDays));
  const [closesOn, setClosesOn] = useState(survey.closesAt ? survey.closesAt.slice(0, 10) : '');
  const [offersAlumni, setOffersAlumni] = useState(survey.offersAlumni);
  const [status, setStatus] = useState<string | null>(null);

  const saving = useApiMutation(
    () =>
      patch<Survey>(paths.survey(survey.id), {
        minGroup: Number(minGroup),
        minComments: Number(minComments),
        reportDimensions: DIMENSIONS.filter((d) => dimensions.includes(d)),
        responseDays: Number(responseDays),
        reminderDays: reminderDays === '' ? null : Number(reminderDays),
        closesAt: closesOn ? `${closesOn}T23:59:59Z` : null,
        offersAlumni,
      }),
    {
      invalidates: ['/surveys'],
      onSuccess: (s) => {
        onSaved(s);
        setStatus(t('surveys.settings.saved'));
      },
    },
  );
  const save = (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    saving.mutate();
  };
  const err = saving.error;
  // Lowering a minimum once answers exist: the server's message goes with both minimum fields.
  const locked = hasCode(err, 'survey-minimum-locked') ? errorText(err, t) : undefined;
  const minGroupError = fieldError(err, 'minGroup', t) ?? locked;
  const minCommentsError = fieldError(err, 'minComments', t) ?? locked;
  const shownElsewhere = !!(minGroupError || minCommentsError || fieldError(err, 'responseDays', t) || fieldError(err, 'reminderDays', t));

  return (
    <form onSubmit={save} noValidate className="sv-settings">
      <div className="sv-settings-grid">
        <TextField
          label={t('surveys.settings.minGroup')}
          hint={survey.hasAnswers ? t('surveys.settings.minLockedHint') : t('surveys.settings.minGroupHint')}
          type="number"
          min={3}
          max={100}
          inputMode="numeric"
          value={minGroup}
          onChange={(e) => setMinGroup(e.target.value)}
          error={minGroupError}
        />
        <TextField
          label={t('surveys.settings.minComments')}
          hint={t('surveys.settings.minCommentsHint')}
          type="number"
          min={3}
          max={200}
          inputMode="numeric"
          value={minComments}
          onChange={(e) => setMinComments(e.target.value)}
          error={minCommentsError}
        />
        <TextField
          label={t('surveys.settings.responseDays')}
          hint={t('surveys.settings.responseDaysHint')}
          type="number"
          min={1}
          max={120}
          inputMode="numeric"
          value={responseDays}
          onChange={(e) => setResponseDays(e.target.value)}
          error={fieldError(err, 'responseDays', t)}
        />
        <TextField
          label={t('surveys.settings.reminderDays')}
          hint={t('surveys.settings.reminderDaysHint')}
          type="number"
          min={1}
          max={60}
          inputMode="numeric"
          value={reminderDays}
          onChange={(e) => setReminderDays(e.target.value)}
          error={fieldError(err, 'reminderDays', t)}
        />
        <TextField
          label={t('surveys.settings.closesOn')}
          hint={t('surveys.settings.closesOnHint')}
          type="date"
          value={closesOn}
          onChange={(e) => setClosesOn(e.target.value)}
          error={fieldError(err, 'closesAt', t)}
        />
      </div>
      <CheckboxGroup
        legend={t('surveys.settings.dimensions')}
        hint={t('surveys.settings.dimensionsHint')}
        choices={DIMENSIONS.map((d: Dimension) => ({ value: d, label: t(DIMENSION_KEYS[d]) }))}
        selected={dimensions}
        onChange={setDimensions}
        error={fieldError(err, 'reportDimensions', t)}
      />
      <CheckboxField
        label={t('surveys.settings.offersAlumni')}
        hint={t('surveys.settings.offersAlumniHint')}
        checked={offersAlumni}
        onChange={(e) => setOffersAlumni(e.target.checked)}
      />
      <ErrorNotice error={shownElsewhere ? null : err} />
      {locked && (
        <p className="field-error" role="alert">
          {locked}
        </p>
      )}
      <LiveStatus>{status}</LiveStatus>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={saving.isPending}>
          {t('surveys.settings.save')}
        </button>
      </div>
    </form>
  );
}
