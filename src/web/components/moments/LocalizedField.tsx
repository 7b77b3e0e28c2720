/**
 * One text in every interface language (a journey's name, a step's name, a task's checklist item):
 * a group with a field per language. The organisation's default language is required (readers
 * whose language is missing read that one); the others are optional. Errors the server gives for
 * `path` or `path.<language>` show next to the field they name.
 */
import { useId, type ReactNode } from 'react';
import { LANGS, LANGUAGE_NAMES, useI18n } from '../../lib/i18n.tsx';
import type { LocalizedText } from '../../lib/moments.ts';
import { useSession } from '../../lib/session.tsx';
import { TextField } from '../Field.tsx';
import { TextAreaField } from './fields.tsx';

/** The language every text of the organisation must have: its default, when the interface offers it. */
export function useRequiredLanguage(): (typeof LANGS)[number] {
  const { me } = useSession();
  const l = me.organisation.defaultLanguage;
  return l === 'nl' || l === 'fr' || l === 'en' ? l : 'en';
}

export function LocalizedField({
  legend,
  hint,
  value,
  onChange,
  maxLength,
  multiline,
  optional,
  error,
  actions,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  value: LocalizedText;
  onChange(next: LocalizedText): void;
  maxLength: number;
  multiline?: boolean;
  /** Not required at all (a description): no language is marked required. */
  optional?: boolean;
  /** The message for the field in one language (`nl`) or for the whole text (`''`). */
  error?: (language: string) => string | undefined;
  /** Buttons that act on the whole text (remove an item). */
  actions?: ReactNode;
}) {
  const { t } = useI18n();
  const id = useId();
  const orgLanguage = useRequiredLanguage();
  const required = optional ? null : orgLanguage;
  const whole = error?.('');
  return (
    <fieldset className="m-fieldset m-localized" aria-describedby={hint || whole ? `${id}-d` : undefined}>
      <legend>{legend}</legend>
      {(hint || whole) && (
        <div id={`${id}-d`}>
          {hint && <p className="hint">{hint}</p>}
          {whole && <p className="field-error">{whole}</p>}
        </div>
      )}
      <div className="m-localized-fields">
        {LANGS.map((l) => {
          const props = {
            label: l === required ? t('moments.text.required', { language: LANGUAGE_NAMES[l] }) : LANGUAGE_NAMES[l],
            lang: l,
            required: l === required,
            maxLength,
            value: value[l] ?? '',
            error: error?.(l),
          };
          const set = (v: string) => onChange({ ...value, [l]: v });
          return multiline ? (
            <TextAreaField key={l} {...props} rows={2} onChange={(e) => set(e.target.value)} />
          ) : (
            <TextField key={l} {...props} onChange={(e) => set(e.target.value)} />
          );
        })}
      </div>
      {actions}
    </fieldset>
  );
}
