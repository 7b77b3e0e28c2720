/** Helpers for writing the ready journeys (templates.start.ts, templates.later.ts). */
import type { Localized, Texts } from './templates.ts';

/** A name or label in Dutch, French and English. */
export const L = (nl: string, fr: string, en: string): Localized => ({ nl, fr, en });

/** A message's subject and text in Dutch, French and English. */
export const t = (nl: [string, string], fr: [string, string], en: [string, string]): Texts => ({
  nl: { subject: nl[0], body: nl[1] },
  fr: { subject: fr[0], body: fr[1] },
  en: { subject: en[0], body: en[1] },
});
