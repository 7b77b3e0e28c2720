/**
 * Survey invitations: one per (survey, person), each with its segment attributes copied at send
 * time, a personal single-use link (only its hash stored) and its mail written to the outbox in the
 * SAME transaction as the invitation row. The insert is `on conflict do nothing`: an invitation
 * that already exists (same survey and person, or same journey delivery) writes no mail, so a
 * person is invited to a survey exactly once, whoever asks (a journey step, a campaign, a retry).
 *
 * One person (inviteOne: journeys, the old-link page) or thousands (inviteMany: campaigns, in
 * batches of multi-row inserts with unnest: no statement per person).
 */
import type { Queryable } from '../../db/db.ts';
import type { AppContext } from '../../platform/context.ts';
import { localDate } from '../../platform/clock.ts';
import { isUiLanguage, localize, personMailLanguageSql, type LocalizedText, type UiLanguage } from '../../platform/language.ts';
import { enqueueMails, redactSecrets } from '../../platform/mail.ts';
import { seniorityBand, startCohort } from './segments.ts';
import { answerTokenHash, answerUrl, newAnswerToken } from './links.ts';
import type { SurveyMail, SurveyMailFacts } from './invitations.mails.ts';

/** The segment attributes an invitation carries (and its response copies); the directory is never read again. */
export interface InvitationSegment {
  department: string | null;
  siteId: string | null;
  region: string | null;
  language: UiLanguage;
  seniority: string | null;
  startCohort: string | null;
  managerPath: string[];
}

/** What sending needs to know of a survey. */
export interface SendableSurvey {
  id: string;
  org_id: string;
  status: 'draft' | 'open' | 'closed';
  title: LocalizedText;
  min_group: number;
  response_days: number;
  reminder_days: number | null;
  closes_at: Date | null;
  org_name: string;
  default_language: string;
  time_zone: string;
}

export async function loadSendableSurvey(q: Queryable, orgId: string, surveyId: string): Promise<SendableSurvey | undefined> {
  const [row] = await q.query<SendableSurvey>(
    `select s.id, s.org_id, s.status, s.title, s.min_group, s.response_days, s.reminder_days, s.closes_at,
            o.name as org_name, o.default_language, o.time_zone
       from surveys s join organisations o on o.id = s.org_id
      where s.org_id = $1 and s.id = $2`,
    [orgId, surveyId],
  );
  return row;
}

/** Open, and not past its closing time. */
export const acceptsAnswers = (s: Pick<SendableSurvey, 'status' | 'closes_at'>, now: Date) =>
  s.status === 'open' && (s.closes_at === null || new Date(s.closes_at) > now);

/** A person as an invitation needs them: where to write, in which language, their segment. */
export interface Invitee {
  personId: string;
  firstName: string;
  email: string;
  segment: InvitationSegment;
}

/** The directory row an invitee is made from (see INVITEE_SQL). */
export interface InviteeRow {
  id: string;
  first_name: string;
  email: string | null;
  department: string | null;
  site_id: string | null;
  region: string | null;
  language: string | null;
  start_date: string | null;
  manager_id: string | null;
}

/**
 * The columns of a person (alias p, with `s` their site) an invitation is made from. `$today` is the
 * parameter holding the organisation's day: whoever has left is written to at their personal address.
 */
export const inviteeColumns = (today: string) => `
  p.id, p.first_name, p.department, p.site_id, s.region, p.start_date, p.manager_id,
  ${personMailLanguageSql('p')} as language,
  case when p.end_date is not null and p.end_date < ${today} then coalesce(p.personal_email, p.work_email)
       else coalesce(p.work_email, p.personal_email) end as email`;

/**
 * The language of the invitation, its link's pages and its mails: the person's mail language when it
 * is one the surveys are written in, else their site's region's (as journeys choose), else the
 * organisation's default.
 */
export function invitationLanguage(personLanguage: string | null, region: string | null, orgDefault: string): UiLanguage {
  if (isUiLanguage(personLanguage)) return personLanguage;
  if (region === 'flanders') return 'nl';
  if (region === 'wallonia') return 'fr';
  return isUiLanguage(orgDefault) ? orgDefault : 'en';
}

/** Every manager above someone, nearest first: stops on a cycle and after 20. */
export function managerPath(personId: string, managerOf: (id: string) => string | null | undefined): string[] {
  const path: string[] = [];
  const seen = new Set([personId]);
  let m = managerOf(personId);
  while (m && !seen.has(m) && path.length < 20) {
    path.push(m);
    seen.add(m);
    m = managerOf(m);
  }
  return path;
}

