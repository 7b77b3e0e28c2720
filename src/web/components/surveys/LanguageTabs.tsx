/**
 * Tabs Dutch / French / English over a panel (the ARIA tabs pattern: arrows, Home and End move
 * between the tabs, only the selected one is in the Tab order). A tab whose texts are not all
 * written says so to screen readers and shows no dot.
 */
import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { LANGS, useI18n, type Lang } from '../../lib/i18n.tsx';
import { LANGUAGE_LABEL_KEYS } from '../../lib/labels.ts';

export function LanguageTabs({
  label,
  value,
  onChange,
  written,
  children,
}: {
  label: string;
  value: Lang;
  onChange(lang: Lang): void;
  written(lang: Lang): boolean;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const id = useId();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKey = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const n = LANGS.length;
    const to =
      e.key === 'ArrowRight' ? (i + 1) % n : e.key === 'ArrowLeft' ? (i - 1 + n) % n : e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : -1;
    if (to < 0) return;
    e.preventDefault();
    onChange(LANGS[to]);
    tabs.current[to]?.focus();
  };
  return (
    <div className="sv-lang-tabs">
      <div role="tablist" aria-label={label} className="m-tabs">
        {LANGS.map((l, i) => (
          <button
            key={l}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${l}`}
            aria-selected={l === value}
            aria-controls={`${id}-panel`}
            tabIndex={l === value ? 0 : -1}
            className="m-tab"
            onClick={() => onChange(l)}
            onKeyDown={(e) => onKey(e, i)}
          >
            {t(LANGUAGE_LABEL_KEYS[l])}
            {written(l) ? (
              <span className="m-tab-dot" aria-hidden="true" />
            ) : (
              <span className="visually-hidden"> ({t('surveys.edit.notWritten')})</span>
            )}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${value}`} className="m-tabpanel">
        {children}
      </div>
    </div>
  );
}
