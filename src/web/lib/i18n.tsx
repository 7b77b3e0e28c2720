/**
 * Interface translations. `en` defines the keys; `nl` and `fr` must have exactly the same ones
 * (a missing key is a compile error). Plurals are two keys, `<base>_one` and `<base>_other`.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { en } from '../i18n/en.ts';
import { nl } from '../i18n/nl.ts';
import { fr } from '../i18n/fr.ts';

export type MessageKey = keyof typeof en;
export type Dictionary = Record<MessageKey, string>;
export type Params = Record<string, string | number>;
type PluralBase = { [K in MessageKey]: K extends `${infer B}_one` ? (`${B}_other` extends MessageKey ? B : never) : never }[MessageKey];

export const LANGS = ['nl', 'fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];
/** Each language's name in itself: someone who cannot read the current language still finds theirs. */
export const LANGUAGE_NAMES: Record<Lang, string> = { nl: 'Nederlands', fr: 'Français', en: 'English' };

const DICTIONARIES: Record<Lang, Dictionary> = { nl, fr, en };
const STORAGE_KEY = 'embassy.language';

export const isLang = (v: unknown): v is Lang => typeof v === 'string' && (LANGS as readonly string[]).includes(v);

function fill(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  return fill(DICTIONARIES[lang][key] ?? en[key], params);
}

/**
 * The browser's preferred interface language among ours (nl-BE is nl; a language we do not offer is
 * skipped for the next), the rule the server applies to Accept-Language; English when none matches.
 * Only before sign-in: signed in, GET /me says which language (the user's choice, their directory
 * entry's, this browser's, the organisation's: src/platform/language.ts).
 */
export function browserLanguage(languages: readonly string[] = navigator.languages ?? [navigator.language]): Lang {
  for (const tag of languages) {
    const base = tag.split('-')[0].toLowerCase();
    if (isLang(base)) return base;
  }
  return 'en';
}

function storedLanguage(): Lang | null {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return isLang(v) ? v : null;
  } catch {
    return null;
  }
}

export interface I18n {
  lang: Lang;
  t(key: MessageKey, params?: Params): string;
  /** `<base>_one` or `<base>_other` by the language's plural rules, with `{n}` filled in. */
  tp(base: PluralBase, n: number, params?: Params): string;
  setLang(lang: Lang): void;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => {
    const initial = storedLanguage() ?? browserLanguage();
    document.documentElement.lang = initial;
    return initial;
  });

  const setLang = useCallback((next: Lang) => {
    document.documentElement.lang = next;
    try {
      // Remembered for the sign-in page of the next visit, before we know who is signing in.
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      /* private mode: fine without */
    }
    setLangState(next);
  }, []);

  const value = useMemo<I18n>(() => {
    const rules = new Intl.PluralRules(lang);
    const t = (key: MessageKey, params?: Params) => translate(lang, key, params);
    const tp = (base: PluralBase, n: number, params?: Params) =>
      t(`${base}_${rules.select(n) === 'one' ? 'one' : 'other'}` as MessageKey, { n: new Intl.NumberFormat(lang).format(n), ...params });
    return { lang, t, tp, setLang };
  }, [lang, setLang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
