import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppContext } from '../../platform/context.ts';
import { viewerLanguage } from '../../platform/language.ts';
import { orgToday } from '../../platform/org-time.ts';
import { actorOf, type HonoEnv } from '../../platform/http.ts';
import { createRouter, errorResponses as errors, IsoDate, json, security, z } from '../../platform/openapi.ts';
import * as service from './insights.service.ts';

const SegmentOut = z.object({
  value: z.string(),
  workforce: z.number(),
  ambassadors: z.number(),
  workforceShare: z.number(),
  ambassadorShare: z.number(),
  ratio: z.number().nullable(),
  underRepresented: z.boolean(),
});
/** One week (starting on Monday) of the impact series. */
const Week = z.object({
  week: z.string(),
  views: z.number(),
  clicks: z.number(),
  questions: z.number(),
  answered: z.number(),
  posts: z.number(),
  positive: z.number(),
  neutral: z.number(),
  negative: z.number(),
  stories: z.number(),
  newAmbassadors: z.number(),
});
const Breakdown = z.array(
  z.object({
    key: z.string().nullable(),
    ambassadors: z.number(),
    stories: z.number(),
    views: z.number(),
    clicks: z.number(),
    questions: z.number(),
    posts: z.number(),
  }),
);

/** One week (starting on Monday, local) of the community's figures; the rolling ones are taken on asOf. */
const CommunityWeek = z
  .object({
    week: IsoDate,
    asOf: IsoDate.openapi({ description: "The day the rolling figures are taken on: the week's Sunday, or the end of the range." }),
    posts: z.number().int(),
    comments: z.number().int(),
    reactions: z.number().int(),
    participants: z
      .number()
      .int()
      .openapi({ description: 'Distinct people who posted, commented, reacted, signed up for or attended an event that week.' }),
    ambassadors: z.number().int().openapi({ description: 'Ambassadors at the end of asOf.' }),
    activeAmbassadors: z.number().int().openapi({ description: 'Of them, active in the community in the 90 days ending on asOf.' }),
    activePercent: z.number(),
    alumni: z.number().int(),
    activeAlumni: z.number().int(),
    newAlumni: z.number().int(),
    alumniLeft: z.number().int(),
  })
  .openapi('CommunityImpactWeek');
const CommunityImpact = z
  .object({
    range: z.object({ from: IsoDate, to: IsoDate }),
    activeWindowDays: z.number().int(),
    totals: z.object({
      posts: z.number().int(),
      comments: z.number().int(),
      reactions: z.number().int(),
      participants: z.number().int(),
      events: z.number().int(),
      signups: z.number().int().openapi({ description: 'Confirmed and waiting sign-ups for the events of the range.' }),
      attended: z.number().int(),
    }),
    active: z.object({ ambassadors: z.number().int(), active: z.number().int(), share: z.number().nullable() }),
    alumni: z.object({
      current: z.number().int().openapi({ description: 'Alumni ambassadors in the program at the end of the range.' }),
      left: z.number().int().openapi({ description: 'Alumni who had left the alumni program by the end of the range.' }),
      chosenInRange: z.number().int(),
      leftInRange: z.number().int(),
      active: z.number().int().openapi({ description: 'Alumni active in the 90 days ending on to: community, a story, or an answer.' }),
      share: z.number().nullable(),
    }),
    weekly: z.array(CommunityWeek),
    events: z.array(
      z.object({
        id: z.string().uuid(),
        title: z.string().openapi({ description: "In the reader's language, else the organisation's default, else any." }),
        kind: z.enum(['job-fair', 'campus-day', 'meetup', 'online']),
        status: z.enum(['scheduled', 'cancelled']),
        date: IsoDate,
        startsAt: z.string(),
        capacity: z.number().int().nullable().openapi({ description: 'Places of the event and its roles together; null: no limit.' }),
        confirmed: z.number().int(),
        waiting: z.number().int(),
        cancelled: z.number().int(),
        attended: z.number().int(),
        absent: z.number().int(),
        posts: z.number().int().openapi({ description: "Posts in the event's feed." }),
      }),
    ),
  })
  .openapi('CommunityImpact');

const RangeQuery = z.strictObject({ from: IsoDate.optional(), to: IsoDate.optional() });

export function insightsRoutes(ctx: AppContext) {
  const r = createRouter();
  /** The range of a dashboard: to defaults to today where the organisation is, from to twelve weeks before it. */
  const rangeOf = async (c: Context<HonoEnv>, q: { from?: string; to?: string }) => {
    const to = q.to ?? (await orgToday(ctx, actorOf(c).orgId));
    const from = q.from ?? new Date(Date.parse(to) - 12 * 7 * 86400_000).toISOString().slice(0, 10);
    return { from, to };
  };
  r.openapi(
    createRoute({
      operationId: 'getImpact',
      method: 'get',
      path: '/insights/impact',
      tags: ['Insights'],
      summary: 'Impact of the program per week, by department and by region (coordinators)',
      security,
      request: { query: RangeQuery },
      responses: {
        200: json(
          z.object({
            range: z.object({ from: z.string(), to: z.string() }),
            totals: z.record(z.string(), z.number()),
            weekly: z.array(Week),
            byDepartment: Breakdown,
            byRegion: Breakdown,
          }),
        ),
        ...errors,
      },
    }),
    async (c) => c.json(await service.impact(ctx, actorOf(c), await rangeOf(c, c.req.valid('query'))), 200),
  );
  r.openapi(
    createRoute({
      operationId: 'getCommunityImpact',
      method: 'get',
      path: '/insights/community',
      tags: ['Insights'],
      summary:
        "The community's impact (coordinators): posts, comments, reactions and participants per week, ambassadors active in the last 90 days, alumni, participation per event; counts only",
      security,
      request: { query: RangeQuery },
      responses: { 200: json(CommunityImpact), ...errors },
    }),
    async (c) => {
      const actor = actorOf(c);
      const range = await rangeOf(c, c.req.valid('query'));
      return c.json(
        await service.communityImpact(ctx, actor, range, await viewerLanguage(ctx.db, actor, c.req.header('accept-language'))),
        200,
      );
    },
  );
  r.openapi(
    createRoute({
      operationId: 'getDiversity',
      method: 'get',
      path: '/insights/diversity',
      tags: ['Insights'],
      summary: 'Ambassadors against the workforce by department, site, region, seniority, language and new hires (coordinators)',
      security,
      responses: {
        200: json(
          z.object({
            today: z.string(),
            workforce: z.number(),
            ambassadors: z.number(),
            segments: z.record(z.string(), z.array(SegmentOut)),
            maybeLater: z.array(
              z.object({
                personId: z.string(),
                firstName: z.string(),
                lastName: z.string(),
                jobTitle: z.string().nullable(),
                segments: z.array(z.object({ dimension: z.string(), value: z.string() })),
              }),
            ),
          }),
        ),
        ...errors,
      },
    }),
    async (c) => c.json(await service.diversity(ctx, actorOf(c)), 200),
  );
  return r;
}
