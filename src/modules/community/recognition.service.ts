/**
 * Thanking ambassadors. Colleagues and coordinators leave a note (optionally shown to the whole
 * company); the platform notices milestones (a first story, each year as ambassador) once each.
 */
import type { Queryable } from '../../db/db.ts';
import type { Clock } from '../../platform/clock.ts';
import type { AppContext } from '../../platform/context.ts';
import { notFound, unprocessable } from '../../platform/errors.ts';
import { authorize, type Actor } from '../../platform/policy.ts';
import * as repo from './recognition.repo.ts';

export type { RecognitionRow } from './recognition.repo.ts';
export type Milestone = 'first-story' | `year-${number}`;

const MILESTONE_NOTES: Record<string, string> = {
  'first-story': 'Published a first story. Thank you for sharing it!',
};

/** Records a milestone once; a second call for the same one does nothing. Runs in the caller's transaction. */
export async function noticeMilestone(q: Queryable, clock: Clock, orgId: string, personId: string, milestone: Milestone) {
  const years = /^year-(\d+)$/.exec(milestone)?.[1];
  const note = MILESTONE_NOTES[milestone] ?? `${years} year${years === '1' ? '' : 's'} as an ambassador. Thank you!`;
  await repo.insertMilestone(q, orgId, personId, note, milestone, clock.now());
}

/** Notices the yearly anniversaries an ambassador has reached (cheap, idempotent, run on view). */
async function noticeAnniversaries(ctx: AppContext, orgId: string, personId: string) {
  const joinedAt = await repo.activeSince(ctx.db, orgId, personId);
  if (!joinedAt) return;
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
  const target = await repo.findRecipient(ctx.db, actor.orgId, id, actor.personId);
  if (!target?.active) throw notFound('Ambassador');
  if (actor.personId === target.person_id)
    throw unprocessable(
      'You cannot thank yourself.',
      [{ path: 'personId', message: 'Thank a colleague instead.' }],
      'cannot-thank-yourself',
    );
  return repo.insertThanks(ctx.db, {
    orgId: actor.orgId,
    personId: target.person_id,
    fromUserId: actor.userId || null,
    fromLabel: actor.label,
    note: input.note,
    companyWide: input.companyWide,
    now: ctx.clock.now(),
  });
}

/** The actor's own thanks and milestones; the anniversaries reached since the last look are noticed first. */
export async function mine(ctx: AppContext, actor: Actor) {
  if (!actor.personId) return [];
  await noticeAnniversaries(ctx, actor.orgId, actor.personId);
  return repo.listForPerson(ctx.db, actor.orgId, actor.personId);
}

/** Thanks shown to the whole company, of ambassadors who are still ambassadors. */
export async function companyWide(ctx: AppContext, actor: Actor, limit = 50) {
  authorize(actor, 'people.read');
  return repo.listCompanyWide(ctx.db, actor.orgId, limit);
}
