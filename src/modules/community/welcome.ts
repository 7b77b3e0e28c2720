/**
 * Welcoming new ambassadors (issue 12, item 4), a worker job: each new ambassadorship is welcomed
 * once (ambassadors.welcomed_at) with a mail in the person's language giving the first steps (the
 * exchange, events, the guidelines, the milestones choice), and a banner at the top of the exchange
 * until they close it (GET /me/ambassador says `showWelcome`).
 *
 * The welcome is private: the mail goes to the person only, and nothing about it reaches the feed.
 * The feed's welcome is the 'joined' milestone, posted only if they agreed (milestones.service.ts).
 *
 * Exactly once with any number of workers: rows are taken FOR UPDATE SKIP LOCKED and marked welcomed
 * in the transaction that puts the mails in the outbox. Someone who joined before this existed was
 * marked welcomed by migration 021; someone who rejoins keeps their welcomed_at and is not welcomed again.
 */
import type { Queryable } from '../../db/db.ts';
import type { AppContext } from '../../platform/context.ts';
import { mailLanguageSql } from '../../platform/language.ts';
import { enqueueMails } from '../../platform/mail.ts';
import { welcomeMail } from './welcome.mails.ts';

/** Someone who started at the organisation less than this many days before joining the program is new there too. */
export const NEWCOMER_DAYS = 365;

interface Newcomer {
  id: string;
  org_id: string;
  person_id: string;
  first_name: string;
  email: string | null;
  language: string;
  org_name: string;
  newcomer: boolean;
}

/** Welcomes the new ambassadors not welcomed yet; returns how many were welcomed. */
export async function sendWelcomes(ctx: AppContext, opts: { batch?: number } = {}): Promise<number> {
  const batch = opts.batch ?? 200;
  let total = 0;
  for (;;) {
    const now = ctx.clock.now();
    const n = await ctx.db.transaction(async (tx: Queryable) => {
      const due = await tx.query<Newcomer>(
        `select a.id, a.org_id, a.person_id, p.first_name, coalesce(p.work_email, p.personal_email) as email,
                ${mailLanguageSql('p')} as language, o.name as org_name,
                coalesce(p.start_date > (a.joined_at at time zone o.time_zone)::date - ${NEWCOMER_DAYS}, false) as newcomer
           from ambassadors a
           join people p on p.id = a.person_id and p.org_id = a.org_id
           join organisations o on o.id = a.org_id
          where a.welcomed_at is null and a.active and p.deprovisioned_at is null
            -- An alumni ambassador is not new to the program's people: their own invitation welcomed them.
            and not exists (select 1 from alumni_ambassadors al where al.org_id = a.org_id and al.person_id = a.person_id)
          order by a.joined_at, a.id limit $1 for update of a skip locked`,
        [batch],
      );
      if (!due.length) return 0;
      await tx.query(`update ambassadors set welcomed_at = $2 where id = any($1::uuid[])`, [due.map((d) => d.id), now]);
      await enqueueMails(
        tx,
        now,
        due
          .filter((d) => d.email)
          .map((d) =>
            welcomeMail({
              orgId: d.org_id,
              to: d.email!,
              firstName: d.first_name,
              orgName: d.org_name,
              newcomer: d.newcomer,
              publicUrl: ctx.config.publicUrl,
              lang: d.language,
            }),
          ),
      );
      return due.length;
    });
    total += n;
    if (n < batch) return total;
  }
}
