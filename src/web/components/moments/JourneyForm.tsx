/** A journey's name, description, who it applies to (scope) and what happens to a missed step. */
import { useState, type FormEvent } from 'react';
import { patch } from '../../lib/api.ts';
import { fieldError } from '../../lib/errors.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { LANGUAGE_LABEL_KEYS } from '../../lib/labels.ts';
import { cleanText, TEMPLATE_LANGS, type Journey, type JourneyInput, type MissedPolicy } from '../../lib/moments.ts';
import type { Facets } from '../../lib/types.ts';
import { useApi, useApiMutation } from '../../lib/useApi.ts';
import { ErrorNotice, LiveStatus } from '../Notice.tsx';
import { CheckboxGroup, RadioGroup, TagInput } from './fields.tsx';
import { LocalizedField } from './LocalizedField.tsx';

export function JourneyForm({ journey, onSaved }: { journey: Journey; onSaved(j: Journey): void }) {
  const { t } = useI18n();
  const facets = useApi<Facets>('/people/facets');
  const [form, setForm] = useState<JourneyInput>({
    name: journey.names,
    description: journey.descriptions,
    departments: journey.departments,
    siteIds: journey.siteIds,
    languages: journey.languages,
    employmentTypes: journey.employmentTypes,
    missedPolicy: journey.missedPolicy,
  });
  const [status, setStatus] = useState<string | null>(null);
  const saving = useApiMutation((body: JourneyInput) => patch<Journey>(`/journeys/${journey.id}`, body), {
    invalidates: ['/journeys'],
    onSuccess: (saved) => {
      onSaved(saved);
      setStatus(t('moments.journey.saved'));
    },
  });
  const { error, isPending: busy } = saving;
  const set = <K extends keyof JourneyInput>(k: K, v: JourneyInput[K]) => {
    setStatus(null);
    setForm((f) => ({ ...f, [k]: v }));
  };

  const save = (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    saving.mutate({ ...form, name: cleanText(form.name), description: cleanText(form.description) });
  };

  // Chosen values the directory no longer has stay visible, so they can be unticked.
  const departments = [...new Set([...(facets.data?.departments ?? []), ...form.departments])].sort((a, b) => a.localeCompare(b));
  const sites = [...(facets.data?.sites ?? []).map((s) => ({ value: s.id, label: s.name }))];
  for (const id of form.siteIds) if (!sites.some((s) => s.value === id)) sites.push({ value: id, label: t('moments.journey.unknownSite') });
  const fe = (f: string) => fieldError(error, f, t);

  return (
    <form onSubmit={save} className="m-journey-form">
      <LocalizedField
        legend={t('moments.journey.name')}
        maxLength={200}
        value={form.name}
        onChange={(v) => set('name', v)}
        error={(l) => fe(l ? `name.${l}` : 'name')}
      />
      <LocalizedField
        legend={t('moments.journey.description')}
        multiline
        optional
        maxLength={2000}
        value={form.description}
        onChange={(v) => set('description', v)}
        error={(l) => fe(l ? `description.${l}` : 'description')}
      />

      <h3>{t('moments.journey.scope')}</h3>
      <p className="hint m-scope-hint">{t('moments.journey.scopeHint')}</p>
      <div className="m-scope">
        <CheckboxGroup
          legend={t('people.department')}
          hint={t('moments.journey.allDepartments')}
          choices={departments.map((d) => ({ value: d, label: d }))}
          selected={form.departments}
          onChange={(v) => set('departments', v)}
          empty={t('moments.journey.noneInDirectory')}
          error={fe('departments')}
        />
        <CheckboxGroup
          legend={t('people.site')}
          hint={t('moments.journey.allSites')}
          choices={sites}
          selected={form.siteIds}
          onChange={(v) => set('siteIds', v)}
          empty={t('moments.journey.noneInDirectory')}
          error={fe('siteIds')}
        />
        <CheckboxGroup
          legend={t('people.language')}
          hint={t('moments.journey.allLanguages')}
          choices={TEMPLATE_LANGS.map((l) => ({ value: l, label: t(LANGUAGE_LABEL_KEYS[l]) }))}
          selected={form.languages}
          onChange={(v) => set('languages', v)}
          error={fe('languages')}
        />
        <TagInput
          label={t('moments.journey.employmentTypes')}
          hint={t('moments.journey.employmentTypesHint')}
          tags={form.employmentTypes}
          onChange={(v) => set('employmentTypes', v)}
          error={fe('employmentTypes')}
        />
      </div>

      <RadioGroup<MissedPolicy>
        legend={t('moments.journey.missed')}
        hint={t('moments.journey.missedHint')}
        name="missed"
        value={form.missedPolicy}
        onChange={(v) => set('missedPolicy', v)}
        error={fe('missedPolicy')}
        choices={[
          { value: 'catch_up', label: t('moments.journey.catchUp'), hint: t('moments.journey.catchUpHint') },
          { value: 'skip', label: t('moments.journey.skip'), hint: t('moments.journey.skipHint') },
        ]}
      />
      <ErrorNotice error={error && !Object.keys(form).some((k) => fe(k)) ? error : null} />
      <button type="submit" className="button button-primary" disabled={busy}>
        {t('moments.journey.save')}
      </button>
      <LiveStatus>{status}</LiveStatus>
    </form>
  );
}
