/** Dates and numbers in the interface language's conventions (Belgian for nl and fr). */
import type { Lang } from './i18n.tsx';

const LOCALES: Record<Lang, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };
export const localeOf = (lang: Lang) => LOCALES[lang];

/** A calendar date "yyyy-mm-dd": formatted in UTC so no time zone can move it a day. */
export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** An instant, shown in the organisation's time zone so every admin reads the same clock. */
export function formatDateTime(iso: string | null | undefined, lang: Lang, timeZone?: string): string {
  if (!iso) return '';
  try {
    return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
  } catch {
    // An unknown zone name must not break the page.
    return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  }
}

export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(n);
}

export function formatBytes(bytes: number, lang: Lang): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let i = 0;
  while (value >= 1000 && i < units.length - 1) {
    value /= 1000;
    i++;
  }
  return `${new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: i ? 1 : 0 }).format(value)} ${units[i]}`;
}
