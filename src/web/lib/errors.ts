/** Turns anything a request can throw into a sentence in the interface language. */
import { ApiError, NetworkError } from './api.ts';
import type { I18n } from './i18n.tsx';

export function errorText(err: unknown, t: I18n['t']): string {
  if (err instanceof ApiError) {
    if (err.status === 429) return err.retryAfter !== null ? t('error.tooManyIn', { seconds: err.retryAfter }) : t('error.tooMany');
    if (err.status >= 500) return t('error.server');
    if (err.status === 403) return t('error.forbidden');
    if (err.status === 401) return t('error.signedOut');
    // The server's own detail is specific (and names the field); it is English-only for now.
    return err.problem.detail ?? err.problem.title;
  }
  if (err instanceof NetworkError) return t('error.network');
  return t('error.unexpected');
}

/** The first message the server gave for a field, for showing next to that field. */
export function fieldError(err: unknown, field: string): string | undefined {
  return err instanceof ApiError ? err.fieldMessages(field)[0] : undefined;
}
