/**
 * Campaigns: HR sends an open survey to a segment of the organisation (departments, sites, regions,
 * languages, seniority bands, start cohorts: AND across fields, OR within one; an empty or absent
 * field does not narrow). Everyone current (started, not left, with an address) in the segment who
 * has no invitation to the survey yet is invited, in one transaction with its audit entry: running
 * the same campaign twice invites nobody new.
 *
 * Set-based for large organisations: one query reads the directory, the manager chains are walked
 * in memory, and invitations and their mails are written BATCH rows per statement (invitations.ts).
 */
import type { Queryable } from '../../db/db.ts';
import { commitChange } from '../../platform/change.ts';
import { localDate } from '../../platform/clock.ts';
import type { AppContext } from '../../platform/context.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import { authorize, type Actor } from '../../platform/policy.ts';
import { assertInOrg } from '../../platform/tenancy.ts';
import { invitationMail } from './invitations.mails.ts';
import {
  acceptsAnswers,
  inviteeColumns,
  inviteMany,
  loadSendableSurvey,
  managerPath,
  toInvitee,
  type Invitee,
  type InviteeRow,
  type SendableSurvey,
} from './invitations.ts';

export interface CampaignSegment {
  departments?: string[];
  siteIds?: string[];
  regions?: string[];
  languages?: string[];
  seniority?: string[];
  startCohorts?: string[];
}

export interface CampaignRow {
  id: string;
  survey_id: string;
  segment: CampaignSegment;
  invited: number;
  created_at: Date;
}

/** Only the fields that narrow, each value once: what is stored and audited. */
export function normaliseSegment(s: CampaignSegment): CampaignSegment {
  const out: CampaignSegment = {};
  for (const k of ['departments', 'siteIds', 'regions', 'languages', 'seniority', 'startCohorts'] as const) {
    const values = [...new Set((s[k] ?? []).map((v) => v.trim()).filter((v) => v !== ''))];
    if (values.length) out[k] = values;
  }
  return out;
}

/** Whether an invitee's copied segment is in the campaign's segment. */
export function inSegment(invitee: Invitee, s: CampaignSegment): boolean {
  const g = invitee.segment;
  const has = (values: string[] | undefined, v: string | null) => !values || (v !== null && values.includes(v));
  return (
    has(s.departments, g.department) &&
    has(s.siteIds, g.siteId) &&
    has(s.regions, g.region) &&
    has(s.languages, g.language) &&
    has(s.seniority, g.seniority) &&
    has(s.startCohorts, g.startCohort)
  );
}

/**
 * The people a campaign of `survey` to `segment` reaches on `today`: current people with an address
 * in the segment, split into those without an invitation yet and those who have one.
 */
async function reach(q: Queryable, survey: SendableSurvey, segment: CampaignSegment, today: string) {
  // The directory fields narrow in SQL; the copied ones (language by the mail rule, seniority and
  // cohort by date) are computed as the invitation would copy them, then matched.
  const rows = await q.query<InviteeRow & { invited: boolean }>(
    `select ${inviteeColumns('$2::date')},
            exists (select 1 from survey_invitations i where i.survey_id = $3 and i.person_id = p.id) as invited
       from people p left join sites s on s.id = p.site_id
      where p.org_id = $1 and (p.start_date is null or p.start_date <= $2::date) and (p.end_date is null or p.end_date >= $2::date)
        and ($4::text[] is null or p.department = any($4)) and ($5::uuid[] is null or p.site_id = any($5))
        and ($6::text[] is null or s.region = any($6))`,
    [survey.org_id, today, survey.id, segment.departments ?? null, segment.siteIds ?? null, segment.regions ?? null],
  );
  const managers = new Map(
    (
      await q.query<{ id: string; manager_id: string }>(`select id, manager_id from people where org_id = $1 and manager_id is not null`, [
        survey.org_id,
      ])
    ).map((r) => [r.id, r.manager_id]),
  );
  const fresh: Invitee[] = [];
  let alreadyInvited = 0;
  for (const row of rows) {
    const invitee = toInvitee(row, today, survey.default_language, row.invited ? [] : managerPath(row.id, (id) => managers.get(id)));
    if (!invitee || !inSegment(invitee, segment)) continue;
    if (row.invited) alreadyInvited++;
    else fresh.push(invitee);
  }
  return { fresh, alreadyInvited };
}

