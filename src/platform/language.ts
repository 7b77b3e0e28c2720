/**
 * Languages: which one a person reads the interface and their mail in, and texts that exist in
 * several (a localized text). One rule for everyone, in order: what the person chose, the language of
 * their directory entry, their browser's (interface only), the organisation's default.
 *
 * Pure except `viewerLanguage`, which loads the facts the rule needs for a signed-in actor.
 */
import type { Queryable } from '../db/db.ts';
import type { Actor } from './policy.ts';
import type { ProblemItem } from './problems.ts';

/** The languages of the interface and of localized texts. (People and mail templates also know "de".) */
export const UI_LANGUAGES = ['nl', 'fr', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const isUiLanguage = (v: unknown): v is UiLanguage => typeof v === 'string' && (UI_LANGUAGES as readonly string[]).includes(v);

/**
 * A text people read, in each language it was written in: `{ "nl": "Verjaardag", "fr": "Anniversaire" }`.
 * Stored as jsonb; a reader gets one variant (`localize`), an editor all of them.
 */
export type LocalizedText = Partial<Record<UiLanguage, string>>;

/** Where the interface language came from, so a switcher can say "automatic (from ...)". */
export type LanguageSource = 'choice' | 'person' | 'browser' | 'organisation';

/**
 * The tags of an Accept-Language header, most wanted first (by q-value, then by position).
 * Wildcards and q=0 ("not this one") are left out; a malformed q counts as q=0.
 */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return [];
  const entries: { tag: string; q: number; i: number }[] = [];
  for (const [i, part] of header.split(',').slice(0, 50).entries()) {
    const [rawTag, ...params] = part.trim().split(';');
    const tag = rawTag.trim().toLowerCase();
    if (!tag || tag === '*' || !/^[a-z]{1,8}(-[a-z0-9]{1,8})*$/.test(tag)) continue;
    let q = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([0-9](\.[0-9]{0,3})?)\s*$/i.exec(p);
      if (m) q = Math.min(Number(m[1]), 1);
      else if (/^\s*q\s*=/i.test(p)) q = 0;
    }
    if (q > 0) entries.push({ tag, q, i });
  }
  return entries.sort((a, b) => b.q - a.q || a.i - b.i).map((e) => e.tag);
}

/** The browser's most wanted language we offer: "nl-BE" is nl, "fr-BE" fr; "de" is skipped for the next. */
export function browserLanguage(header: string | null | undefined): UiLanguage | null {
  for (const tag of parseAcceptLanguage(header)) {
    const base = tag.split('-')[0];
    if (isUiLanguage(base)) return base;
  }
  return null;
}

export interface LanguageFacts {
  /** users.language: what the person chose in the switcher (null: automatic). */
  chosen: string | null | undefined;
  /** The language of the directory entry the account is linked to. */
  person: string | null | undefined;
  /** The browser's Accept-Language header (the interface only: mail has no browser). */
  acceptLanguage?: string | null;
  orgDefault: string;
}

/**
 * THE rule for the interface language: the person's choice, their directory entry's language, their
 * browser's, the organisation's default (a language we do not offer is skipped), else English.
 */
export function interfaceLanguage(f: LanguageFacts): { language: UiLanguage; source: LanguageSource } {
  if (isUiLanguage(f.chosen)) return { language: f.chosen, source: 'choice' };
  if (isUiLanguage(f.person)) return { language: f.person, source: 'person' };
  const browser = browserLanguage(f.acceptLanguage);
  if (browser) return { language: browser, source: 'browser' };
  return { language: isUiLanguage(f.orgDefault) ? f.orgDefault : 'en', source: 'organisation' };
}

/** The language a mail to someone goes out in: the same rule without a browser. */
export function mailLanguage(f: Omit<LanguageFacts, 'acceptLanguage'>): UiLanguage {
  return interfaceLanguage({ ...f, acceptLanguage: null }).language;
}