/** The invitee a directory row makes on `today` (yyyy-mm-dd), or null without an address. */
export function toInvitee(row: InviteeRow, today: string, orgDefault: string, path: string[]): Invitee | null {
  if (!row.email) return null;
  return {
    personId: row.id,
    firstName: row.first_name,
    email: row.email,
    segment: {
      department: row.department,
      siteId: row.site_id,
      region: row.region,
      language: invitationLanguage(row.language, row.region, orgDefault),
      seniority: seniorityBand(row.start_date, today),
      startCohort: startCohort(row.start_date),
      managerPath: path,
    },
  };
}

/** One person of the organisation as an invitee (their manager chain read with one recursive query), or null. */
export async function loadInvitee(q: Queryable, orgId: string, personId: string, today: string, orgDefault: string) {
  const [row] = await q.query<InviteeRow>(
    `select ${inviteeColumns('$3::date')} from people p left join sites s on s.id = p.site_id where p.org_id = $1 and p.id = $2`,
    [orgId, personId, today],
  );
  if (!row) return null;
  const chain = await q.query<{ id: string; manager_id: string | null }>(
    `with recursive chain (id, manager_id, depth, seen) as (
       select p.id, p.manager_id, 0, array[p.id] from people p where p.org_id = $1 and p.id = $2
       union all
       select m.id, m.manager_id, c.depth + 1, c.seen || m.id
         from chain c join people m on m.id = c.manager_id and m.org_id = $1
        where c.depth < 21 and not (m.id = any(c.seen)))
     select id, manager_id from chain`,
    [orgId, personId],
  );
  const managers = new Map(chain.map((c) => [c.id, c.manager_id]));
  return toInvitee(
    row,
    today,
    orgDefault,
    managerPath(personId, (id) => managers.get(id)),
  );
}

/** When an invitation sent `now` stops working, and when its reminder is due. */
export function invitationTimes(survey: Pick<SendableSurvey, 'response_days' | 'reminder_days' | 'closes_at'>, now: Date) {
  const day = 24 * 3600_000;
  const byDays = new Date(now.getTime() + survey.response_days * day);
  const expiresAt = survey.closes_at && new Date(survey.closes_at) < byDays ? new Date(survey.closes_at) : byDays;
  const due = survey.reminder_days ? new Date(now.getTime() + survey.reminder_days * day) : null;
  // A reminder after the link expired would carry a link that does not work.
  return { expiresAt, reminderDueAt: due && due < expiresAt ? due : null };
}

/** The facts a mail of this survey to this invitee is written from, for a fresh token's link. */
export function mailFacts(
  ctx: Pick<AppContext, 'config'>,
  survey: SendableSurvey,
  invitee: Pick<Invitee, 'firstName'>,
  lang: UiLanguage,
  token: string,
  expiresAt: Date,
): SurveyMailFacts {
  return {
    firstName: invitee.firstName,
    orgName: survey.org_name,
    surveyTitle: localize(survey.title, lang, survey.default_language),
    link: answerUrl(ctx.config.publicUrl, token),
    // The day it stops working, as the organisation counts days.
    expiresOn: localDate(expiresAt, survey.time_zone),
    minGroup: survey.min_group,
  };
}

export type MailWriter = (lang: UiLanguage, facts: SurveyMailFacts) => SurveyMail;

/** One outbox row per mail, sealed (the link only in sealed_text), in one statement. */
export async function enqueueSealedMails(
  q: Queryable,
  now: Date,
  orgId: string,
  kind: string,
  mails: { to: string; lang: UiLanguage; mail: SurveyMail; link: string }[],
): Promise<void> {
  await enqueueMails(
    q,
    now,
    mails.map((m) => ({ orgId, kind, to: m.to, subject: m.mail.subject, text: m.mail.text, lang: m.lang, secrets: [m.link] })),
  );
}

export interface Sent {
  invitationId: string;
  lang: UiLanguage;
  subject: string;
  /** The mail as the outbox shows it: the link hidden. */
  redacted: string;
}

/**
 * Invites one person (in the caller's transaction): the invitation and its mail, or null when they
 * already have an invitation to this survey (or this delivery made one): then nothing is written.
 */
export async function inviteOne(
  ctx: Pick<AppContext, 'config' | 'clock'>,
  tx: Queryable,
  survey: SendableSurvey,
  invitee: Invitee,
  opts: { deliveryId?: string; campaignId?: string; write: MailWriter },
): Promise<Sent | null> {
  const now = ctx.clock.now();
  const token = newAnswerToken();
  const { expiresAt, reminderDueAt } = invitationTimes(survey, now);
  const lang = invitee.segment.language;
  const [row] = await tx.query<{ id: string }>(
    `insert into survey_invitations (org_id, survey_id, person_id, delivery_id, campaign_id, token_hash, language, segment, sent_at, expires_at, reminder_due_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     on conflict do nothing returning id`,
    [
      survey.org_id,
      survey.id,
      invitee.personId,
      opts.deliveryId ?? null,
      opts.campaignId ?? null,
      answerTokenHash(token),
      lang,
      JSON.stringify(invitee.segment),
      now,
      expiresAt,
      reminderDueAt,
    ],
  );
  if (!row) return null;
  const facts = mailFacts(ctx, survey, invitee, lang, token, expiresAt);
  const mail = opts.write(lang, facts);
  await enqueueSealedMails(tx, now, survey.org_id, 'survey_invitation', [{ to: invitee.email, lang, mail, link: facts.link }]);
  return { invitationId: row.id, lang, subject: mail.subject, redacted: redactSecrets(mail.text, [facts.link]) };
}

