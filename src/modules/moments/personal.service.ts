/**
 * Personal moments, on the person's terms. Who is reminded of their birthday (nobody by default,
 * the team, or the manager), whether the year shows, the moments they add themselves (children's
 * birthdays and others: day and month only, first name optional, consent recorded; withdrawing
 * deletes the data), and which moments they want noticed at all. Colleagues get one daily digest.
 */
import type { Queryable } from '../../db/db.ts';
import type { AppContext } from '../../platform/context.ts';
import { notFound, unprocessable } from '../../platform/errors.ts';
import { mailLanguage } from '../../platform/language.ts';
import { requirePerson, type Actor } from '../../platform/policy.ts';
import * as repo from './personal.repo.ts';
import { dueInstant } from './schedule.ts';
import { unsubscribeUrl } from './unsubscribe.ts';

export type Audience = 'nobody' | 'team' | 'manager';
export const WANTABLE = [
  'birthday',
  'work_anniversary',
  'child_birthday',
  'welcome',
  'farewell',
  'retirement',
  'training',
  'internal_move',
] as const;

export interface Preferences {
  birthdayAudience: Audience;
  showBirthYear: boolean;
  anniversaryAudience: Audience;
  wanted: Partial<Record<(typeof WANTABLE)[number], boolean>>;
  note: string;
  /** The colleagues' daily digest; undefined when saving: left as it is. */
  colleagueDigest?: boolean;
}

const DEFAULTS: Preferences = {
  birthdayAudience: 'nobody',
  showBirthYear: false,
  anniversaryAudience: 'team',
  wanted: {},
  note: '',
  colleagueDigest: true,
};

/** A person's stored preferences as the API gives them. */
function preferencesOf(row: repo.PreferencesRow): Preferences {
  return {
    birthdayAudience: row.birthday_audience,
    showBirthYear: row.show_birth_year,
    anniversaryAudience: row.anniversary_audience,
    wanted: row.wanted,
    note: row.note,
    colleagueDigest: row.colleague_digest,
  };
}

export async function getPreferences(ctx: AppContext, actor: Actor) {
  const personId = requirePerson(actor);
  const row = await repo.getPreferences(ctx.db, actor.orgId, personId);
  const prefs: Preferences = row ? preferencesOf(row) : DEFAULTS;
  const moments = await repo.listPersonalMoments(ctx.db, actor.orgId, personId);
  return { preferences: prefs, moments, buddyVolunteer: await repo.isBuddyVolunteer(ctx.db, actor.orgId, personId) };
}

export async function setPreferences(ctx: AppContext, actor: Actor, p: Preferences) {
  const personId = requirePerson(actor);
  await repo.savePreferences(ctx.db, actor.orgId, personId, p, ctx.clock.now());
  return getPreferences(ctx, actor);
}

/**
 * Turns moments on for a person who is not signed in (the survey's "turn these into your own
 * moments", after their explicit yes): the rest of their preferences stays as it is.
 */
export async function wantMoments(
  q: Queryable,
  now: Date,
  orgId: string,
  personId: string,
  keys: readonly (typeof WANTABLE)[number][],
): Promise<void> {
  const row = await repo.getPreferences(q, orgId, personId);
  // Without colleagueDigest, saving leaves the stored one as it is.
  const current: Preferences = { ...(row ? preferencesOf(row) : DEFAULTS), colleagueDigest: undefined };
  const wanted = { ...current.wanted, ...Object.fromEntries(keys.map((k) => [k, true])) };
  await repo.savePreferences(q, orgId, personId, { ...current, wanted }, now);
}

export interface PersonalMomentInput {
  kind: 'child_birthday' | 'other';
  label: string;
  firstName?: string | null;
  day: number;
  month: number;
  audience: 'manager' | 'team';
  /** The person's explicit yes to the consent text shown to them. */
  consent: true;
  consentText: string;
}