async function sendableSurvey(ctx: AppContext, actor: Actor, surveyId: string, segment?: CampaignSegment) {
  authorize(actor, 'surveys.manage');
  const survey = await loadSendableSurvey(ctx.db, actor.orgId, surveyId);
  if (!survey) throw notFound('Survey');
  // Another organisation's sites would match nobody here; say so rather than send to no one.
  if (segment?.siteIds) await assertInOrg(ctx.db, actor.orgId, 'sites', 'segment.siteIds', segment.siteIds);
  return survey;
}

const today = (ctx: AppContext, survey: SendableSurvey) => localDate(ctx.clock.now(), survey.time_zone);

/** How many a campaign would invite now, and how many in the segment already have an invitation. */
export async function previewCampaign(ctx: AppContext, actor: Actor, surveyId: string, segment: CampaignSegment) {
  const survey = await sendableSurvey(ctx, actor, surveyId, segment);
  const { fresh, alreadyInvited } = await reach(ctx.db, survey, normaliseSegment(segment), today(ctx, survey));
  return { invitees: fresh.length, alreadyInvited };
}

/**
 * Sends `surveyId` (open) to everyone in `segment` not yet invited to it: the campaign row, the
 * invitations with their copied segments and their mails, and the audit entry, in one transaction.
 */
export async function sendCampaign(
  ctx: AppContext,
  actor: Actor,
  surveyId: string,
  segment: CampaignSegment,
): Promise<CampaignRow & { alreadyInvited: number }> {
  const survey = await sendableSurvey(ctx, actor, surveyId, segment);
  if (!acceptsAnswers(survey, ctx.clock.now()))
    throw conflict('Open the survey before sending it (a closed survey takes no answers).', 'survey-not-open');
  const clean = normaliseSegment(segment);
  return commitChange(
    ctx,
    actor,
    (c: CampaignRow & { alreadyInvited: number }) => ({
      action: 'surveys.campaign',
      targetType: 'survey',
      targetId: survey.id,
      details: { campaignId: c.id, segment: clean, invited: c.invited },
    }),
    async (tx) => {
      // One campaign of a survey at a time: a second one waits, then finds everyone invited.
      await tx.query(`select id from surveys where id = $1 for update`, [survey.id]);
      const { fresh, alreadyInvited } = await reach(tx, survey, clean, today(ctx, survey));
      const [campaign] = await tx.query<CampaignRow>(
        `insert into survey_campaigns (org_id, survey_id, segment, created_by, created_at) values ($1, $2, $3, $4, $5)
         returning id, survey_id, segment, invited, created_at`,
        [survey.org_id, survey.id, JSON.stringify(clean), actor.userId || null, ctx.clock.now()],
      );
      const invited = await inviteMany(ctx, tx, survey, fresh, { campaignId: campaign.id, write: invitationMail });
      await tx.query(`update survey_campaigns set invited = $2 where id = $1`, [campaign.id, invited]);
      return { ...campaign, invited, alreadyInvited: alreadyInvited + fresh.length - invited };
    },
  );
}

/** A survey's campaigns, newest first. */
export async function listCampaigns(ctx: AppContext, actor: Actor, surveyId: string): Promise<CampaignRow[]> {
  const survey = await sendableSurvey(ctx, actor, surveyId);
  return ctx.db.query<CampaignRow>(
    `select id, survey_id, segment, invited, created_at from survey_campaigns where org_id = $1 and survey_id = $2 order by created_at desc, id`,
    [actor.orgId, survey.id],
  );
}
