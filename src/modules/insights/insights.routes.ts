import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../platform/context.ts';
import { orgToday } from '../../platform/org-time.ts';
import { actorOf } from '../../platform/http.ts';
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

export function insightsRoutes(ctx: AppContext) {
  const r = createRouter();
  r.openapi(
    createRoute({
      operationId: 'getImpact',
      method: 'get',
      path: '/insights/impact',
      tags: ['Insights'],
      summary: 'Impact of the program per week, by department and by region (coordinators)',
      security,
      request: { query: z.strictObject({ from: IsoDate.optional(), to: IsoDate.optional() }) },
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
    async (c) => {
      const q = c.req.valid('query');
      const to = q.to ?? (await orgToday(ctx, actorOf(c).orgId));
      const from = q.from ?? new Date(Date.parse(to) - 12 * 7 * 86400_000).toISOString().slice(0, 10);
      return c.json(await service.impact(ctx, actorOf(c), { from, to }), 200);
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
