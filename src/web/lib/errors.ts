/**
 * Turns anything a request can throw into a sentence in the interface language, by the stable
 * code the server sends (src/platform/problems.ts), never by the HTTP status. The server's English
 * message is shown only for a code this app does not know yet.
 */
import type { ItemCode, ProblemCode } from '../../platform/problems.ts';
import { en } from '../i18n/en.ts';
import { ApiError, NetworkError, type ProblemItem } from './api.ts';
import type { I18n, MessageKey, Params } from './i18n.tsx';

/** A compile error here names a code without an English text (and so, by the dictionaries' types, without nl and fr). */
type MissingTexts = Exclude<`error.${ProblemCode | ItemCode}`, MessageKey>;
const everyCodeHasText: [MissingTexts] extends [never] ? true : MissingTexts = true;
void everyCodeHasText;

/**
 * Codes that say only the kind of answer, not what is wrong: a call site that has no specific code
 * yet. Its items' codes say what is wrong, translated; without any, its English detail says more
 * than a translated "this cannot be accepted", so it is shown.
 */
const GENERIC = new Set(['bad-request', 'unprocessable', 'conflict']);

const keyOf = (code: string | undefined): MessageKey | null => {
  const key = `error.${code}`;
  return code && !GENERIC.has(code) && Object.hasOwn(en, key) ? (key as MessageKey) : null;
};

/** One item (a field, a CSV cell) in the interface language: by its code, else the server's words. */
export function itemText(item: ProblemItem, t: I18n['t']): string {
  const key = keyOf(item.code);
  if (!key) return item.message;
  const params: Params = { ...item.params };
  if (item.value !== undefined) params.value = item.value;
  return t(key, params);
}

export function errorText(err: unknown, t: I18n['t']): string {
  if (err instanceof ApiError) {
    const { code, params, detail, title } = err.problem;
    // Not a problem answer of ours: something between the browser and the server failed (or the
    // app made the error itself, with its own translated detail).
    if (!code) return detail ?? t('error.server');
    if (GENERIC.has(code)) {
      // The kind of answer says little; items with codes of their own say what is wrong, in the
      // interface language. Only without any does the server's English detail say more.
      const known = (err.problem.errors ?? []).filter((i) => keyOf(i.code));
      if (known.length) return [t(`error.${code}` as MessageKey), ...known.map((i) => itemText(i, t))].join(' ');
      return detail ?? t(`error.${code}` as MessageKey);
    }
    if (code === 'too-many-requests' && err.retryAfter !== null) return t('error.too-many-requests', { retryAfter: err.retryAfter });
    const key = keyOf(code);
    return key ? t(key, params) : (detail ?? title);
  }
  if (err instanceof NetworkError) return t('error.network');
  return t('error.unexpected');
}

/** The first message the server gave for a field, in the interface language, for showing next to that field. */
export function fieldError(err: unknown, field: string, t: I18n['t']): string | undefined {
  const item = err instanceof ApiError ? err.fieldItems(field)[0] : undefined;
  return item && itemText(item, t);
}

/** Whether `err` is an API answer with this code. */
export const hasCode = (err: unknown, ...codes: string[]): boolean => err instanceof ApiError && codes.includes(err.problem.code ?? '');
