/**
 * How long the organisation keeps raw answers (GET/PUT /surveys/settings, audited): afterwards they
 * are deleted by whole quarters and only the groups that were shown stay, as aggregates.
 * Respondents are told this period before they answer.
 */
import { useState, type FormEvent } from 'react';
import { put } from '../../lib/api.ts';
import { fieldError } from '../../lib/errors.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useApi, useApiMutation } from '../../lib/useApi.ts';
import { TextField } from '../Field.tsx';
import { ErrorNotice, LiveStatus } from '../Notice.tsx';
import type { Schema } from '../../lib/types.ts';

type Settings = Schema<'SurveySettings'>;

export function RetentionForm() {
  const settings = useApi<Settings>('/surveys/settings');
  // Mounted once the value is known; the saved value then stays in the field (no remount, so the news stays too).
  return settings.data ? <Form settings={settings.data} /> : <ErrorNotice error={settings.error} />;
}

function Form({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  const [months, setMonths] = useState(String(settings.retentionMonths));
  const [status, setStatus] = useState<string | null>(null);
  const saving = useApiMutation((retentionMonths: number) => put<Settings>('/surveys/settings', { retentionMonths }), {
    onSuccess: () => setStatus(t('surveys.retention.saved')),
  });
  const save = (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    saving.mutate(Number(months));
  };
  const error = fieldError(saving.error, 'retentionMonths', t);
  return (
    <form className="inline-form sv-retention" onSubmit={save} noValidate>
      <TextField
        label={t('surveys.retention.months')}
        hint={t('surveys.retention.hint')}
        type="number"
        min={1}
        max={120}
        inputMode="numeric"
        value={months}
        onChange={(e) => setMonths(e.target.value)}
        error={error}
      />
      <button type="submit" className="button" disabled={saving.isPending}>
        {t('surveys.retention.save')}
      </button>
      <ErrorNotice error={error ? null : saving.error} />
      <LiveStatus>{status}</LiveStatus>
    </form>
  );
}
