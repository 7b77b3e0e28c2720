/**
 * The community digest (a worker job): each participant gets, by their own choice, a daily or
 * weekly mail (default weekly; "off" sends none) with the posts of the last complete period, in their
 * language. Exactly once per (person, period), with any number of workers and retries: the row in
 * community_digests (primary key org, person, period) is inserted in the same transaction as the
 * mail goes to the outbox, and a conflict means someone already sent it. Periods are the
 * organisation's own: a day runs from local midnight to local midnight (23 or 25 hours on the days
 * the clocks change), a week from Monday 00:00 local to the next Monday 00:00 local (ISO weeks). A
 * period without posts of others sends nothing.
 */
import type { AppContext } from '../../platform/context.ts';
import { addDays, diffDays, localDateOf, weekday, zonedTimeToInstant } from '../../platform/calendar.ts';
import { mailLanguageSql } from '../../platform/language.ts';
import { enqueueMail } from '../../platform/mail.ts';
import { ALUMNI_TOPIC_KEY } from './alumni.topic.ts';
import { digestMail } from './exchange.mails.ts';

/** The ISO week (yyyy-Www) of a Monday: its Thursday decides the year. */
function isoWeek(monday: string): string {
  const thursday = addDays(monday, 3);
  const year = thursday.slice(0, 4);
  const week = Math.floor(diffDays(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The last complete local day and ISO week before `now` in `timeZone`, with their keys and instants. */
export function digestPeriods(now: Date, timeZone: string) {
  const today = localDateOf(now, timeZone);
  const midnight = (date: string) => zonedTimeToInstant(date, '00:00', timeZone);
  const yesterday = addDays(today, -1);
  const monday = addDays(today, 1 - weekday(today));
  const lastMonday = addDays(monday, -7);
  return {
    daily: { key: `daily:${yesterday}`, from: midnight(yesterday), to: midnight(today) },
    weekly: { key: `weekly:${isoWeek(lastMonday)}`, from: midnight(lastMonday), to: midnight(monday) },
  };
}

interface Recipient {
  org_id: string;
  person_id: string;
  email: string;
  language: string;
  frequency: 'daily' | 'weekly';
  /** A former colleague who stays on as an alumnus: the alumni topic only, at the alumni address. */
  alumni_only: boolean;
}

/** Sends the digests due now, each organisation's periods in its own zone; returns how many went to the outbox. */
export async function sendCommunityDigests(ctx: AppContext, limit = 500): Promise<number> {
  const orgs = await ctx.db.query<{ id: string; time_zone: string }>(`select id, time_zone from organisations order by id`);
  let sent = 0;
  for (const org of orgs) {
    if (sent >= limit) break;
    sent += await sendOrgDigests(ctx, org.id, org.time_zone, limit - sent);
  }
  return sent;
}

/**
 * Who gets a digest, and where. Still employed (the end date not passed in the organisation's zone,
 * not ended by SCIM, not deprovisioned; the same "former" as the careers pages' view, migration 020):
 * participants as in the app, at their work (else personal) address. A former colleague gets one only
 * as an active alumnus with an enabled alumni account, and then only the alumni topic's posts, at the
 * alumni address: never the old work address (often read by someone else), never internal posts.
 * Anyone else who left gets nothing. $1 org, $2 today (local).
 */
const AUDIENCE = `
  select p.org_id, p.id as person_id, ${mailLanguageSql('p')} as language, coalesce(s.frequency, 'weekly') as frequency,
         case when employed.is_employed then coalesce(p.work_email, p.personal_email) else al.email end as email,
         not employed.is_employed as alumni_only
    from people p
    join organisations o on o.id = p.org_id
    left join community_digest_settings s on s.org_id = p.org_id and s.person_id = p.id
    left join alumni_ambassadors al on al.org_id = p.org_id and al.person_id = p.id and al.left_at is null
    cross join lateral (
      select (p.end_date is null or p.end_date >= $2::date) and p.scim_ended_on is null and p.deprovisioned_at is null as is_employed
    ) employed
   where p.org_id = $1
     and coalesce(s.frequency, 'weekly') <> 'off'
     and case when employed.is_employed
              then (o.community_open_to_all or exists (select 1 from ambassadors a where a.org_id = p.org_id and a.person_id = p.id and a.active))
              else al.person_id is not null
                   and exists (select 1 from ambassadors a where a.org_id = p.org_id and a.person_id = p.id and a.active)
                   and exists (select 1 from users u where u.org_id = p.org_id and u.person_id = p.id and u.role = 'alumni'
                                and u.disabled_at is null)
         end`;

/** The posts a recipient may read in a digest: $1 org, alumni_only by the boolean at `alumniOnly`. */
const readable = (alumniOnly: string) => `cp.deleted_at is null and cp.hidden_at is null and cp.kind = 'post'
  and (not ${alumniOnly} or (cp.event_id is null
       and cp.topic_id = (select t.id from community_topics t where t.org_id = cp.org_id and t.key = '${ALUMNI_TOPIC_KEY}')))`;

async function sendOrgDigests(ctx: AppContext, orgId: string, timeZone: string, limit: number) {
  const now = ctx.clock.now();
  const periods = digestPeriods(now, timeZone);
  const due = await ctx.db.query<Recipient>(
    `with audience as (${AUDIENCE})
     select r.* from audience r
      where r.email is not null
        and not exists (select 1 from community_digests d where d.org_id = r.org_id and d.person_id = r.person_id
                         and d.period = case r.frequency when 'daily' then $3 else $4 end)
        and exists (select 1 from community_posts cp where cp.org_id = r.org_id and cp.author_person_id <> r.person_id
                     and ${readable('r.alumni_only')}
                     and cp.published_at >= case r.frequency when 'daily' then $5::timestamptz else $7::timestamptz end
                     and cp.published_at < case r.frequency when 'daily' then $6::timestamptz else $8::timestamptz end)
      limit $9`,
    [
      orgId,
      localDateOf(now, timeZone),
      periods.daily.key,
      periods.weekly.key,
      periods.daily.from,
      periods.daily.to,
      periods.weekly.from,
      periods.weekly.to,
      limit,
    ],
  );
  let sent = 0;
  for (const r of due) {
    const period = periods[r.frequency];
    const posts = await ctx.db.query<{ first_name: string; body: string }>(
      `select p.first_name, cp.body from community_posts cp join people p on p.id = cp.author_person_id and p.org_id = cp.org_id
        where cp.org_id = $1 and cp.author_person_id <> $2 and ${readable('$5::boolean')}
          and cp.published_at >= $3 and cp.published_at < $4
        order by cp.published_at desc, cp.id desc`,
      [r.org_id, r.person_id, period.from, period.to, r.alumni_only],
    );
    if (!posts.length) continue;
    const done = await ctx.db.transaction(async (tx) => {
      const claimed = await tx.query(
        `insert into community_digests (org_id, person_id, period, sent_at) values ($1, $2, $3, $4) on conflict do nothing returning period`,
        [r.org_id, r.person_id, period.key, ctx.clock.now()],
      );
      if (!claimed.length) return false;
      await enqueueMail(
        tx,
        ctx.clock,
        digestMail({
          orgId: r.org_id,
          to: r.email,
          lang: r.language,
          frequency: r.frequency,
          posts,
          link: `${ctx.config.publicUrl}/community/exchange`,
          settingsLink: `${ctx.config.publicUrl}/community/exchange#digest`,
        }),
      );
      return true;
    });
    if (done) sent++;
  }
  return sent;
}
