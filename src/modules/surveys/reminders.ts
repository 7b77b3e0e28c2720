/**
 * Survey reminders (a worker job): one reminder to each invitation not answered once its reminder
 * is due, while its link and its survey are still open. Exactly once with any number of workers:
 * rows are taken FOR UPDATE SKIP LOCKED and claimed by a conditional update (reminded_at still null)
 * in the same transaction as their mails go to the outbox.
 *
 * Only the link's hash is stored, so a reminder carries a NEW link: the token is replaced, the old
 * link stops working, and the mail says so. A partial answer (the draft) stays.
 */
import type { AppContext } from '../../platform/context.ts';
import type { UiLanguage } from '../../platform/language.ts';
import { reminderMail } from './invitations.mails.ts';
import { enqueueSealedMails, loadSendableSurvey, mailFacts, type SendableSurvey } from './invitations.ts';
import { answerTokenHash, newAnswerToken } from './links.ts';

interface Due {
  id: string;
  org_id: string;
  survey_id: string;
  language: UiLanguage;
  expires_at: Date;
  first_name: string;
  email: string | null;
}

/** Sends the reminders that are due, `batch` per transaction; returns how many it claimed. */
export async function sendDueReminders(ctx: AppContext, opts: { batch?: number } = {}): Promise<number> {
  const batch = opts.batch ?? 500;
  let total = 0;
  for (;;) {
    const claimed = await ctx.db.transaction(async (tx) => {
      const now = ctx.clock.now();
      const due = await tx.query<Due>(
        `select i.id, i.org_id, i.survey_id, i.language, i.expires_at, p.first_name,
                case when p.end_date is not null and p.end_date < ($1::timestamptz at time zone o.time_zone)::date
                     then coalesce(p.personal_email, p.work_email) else coalesce(p.work_email, p.personal_email) end as email
           from survey_invitations i
           join surveys s on s.id = i.survey_id
           join people p on p.id = i.person_id
           join organisations o on o.id = i.org_id
          where i.reminder_due_at <= $1 and i.reminded_at is null and i.answered_on is null and i.expires_at > $1
            and s.status = 'open' and (s.closes_at is null or s.closes_at > $1)
          order by i.reminder_due_at, i.id
          limit $2
          for update of i skip locked`,
        [now, batch],
      );
      if (due.length === 0) return 0;
      const tokens = due.map(() => newAnswerToken());
      // The claim: only rows still unreminded and unanswered; their new link replaces the old one.
      const won = await tx.query<{ id: string }>(
        `update survey_invitations i set reminded_at = $1, token_hash = u.token_hash
           from unnest($2::uuid[], $3::text[]) as u (id, token_hash)
          where i.id = u.id and i.reminded_at is null and i.answered_on is null
          returning i.id`,
        [now, due.map((d) => d.id), tokens.map(answerTokenHash)],
      );
      const ours = new Set(won.map((w) => w.id));
      const surveys = new Map<string, SendableSurvey | undefined>();
      const byOrg = new Map<string, Parameters<typeof enqueueSealedMails>[4]>();
      for (const [k, d] of due.entries()) {
        if (!ours.has(d.id) || !d.email) continue;
        if (!surveys.has(d.survey_id)) surveys.set(d.survey_id, await loadSendableSurvey(tx, d.org_id, d.survey_id));
        const survey = surveys.get(d.survey_id);
        if (!survey) continue;
        const facts = mailFacts(ctx, survey, { firstName: d.first_name }, d.language, tokens[k], new Date(d.expires_at));
        const mails = byOrg.get(d.org_id) ?? [];
        mails.push({ to: d.email, lang: d.language, mail: reminderMail(d.language, facts), link: facts.link });
        byOrg.set(d.org_id, mails);
      }
      for (const [orgId, mails] of byOrg) await enqueueSealedMails(tx, now, orgId, 'survey_reminder', mails);
      return due.length;
    });
    total += claimed;
    if (claimed < batch) return total;
  }
}
