/**
 * Milestones of the ambassador lifecycle in the community feed (issue 12, item 4): joining the
 * program, a first story, a first event, each year as ambassador. A milestone is a post of kind
 * 'milestone' in the person's name, without text of its own (each reader sees it in their language
 * from `milestone` and `milestone_key`); colleagues react and comment as on any post.
 *
 * The rules, all checked in the one INSERT that posts (so no caller can skip them):
 * - only while the person agrees (ambassadors.share_milestones, their own choice, off by default) and
 *   only for what happens from their "yes" on (milestones_since): saying yes does not dig up the past;
 * - only while they are an active ambassador (who always takes part in the community) still in the
 *   directory;
 * - once per person and milestone: the unique index community_posts_milestone_once (019) makes a
 *   second sweep, worker or retry a no-op, and "first" ones are also once per person whatever the key;
 * - someone behind the scenes is named as everywhere in the program (first name only, presenters use
 *   ambassadorAsSeenBy), and gets no 'first-event' milestone: an event's participant list names people
 *   in full for coordinators, and the two together would tell who is behind the scenes.
 *
 * Saying no, leaving the program, or going behind the scenes removes the posts concerned at once, with
 * their comments and reactions (deleted, not hidden: the person withdrew, nothing to keep).
 */
import type { Queryable } from '../../db/db.ts';
import { localDate } from '../../platform/clock.ts';
import type { AppContext } from '../../platform/context.ts';

export const MILESTONES = ['joined', 'first-story', 'first-event', 'ambassador-year'] as const;
export type MilestoneKind = (typeof MILESTONES)[number];

/**
 * Posts one milestone if every rule allows it; true when it was posted now. Runs in the caller's
 * transaction (the change that reached the milestone commits with it, or neither does).
 */
async function postMilestone(
  q: Queryable,
  m: { orgId: string; personId: string; milestone: MilestoneKind; key: string | null; eventId?: string | null; now: Date },
): Promise<boolean> {
  const rows = await q.query(
    `insert into community_posts (org_id, author_person_id, kind, milestone, milestone_key, event_id, body, body_html, published_at, updated_at)
     select a.org_id, a.person_id, 'milestone', $3, $4, $5, '', '', $6, $6
       from ambassadors a join people p on p.org_id = a.org_id and p.id = a.person_id
      where a.org_id = $1 and a.person_id = $2 and a.active and p.deprovisioned_at is null
        and a.share_milestones and a.milestones_since <= $6
        and ($3 <> 'first-event' or not a.behind_the_scenes)
        and ($3 not in ('first-story', 'first-event') or not exists (
              select 1 from community_posts x
               where x.org_id = $1 and x.author_person_id = $2 and x.kind = 'milestone' and x.milestone = $3))
     on conflict do nothing returning id`,
    [m.orgId, m.personId, m.milestone, m.key, m.eventId ?? null, m.now],
  );
  return rows.length > 0;
}

/**
 * Serialises the person's "first ..." checks: two stories (or two attendances) committed at once
 * would each count one and both be "the first" otherwise.
 */
async function lockAmbassador(q: Queryable, orgId: string, personId: string) {
  await q.query(`select 1 from ambassadors where org_id = $1 and person_id = $2 for update`, [orgId, personId]);
}

/** Someone joined the program (with their consent given while joining). */
export async function noticeJoined(q: Queryable, now: Date, orgId: string, personId: string): Promise<boolean> {
  return postMilestone(q, { orgId, personId, milestone: 'joined', key: null, now });
}

/** A story was published: the author's first one is a milestone (key: the story's id). */
export async function noticeStoryPublished(q: Queryable, now: Date, orgId: string, personId: string, storyId: string): Promise<boolean> {
  await lockAmbassador(q, orgId, personId);
  const [row] = await q.query<{ n: number }>(`select count(*)::int as n from stories where org_id = $1 and author_person_id = $2`, [
    orgId,
    personId,
  ]);
  if (row.n !== 1) return false;
  return postMilestone(q, { orgId, personId, milestone: 'first-story', key: storyId, now });
}

/**
 * Attendance was recorded: the first event someone attended is a milestone (key: the event's id, and
 * the post is in that event's feed too). Recording "did not come" afterwards takes it back.
 */
export async function noticeAttendance(
  q: Queryable,
  now: Date,
  orgId: string,
  a: { personId: string; eventId: string; attended: boolean },
): Promise<boolean> {
  if (!a.attended) {
    await q.query(
      `delete from community_posts where org_id = $1 and author_person_id = $2 and kind = 'milestone' and milestone = 'first-event'
          and milestone_key = $3`,
      [orgId, a.personId, a.eventId],
    );
    return false;
  }
  await lockAmbassador(q, orgId, a.personId);
  const [row] = await q.query<{ n: number }>(
    `select count(*)::int as n from community_event_signups where org_id = $1 and person_id = $2 and attended`,
    [orgId, a.personId],
  );
  if (row.n !== 1) return false;
  return postMilestone(q, { orgId, personId: a.personId, milestone: 'first-event', key: a.eventId, eventId: a.eventId, now });
}

