/**
 * The community digest (a worker job): each participant gets, by their own choice, a daily or
 * weekly mail (default weekly; "off" sends none) with the posts of the last complete period, in their
 * language. Exactly once per (person, period), with any number of workers and retries: the row in
 * community_digests (primary key org, person, period) is inserted in the same transaction as the
 * mail goes to the outbox, and a conflict means someone already sent it. Periods are UTC days and
 * ISO weeks (Monday to Monday). A period without posts of others sends nothing.
 */
import type { AppContext } from '../../platform/context.ts';
import { mailLanguageSql } from '../../platform/language.ts';
import { enqueueMail } from '../../platform/mail.ts';
import { digestMail } from './exchange.mails.ts';

const DAY = 86400_000;

/** The last complete UTC day and ISO week before `now`, with their keys. */
export function digestPeriods(now: Date) {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const day = { key: `daily:${new Date(today - DAY).toISOString().slice(0, 10)}`, from: new Date(today - DAY), to: new Date(today) };
  const monday = today - ((new Date(today).getUTCDay() + 6) % 7) * DAY;
  const start = new Date(monday - 7 * DAY);
  // ISO week number of the week that starts at `start` (its Thursday decides the year).
  const thursday = new Date(start.getTime() + 3 * DAY);
  const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - jan1) / DAY / 7) + 1;
  const weekKey = `weekly:${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
  return { daily: day, weekly: { key: weekKey, from: start, to: new Date(monday) } };
}

interface Recipient {
  org_id: string;
  person_id: string;
  email: string;
  language: string;
  frequency: 'daily' | 'weekly';
}

/** Sends the digests due now; returns how many went to the outbox. */
export async function sendCommunityDigests(ctx: AppContext, limit = 500): Promise<number> {
  const periods = digestPeriods(ctx.clock.now());
  const due = await ctx.db.query<Recipient>(
    `select p.org_id, p.id as person_id, coalesce(p.work_email, p.personal_email) as email, ${mailLanguageSql('p')} as language,
            coalesce(s.frequency, 'weekly') as frequency
       from people p
       join organisations o on o.id = p.org_id
       left join community_digest_settings s on s.org_id = p.org_id and s.person_id = p.id
      where coalesce(s.frequency, 'weekly') <> 'off'
        and coalesce(p.work_email, p.personal_email) is not null
        and p.deprovisioned_at is null
        and (o.community_open_to_all or exists (select 1 from ambassadors a where a.org_id = p.org_id and a.person_id = p.id and a.active))
        and not exists (select 1 from community_digests d where d.org_id = p.org_id and d.person_id = p.id
                         and d.period = case coalesce(s.frequency, 'weekly') when 'daily' then $1 else $2 end)
        and exists (select 1 from community_posts cp where cp.org_id = p.org_id and cp.author_person_id <> p.id
                     and cp.deleted_at is null and cp.hidden_at is null
                     and cp.published_at >= case coalesce(s.frequency, 'weekly') when 'daily' then $3::timestamptz else $5::timestamptz end
                     and cp.published_at < case coalesce(s.frequency, 'weekly') when 'daily' then $4::timestamptz else $6::timestamptz end)
      limit $7`,
    [periods.daily.key, periods.weekly.key, periods.daily.from, periods.daily.to, periods.weekly.from, periods.weekly.to, limit],
  );
  let sent = 0;
  for (const r of due) {
    const period = periods[r.frequency];
    const posts = await ctx.db.query<{ first_name: string; body: string }>(
      `select p.first_name, cp.body from community_posts cp join people p on p.id = cp.author_person_id and p.org_id = cp.org_id
        where cp.org_id = $1 and cp.author_person_id <> $2 and cp.deleted_at is null and cp.hidden_at is null
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
