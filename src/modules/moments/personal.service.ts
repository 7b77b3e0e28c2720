/**
 * Personal moments, on the person's terms. Who is reminded of their birthday (nobody by default,
 * the team, or the manager), whether the year shows, the moments they add themselves (children's
 * birthdays and others: day and month only, first name optional, consent recorded; withdrawing
 * deletes the data), and which moments they want noticed at all. Colleagues get one daily digest.
 */
import type { Queryable } from '../../db/db.ts';
import { isLeapYear } from '../../platform/calendar.ts';
import type { AppContext } from '../../platform/context.ts';
import { notFound, unprocessable } from '../../platform/errors.ts';
import { requirePerson, type Actor } from '../../platform/policy.ts';
import { dueInstant } from './schedule.ts';

export type Audience = 'nobody' | 'team' | 'manager';
export const WANTABLE = ['birthday', 'work_anniversary', 'child_birthday', 'welcome', 'farewell', 'retirement', 'training', 'internal_move'] as const;

export interface Preferences {
  birthdayAudience: Audience;
  showBirthYear: boolean;
  anniversaryAudience: Audience;
  wanted: Partial<Record<(typeof WANTABLE)[number], boolean>>;
  note: string;
}

const DEFAULTS: Preferences = { birthdayAudience: 'nobody', showBirthYear: false, anniversaryAudience: 'team', wanted: {}, note: '' };

export async function getPreferences(ctx: AppContext, actor: Actor) {
  const personId = requirePerson(actor);
  const [row] = await ctx.db.query<{ birthday_audience: Audience; show_birth_year: boolean; anniversary_audience: Audience; wanted: Preferences['wanted']; note: string }>(
    `select birthday_audience, show_birth_year, anniversary_audience, wanted, note from moment_preferences where org_id = $1 and person_id = $2`,
    [actor.orgId, personId],
  );
  const prefs: Preferences = row ? { birthdayAudience: row.birthday_audience, showBirthYear: row.show_birth_year, anniversaryAudience: row.anniversary_audience, wanted: row.wanted, note: row.note } : DEFAULTS;
  const moments = await ctx.db.query<{ id: string; kind: string; label: string; first_name: string | null; day: number; month: number; audience: string; consented_at: Date }>(
    `select id, kind, label, first_name, day, month, audience, consented_at from personal_moments where org_id = $1 and person_id = $2 order by month, day`,
    [actor.orgId, personId],
  );
  const [person] = await ctx.db.query<{ buddy_volunteer: boolean }>(`select buddy_volunteer from people where org_id = $1 and id = $2`, [actor.orgId, personId]);
  return { preferences: prefs, moments, buddyVolunteer: person?.buddy_volunteer ?? false };
}

