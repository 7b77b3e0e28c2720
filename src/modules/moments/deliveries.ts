/**
 * Sending due deliveries. Workers claim rows with FOR UPDATE SKIP LOCKED, so any number of worker
 * processes never take the same row; each attempt and error is recorded; failures retry with
 * back-off. Before sending, a delivery is checked again: a date that changed or a person who left
 * cancels it instead.
 *
 * Exactly once, and its one limit: a row is marked sent right after the mail server accepted it. If
 * a worker dies in the instant between the server's acceptance and that write, the row's claim
 * expires and it is sent again, with the same Message-ID (derived from the delivery), which mail
 * systems use to recognise the duplicate. Nothing is lost; a duplicate needs a crash in that window.
 */
import crypto from 'node:crypto';
import type { Queryable } from '../../db/db.ts';
import { anniversaryInYear } from '../../platform/calendar.ts';
import { orgTimeZone, orgToday } from '../../platform/org-time.ts';
import type { AppContext } from '../../platform/context.ts';
import { contentLanguage, localize, mapLocalized, personMailLanguageSql, type LocalizedText } from '../../platform/language.ts';
import { redactSecrets, retryDelaySeconds, type MailCalendar, type MailTransport } from '../../platform/mail.ts';
import { buildInvitation, type InvitationRecord } from '../calendars/invitations.service.ts';
import { inviteByJourney } from '../ambassadors/ambassadors.service.ts';
import { inviteByJourney as inviteToSurvey } from '../surveys/sending.service.ts';
import { channelLanguage, postToChannel } from '../chat/chat.service.ts';
import { chooseLanguage, render, fillTemplate, type Templates } from './render.ts';
import { retirementDate } from './schedule.ts';
import type { StepEvent, StepTask } from './templates.ts';
import { unsubscribeUrl } from './unsubscribe.ts';
import { alumniChoiceUrl } from '../community/alumni.service.ts';

/** The languages the program's invitation mail is written in. */
const INVITATION_LANGUAGES: Templates = { nl: { subject: '', body: '' }, fr: { subject: '', body: '' }, en: { subject: '', body: '' } };

/** How long a claim holds before another worker may take the row over (its worker presumed dead). */
const LOCK_SECONDS = 300;
const MAX_ATTEMPTS = 8;

export interface DeliveryContext {
  id: string;
  org_id: string;
  person_id: string;
  occurrence: string;
  due_date: string;
  message_id: string;
  attempts: number;
  kind: 'message' | 'task' | 'survey_invitation' | 'ambassador_invitation';
  recipient: 'person' | 'manager' | 'buddy' | 'hr' | 'team' | 'channel';
  /** The chat channel of a step with recipient `channel`. */
  channel_id: string | null;
  anchor: string;
  templates: Templates;
  task: StepTask | null;
  /** A message step that is an event with a time: its mail carries a calendar invitation (calendars/invitations.ts). */
  event: StepEvent | null;
  step_name: LocalizedText;
  /** A survey step's survey, or the ready template one is made from (surveys/invitations.ts). */
  survey_id: string | null;
  survey_template: string | null;
  first_name: string;
  last_name: string;
  job_title: string | null;
  department: string | null;
  /** For mail (as m_lang, b_lang): their account's chosen language, else their directory entry's. */
  language: string | null;
  work_email: string | null;
  personal_email: string | null;
  start_date: string | null;
  end_date: string | null;
  birth_day: number | null;
  birth_month: number | null;
  birth_year: number | null;
  manager_id: string | null;
  site_name: string | null;
  region: string | null;
  m_name: string | null;
  m_email: string | null;
  m_lang: string | null;
  buddy_id: string | null;
  b_name: string | null;
  b_email: string | null;
  b_lang: string | null;
  org_name: string;
  brand_colour: string | null;
  default_language: string;
  hr_email: string | null;
  custom_date: string | null;
}

export const CONTEXT_SQL = `
  select d.id, d.org_id, d.person_id, d.occurrence, d.due_date, d.message_id, d.attempts,
         st.kind, st.recipient, st.channel_id, st.anchor, st.templates, st.task, st.survey_id, st.survey_template, st.event, st.name as step_name,
         p.first_name, p.last_name, p.job_title, p.department, ${personMailLanguageSql('p')} as language, p.work_email, p.personal_email,
         p.start_date, p.end_date, p.birth_day, p.birth_month, p.birth_year, p.manager_id,
         s.name as site_name, s.region,
         m.first_name || ' ' || m.last_name as m_name, m.work_email as m_email, ${personMailLanguageSql('m')} as m_lang,
         b.id as buddy_id, b.first_name || ' ' || b.last_name as b_name, b.work_email as b_email, ${personMailLanguageSql('b')} as b_lang,
         o.name as org_name, o.brand_colour, o.default_language, o.hr_email,
         (select pd.date::text from person_dates pd where pd.person_id = p.id and pd.key = st.custom_key) as custom_date
    from deliveries d
    join journey_steps st on st.id = d.step_id
    join people p on p.id = d.person_id
    join organisations o on o.id = d.org_id
    left join sites s on s.id = p.site_id
    left join people m on m.id = p.manager_id
    left join buddy_assignments ba on ba.org_id = d.org_id and ba.newcomer_person_id = p.id and ba.ended_at is null
    left join people b on b.id = ba.buddy_person_id`;

