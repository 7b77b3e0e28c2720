/**
 * The interface language picker. Signed out it changes this browser's language. Signed in it saves
 * the choice on the user (PATCH /me) and takes effect at once; "automatic" clears the choice, and
 * the language follows the directory entry, the browser, the organisation again (the server says
 * which). Lists whose texts the server gives in the reader's language are read again.
 */
import { useId } from 'react';
import { patch } from '../lib/api.ts';
import { isLang, LANGS, LANGUAGE_NAMES, useI18n, type Lang } from '../lib/i18n.tsx';
import { queryClient } from '../lib/queryClient.ts';
import type { Me } from '../lib/types.ts';

const AUTOMATIC = 'automatic';

export function LanguageSwitch({ me, onSaved }: { me?: Me; onSaved?: (me: Me) => void }) {
  const { lang, setLang, t } = useI18n();
  const id = useId();
  const chosen: Lang | typeof AUTOMATIC = me ? (isLang(me.user.language) ? me.user.language : AUTOMATIC) : lang;
  const change = (value: string) => {
    if (value !== AUTOMATIC && !isLang(value)) return;
    if (isLang(value)) setLang(value);
    if (!me) return;
    patch<Me>('/me', { language: isLang(value) ? value : null }).then(
      (next) => {
        onSaved?.(next);
        // Journey, step and task names come in the reader's language: read them again.
        void queryClient.invalidateQueries();
      },
      // The switch already took effect for a chosen language; saving is for the next session.
      () => {},
    );
  };
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('language.label')}</label>
      <select id={id} value={chosen} onChange={(e) => change(e.target.value)}>
        {me && (
          <option value={AUTOMATIC}>
            {me.languageSource === 'choice'
              ? t('language.automatic')
              : t('language.automaticIs', { language: LANGUAGE_NAMES[me.language] })}
          </option>
        )}
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
