/**
 * What other modules use of sending surveys: a journey's survey step (moments/deliveries.ts) invites
 * its person here, and a step names its ready survey by one of TEMPLATE_KEYS.
 */
import type { AppContext } from '../../platform/context.ts';
import { localDate } from '../../platform/clock.ts';
import type { UiLanguage } from '../../platform/language.ts';
import { orgTimeZone } from '../../platform/org-time.ts';
import { journeyInvitationMail } from './invitations.mails.ts';
import {
  acceptsAnswers,
  inviteOne,
  loadInvitee,
  loadSendableSurvey,
  stepSurveyTemplate,
  type MailWriter,
  type Sent,
} from './invitations.ts';
import { ensureTemplateSurvey } from './surveys.service.ts';

export { TEMPLATE_KEYS, type TemplateKey as SurveyTemplateKey } from './surveys.templates.ts';

/** The facts of a journey delivery a survey invitation needs (moments/deliveries.ts DeliveryContext). */
export interface JourneyDelivery {
  id: string;
  org_id: string;
  person_id: string;
  anchor: string;
  first_name: string;
  default_language: string;
  survey_id: string | null;
  survey_template: string | null;
}

/** The step's own text in a language, its {{surveyLink}} filled with `link` (the journey renders it). */
export type StepText = (lang: UiLanguage, link: string) => { subject: string; body: string };

/**
 * A journey's survey step for one person: the invitation and its mail (the step's own text with the
 * personal link, the anonymity promise and the expiry below), in one transaction. Nothing when the
 * person already has an invitation to that survey, the survey is not open, or there is no address:
 * `none` says why, for the delivery's record.
 */
export async function inviteByJourney(ctx: AppContext, d: JourneyDelivery, text: StepText): Promise<{ sent: Sent } | { none: string }> {
  const now = ctx.clock.now();
  const today = localDate(now, await orgTimeZone(ctx.db, d.org_id));
  return ctx.db.transaction(async (tx) => {
    const surveyId = d.survey_id ?? (await ensureTemplateSurvey(tx, ctx.clock, d.org_id, stepSurveyTemplate(d)));
    const survey = await loadSendableSurvey(tx, d.org_id, surveyId);
    if (!survey || !acceptsAnswers(survey, now)) return { none: 'The survey of this step is not open.' };
    const [earlier] = await tx.query<{ delivery_id: string | null; language: UiLanguage }>(
      `select delivery_id, language from survey_invitations where survey_id = $1 and person_id = $2`,
      [survey.id, d.person_id],
    );
    // This delivery's own invitation: a worker stopped after writing it (its mail is in the outbox).
    if (earlier?.delivery_id === d.id)
      return {
        sent: { invitationId: '', lang: earlier.language, subject: '', redacted: '(The invitation was written to the outbox earlier.)' },
      };
    const already = { none: `${d.first_name} already has an invitation to this survey.` };
    if (earlier) return already;
    const invitee = await loadInvitee(tx, d.org_id, d.person_id, today, d.default_language);
    if (!invitee) return { none: 'This person has no email address.' };
    const write: MailWriter = (lang, f) => {
      const msg = text(lang, f.link);
      return journeyInvitationMail(lang, msg.subject, msg.body, f);
    };
    const sent = await inviteOne(ctx, tx, survey, invitee, { deliveryId: d.id, write });
    return sent ? { sent } : already;
  });
}
