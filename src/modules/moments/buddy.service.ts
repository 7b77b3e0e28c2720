/** Buddies in the organisation: suggestions, confirmation by HR or the manager, volunteering. */
import type { AppContext } from '../../platform/context.ts';
import { audit } from '../../platform/audit.ts';
import { localDate } from '../../platform/clock.ts';
import { conflict, forbidden, notFound, unprocessable } from '../../platform/errors.ts';
import { requirePerson, type Actor } from '../../platform/policy.ts';
import { canSeeMomentsOf, looksAfter, personRef } from '../people/people.service.ts';
import { assertInOrg } from '../../platform/tenancy.ts';
import { BuddyIndex } from './buddy.ts';
import * as repo from './buddy.repo.ts';

/** Loads everyone once; one index serves any number of newcomers. */
export async function buddyIndex(ctx: AppContext, orgId: string): Promise<BuddyIndex> {
  const org = await repo.buddySettings(ctx.db, orgId);
  const people = await repo.candidates(ctx.db, orgId);
  return new BuddyIndex(people, localDate(ctx.clock.now(), org.time_zone), org.buddy_cap);
}

/** people.policy: the newcomer's moments are invisible (404) to colleagues; the newcomer sees them but HR or the manager chooses (403). */
async function assertManagesNewcomer(ctx: AppContext, actor: Actor, newcomerId: string) {
  const p = await personRef(ctx, actor.orgId, newcomerId);
  if (!p || !canSeeMomentsOf(actor, p)) throw notFound('Person');
  if (!looksAfter(actor, p)) throw forbidden("Only HR or the newcomer's manager chooses a buddy.");
}

export async function suggestions(ctx: AppContext, actor: Actor, newcomerId: string) {
  await assertManagesNewcomer(ctx, actor, newcomerId);
  const index = await buddyIndex(ctx, actor.orgId);
  const current = await repo.currentBuddy(ctx.db, actor.orgId, newcomerId);
  return { current: current ? { personId: current.buddy_person_id, name: current.name } : null, suggestions: index.suggest(newcomerId, 8) };
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
