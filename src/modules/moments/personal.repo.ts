/** SQL for personal moments: preferences, the moments people add, and the colleagues' daily digest. Organisation id required. */
import type { Queryable } from '../../db/db.ts';
import { isLeapYear } from '../../platform/calendar.ts';
import { personMailLanguageSql } from '../../platform/language.ts';
import type { Audience, Preferences } from './personal.service.ts';

export interface PreferencesRow {
  birthday_audience: Audience;
  show_birth_year: boolean;
  anniversary_audience: Audience;
  wanted: Preferences['wanted'];
  note: string;
  colleague_digest: boolean;
}

export interface PersonalMomentRow {
  id: string;
  kind: 'child_birthday' | 'other';
  label: string;
  first_name: string | null;
  day: number;
  month: number;
  audience: 'manager' | 'team';
  consented_at: Date;
}

export async function getPreferences(q: Queryable, orgId: string, personId: string): Promise<PreferencesRow | undefined> {
  const [row] = await q.query<PreferencesRow>(
    `select birthday_audience, show_birth_year, anniversary_audience, wanted, note, colleague_digest
       from moment_preferences where org_id = $1 and person_id = $2`,
    [orgId, personId],
  );
  return row;
}

export async function savePreferences(q: Queryable, orgId: string, personId: string, p: Preferences, now: Date) {
  await q.query(
    `insert into moment_preferences (org_id, person_id, birthday_audience, show_birth_year, anniversary_audience, wanted, note, updated_at, colleague_digest)
     values ($1, $2, $3, $4, $5, $6, $7, $8, coalesce($9, true))
     on conflict (org_id, person_id) do update set birthday_audience = excluded.birthday_audience, show_birth_year = excluded.show_birth_year,
       anniversary_audience = excluded.anniversary_audience, wanted = excluded.wanted, note = excluded.note, updated_at = excluded.updated_at,
       colleague_digest = coalesce($9, moment_preferences.colleague_digest)`,
    [
      orgId,
      personId,
      p.birthdayAudience,
      p.showBirthYear,
      p.anniversaryAudience,
      JSON.stringify(p.wanted),
      p.note,
      now,
      p.colleagueDigest ?? null,
    ],
  );
}

export async function listPersonalMoments(q: Queryable, orgId: string, personId: string) {
  return q.query<PersonalMomentRow>(
    `select id, kind, label, first_name, day, month, audience, consented_at from personal_moments where org_id = $1 and person_id = $2 order by month, day`,
    [orgId, personId],
  );
}

export async function isBuddyVolunteer(q: Queryable, orgId: string, personId: string): Promise<boolean> {
  const [person] = await q.query<{ buddy_volunteer: boolean }>(`select buddy_volunteer from people where org_id = $1 and id = $2`, [
    orgId,
    personId,
  ]);
  return person?.buddy_volunteer ?? false;
}

