/**
 * One delivery, done: cancelled when its date changed or its person left, else its task written, its
 * invitation queued, its channel post made or its mail sent (in the recipient's language, with its
 * calendar invitation when the step is an event). Returns what happened, for the batch's outcome write
 * (deliveries.claim.ts); a failure throws, and is retried.
 */
import type { AppContext } from '../../platform/context.ts';
import { orgTimeZone, orgToday } from '../../platform/org-time.ts';
import { contentLanguage, localize, mapLocalized } from '../../platform/language.ts';
import { redactSecrets, type MailCalendar, type MailTransport } from '../../platform/mail.ts';
import { buildInvitation, type InvitationRecord } from '../calendars/invitations.service.ts';
import { inviteByJourney } from '../ambassadors/ambassadors.service.ts';
import { inviteByJourney as inviteToSurvey } from '../surveys/sending.service.ts';
import { channelLanguage, postToChannel } from '../chat/chat.service.ts';
import { alumniChoiceUrl } from '../community/alumni.service.ts';
import { cancelReason, type DeliveryContext } from './deliveries.context.ts';
import { chooseLanguage, render, fillTemplate, type Templates } from './render.ts';
import { unsubscribeUrl } from './unsubscribe.ts';
import { withFields } from '../../platform/objects.ts';

/** The languages the program's invitation mail is written in. */
const INVITATION_LANGUAGES: Templates = { nl: { subject: '', body: '' }, fr: { subject: '', body: '' }, en: { subject: '', body: '' } };

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

export type Outcome = {
  status: 'sent' | 'cancelled';
  to: string[];
  language: string | null;
  subject: string;
  body: string;
  error?: string;
  /** The calendar invitation the mail carried, recorded with the outcome. */
  invitation?: InvitationRecord;
};

export async function perform(ctx: AppContext, transport: MailTransport, d: DeliveryContext): Promise<Outcome> {
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
      render(
        d.templates,
        chooseLanguage({ language: lang, region: d.region }, d.default_language, d.templates),
        withFields(facts, { surveyLink: link }),
      ),
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
    await postToChannel(ctx, d.org_id, d.channel_id!, withFields(msg, { lang }));
    return { status: 'sent', to: [], language: lang, subject: msg.subject, body: msg.body };
  }
  const r = await recipients(ctx, d, today);
  if (r.to.length === 0) throw new Error(`No email address for the ${d.recipient} of ${d.first_name} ${d.last_name}.`);
  const lang = chooseLanguage({ language: r.lang, region: r.region }, d.default_language, d.templates);
  // The person's own alumni link, only in a mail to them that asks for it: it acts for them, so the
  // delivery's record (read by admins) keeps it hidden, like the outbox's sealed links.
  const alumniLink =
    d.recipient === 'person' &&
    Object.values(d.templates).some((t) => t && (t.subject.includes('alumniLink') || t.body.includes('alumniLink')))
      ? await alumniChoiceUrl(ctx, d.org_id, d.person_id)
      : undefined;
  const msg = render(d.templates, lang, withFields(facts, { alumniLink }));
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