/** The facts of some deliveries, as the sender reads them (the calendar reconciler reads them too). */
export async function deliveryContexts(q: Queryable, ids: string[]): Promise<DeliveryContext[]> {
  return q.query<DeliveryContext>(`${CONTEXT_SQL} where d.id = any($1::uuid[])`, [ids]);
}

/** Why a delivery must not go out any more, or null. */
export function cancelReason(d: DeliveryContext): string | null {
  if (d.anchor !== 'end_date' && d.end_date && d.end_date < d.due_date) return 'The person has left.';
  const current =
    d.anchor === 'start_date'
      ? d.start_date
      : d.anchor === 'end_date'
        ? d.end_date
        : d.anchor === 'custom'
          ? d.custom_date
          : d.anchor === 'retirement'
            ? d.birth_year && d.birth_month
              ? retirementDate(d.birth_year, d.birth_month)
              : null
            : d.anchor === 'birthday'
              ? d.birth_month
                ? anniversaryInYear(d.birth_month, d.birth_day!, Number(d.occurrence.slice(0, 4)))
                : null
              : d.start_date
                ? anniversaryInYear(Number(d.start_date.slice(5, 7)), Number(d.start_date.slice(8, 10)), Number(d.occurrence.slice(0, 4)))
                : null;
  if (current !== d.occurrence) return `The ${d.anchor.replace('_', ' ')} changed (was ${d.occurrence}, now ${current ?? 'none'}).`;
  return null;
}

async function recipients(
  ctx: AppContext,
  d: DeliveryContext,
  today: string,
): Promise<{ to: string[]; lang: string | null; region: string | null }> {
  switch (d.recipient) {
    case 'person': {
      // Before the first day the work address may not exist yet: use the personal one.
      const beforeStart = d.start_date !== null && today < d.start_date;
      const address = beforeStart ? (d.personal_email ?? d.work_email) : (d.work_email ?? d.personal_email);
      return { to: address ? [address] : [], lang: d.language, region: d.region };
    }
    case 'manager':
      return { to: d.m_email ? [d.m_email] : [], lang: d.m_lang, region: d.region };
    case 'buddy':
      return { to: d.b_email ? [d.b_email] : [], lang: d.b_lang, region: d.region };
    case 'hr': {
      if (d.hr_email) return { to: [d.hr_email], lang: null, region: null };
      const admins = await ctx.db.query<{ email: string }>(
        `select email from users where org_id = $1 and role = 'admin' and disabled_at is null order by email`,
        [d.org_id],
      );
      return { to: admins.map((a) => a.email), lang: null, region: null };
    }
    case 'channel':
      return { to: [], lang: null, region: null };
    case 'team': {
      const team = await ctx.db.query<{ work_email: string }>(
        `select work_email from people where org_id = $1 and work_email is not null and id <> $2
            and (id = $3 or manager_id = $3) and (end_date is null or end_date >= $4) and (start_date is null or start_date <= $4)`,
        [d.org_id, d.person_id, d.manager_id, today],
      );
      return { to: team.map((t) => t.work_email), lang: null, region: d.region };
    }
  }
}

type Outcome = {
  status: 'sent' | 'cancelled';
  to: string[];
  language: string | null;
  subject: string;
  body: string;
  error?: string;
  /** The calendar invitation the mail carried, recorded with the outcome. */
  invitation?: InvitationRecord;
};

