/**
 * Tabs per language over a panel (the ARIA tabs pattern: arrows, Home and End move between the
 * tabs, only the selected one is in the Tab order). A tab whose texts are not all written says so to
 * screen readers (`notWritten`) and shows no dot. Dutch / French / English unless `langs` says
 * otherwise (a message template adds German); named by `label` or by the element `labelledBy`.
 */
import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { LANGS, useI18n, type Lang } from '../lib/i18n.tsx';
import { LANGUAGE_LABEL_KEYS } from '../lib/labels.ts';

export function LanguageTabs<L extends keyof typeof LANGUAGE_LABEL_KEYS = Lang>({
  langs = LANGS as readonly string[] as readonly L[],
  label,
  labelledBy,
  value,
  onChange,
  written,
  notWritten,
  note,
  className,
  children,
}: {
  langs?: readonly NoInfer<L>[];
  label?: string;
  labelledBy?: string;
  value: L;
  onChange(lang: NoInfer<L>): void;
  written(lang: NoInfer<L>): boolean;
  /** Said to screen readers on a tab whose texts are not all written. */
  notWritten: string;
  /** Shown after a tab's language (say, that it is optional). */
  note?(lang: NoInfer<L>): ReactNode;
  /** Wraps the tabs and panel in a div with this class; without it they stand in the parent. */
  className?: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const id = useId();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKey = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const n = langs.length;
    const to =
      e.key === 'ArrowRight' ? (i + 1) % n : e.key === 'ArrowLeft' ? (i - 1 + n) % n : e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : -1;
    if (to < 0) return;
    e.preventDefault();
    onChange(langs[to]);
    tabs.current[to]?.focus();
  };
  const content = (
    <>
      <div role="tablist" aria-label={label} aria-labelledby={labelledBy} className="m-tabs">
        {langs.map((l, i) => (
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
            {note?.(l)}
            {written(l) ? <span className="m-tab-dot" aria-hidden="true" /> : <span className="visually-hidden"> ({notWritten})</span>}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${value}`} className="m-tabpanel">
        {children}
      </div>
    </>
  );
  return className ? <div className={className}>{content}</div> : content;
}