/** Rows per statement when inviting many: large enough to be fast, small enough for any driver. */
export const BATCH = 1000;

/**
 * Invites many people (in the caller's transaction), BATCH at a time: one insert of invitations and
 * one of mails per batch; whoever already has an invitation to the survey gets nothing. Returns how
 * many were invited.
 */
export async function inviteMany(
  ctx: Pick<AppContext, 'config' | 'clock'>,
  tx: Queryable,
  survey: SendableSurvey,
  invitees: readonly Invitee[],
  opts: { campaignId?: string; write: MailWriter },
): Promise<number> {
  const now = ctx.clock.now();
  const { expiresAt, reminderDueAt } = invitationTimes(survey, now);
  let invited = 0;
  for (let i = 0; i < invitees.length; i += BATCH) {
    const batch = invitees.slice(i, i + BATCH);
    const tokens = batch.map(() => newAnswerToken());
    const inserted = await tx.query<{ person_id: string }>(
      `insert into survey_invitations (org_id, survey_id, person_id, campaign_id, token_hash, language, segment, sent_at, expires_at, reminder_due_at)
       select $1, $2, u.person_id, $3, u.token_hash, u.lang, u.segment::jsonb, $4, $5, $6
         from unnest($7::uuid[], $8::text[], $9::text[], $10::text[]) as u (person_id, token_hash, lang, segment)
       on conflict do nothing returning person_id`,
      [
        survey.org_id,
        survey.id,
        opts.campaignId ?? null,
        now,
        expiresAt,
        reminderDueAt,
        batch.map((p) => p.personId),
        tokens.map(answerTokenHash),
        batch.map((p) => p.segment.language),
        batch.map((p) => JSON.stringify(p.segment)),
      ],
    );
    const done = new Set(inserted.map((r) => r.person_id));
    const mails = batch.flatMap((p, k) => {
      if (!done.has(p.personId)) return [];
      const lang = p.segment.language;
      const facts = mailFacts(ctx, survey, p, lang, tokens[k], expiresAt);
      return [{ to: p.email, lang, mail: opts.write(lang, facts), link: facts.link }];
    });
    await enqueueSealedMails(tx, now, survey.org_id, 'survey_invitation', mails);
    invited += done.size;
  }
  return invited;
}

/** The ready survey of a journey step that names none: the exit survey near an end date, else the 30-day onboarding one. */
export const stepSurveyTemplate = (step: { survey_template: string | null; anchor: string }) =>
  step.survey_template ?? (step.anchor === 'end_date' ? 'exit' : 'onboarding_30');

/**
 * A new link for an invitation not yet answered (the old one stops working), with its mail, in the
 * caller's transaction. The expiry moves on when it had passed and the survey is still open. Null
 * when there is nothing to renew (answered, or the survey no longer takes answers).
 */
export async function renewLink(
  ctx: Pick<AppContext, 'config' | 'clock'>,
  tx: Queryable,
  survey: SendableSurvey,
  invitationId: string,
  invitee: Pick<Invitee, 'firstName' | 'email'>,
  write: MailWriter,
  kind: string,
): Promise<Sent | null> {
  const now = ctx.clock.now();
  if (!acceptsAnswers(survey, now)) return null;
  const token = newAnswerToken();
  const { expiresAt } = invitationTimes(survey, now);
  const [row] = await tx.query<{ id: string; language: UiLanguage; expires_at: Date }>(
    `update survey_invitations set token_hash = $3, expires_at = greatest(expires_at, $4)
      where org_id = $1 and id = $2 and answered_on is null returning id, language, expires_at`,
    [survey.org_id, invitationId, answerTokenHash(token), expiresAt],
  );
  if (!row) return null;
  const facts = mailFacts(ctx, survey, invitee, row.language, token, new Date(row.expires_at));
  const mail = write(row.language, facts);
  await enqueueSealedMails(tx, now, survey.org_id, kind, [{ to: invitee.email, lang: row.language, mail, link: facts.link }]);
  return { invitationId: row.id, lang: row.language, subject: mail.subject, redacted: redactSecrets(mail.text, [facts.link]) };
}