export async function insertPersonalMoment(
  q: Queryable,
  m: {
    orgId: string;
    personId: string;
    kind: 'child_birthday' | 'other';
    label: string;
    firstName: string | null;
    day: number;
    month: number;
    audience: 'manager' | 'team';
    consentText: string;
    now: Date;
  },
) {
  const [row] = await q.query<{ id: string }>(
    `insert into personal_moments (org_id, person_id, kind, label, first_name, day, month, audience, consent_text, consented_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
    [m.orgId, m.personId, m.kind, m.label, m.firstName, m.day, m.month, m.audience, m.consentText, m.now],
  );
  return row.id;
}

/** Only the person's own moment: false when they have none with that id. */
export async function deletePersonalMoment(q: Queryable, orgId: string, personId: string, id: string): Promise<boolean> {
  return (
    (await q.query(`delete from personal_moments where org_id = $1 and person_id = $2 and id = $3 returning id`, [orgId, personId, id]))
      .length > 0
  );
}

export interface DigestItem {
  recipient: string;
  recipient_email: string;
  recipient_language: string | null;
  kind: 'birthday' | 'work_anniversary' | 'child_birthday' | 'other';
  name: string;
  detail: string | null;
}

/** Whose moments fall on `day` (29 February celebrated on the 28th in common years). */
function dayMatch(col: { month: string; day: string }, day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const feb29 = m === 2 && d === 28 && !isLeapYear(y);
  return `((${col.month} = ${m} and ${col.day} = ${d})${feb29 ? ` or (${col.month} = 2 and ${col.day} = 29)` : ''})`;
}

export async function digestItems(q: Queryable, orgId: string, day: string): Promise<DigestItem[]> {
  const year = Number(day.slice(0, 4));
  // Recipients per audience: the manager, or the team (the manager and everyone with the same manager).
  const audienceJoin = (audience: string) => `
    join people r on r.org_id = p.org_id and r.id <> p.id and r.work_email is not null
         and (r.end_date is null or r.end_date >= $2) and (r.start_date is null or r.start_date <= $2)
         and (r.id = p.manager_id or (${audience} = 'team' and r.manager_id = p.manager_id))
         -- Nor to whoever turned the digest off (its unsubscribe link).
         and not exists (select 1 from moment_preferences rp where rp.org_id = r.org_id and rp.person_id = r.id and not rp.colleague_digest)`;
  const active = `(p.end_date is null or p.end_date >= $2) and (p.start_date is null or p.start_date <= $2)`;
  return q.query<DigestItem>(
    `select r.id as recipient, r.work_email as recipient_email, ${personMailLanguageSql('r')} as recipient_language, 'birthday' as kind,
            p.first_name || ' ' || p.last_name as name,
            case when mp.show_birth_year and p.birth_year is not null then ($3 - p.birth_year)::text end as detail
       from people p join moment_preferences mp on mp.org_id = p.org_id and mp.person_id = p.id and mp.birthday_audience <> 'nobody'
       ${audienceJoin('mp.birthday_audience')}
      where p.org_id = $1 and ${active} and ${dayMatch({ month: 'p.birth_month', day: 'p.birth_day' }, day)}
     union all
     select r.id, r.work_email, ${personMailLanguageSql('r')}, 'work_anniversary', p.first_name || ' ' || p.last_name, ($3 - extract(year from p.start_date)::int)::text
       from people p left join moment_preferences mp on mp.org_id = p.org_id and mp.person_id = p.id
       ${audienceJoin("coalesce(mp.anniversary_audience, 'team')")}
      where p.org_id = $1 and ${active} and coalesce(mp.anniversary_audience, 'team') <> 'nobody' and extract(year from p.start_date) < $3
        and ${dayMatch({ month: 'extract(month from p.start_date)', day: 'extract(day from p.start_date)' }, day)}
     union all
     select r.id, r.work_email, ${personMailLanguageSql('r')}, pm.kind, p.first_name || ' ' || p.last_name,
            case when pm.kind = 'child_birthday' then pm.first_name else pm.label end
       from personal_moments pm join people p on p.id = pm.person_id
       ${audienceJoin('pm.audience')}
      where pm.org_id = $1 and ${active} and ${dayMatch({ month: 'pm.month', day: 'pm.day' }, day)}
      order by 1, 4, 5`,
    [orgId, day, year],
  );
}

export async function digestSettings(q: Queryable, orgId: string) {
  const [org] = await q.query<{ time_zone: string; default_language: string }>(
    `select time_zone, default_language from organisations where id = $1`,
    [orgId],
  );
  return org;
}

/** Written once: the Message-ID is derived from (recipient, day), so a second sweep of the day adds nothing. */
export async function insertDigest(
  q: Queryable,
  d: {
    orgId: string;
    to: string;
    subject: string;
    text: string;
    lang: string;
    unsubscribeUrl: string;
    messageId: string;
    now: Date;
    at: Date;
  },
): Promise<boolean> {
  const rows = await q.query(
    `insert into mail_outbox (org_id, kind, to_address, subject, text_body, message_id, created_at, next_attempt_at, language, list_unsubscribe)
     values ($1, 'digest', $2, $3, $4, $5, $6, $7, $8, $9) on conflict (message_id) do nothing returning id`,
    [d.orgId, d.to, d.subject, d.text, d.messageId, d.now, d.at, d.lang, d.unsubscribeUrl],
  );
  return rows.length > 0;
}
