/** The people list's search box and filters. Controlled: the page owns the values. */
import { useI18n } from '../lib/i18n.tsx';
import { LANGUAGE_LABEL_KEYS } from '../lib/labels.ts';
import type { Facets } from '../lib/types.ts';
import { SelectField, TextField } from './Field.tsx';

export interface PeopleFilterValues {
  q: string;
  department: string;
  site: string;
  language: string;
  startFrom: string;
  startTo: string;
}

export const NO_FILTERS: PeopleFilterValues = { q: '', department: '', site: '', language: '', startFrom: '', startTo: '' };

export function readFilters(search: string): PeopleFilterValues {
  const p = new URLSearchParams(search);
  const v = { ...NO_FILTERS };
  for (const k of Object.keys(v) as (keyof PeopleFilterValues)[]) v[k] = p.get(k) ?? '';
  return v;
}

export function PeopleFilters({
  value,
  facets,
  onChange,
}: {
  value: PeopleFilterValues;
  facets?: Facets;
  onChange(v: PeopleFilterValues): void;
}) {
  const { t } = useI18n();
  const set = (k: keyof PeopleFilterValues) => (e: { target: { value: string } }) => onChange({ ...value, [k]: e.target.value });
  const active = Object.values(value).some(Boolean);
  return (
    <form className="filters" role="search" aria-label={t('people.filters')} onSubmit={(e) => e.preventDefault()}>
      <TextField
        className="filter-search"
        label={t('people.search')}
        type="search"
        value={value.q}
        onChange={set('q')}
        hint={t('people.searchHint')}
      />
      <SelectField label={t('people.department')} value={value.department} onChange={set('department')}>
        <option value="">{t('common.all')}</option>
        {facets?.departments.map((d) => (
          <option key={d} value={d}>
            {d}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('people.site')} value={value.site} onChange={set('site')}>
        <option value="">{t('common.all')}</option>
        {facets?.sites.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('people.language')} value={value.language} onChange={set('language')}>
        <option value="">{t('common.all')}</option>
        {(facets?.languages ?? []).map((l) => (
          <option key={l} value={l}>
            {l in LANGUAGE_LABEL_KEYS ? t(LANGUAGE_LABEL_KEYS[l as keyof typeof LANGUAGE_LABEL_KEYS]) : l}
          </option>
        ))}
      </SelectField>
      <TextField label={t('people.startFrom')} type="date" value={value.startFrom} onChange={set('startFrom')} />
      <TextField label={t('people.startTo')} type="date" value={value.startTo} onChange={set('startTo')} />
      {active && (
        <button type="button" className="button filters-clear" onClick={() => onChange(NO_FILTERS)}>
          {t('people.clearFilters')}
        </button>
      )}
    </form>
  );
}