export async function addPersonalMoment(ctx: AppContext, actor: Actor, m: PersonalMomentInput) {
  const personId = requirePerson(actor);
  const maxDay = m.month === 2 ? 29 : [4, 6, 9, 11].includes(m.month) ? 30 : 31;
  if (m.day > maxDay)
    throw unprocessable('Invalid date.', [
      { path: 'day', code: 'day-beyond-month', params: { days: maxDay }, message: `That month has ${maxDay} days at most.` },
    ]);
  return repo.insertPersonalMoment(ctx.db, {
    orgId: actor.orgId,
    personId,
    kind: m.kind,
    label: m.label,
    firstName: m.firstName || null,
    day: m.day,
    month: m.month,
    audience: m.audience,
    consentText: m.consentText,
    now: ctx.clock.now(),
  });
}

/** Withdrawing consent deletes the moment: the data is gone, and so are its reminders. */
export async function withdrawPersonalMoment(ctx: AppContext, actor: Actor, id: string) {
  const personId = requirePerson(actor);
  if (!(await repo.deletePersonalMoment(ctx.db, actor.orgId, personId, id))) throw notFound('Moment');
}

const DIGEST_TEXT = {
  nl: {
    subject: "Vandaag bij je collega's",
    birthday: (n: string, d: string | null) => `${n} is jarig${d ? ` (${d})` : ''}`,
    work_anniversary: (n: string, d: string | null) => `${n} is ${d} jaar in dienst`,
    child_birthday: (n: string, d: string | null) => `Het kind van ${n}${d ? `, ${d},` : ''} is jarig`,
    other: (n: string, d: string | null) => `${n}: ${d ?? ''}`,
  },
  fr: {
    subject: "Aujourd'hui chez vos collègues",
    birthday: (n: string, d: string | null) => `C'est l'anniversaire de ${n}${d ? ` (${d})` : ''}`,
    work_anniversary: (n: string, d: string | null) => `${n} fête ses ${d} ans de service`,
    child_birthday: (n: string, d: string | null) => `C'est l'anniversaire de l'enfant de ${n}${d ? ` (${d})` : ''}`,
    other: (n: string, d: string | null) => `${n} : ${d ?? ''}`,
  },
  en: {
    subject: 'Today with your colleagues',
    birthday: (n: string, d: string | null) => `It is ${n}'s birthday${d ? ` (${d})` : ''}`,
    work_anniversary: (n: string, d: string | null) => `${n} has been with us for ${d} years`,
    child_birthday: (n: string, d: string | null) => `${n}'s child${d ? `, ${d},` : ''} has a birthday`,
    other: (n: string, d: string | null) => `${n}: ${d ?? ''}`,
  },
};

/** One digest mail per colleague per day; written once however often the sweep runs. */
export async function sendDigests(ctx: AppContext, orgId: string, day: string): Promise<number> {
  const items = await repo.digestItems(ctx.db, orgId, day);
  const org = await repo.digestSettings(ctx.db, orgId);
  const byRecipient = new Map<string, repo.DigestItem[]>();
  for (const i of items) byRecipient.set(i.recipient, [...(byRecipient.get(i.recipient) ?? []), i]);
  let written = 0;
  for (const [recipient, list] of byRecipient) {
    // Their account's choice, else their directory entry's language (personal.repo.ts), else the organisation's.
    const lang = mailLanguage({ chosen: null, person: list[0].recipient_language, orgDefault: org.default_language });
    const t = DIGEST_TEXT[lang];
    const text = list.map((i) => `• ${t[i.kind](i.name, i.detail)}`).join('\n');
    const at = dueInstant(day, '08:00', org.time_zone);
    if (
      await repo.insertDigest(ctx.db, {
        orgId,
        to: list[0].recipient_email,
        subject: t.subject,
        text,
        lang,
        // The digest is there because the recipient never turned it off: one click does.
        unsubscribeUrl: await unsubscribeUrl(ctx, orgId, recipient, 'digest'),
        messageId: `<digest-${recipient}-${day}@embassy.mail>`,
        now: ctx.clock.now(),
        at,
      })
    )
      written++;
  }
  return written;
}
