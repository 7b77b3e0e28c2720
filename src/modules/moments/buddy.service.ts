/** Buddies in the organisation: suggestions, confirmation by HR or the manager, volunteering. */
import type { Queryable } from '../../db/db.ts';
import type { AppContext } from '../../platform/context.ts';
import { audit } from '../../platform/audit.ts';
import { localDate } from '../../platform/clock.ts';
import { conflict, forbidden, notFound, unprocessable } from '../../platform/errors.ts';
import { requirePerson, type Actor } from '../../platform/policy.ts';
import { canSeeMomentsOf, looksAfter, personRef } from '../people/people.service.ts';
import { assertInOrg } from '../../platform/tenancy.ts';
import { BuddyIndex, isNewcomer, NEWCOMER_MONTHS, newcomerUntil } from './buddy.ts';
import * as repo from './buddy.repo.ts';

/** Loads everyone once; one index serves any number of newcomers. */
export async function buddyIndex(ctx: AppContext, orgId: string): Promise<BuddyIndex> {
  const org = await repo.buddySettings(ctx.db, orgId);
  const people = await repo.candidates(ctx.db, orgId);
  return new BuddyIndex(people, localDate(ctx.clock.now(), org.time_zone), org.buddy_cap);
}

/** Whether the person is a newcomer today (buddy.ts: isNewcomer), in the organisation's time zone. */
async function newcomerStatus(ctx: AppContext, q: Queryable, orgId: string, personId: string) {
  const org = await repo.buddySettings(q, orgId);
  const start = (await repo.startDate(q, orgId, personId))?.start_date ?? null;
  const today = localDate(ctx.clock.now(), org.time_zone);
  return { newcomer: isNewcomer(start, today), newcomerUntil: newcomerUntil(start), startDate: start };
}

/** people.policy: the newcomer's moments are invisible (404) to colleagues; the newcomer sees them but HR or the manager chooses (403). */
async function assertManagesNewcomer(ctx: AppContext, actor: Actor, newcomerId: string) {
  const p = await personRef(ctx, actor.orgId, newcomerId);
  if (!p || !canSeeMomentsOf(actor, p)) throw notFound('Person');
  if (!looksAfter(actor, p)) throw forbidden("Only HR or the newcomer's manager chooses a buddy.");
}

export async function suggestions(ctx: AppContext, actor: Actor, newcomerId: string) {
  await assertManagesNewcomer(ctx, actor, newcomerId);
  const status = await newcomerStatus(ctx, ctx.db, actor.orgId, newcomerId);
  const current = await repo.currentBuddy(ctx.db, actor.orgId, newcomerId);
  // Someone who started long ago gets no suggestions; a buddy still on record shows, to be ended.
  const suggestions = status.newcomer ? (await buddyIndex(ctx, actor.orgId)).suggest(newcomerId, 8) : [];
  return {
    newcomer: status.newcomer,
    newcomerUntil: status.newcomerUntil,
    current: current ? { personId: current.buddy_person_id, name: current.name } : null,
    suggestions,
  };
}

/** HR or the manager confirms a buddy; the buddy introduction steps then use them. */
export async function assign(ctx: AppContext, actor: Actor, newcomerId: string, buddyId: string | null) {
  await assertManagesNewcomer(ctx, actor, newcomerId);
  await ctx.db.transaction(async (tx) => {
    await repo.endAssignment(tx, actor.orgId, newcomerId, ctx.clock.now());
    if (buddyId) {
      if (buddyId === newcomerId)
        throw unprocessable(
          'Choose someone else.',
          [{ path: 'buddyPersonId', message: 'A newcomer cannot be their own buddy.' }],
          'buddy-is-newcomer',
        );
      await assertInOrg(tx, actor.orgId, 'people', 'buddyPersonId', buddyId);
      // Never someone up the newcomer's reporting line.
      if (await repo.isUpTheLine(tx, actor.orgId, newcomerId, buddyId))
        throw unprocessable(
          'Not their manager.',
          [{ path: 'buddyPersonId', message: 'A buddy is never the manager or someone up the reporting line.' }],
          'buddy-in-reporting-line',
        );
      const status = await newcomerStatus(ctx, tx, actor.orgId, newcomerId);
      if (!status.newcomer)
        throw unprocessable(
          'Buddies are for newcomers.',
          [
            {
              path: 'id',
              message: status.startDate
                ? `A buddy is chosen for someone who starts in the future or started less than ${NEWCOMER_MONTHS} months ago (this person started on ${status.startDate}).`
                : 'This person has no start date: add it in the directory first.',
            },
          ],
          'not-a-newcomer',
          { months: NEWCOMER_MONTHS },
        );
      await repo
        .insertAssignment(tx, { orgId: actor.orgId, newcomerId, buddyId, confirmedBy: actor.userId || null, now: ctx.clock.now() })
        .catch((e: { code?: string }) => {
          if (e.code === '23505') throw conflict('This newcomer already has a buddy.', 'already-has-buddy');
          throw e;
        });
    }
    await audit(tx, ctx.clock, {
      orgId: actor.orgId,
      actorUserId: actor.userId || null,
      actorLabel: actor.label,
      action: 'buddies.assign',
      targetType: 'person',
      targetId: newcomerId,
      details: { buddy: buddyId },
    });
  });
  return suggestions(ctx, actor, newcomerId);
}

/** Only the person volunteers (or stops). */
export async function setVolunteer(ctx: AppContext, actor: Actor, volunteer: boolean) {
  const personId = requirePerson(actor);
  await repo.setVolunteer(ctx.db, actor.orgId, personId, volunteer);
}
