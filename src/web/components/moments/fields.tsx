/**
 * Form fields the moments screens need beyond Field.tsx: a text area, a checkbox, groups of
 * radios and checkboxes (fieldset and legend), and free tags. Each wires its hint and error to
 * the control (aria-describedby) like Field.tsx does.
 */
import { useId, useState, type ComponentProps, type InputHTMLAttributes, type KeyboardEvent, type ReactNode } from 'react';
import { useI18n } from '../../lib/i18n.tsx';
import { describedBy, Extras, TextAreaField as SharedTextAreaField, type Common } from '../Field.tsx';

export function TextAreaField(props: ComponentProps<typeof SharedTextAreaField>) {
  return <SharedTextAreaField inputClassName="m-textarea" {...props} />;
}

export function CheckboxField({ label, hint, error, className, ...input }: Common & Omit<InputHTMLAttributes<HTMLInputElement>, 'type'>) {
  const id = useId();
  return (
    <div className={`field m-check ${className ?? ''}`}>
      <input id={id} type="checkbox" aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...input} />
      <label htmlFor={id}>{label}</label>
      <Extras id={id} hint={hint} error={error} />
    </div>
  );
}

export interface Choice<V extends string> {
  value: V;
  label: ReactNode;
  hint?: ReactNode;
}

export function RadioGroup<V extends string>({
  legend,
  hint,
  error,
  name,
  value,
  choices,
  onChange,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  name: string;
  value: V;
  choices: Choice<V>[];
  onChange(v: V): void;
}) {
  const id = useId();
  return (
    <fieldset className="m-fieldset" aria-describedby={describedBy(id, hint, error)}>
      <legend>{legend}</legend>
      <Extras id={id} hint={hint} error={error} />
      {choices.map((c) => (
        <div className="m-check" key={c.value}>
          <input
            id={`${id}-${c.value}`}
            type="radio"
            name={`${name}-${id}`}
            value={c.value}
            checked={value === c.value}
            onChange={() => onChange(c.value)}
            aria-describedby={c.hint ? `${id}-${c.value}-hint` : undefined}
          />
          <label htmlFor={`${id}-${c.value}`}>{c.label}</label>
          {c.hint && (
            <p className="hint" id={`${id}-${c.value}-hint`}>
              {c.hint}
            </p>
          )}
        </div>
      ))}
    </fieldset>
  );
}

export function CheckboxGroup({
  legend,
  hint,
  error,
  choices,
  selected,
  onChange,
  empty,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  choices: Choice<string>[];
  selected: string[];
  onChange(v: string[]): void;
  empty?: ReactNode;
}) {
  const id = useId();
  const toggle = (v: string, on: boolean) => onChange(on ? [...selected, v] : selected.filter((x) => x !== v));
  return (
    <fieldset className="m-fieldset" aria-describedby={describedBy(id, hint, error)}>
      <legend>{legend}</legend>
      <Extras id={id} hint={hint} error={error} />
      {choices.length === 0 && empty && <p className="empty">{empty}</p>}
      <div className="m-check-columns">
        {choices.map((c) => (
          <div className="m-check" key={c.value}>
            <input
              id={`${id}-${c.value}`}
              type="checkbox"
              checked={selected.includes(c.value)}
              onChange={(e) => toggle(c.value, e.target.checked)}
            />
            <label htmlFor={`${id}-${c.value}`}>{c.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** Free tags (employment types): type one, press Enter or Add; each tag has its own remove button. */
export function TagInput({ label, hint, error, tags, onChange }: Common & { tags: string[]; onChange(tags: string[]): void }) {
  const { t } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState('');
  const add = () => {
    const v = draft.trim();
    if (v && !tags.includes(v)) onChange([...tags, v]);
    setDraft('');
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      add();
    }
  };
  return (
    <div className="field m-tags">
      <label htmlFor={id}>{label}</label>
      <Extras id={id} hint={hint} error={error} />
      {tags.length > 0 && (
        <ul className="m-tag-list" aria-label={typeof label === 'string' ? label : undefined}>
          {tags.map((tag) => (
            <li key={tag} className="m-tag">
              <span>{tag}</span>
              <button
                type="button"
                className="m-tag-remove"
                onClick={() => onChange(tags.filter((x) => x !== tag))}
                aria-label={t('moments.tags.remove', { tag })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="m-tag-add">
        <input
          id={id}
          value={draft}
          maxLength={100}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKey}
          aria-describedby={describedBy(id, hint, error)}
          aria-invalid={error ? true : undefined}
        />
        <button type="button" className="button button-small" onClick={add}>
          {t('moments.tags.add')}
        </button>
      </div>
    </div>
  );
}
