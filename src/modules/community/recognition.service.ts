/**
 * Thanking ambassadors. Colleagues and coordinators leave a note (optionally shown to the whole
 * company); the platform notices milestones (a first story, each year as ambassador) once each.
 */
import type { Queryable } from '../../db/db.ts';
import type { Clock } from '../../platform/clock.ts';
import type { AppContext } from '../../platform/context.ts';
import { notFound, unprocessable } from '../../platform/errors.ts';
import { authorize, type Actor } from '../../platform/policy.ts';

export type Milestone = 'first-story' | `year-${number}`;

const MILESTONE_NOTES: Record<string, string> = {
  'first-story': 'Published a first story. Thank you for sharing it!',
};

/** Records a milestone once; a second call for the same one does nothing. */
export async function noticeMilestone(q: Queryable, clock: Clock, orgId: string, personId: string, milestone: Milestone) {
  const years = /^year-(\d+)$/.exec(milestone)?.[1];
  const note = MILESTONE_NOTES[milestone] ?? `${years} year${years === '1' ? '' : 's'} as an ambassador. Thank you!`;
  await q.query(
    `insert into recognitions (org_id, person_id, kind, from_label, note, milestone, created_at)
     values ($1, $2, 'milestone', 'Embassy', $3, $4, $5) on conflict (org_id, person_id, milestone) do nothing`,
    [orgId, personId, note, milestone, clock.now()],
  );
}

/** Notices the yearly anniversaries an ambassador has reached (cheap, idempotent, run on view). */
export async function noticeAnniversaries(ctx: AppContext, orgId: string, personId: string, joinedAt: Date) {
  const years = Math.floor((ctx.clock.now().getTime() - joinedAt.getTime()) / (365.25 * 86400_000));
  for (let y = 1; y <= years; y++) await noticeMilestone(ctx.db, ctx.clock, orgId, personId, `year-${y}`);
}

/**
 * `id` is what the program shows as the ambassador's personId (internalView): their person id, or
 * for someone behind the scenes the ambassadorship's id. Their directory id finds no one here, or a
 * colleague could test who is behind the scenes.
 */
export async function thank(ctx: AppContext, actor: Actor, id: string, input: { note: string; companyWide: boolean }) {
  authorize(actor, 'people.read');
  const [target] = await ctx.db.query<{ person_id: string; active: boolean }>(
    `select a.person_id, a.active from ambassadors a
      where a.org_id = $1 and (a.id = $2 or (a.person_id = $2 and (not a.behind_the_scenes or a.person_id = $3)))`,
    [actor.orgId, id, actor.personId],
  );
  if (!target?.active) throw notFound('Ambassador');
  const personId = target.person_id;
  if (actor.personId === personId) throw unprocessable('You cannot thank yourself.', [{ path: 'personId', message: 'Thank a colleague instead.' }]);
  const [row] = await ctx.db.query<{ id: string }>(
    `insert into recognitions (org_id, person_id, kind, from_user_id, from_label, note, company_wide, created_at)
     values ($1, $2, 'thanks', $3, $4, $5, $6, $7) returning id`,
    [actor.orgId, personId, actor.userId || null, actor.label, input.note, input.companyWide, ctx.clock.now()],
  );
  return row.id;
}

export interface RecognitionRow {
  id: string;
  person_id: string;
  kind: 'thanks' | 'milestone';
  from_label: string;
  from_first_name: string | null;
  from_last_name: string | null;
  note: string;
  milestone: string | null;
  company_wide: boolean;
  created_at: Date;
  first_name: string;
  last_name: string;
  ambassador_id: string | null;
  behind_the_scenes: boolean;
}

const SELECT = `
  select r.id, r.person_id, r.kind, r.from_label, fp.first_name as from_first_name, fp.last_name as from_last_name,
         r.note, r.milestone, r.company_wide, r.created_at, p.first_name, p.last_name,
         am.id as ambassador_id, coalesce(am.behind_the_scenes, false) as behind_the_scenes
    from recognitions r join people p on p.id = r.person_id
    left join ambassadors am on am.org_id = r.org_id and am.person_id = r.person_id
    left join users fu on fu.id = r.from_user_id left join people fp on fp.id = fu.person_id`;

export async function mine(ctx: AppContext, actor: Actor) {
  if (!actor.personId) return [];
  return ctx.db.query<RecognitionRow>(`${SELECT} where r.org_id = $1 and r.person_id = $2 order by r.created_at desc limit 200`, [actor.orgId, actor.personId]);
}

/** Thanks shown to the whole company, of ambassadors who are still ambassadors. */
export async function companyWide(ctx: AppContext, actor: Actor, limit = 50) {
  authorize(actor, 'people.read');
  return ctx.db.query<RecognitionRow>(
    `${SELECT} join ambassadors a on a.org_id = r.org_id and a.person_id = r.person_id and a.active
      where r.org_id = $1 and r.company_wide order by r.created_at desc limit $2`,
    [actor.orgId, limit],
  );
}
