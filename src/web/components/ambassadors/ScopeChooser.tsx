/**
 * Choosing how far one's ambassadorship reaches: internal (colleagues) or external (also the public
 * careers pages), and "behind the scenes". A sensitive function allows internal only, and says why.
 */
import { useId } from 'react';
import { useI18n } from '../../lib/i18n.tsx';
import type { Scope } from './types.ts';

export interface ScopeChoice {
  scope: Scope;
  behindTheScenes: boolean;
}

export function ScopeChooser({
  value,
  sensitive,
  onChange,
  error,
}: {
  value: ScopeChoice;
  sensitive: boolean;
  onChange(v: ScopeChoice): void;
  error?: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const externalPossible = !sensitive && !value.behindTheScenes;
  return (
    <fieldset className="amb-scope" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{t('amb.scopeLegend')}</legend>
      {sensitive && (
        <p className="notice amb-notice-info" id={`${id}-sensitive`}>
          {t('amb.sensitiveNote')}
        </p>
      )}
      <div className="amb-choice">
        <input
          type="radio"
          id={`${id}-internal`}
          name={`${id}-scope`}
          value="internal"
          checked={value.scope === 'internal'}
          onChange={() => onChange({ ...value, scope: 'internal' })}
          aria-describedby={`${id}-internal-hint`}
        />
        <label htmlFor={`${id}-internal`}>{t('amb.scopeInternal')}</label>
        <p className="hint" id={`${id}-internal-hint`}>
          {t('amb.scopeInternalHint')}
        </p>
      </div>
      <div className="amb-choice">
        <input
          type="radio"
          id={`${id}-external`}
          name={`${id}-scope`}
          value="external"
          checked={value.scope === 'external'}
          disabled={!externalPossible}
          onChange={() => onChange({ ...value, scope: 'external' })}
          aria-describedby={`${id}-external-hint${sensitive ? ` ${id}-sensitive` : ''}`}
        />
        <label htmlFor={`${id}-external`}>{t('amb.scopeExternal')}</label>
        <p className="hint" id={`${id}-external-hint`}>
          {value.behindTheScenes && !sensitive ? t('amb.scopeExternalBehind') : t('amb.scopeExternalHint')}
        </p>
      </div>
      <div className="amb-choice amb-choice-check">
        <input
          type="checkbox"
          id={`${id}-behind`}
          checked={value.behindTheScenes}
          onChange={(e) => onChange({ behindTheScenes: e.target.checked, scope: e.target.checked ? 'internal' : value.scope })}
          aria-describedby={`${id}-behind-hint`}
        />
        <label htmlFor={`${id}-behind`}>{t('amb.behindTheScenes')}</label>
        <p className="hint" id={`${id}-behind-hint`}>
          {t('amb.behindTheScenesHint')}
        </p>
      </div>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
