/**
 * Which survey a journey's survey step invites to: automatic (the 30-day onboarding survey, or the
 * exit survey for a step before an end date), one of the ready surveys (the organisation's open
 * survey made from that template, created when first needed), or one of HR's own open surveys.
 */
import { SelectField } from '../Field.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useApi } from '../../lib/useApi.ts';
import { paths, type Library, type SurveySummary } from '../surveys/model.ts';
import type { StepInput } from '../../lib/moments.ts';

type Choice = Pick<StepInput, 'surveyId' | 'surveyTemplate'>;

const valueOf = (c: Choice) => (c.surveyId ? `s:${c.surveyId}` : c.surveyTemplate ? `t:${c.surveyTemplate}` : '');

export function StepSurveyField({ value, onChange, error }: { value: Choice; onChange(next: Choice): void; error?: string }) {
  const { t } = useI18n();
  const library = useApi<Library>(paths.library);
  const surveys = useApi<{ items: SurveySummary[] }>(paths.surveys);
  const own = (surveys.data?.items ?? []).filter((s) => s.status === 'open' && s.templateKey === null);
  const choose = (v: string) =>
    onChange(
      v.startsWith('s:')
        ? { surveyId: v.slice(2), surveyTemplate: null }
        : v.startsWith('t:')
          ? { surveyId: null, surveyTemplate: v.slice(2) as StepInput['surveyTemplate'] }
          : { surveyId: null, surveyTemplate: null },
    );
  // Until the ready surveys are known the select could not show the step's own: nothing rather than a wrong value.
  if (!library.data) return null;
  return (
    <SelectField
      label={t('moments.step.survey')}
      hint={t('moments.step.surveyHint')}
      value={valueOf(value)}
      onChange={(e) => choose(e.target.value)}
      error={error}
    >
      <option value="">{t('moments.step.surveyAutomatic')}</option>
      <optgroup label={t('moments.step.surveyReady')}>
        {library.data.templates.map((tpl) => (
          <option key={tpl.key} value={`t:${tpl.key}`}>
            {tpl.title}
          </option>
        ))}
      </optgroup>
      {(own.length > 0 || value.surveyId) && (
        <optgroup label={t('moments.step.surveyOwn')}>
          {own.map((s) => (
            <option key={s.id} value={`s:${s.id}`}>
              {s.title}
            </option>
          ))}
          {value.surveyId && !own.some((s) => s.id === value.surveyId) && (
            <option value={`s:${value.surveyId}`}>{t('moments.step.surveyNotOpen')}</option>
          )}
        </optgroup>
      )}
    </SelectField>
  );
}
