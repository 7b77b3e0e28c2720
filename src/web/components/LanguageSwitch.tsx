/** The interface language picker; signed in, the choice is saved on the user (PATCH /me). */
import { useId } from 'react';
import { patch } from '../lib/api.ts';
import { isLang, LANGS, LANGUAGE_NAMES, useI18n, type Lang } from '../lib/i18n.tsx';
import type { Me, User } from '../lib/types.ts';

export function LanguageSwitch({ me, onSaved }: { me?: Me; onSaved?: (me: Me) => void }) {
  const { lang, setLang, t } = useI18n();
  const id = useId();
  const change = (value: string) => {
    if (!isLang(value)) return;
    setLang(value as Lang);
    if (me) {
      // The switch already took effect; saving is for the next session, so a failure is not shown.
      patch<User>('/me', { language: value }).then(
        (user) => onSaved?.({ ...me, user }),
        () => {},
      );
    }
  };
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('language.label')}</label>
      <select id={id} value={lang} onChange={(e) => change(e.target.value)}>
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
