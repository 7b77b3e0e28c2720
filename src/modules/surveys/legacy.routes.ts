/**
 * /surveys/<delivery id>: the survey links journeys mailed before surveys had personal links. Public
 * pages without a session, like the unsubscribe ones. GET explains and changes nothing (mail
 * scanners follow links); POST mails the person of that delivery a fresh personal link: a new
 * invitation when they have none to the step's survey, a new token for one not yet answered. At most
 * once per 10 minutes per delivery. Only a UUID matches: /surveys/new and the like stay the web app's.
 */
import { Hono, type Context } from 'hono';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { HonoEnv } from '../../platform/http.ts';
import { isUiLanguage, personMailLanguageSql } from '../../platform/language.ts';
import { consume } from '../../platform/rate-limit.ts';
import { orgToday } from '../../platform/org-time.ts';
import { freshLinkMail } from './invitations.mails.ts';
import {
  acceptsAnswers,
  invitationLanguage,
  inviteOne,
  loadInvitee,
  loadSendableSurvey,
  renewLink,
  stepSurveyTemplate,
  type Sent,
} from './invitations.ts';
import { replacedPage, requestedPage, unknownPage, waitPage, type LegacyView } from './legacy.pages.ts';
import { ensureTemplateSurvey } from './surveys.service.ts';

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
/** One fresh link per delivery per this many seconds. */
export const FRESH_LINK_WINDOW_SECONDS = 600;

interface LegacyDelivery {
  id: string;
  org_id: string;
  person_id: string;
  anchor: string;
  survey_id: string | null;
  survey_template: string | null;
  language: string | null;
  region: string | null;
  org_name: string;
  brand_colour: string | null;
  default_language: string;
}

/** A journey delivery of a survey step, or undefined. */
async function findDelivery(ctx: AppContext, id: string): Promise<LegacyDelivery | undefined> {
  const [row] = await ctx.db.query<LegacyDelivery>(
    `select d.id, d.org_id, d.person_id, st.anchor, st.survey_id, st.survey_template, ${personMailLanguageSql('p')} as language,
            s.region, o.name as org_name, o.brand_colour, o.default_language
       from deliveries d
       join journey_steps st on st.id = d.step_id
       join people p on p.id = d.person_id
       join organisations o on o.id = d.org_id
       left join sites s on s.id = p.site_id
      where d.id = $1 and st.kind = 'survey_invitation'`,
    [id],
  );
  return row;
}

/**
 * Mails the person of `d` a fresh personal link to the step's survey, when one can be made (the
 * survey is open, not answered yet, an address known); null otherwise. One transaction.
 */
export async function mailFreshLink(ctx: AppContext, d: LegacyDelivery): Promise<Sent | null> {
  const today = await orgToday(ctx, d.org_id);
  return ctx.db.transaction(async (tx) => {
    const surveyId = d.survey_id ?? (await ensureTemplateSurvey(tx, ctx.clock, d.org_id, stepSurveyTemplate(d)));
    const survey = await loadSendableSurvey(tx, d.org_id, surveyId);
    if (!survey || !acceptsAnswers(survey, ctx.clock.now())) return null;
    const invitee = await loadInvitee(tx, d.org_id, d.person_id, today, d.default_language);
    if (!invitee) return null;
    const [existing] = await tx.query<{ id: string }>(
      `select id from survey_invitations where survey_id = $1 and person_id = $2 for update`,
      [survey.id, d.person_id],
    );
    if (existing) return renewLink(ctx, tx, survey, existing.id, invitee, freshLinkMail, 'survey_invitation');
    // The delivery's own invitation when it has none yet (delivery_id is unique: else unlinked).
    const [linked] = await tx.query(`select 1 from survey_invitations where delivery_id = $1`, [d.id]);
    return inviteOne(ctx, tx, survey, invitee, { deliveryId: linked ? undefined : d.id, write: freshLinkMail });
  });
}

export function legacySurveyRoutes(ctx: AppContext) {
  const app = new Hono<HonoEnv>();
  const headers = (c: Context<HonoEnv>) => {
    c.header('cache-control', 'no-store');
    c.header('referrer-policy', 'no-referrer');
    c.header('x-robots-tag', 'noindex');
  };
  const view = (c: Context<HonoEnv>, d: LegacyDelivery): LegacyView => {
    const asked = c.req.query('lang');
    return {
      lang: isUiLanguage(asked) ? asked : invitationLanguage(d.language, d.region, d.default_language),
      orgName: d.org_name,
      brandColour: d.brand_colour,
      path: `/surveys/${d.id}`,
    };
  };

  app.get(`/surveys/:id{${UUID}}`, async (c) => {
    headers(c);
    const d = await findDelivery(ctx, c.req.param('id').toLowerCase());
    if (!d) return c.html(unknownPage(), 404);
    return c.html(replacedPage(view(c, d)), 200);
  });

  app.post(`/surveys/:id{${UUID}}`, async (c) => {
    headers(c);
    const d = await findDelivery(ctx, c.req.param('id').toLowerCase());
    if (!d) return c.html(unknownPage(), 404);
    const v = view(c, d);
    try {
      await consume(ctx.db, ctx.clock, { key: `survey-fresh-link:${d.id}`, max: 1, windowSeconds: FRESH_LINK_WINDOW_SECONDS });
    } catch (err) {
      if (!(err instanceof AppError) || err.status !== 429) throw err;
      const retryAfter = Number(err.headers?.['Retry-After'] ?? FRESH_LINK_WINDOW_SECONDS);
      c.header('retry-after', String(retryAfter));
      return c.html(waitPage(v, retryAfter), 429);
    }
    const sent = await mailFreshLink(ctx, d);
    ctx.log.info('fresh survey link asked for', { delivery: d.id, sent: sent !== null });
    return c.html(requestedPage(v), 200);
  });
  return app;
}
