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
}

/** Sends the digests due now, each organisation's periods in its own zone; returns how many went to the outbox. */
export async function sendCommunityDigests(ctx: AppContext, limit = 500): Promise<number> {
  const orgs = await ctx.db.query<{ id: string; time_zone: string }>(`select id, time_zone from organisations order by id`);
  let sent = 0;
  for (const org of orgs) {
    if (sent >= limit) break;
    sent += await sendOrgDigests(ctx, org.id, digestPeriods(ctx.clock.now(), org.time_zone), limit - sent);
  }
  return sent;
}

async function sendOrgDigests(ctx: AppContext, orgId: string, periods: ReturnType<typeof digestPeriods>, limit: number) {
  const due = await ctx.db.query<Recipient>(
    `select p.org_id, p.id as person_id, coalesce(p.work_email, p.personal_email) as email, ${mailLanguageSql('p')} as language,
            coalesce(s.frequency, 'weekly') as frequency
       from people p
       join organisations o on o.id = p.org_id
       left join community_digest_settings s on s.org_id = p.org_id and s.person_id = p.id
      where p.org_id = $8
        and coalesce(s.frequency, 'weekly') <> 'off'
        and coalesce(p.work_email, p.personal_email) is not null
        and p.deprovisioned_at is null
        and (o.community_open_to_all or exists (select 1 from ambassadors a where a.org_id = p.org_id and a.person_id = p.id and a.active))
        and not exists (select 1 from community_digests d where d.org_id = p.org_id and d.person_id = p.id
                         and d.period = case coalesce(s.frequency, 'weekly') when 'daily' then $1 else $2 end)
        and exists (select 1 from community_posts cp where cp.org_id = p.org_id and cp.author_person_id <> p.id
                     and cp.deleted_at is null and cp.hidden_at is null and cp.kind = 'post'
                     and cp.published_at >= case coalesce(s.frequency, 'weekly') when 'daily' then $3::timestamptz else $5::timestamptz end
                     and cp.published_at < case coalesce(s.frequency, 'weekly') when 'daily' then $4::timestamptz else $6::timestamptz end)
      limit $7`,
    [periods.daily.key, periods.weekly.key, periods.daily.from, periods.daily.to, periods.weekly.from, periods.weekly.to, limit, orgId],
  );
  let sent = 0;
  for (const r of due) {
    const period = periods[r.frequency];
    const posts = await ctx.db.query<{ first_name: string; body: string }>(
      `select p.first_name, cp.body from community_posts cp join people p on p.id = cp.author_person_id and p.org_id = cp.org_id
        where cp.org_id = $1 and cp.author_person_id <> $2 and cp.deleted_at is null and cp.hidden_at is null and cp.kind = 'post'
          and cp.published_at >= $3 and cp.published_at < $4
        order by cp.published_at desc, cp.id desc`,
      [r.org_id, r.person_id, period.from, period.to],
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
