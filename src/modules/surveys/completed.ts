/**
 * The `survey.completed` webhook event: totals only (invited, and the number who answered only from
 * the survey's reporting minimum, as HR's list shows it), once per closing. A survey closes when HR
 * closes it (surveys.service.ts emits in that transaction) or when its closing time passes, which
 * changes no row: the worker's pass below reports those, once, in a transaction per survey.
 */
import type { Queryable } from '../../db/db.ts';
import type { AppContext } from '../../platform/context.ts';
import { emitEvent } from '../../platform/events.ts';

/** Surveys whose closing time passed longer ago than this are not reported late (an endpoint added later gets no backlog). */
const CATCH_UP_MS = 2 * 24 * 3600 * 1000;

export function completedData(s: { id: string; kind: string; invited: number; answered: number; min_group: number }) {
  return { surveyId: s.id, kind: s.kind, invited: s.invited, responses: s.answered >= s.min_group ? s.answered : null };
}

/** Whether a survey.completed event for this survey was written since `since`. */
export async function reportedSince(q: Queryable, orgId: string, surveyId: string, since: Date): Promise<boolean> {
  const rows = await q.query(
    `select 1 from webhook_messages
      where org_id = $1 and event_type = 'survey.completed' and created_at >= $3 and payload->'data'->>'surveyId' = $2 limit 1`,
    [orgId, surveyId, since],
  );
  return rows.length > 0;
}

/** Reports open surveys whose closing time has passed, where an endpoint wants them; how many it reported. */
export async function emitSurveysClosedByDate(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  const due = await ctx.db.query<{ id: string; org_id: string }>(
    `select s.id, s.org_id from surveys s
      where s.status = 'open' and s.closes_at <= $1 and s.closes_at > $2
        and exists (select 1 from webhook_endpoints e where e.org_id = s.org_id and e.enabled
                     and (e.event_types = '{}' or 'survey.completed' = any(e.event_types)))
        and not exists (select 1 from webhook_messages m where m.org_id = s.org_id and m.event_type = 'survey.completed'
                         and m.created_at >= s.closes_at and m.payload->'data'->>'surveyId' = s.id::text)
      limit 100`,
    [now, new Date(now.getTime() - CATCH_UP_MS)],
  );
  let reported = 0;
  for (const { id, org_id } of due) {
    const done = await ctx.db.transaction(async (tx) => {
      // One worker per survey: another that sees it locked leaves it; one that comes after sees the message.
      const [s] = await tx.query<{ id: string; kind: string; min_group: number; closes_at: Date; invited: number; answered: number }>(
        `select s.id, s.kind, s.min_group, s.closes_at,
                (select count(*)::int from survey_invitations i where i.survey_id = s.id) as invited,
                (select count(*)::int from survey_invitations i where i.survey_id = s.id and i.answered_on is not null) as answered
           from surveys s where s.org_id = $1 and s.id = $2 and s.status = 'open' and s.closes_at <= $3
           for update of s skip locked`,
        [org_id, id, now],
      );
      if (!s || (await reportedSince(tx, org_id, id, s.closes_at))) return false;
      await emitEvent(tx, now, org_id, 'survey.completed', completedData(s));
      return true;
    });
    if (done) reported++;
  }
  return reported;
}
