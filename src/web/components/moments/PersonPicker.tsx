/**
 * Choosing one person by searching the directory: a search box, the matches as buttons, and the
 * choice with a way to change it. Plain buttons rather than a combobox: simple for every keyboard
 * and screen reader.
 */
import { useId, useState } from 'react';
import { query } from '../../lib/api.ts';
import { useApi } from '../../lib/useApi.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { PeoplePage } from '../../lib/types.ts';
import { useDebounced } from '../../lib/useDebounced.ts';
import { ErrorNotice } from '../Notice.tsx';

export interface PickedPerson {
  id: string;
  name: string;
}

export function PersonPicker({
  label,
  hint,
  value,
  onChange,
}: {
  label: string;
  hint?: string;
  value: PickedPerson | null;
  onChange(p: PickedPerson | null): void;
}) {
  const { t, tp } = useI18n();
  const id = useId();
  const [q, setQ] = useState('');
  const search = useDebounced(q.trim(), 250);
  const found = useApi<PeoplePage>(search && !value ? `/people${query({ q: search, limit: 8 })}` : null);
  const { error } = found;
  const results: PickedPerson[] | null = found.data
    ? found.data.items.map((p) => ({ id: p.id, name: `${p.firstName} ${p.lastName}` }))
    : null;

  if (value) {
    return (
      <div className="field m-picked">
        <p>
          <span className="strong">{label}:</span> {value.name}
        </p>
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            onChange(null);
            setQ('');
          }}
        >
          {t('moments.picker.change')}
          <span className="visually-hidden"> {label}</span>
        </button>
      </div>
    );
  }

  return (
    <div className="field m-picker">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="search" value={q} onChange={(e) => setQ(e.target.value)} aria-describedby={`${id}-hint`} autoComplete="off" />
      <p className="hint" id={`${id}-hint`}>
        {hint ?? t('moments.picker.hint')}
      </p>
      <ErrorNotice error={error} />
      <div role="status" aria-live="polite" className="visually-hidden">
        {results ? tp('people.found', results.length) : ''}
      </div>
      {results && results.length === 0 && <p className="empty">{t('people.none')}</p>}
      {results && results.length > 0 && (
        <ul className="m-picker-results" aria-label={t('moments.picker.results')}>
          {results.map((p) => (
            <li key={p.id}>
              <button type="button" className="m-picker-option" onClick={() => onChange(p)}>
                {p.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