async function perform(ctx: AppContext, transport: MailTransport, d: DeliveryContext): Promise<Outcome> {
  const today = await orgToday(ctx, d.org_id);
  const why = cancelReason(d);
  if (why) return { status: 'cancelled', to: [], language: null, subject: '', body: '', error: why };
  const facts = {
    person: d,
    managerName: d.m_name,
    buddyName: d.b_name,
    orgName: d.org_name,
    occurrence: d.occurrence,
    anchor: d.anchor,
    surveyLink: `${ctx.config.publicUrl}/surveys/${d.id}`,
  };
  if (d.kind === 'task') {
    const task = d.task!;
    const ownerPerson =
      task.owner === 'manager' ? d.manager_id : task.owner === 'buddy' ? d.buddy_id : task.owner === 'person' ? d.person_id : null;
    // The task keeps every language: each owner reads it in their own (tasks.repo.ts).
    const title = mapLocalized(task.title, (text) =>
      fillTemplate(text, { personName: `${d.first_name} ${d.last_name}`, firstName: d.first_name }),
    );
    await ctx.db.query(
      `insert into tasks (org_id, delivery_id, person_id, owner_person_id, owner_role, title, due_date, checklist, created_at)
       values ($1, $2, $3, $4, $5, $6, ($7::date + $8::int), $9, $10) on conflict (delivery_id) do nothing`,
      [
        d.org_id,
        d.id,
        d.person_id,
        ownerPerson,
        task.owner,
        JSON.stringify(title),
        d.due_date,
        task.dueDays,
        JSON.stringify(task.checklist.map((label) => ({ label, done: false }))),
        ctx.clock.now(),
      ],
    );
    const l = contentLanguage(d.default_language);
    return {
      status: 'sent',
      to: [],
      language: null,
      subject: localize(title, l, l),
      body: task.checklist.map((c) => localize(c, l, l)).join('\n'),
    };
  }
  if (d.kind === 'ambassador_invitation') {
    // The program's own personal invitation (the mail a coordinator sends), in the language the
    // journey would write to the person in; the step has no text of its own. No mail at all when
    // there is nobody to invite (already an ambassador, an invitation open or declined, no address).
    const lang = chooseLanguage({ language: d.language, region: d.region }, d.default_language, INVITATION_LANGUAGES);
    const out = await inviteByJourney(ctx, d.org_id, d.person_id, lang);
    if ('none' in out) return { status: 'cancelled', to: [], language: null, subject: '', body: '', error: out.none };
    // The mail itself is in the outbox (the Mailbox shows it there); the delivery records what went
    // out without addresses of its own, as a task does, so the Mailbox does not list it twice.
    return { status: 'sent', to: [], language: out.sent.lang, subject: out.sent.subject, body: out.sent.text };
  }
  if (d.kind === 'survey_invitation') {
    // The person's own link to the survey, in a mail written to the outbox with the invitation (one
    // per survey and person, whichever step or campaign comes first); recorded here without it.
    const out = await inviteToSurvey(ctx, d, (lang, link) =>
      render(d.templates, chooseLanguage({ language: lang, region: d.region }, d.default_language, d.templates), {
        ...facts,
        surveyLink: link,
      }),
    );
    if ('none' in out) return { status: 'cancelled', to: [], language: null, subject: '', body: '', error: out.none };
    return { status: 'sent', to: [], language: out.sent.lang, subject: out.sent.subject, body: out.sent.redacted };
  }
  if (d.recipient === 'channel') {
    // Posted in a Teams or Slack channel, in the channel's language, with the facts a team mail has;
    // a failed post throws and retries like mail. Recorded without addresses (the URL is a secret).
    const lang = chooseLanguage(
      { language: await channelLanguage(ctx, d.org_id, d.channel_id!), region: null },
      d.default_language,
      d.templates,
    );
    const msg = render(d.templates, lang, facts);
    await postToChannel(ctx, d.org_id, d.channel_id!, { ...msg, lang });
    return { status: 'sent', to: [], language: lang, subject: msg.subject, body: msg.body };
  }
  const r = await recipients(ctx, d, today);
  if (r.to.length === 0) throw new Error(`No email address for the ${d.recipient} of ${d.first_name} ${d.last_name}.`);
  const lang = chooseLanguage({ language: r.lang, region: r.region }, d.default_language, d.templates);
  // The person's own alumni link, only in a mail to them that asks for it: it acts for them, so the
  // delivery's record (read by admins) keeps it hidden, like the outbox's sealed links.
  const alumniLink =
    d.recipient === 'person' && JSON.stringify(d.templates).includes('alumniLink')
      ? await alumniChoiceUrl(ctx, d.org_id, d.person_id)
      : undefined;
  const msg = render(d.templates, lang, { ...facts, alumniLink });
  // An event with a time: the mail carries its invitation (text/calendar), its text says when and where.
  let calendar: MailCalendar | null = null;
  let invitation: InvitationRecord | undefined;
  if (d.kind === 'message' && d.event) {
    const built = buildInvitation(
      ctx.config,
      {
        deliveryId: d.id,
        orgName: d.org_name,
        defaultLanguage: d.default_language,
        stepName: d.step_name,
        event: d.event,
        occurrence: d.occurrence,
        timeZone: await orgTimeZone(ctx.db, d.org_id),
      },
      r.to,
      lang,
      msg.body,
      ctx.clock.now(),
    );
    msg.body = `${msg.body}\n\n${built.lines}`;
    calendar = built.calendar;
    invitation = built.record;
  }
  // A mail to the person about their own birthday or anniversary is there because they did not say
  // otherwise: it carries the link that says so (the same choice as "noticed" in My moments).
  const own = d.recipient === 'person' && (d.anchor === 'birthday' || d.anchor === 'work_anniversary');
  await transport.send({
    to: r.to.join(', '),
    subject: msg.subject,
    text: msg.body,
    html: null,
    messageId: d.message_id,
    replyTo: null,
    lang,
    brandColour: d.brand_colour,
    orgName: d.org_name,
    unsubscribeUrl: own ? await unsubscribeUrl(ctx, d.org_id, d.person_id, d.anchor as 'birthday' | 'work_anniversary') : null,
    calendar,
  });
  const recorded = alumniLink ? redactSecrets(msg.body, [alumniLink]) : msg.body;
  return { status: 'sent', to: r.to, language: lang, subject: msg.subject, body: recorded, invitation };
}

