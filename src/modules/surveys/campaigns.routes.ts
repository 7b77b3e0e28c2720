/** HTTP in and out for campaigns: HR sends an open survey to a segment, after seeing how many it reaches. */
import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http.ts';
import { createRouter, errorResponses as errors, IdParam, json, jsonBody, security, z } from '../../platform/openapi.ts';
import { SENIORITY_BANDS } from './segments.ts';
import * as campaigns from './campaigns.ts';

const tags = ['Surveys'];
const values = (item: z.ZodString, what: string) =>
  z
    .array(item)
    .max(500)
    .optional()
    .openapi({ description: `${what}: any of these (left out or empty: everyone)` });

const Segment = z
  .strictObject({
    departments: values(z.string().max(200), 'Departments'),
    siteIds: z.array(z.string().uuid()).max(500).optional().openapi({ description: 'Sites: any of these (left out or empty: everyone)' }),
    regions: z
      .array(z.enum(['flanders', 'brussels', 'wallonia', 'abroad']))
      .max(4)
      .optional()
      .openapi({ description: "Regions of people's sites" }),
    languages: z
      .array(z.enum(['nl', 'fr', 'en']))
      .max(3)
      .optional()
      .openapi({ description: 'The language people get their mail in' }),
    seniority: z
      .array(z.enum(SENIORITY_BANDS as [string, ...string[]]))
      .max(5)
      .optional()
      .openapi({ description: 'Seniority bands on the day of sending' }),
    startCohorts: z
      .array(z.string().regex(/^\d{4}-Q[1-4]$/, 'Use YYYY-Qn, e.g. 2026-Q1.'))
      .max(200)
      .optional()
      .openapi({ description: 'Quarters people started in (YYYY-Qn)' }),
  })
  .openapi('CampaignSegment', { description: 'Who a campaign is sent to: every field narrows (AND), values within a field widen (OR)' });

const CampaignBody = z.strictObject({ segment: Segment });
const list = z.array(z.string()).optional();
/** A segment as it was sent: only the fields that narrowed. */
const SegmentOut = z
  .object({ departments: list, siteIds: list, regions: list, languages: list, seniority: list, startCohorts: list })
  .openapi('CampaignSegmentSent');

const Campaign = z
  .object({
    id: z.string(),
    surveyId: z.string(),
    segment: SegmentOut,
    invited: z.number().int().openapi({ description: 'People invited by this campaign' }),
    createdAt: z.string(),
  })
  .openapi('SurveyCampaign');

const present = (c: campaigns.CampaignRow) => ({
  id: c.id,
  surveyId: c.survey_id,
  segment: c.segment,
  invited: c.invited,
  createdAt: new Date(c.created_at).toISOString(),
});

export function campaignsRoutes(ctx: AppContext) {
  const r = createRouter();

  r.openapi(
    createRoute({
      operationId: 'previewSurveyCampaign',
      method: 'post',
      path: '/surveys/{id}/campaigns/preview',
      tags,
      summary: 'How many people a campaign to this segment would invite now (HR); sends nothing',
      security,
      request: { params: IdParam, body: jsonBody(CampaignBody) },
      responses: {
        200: json(
          z.object({
            invitees: z.number().int().openapi({ description: 'Current people with an address in the segment, not yet invited' }),
            alreadyInvited: z
              .number()
              .int()
              .openapi({ description: 'People in the segment who already have an invitation to this survey' }),
          }),
        ),
        ...errors,
      },
    }),
    async (c) => c.json(await campaigns.previewCampaign(ctx, actorOf(c), c.req.valid('param').id, c.req.valid('json').segment), 200),
  );

  r.openapi(
    createRoute({
      operationId: 'sendSurveyCampaign',
      method: 'post',
      path: '/surveys/{id}/campaigns',
      tags,
      summary: 'Send an open survey to everyone in a segment not yet invited to it (HR)',
      description:
        'Each person gets a personal link by mail, in their language; their segment attributes are copied onto the invitation now. Sending again invites only people who were not invited yet.',
      security,
      request: { params: IdParam, body: jsonBody(CampaignBody) },
      responses: {
        201: json(Campaign.extend({ alreadyInvited: z.number().int().openapi({ description: 'In the segment, invited before' }) })),
        ...errors,
      },
    }),
    async (c) => {
      const out = await campaigns.sendCampaign(ctx, actorOf(c), c.req.valid('param').id, c.req.valid('json').segment);
      return c.json({ ...present(out), alreadyInvited: out.alreadyInvited }, 201);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'listSurveyCampaigns',
      method: 'get',
      path: '/surveys/{id}/campaigns',
      tags,
      summary: "A survey's campaigns, newest first (HR)",
      security,
      request: { params: IdParam },
      responses: { 200: json(z.object({ items: z.array(Campaign) })), ...errors },
    }),
    async (c) => c.json({ items: (await campaigns.listCampaigns(ctx, actorOf(c), c.req.valid('param').id)).map(present) }, 200),
  );
  return r;
}