/**
 * SQL for the language mail to a directory entry goes out in, before the organisation's default:
 * the choice of the account linked to it (`users.language`), else the entry's own language.
 * `person` is the alias of a `people` row in the query.
 */
export const personMailLanguageSql = (person: string) =>
  `coalesce((select u.language from users u where u.org_id = ${person}.org_id and u.person_id = ${person}.id and u.language is not null order by u.id limit 1), ${person}.language)`;

/**
 * SQL for the language of mail to a directory entry, by the whole rule: the linked account's
 * choice, else the entry's own language, else the organisation's default.
 */
export const mailLanguageSql = (person: string) =>
  `coalesce(${personMailLanguageSql(person)}, (select o.default_language from organisations o where o.id = ${person}.org_id))`;

/** The language every localized text of an organisation must have: its default, when we offer it. */
export const contentLanguage = (orgDefault: string): UiLanguage => (isUiLanguage(orgDefault) ? orgDefault : 'en');

/** The variant to show: the reader's language, else the organisation's default, else any there is. */
export function localize(text: LocalizedText | null | undefined, language: string, orgDefault: string): string {
  if (!text) return '';
  for (const l of [language, orgDefault, ...UI_LANGUAGES]) {
    const v = isUiLanguage(l) ? text[l] : undefined;
    if (v) return v;
  }
  return '';
}

/** An item for a localized text without the organisation's language (`required`), or nothing. */
export function missingLanguage(text: LocalizedText, path: string, required: string): ProblemItem[] {
  return text[required as keyof LocalizedText]
    ? []
    : [
        {
          path: `${path}.${required}`,
          code: 'missing-language',
          params: { language: required },
          message: `Write this in ${required} too (the organisation's default language).`,
        },
      ];
}

/** Trimmed, without empty variants and keys we do not know. */
export function cleanLocalized(text: LocalizedText | string, orgDefault: string): LocalizedText {
  if (typeof text === 'string') return text.trim() ? { [contentLanguage(orgDefault)]: text.trim() } : {};
  const out: LocalizedText = {};
  for (const l of UI_LANGUAGES) {
    const v = text[l]?.trim();
    if (v) out[l] = v;
  }
  return out;
}

/** Every variant through `f` (filling placeholders, say). */
export const mapLocalized = (text: LocalizedText, f: (s: string, language: UiLanguage) => string): LocalizedText =>
  Object.fromEntries(UI_LANGUAGES.filter((l) => text[l] !== undefined).map((l) => [l, f(text[l]!, l)]));

/** A reader's language with the organisation's default, for picking variants. */
export interface Localizer {
  language: UiLanguage;
  source: LanguageSource;
  orgDefault: string;
  text(t: LocalizedText | null | undefined): string;
}

export function localizer(language: UiLanguage, orgDefault: string, source: LanguageSource = 'organisation'): Localizer {
  return { language, source, orgDefault, text: (t) => localize(t, language, orgDefault) };
}

/**
 * The interface language of the actor making a request (and the organisation's default, for
 * falling back): their choice, their directory entry, this request's Accept-Language, the
 * organisation. The account's person is the linked one, or the directory entry with its address.
 */
export async function viewerLanguage(db: Queryable, actor: Actor, acceptLanguage: string | null | undefined): Promise<Localizer> {
  const [row] = await db.query<{ org_default: string; chosen: string | null; person: string | null }>(
    `select o.default_language as org_default, u.language as chosen,
            (select p.language from people p
              where p.org_id = o.id and (p.id = u.person_id or (u.person_id is null and p.work_email = u.email))
              order by p.id = u.person_id desc limit 1) as person
       from organisations o left join users u on u.org_id = o.id and u.id = $2::uuid
      where o.id = $1`,
    [actor.orgId, actor.userId || null],
  );
  const orgDefault = row?.org_default ?? 'en';
  const { language, source } = interfaceLanguage({ chosen: row?.chosen, person: row?.person, acceptLanguage, orgDefault });
  return localizer(language, orgDefault, source);
}