export async function setPreferences(ctx: AppContext, actor: Actor, p: Preferences) {
  const personId = requirePerson(actor);
  await ctx.db.query(
    `insert into moment_preferences (org_id, person_id, birthday_audience, show_birth_year, anniversary_audience, wanted, note, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8)
     on conflict (org_id, person_id) do update set birthday_audience = excluded.birthday_audience, show_birth_year = excluded.show_birth_year,
       anniversary_audience = excluded.anniversary_audience, wanted = excluded.wanted, note = excluded.note, updated_at = excluded.updated_at`,
    [actor.orgId, personId, p.birthdayAudience, p.showBirthYear, p.anniversaryAudience, JSON.stringify(p.wanted), p.note, ctx.clock.now()],
  );
  return getPreferences(ctx, actor);
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
  if (m.day > maxDay) throw unprocessable('Invalid date.', [{ path: 'day', message: `That month has ${maxDay} days at most.` }]);
  const [row] = await ctx.db.query<{ id: string }>(
    `insert into personal_moments (org_id, person_id, kind, label, first_name, day, month, audience, consent_text, consented_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
    [actor.orgId, personId, m.kind, m.label, m.firstName || null, m.day, m.month, m.audience, m.consentText, ctx.clock.now()],
  );
  return row.id;
}

/** Withdrawing consent deletes the moment: the data is gone, and so are its reminders. */
export async function withdrawPersonalMoment(ctx: AppContext, actor: Actor, id: string) {
  const personId = requirePerson(actor);
  const rows = await ctx.db.query(`delete from personal_moments where org_id = $1 and person_id = $2 and id = $3 returning id`, [actor.orgId, personId, id]);
  if (rows.length === 0) throw notFound('Moment');
}

interface DigestItem {
  recipient: string;
  recipient_email: string;
  recipient_language: string | null;
  kind: 'birthday' | 'work_anniversary' | 'child_birthday' | 'other';
  name: string;
  detail: string | null;
}

const DIGEST_TEXT = {
  nl: { subject: 'Vandaag bij je collega\'s', birthday: (n: string, d: string | null) => `${n} is jarig${d ? ` (${d})` : ''}`, work_anniversary: (n: string, d: string | null) => `${n} is ${d} jaar in dienst`, child_birthday: (n: string, d: string | null) => `Het kind van ${n}${d ? `, ${d},` : ''} is jarig`, other: (n: string, d: string | null) => `${n}: ${d ?? ''}` },
  fr: { subject: 'Aujourd\'hui chez vos collègues', birthday: (n: string, d: string | null) => `C'est l'anniversaire de ${n}${d ? ` (${d})` : ''}`, work_anniversary: (n: string, d: string | null) => `${n} fête ses ${d} ans de service`, child_birthday: (n: string, d: string | null) => `C'est l'anniversaire de l'enfant de ${n}${d ? ` (${d})` : ''}`, other: (n: string, d: string | null) => `${n} : ${d ?? ''}` },
  en: { subject: 'Today with your colleagues', birthday: (n: string, d: string | null) => `It is ${n}'s birthday${d ? ` (${d})` : ''}`, work_anniversary: (n: string, d: string | null) => `${n} has been with us for ${d} years`, child_birthday: (n: string, d: string | null) => `${n}'s child${d ? `, ${d},` : ''} has a birthday`, other: (n: string, d: string | null) => `${n}: ${d ?? ''}` },
};

/** Whose moments fall on `day` (29 February celebrated on the 28th in common years). */
function dayMatch(col: { month: string; day: string }, day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const feb29 = m === 2 && d === 28 && !isLeapYear(y);
  return `((${col.month} = ${m} and ${col.day} = ${d})${feb29 ? ` or (${col.month} = 2 and ${col.day} = 29)` : ''})`;
}

async function digestItems(q: Queryable, orgId: string, day: string): Promise<DigestItem[]> {
  const year = Number(day.slice(0, 4));
  // Recipients per audience: the manager, or the team (the manager and everyone with the same manager).
  const audienceJoin = (audience: string) => `
    join people r on r.org_id = p.org_id and r.id <> p.id and r.work_email is not null
         and (r.end_date is null or r.end_date >= $2) and (r.start_date is null or r.start_date <= $2)
         and (r.id = p.manager_id or (${audience} = 'team' and r.manager_id = p.manager_id))`;
  const active = `(p.end_date is null or p.end_date >= $2) and (p.start_date is null or p.start_date <= $2)`;
  return q.query<DigestItem>(
    `select r.id as recipient, r.work_email as recipient_email, r.language as recipient_language, 'birthday' as kind,
            p.first_name || ' ' || p.last_name as name,
            case when mp.show_birth_year and p.birth_year is not null then ($3 - p.birth_year)::text end as detail
       from people p join moment_preferences mp on mp.org_id = p.org_id and mp.person_id = p.id and mp.birthday_audience <> 'nobody'
       ${audienceJoin('mp.birthday_audience')}
      where p.org_id = $1 and ${active} and ${dayMatch({ month: 'p.birth_month', day: 'p.birth_day' }, day)}
     union all
     select r.id, r.work_email, r.language, 'work_anniversary', p.first_name || ' ' || p.last_name, ($3 - extract(year from p.start_date)::int)::text
       from people p left join moment_preferences mp on mp.org_id = p.org_id and mp.person_id = p.id
       ${audienceJoin("coalesce(mp.anniversary_audience, 'team')")}
      where p.org_id = $1 and ${active} and coalesce(mp.anniversary_audience, 'team') <> 'nobody' and extract(year from p.start_date) < $3
        and ${dayMatch({ month: 'extract(month from p.start_date)', day: 'extract(day from p.start_date)' }, day)}
     union all
     select r.id, r.work_email, r.language, pm.kind, p.first_name || ' ' || p.last_name,
            case when pm.kind = 'child_birthday' then pm.first_name else pm.label end
       from personal_moments pm join people p on p.id = pm.person_id
       ${audienceJoin('pm.audience')}
      where pm.org_id = $1 and ${active} and ${dayMatch({ month: 'pm.month', day: 'pm.day' }, day)}
      order by 1, 4, 5`,
    [orgId, day, year],
  );
}

/** One digest mail per colleague per day; written once however often the sweep runs. */
export async function sendDigests(ctx: AppContext, orgId: string, day: string): Promise<number> {
  const items = await digestItems(ctx.db, orgId, day);
  const [org] = await ctx.db.query<{ time_zone: string; default_language: string }>(`select time_zone, default_language from organisations where id = $1`, [orgId]);
  const byRecipient = new Map<string, DigestItem[]>();
  for (const i of items) byRecipient.set(i.recipient, [...(byRecipient.get(i.recipient) ?? []), i]);
  let written = 0;
  for (const [recipient, list] of byRecipient) {
    const lang = (list[0].recipient_language === 'nl' || list[0].recipient_language === 'fr' ? list[0].recipient_language : org.default_language === 'nl' || org.default_language === 'fr' ? org.default_language : 'en') as 'nl' | 'fr' | 'en';
    const t = DIGEST_TEXT[lang];
    const text = list.map((i) => `• ${t[i.kind](i.name, i.detail)}`).join('\n');
    const at = dueInstant(day, '08:00', org.time_zone);
    const rows = await ctx.db.query(
      `insert into mail_outbox (org_id, kind, to_address, subject, text_body, message_id, created_at, next_attempt_at)
       values ($1, 'digest', $2, $3, $4, $5, $6, $7) on conflict (message_id) do nothing returning id`,
      [orgId, list[0].recipient_email, t.subject, text, `<digest-${recipient}-${day}@embassy.mail>`, ctx.clock.now(), at],
    );
    written += rows.length;
  }
  return written;
}