/** Claims and sends up to `batch` due deliveries, `concurrency` at a time. Returns how many it claimed. */
export async function sendDueDeliveries(
  ctx: AppContext,
  transport: MailTransport,
  opts: { batch?: number; concurrency?: number; claimSeconds?: number } = {},
): Promise<number> {
  const now = ctx.clock.now();
  const claimSeconds = opts.claimSeconds ?? LOCK_SECONDS;
  const token = crypto.randomUUID();
  const claimed = await ctx.db.query<{ id: string }>(
    `update deliveries d set status = 'sending', attempts = d.attempts + 1, locked_until = $2, claim_token = $4
      where d.id in (
        select id from deliveries
         where status in ('pending', 'sending') and next_attempt_at <= $1 and (locked_until is null or locked_until < $1)
         order by next_attempt_at
         for update skip locked
         limit $3)
      returning d.id`,
    [now, new Date(now.getTime() + claimSeconds * 1000), opts.batch ?? 100, token],
  );
  if (claimed.length === 0) return 0;
  const rows = await ctx.db.query<DeliveryContext>(`${CONTEXT_SQL} where d.id = any($1::uuid[])`, [claimed.map((c) => c.id)]);
  let next = 0;
  const work = async () => {
    while (next < rows.length) {
      const d = rows[next++];
      // Still ours? A claim that expired while this worker was slow may have been taken over.
      // (Skipping this check while the claim is young was measured: faster, but more second copies.)
      const [held] = await ctx.db.query(
        `update deliveries set locked_until = $3 where id = $1 and claim_token = $2 and status = 'sending' returning id`,
        [d.id, token, new Date(ctx.clock.now().getTime() + claimSeconds * 1000)],
      );
      if (!held) continue;
      try {
        const out = await perform(ctx, transport, d);
        // The outcome, its attempt and its calendar invitation (if any) in one statement: one write per mail.
        const inv = out.invitation;
        await ctx.db.query(
          `with u as (
             update deliveries set status = $2, sent_at = case when $2 = 'sent' then $3::timestamptz else sent_at end, locked_until = null,
                    to_addresses = $4, language = $5, subject = $6, body = $7, last_error = $8, claim_token = null
              where id = $1 and claim_token = $9 returning id, org_id, person_id),
           ci as (
             insert into calendar_invitations (org_id, delivery_id, person_id, uid, sequence, starts_at, ends_at, attendees, language, location, created_at, updated_at)
             select u.org_id, u.id, u.person_id, $11, 0, $12, $13, $14, $15, $16, $3, $3 from u where $11::text is not null
             on conflict (delivery_id) do nothing)
           insert into delivery_attempts (delivery_id, attempt, at, outcome, error) select id, $10, $3, $2, $8 from u`,
          [
            d.id,
            out.status,
            ctx.clock.now(),
            out.to,
            out.language,
            out.subject,
            out.body,
            out.error ?? null,
            token,
            d.attempts,
            inv?.uid ?? null,
            inv?.startsAt ?? null,
            inv?.endsAt ?? null,
            inv?.attendees ?? null,
            inv?.language ?? null,
            inv?.location ?? null,
          ],
        );
      } catch (err) {
        const message = (err instanceof Error ? err.message : String(err)).slice(0, 1000);
        const failed = d.attempts >= MAX_ATTEMPTS;
        await ctx.db.query(
          `with u as (
             update deliveries set status = $2, last_error = $3, locked_until = null, next_attempt_at = $4, claim_token = null
              where id = $1 and claim_token = $5 returning id)
           insert into delivery_attempts (delivery_id, attempt, at, outcome, error) select id, $6, $7, 'error', $3 from u`,
          [
            d.id,
            failed ? 'failed' : 'pending',
            message,
            new Date(ctx.clock.now().getTime() + retryDelaySeconds(d.attempts) * 1000),
            token,
            d.attempts,
            ctx.clock.now(),
          ],
        );
        ctx.log.warn('delivery not sent', { id: d.id, attempt: d.attempts, error: message });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 8, rows.length) }, work));
  return claimed.length;
}