/** Removes the person's milestones (all, or the kinds given) with their comments and reactions. */
export async function removeMilestones(q: Queryable, orgId: string, personId: string, kinds?: MilestoneKind[]): Promise<number> {
  const rows = await q.query(
    `delete from community_posts where org_id = $1 and author_person_id = $2 and kind = 'milestone'
        and ($3::text[] is null or milestone = any($3::text[]))
     returning id`,
    [orgId, personId, kinds ?? null],
  );
  return rows.length;
}

/**
 * Everything a change of the person's own choices means for their milestones: "no" removes them all;
 * going behind the scenes removes the first-event one (see the file's comment). Runs in the
 * transaction that saves the choice.
 */
export async function choicesChanged(
  q: Queryable,
  orgId: string,
  personId: string,
  c: { shareMilestones: boolean; behindTheScenes: boolean },
): Promise<void> {
  if (!c.shareMilestones) await removeMilestones(q, orgId, personId);
  else if (c.behindTheScenes) await removeMilestones(q, orgId, personId, ['first-event']);
}

/**
 * The anniversaries reached by `day` (yyyy-mm-dd, the organisation's local date) in one
 * organisation, once: the day's claim and its posts commit together, so a second sweep of the same
 * day (another worker, a retry) posts nothing, and a crash mid-way leaves the day to the next pass.
 * Returns how many were posted, or null when the day was already swept.
 *
 * Years are counted on local dates (joined 29 February: the anniversary is 1 March in other years).
 * Only the latest year reached is posted, and only when it fell on or after the day the person said
 * yes; a day the worker missed is caught up on the next day swept.
 */
export async function sweepAnniversaries(ctx: AppContext, orgId: string, day: string): Promise<number | null> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const claimed = await tx.query(
      `insert into community_milestone_sweeps (org_id, day, swept_at, posted) values ($1, $2, $3, 0) on conflict do nothing returning day`,
      [orgId, day, now],
    );
    if (!claimed.length) return null;
    const posted = await tx.query(
      `insert into community_posts (org_id, author_person_id, kind, milestone, milestone_key, body, body_html, published_at, updated_at)
       select a.org_id, a.person_id, 'milestone', 'ambassador-year', y.years::text, '', '', $3, $3
         from ambassadors a
         join people p on p.org_id = a.org_id and p.id = a.person_id
         join organisations o on o.id = a.org_id
         cross join lateral (select (a.joined_at at time zone o.time_zone)::date as joined) j
         cross join lateral (select extract(year from age($2::date, j.joined))::int as years) y
        where a.org_id = $1 and a.active and p.deprovisioned_at is null
          and a.share_milestones and a.milestones_since is not null
          and y.years >= 1
          and (j.joined + make_interval(years => y.years))::date >= (a.milestones_since at time zone o.time_zone)::date
          -- The ambassador row locked: a concurrent "no" (which updates it, then removes the milestones)
          -- either waits for this sweep and removes what it posted, or commits first and this re-reads
          -- share_milestones = false and posts nothing.
          for share of a
       on conflict do nothing returning id`,
      [orgId, day, now],
    );
    await tx.query(`update community_milestone_sweeps set posted = $3 where org_id = $1 and day = $2`, [orgId, day, posted.length]);
    return posted.length;
  });
}

/**
 * The worker's job: every organisation whose local day has begun and has no anniversary sweep yet
 * gets one (organisations where nobody agrees have nothing to sweep). One cheap query when there is
 * nothing to do, so it can run on every worker pass.
 */
export async function sweepDueAnniversaries(ctx: AppContext): Promise<{ orgId: string; day: string; posted: number }[]> {
  const now = ctx.clock.now();
  const due = await ctx.db.query<{ id: string; time_zone: string }>(
    `select o.id, o.time_zone from organisations o
      where exists (select 1 from ambassadors a where a.org_id = o.id and a.active and a.share_milestones)
        and not exists (select 1 from community_milestone_sweeps s
                         where s.org_id = o.id and s.day = ($1::timestamptz at time zone o.time_zone)::date)`,
    [now],
  );
  const out: { orgId: string; day: string; posted: number }[] = [];
  for (const o of due) {
    const day = localDate(now, o.time_zone);
    const posted = await sweepAnniversaries(ctx, o.id, day);
    if (posted !== null) out.push({ orgId: o.id, day, posted });
  }
  return out;
}
