/**
 * Filling a message template: placeholders like {{firstName}} replaced by a real person's data, in
 * the recipient's language. Unknown placeholders stay visible, so a typo shows in the preview.
 */
import { dateTimeFormat } from '../../platform/intl.ts';
export type Lang = 'nl' | 'fr' | 'en' | 'de';
export type Templates = Partial<Record<Lang, { subject: string; body: string }>>;

export const PLACEHOLDERS = [
  'firstName',
  'lastName',
  'fullName',
  'personName',
  'jobTitle',
  'department',
  'site',
  'startDate',
  'endDate',
  'managerName',
  'buddyName',
  'orgName',
  'years',
  'date',
  'surveyLink',
  'alumniLink',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/**
 * The language a message goes out in: the person's own (their account's choice, else their
 * directory entry's: platform/language.ts), else the legal language of their work
 * site's region (Dutch in Flanders, French in Wallonia), else the organisation's default; and
 * within that, whatever the template has (falling back to the default, then any).
 */
export function chooseLanguage(person: { language: string | null; region: string | null }, orgDefault: string, available: Templates): Lang {
  const regional = person.region === 'flanders' ? 'nl' : person.region === 'wallonia' ? 'fr' : null;
  const wanted = [person.language, regional, orgDefault, 'en', 'nl', 'fr', 'de'];
  for (const l of wanted) if (l && available[l as Lang]) return l as Lang;
  return (orgDefault as Lang) ?? 'en';
}

const DATE_LOCALES: Record<Lang, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB', de: 'de-BE' };

const FORMATTED = new Map<string, string>();

export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '';
  // The same few dates come back for every mail of a day: each is formatted once per language.
  const key = `${lang} ${iso}`;
  let text = FORMATTED.get(key);
  if (text === undefined) {
    if (FORMATTED.size >= 5000) FORMATTED.clear();
    FORMATTED.set(
      key,
      (text = dateTimeFormat(DATE_LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(iso + 'T00:00:00Z'),
      )),
    );
  }
  return text;
}

export function fillTemplate(text: string, values: Partial<Record<Placeholder, string>>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => {
    const v = values[key as Placeholder];
    return v === undefined ? whole : v;
  });
}

export interface RenderFacts {
  person: {
    first_name: string;
    last_name: string;
    job_title: string | null;
    department: string | null;
    site_name: string | null;
    start_date: string | null;
    end_date: string | null;
  };
  managerName: string | null;
  buddyName: string | null;
  orgName: string;
  occurrence: string;
  anchor: string;
  surveyLink: string;
  /** The person's own link to stay on as an alumni ambassador (alumni.link.ts), only where the text asks for it. */
  alumniLink?: string;
}

export function values(f: RenderFacts, lang: Lang): Partial<Record<Placeholder, string>> {
  const p = f.person;
  const years =
    f.anchor === 'work_anniversary' && p.start_date ? String(Number(f.occurrence.slice(0, 4)) - Number(p.start_date.slice(0, 4))) : '';
  const unknown = { nl: 'nog te bepalen', fr: 'à préciser', en: 'to be confirmed', de: 'folgt' }[lang];
  return {
    firstName: p.first_name,
    lastName: p.last_name,
    fullName: `${p.first_name} ${p.last_name}`,
    personName: `${p.first_name} ${p.last_name}`,
    jobTitle: p.job_title ?? '',
    department: p.department ?? '',
    site: p.site_name ?? '',
    startDate: formatDate(p.start_date, lang),
    endDate: formatDate(p.end_date, lang),
    managerName: f.managerName ?? unknown,
    buddyName: f.buddyName ?? unknown,
    orgName: f.orgName,
    years,
    date: formatDate(f.occurrence, lang),
    surveyLink: f.surveyLink,
    alumniLink: f.alumniLink ?? '',
  };
}

export function render(templates: Templates, lang: Lang, f: RenderFacts): { subject: string; body: string } {
  const t = templates[lang] ?? Object.values(templates)[0] ?? { subject: '', body: '' };
  const v = values(f, lang);
  return { subject: fillTemplate(t.subject, v), body: fillTemplate(t.body, v) };
}
