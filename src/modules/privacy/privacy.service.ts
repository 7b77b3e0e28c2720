/**
 * A person's own data: everything Embassy holds about them as one JSON document, and erasure of all
 * they chose to give (ambassadorship, stories, photos, posts, personal moments, preferences) with
 * the revocation of their calendar feed (its secret address stops working at once). The
 * directory record itself is HR's to keep for the legal periods (Belgian social documents: 5 years
 * after the contract ends) and to delete. Both work for an account without a directory entry: its
 * export is the account, and only its calendar feed can be erased.
 */
import type { AppContext } from '../../platform/context.ts';
import { audit } from '../../platform/audit.ts';
import { commitChange } from '../../platform/change.ts';
import { unauthorized } from '../../platform/errors.ts';
import type { Actor } from '../../platform/policy.ts';
import type { MyDataRows } from './privacy.presenters.ts';
import * as repo from './privacy.repo.ts';
import { ERASED_KINDS, type ErasedKind } from './privacy.schemas.ts';
import { eraseWithin as eraseAlumni, exportRow as alumniExportRow } from '../community/alumni.service.ts';

export async function exportMine(ctx: AppContext, actor: Actor): Promise<MyDataRows> {
  const account = await repo.getAccount(ctx.db, actor.orgId, actor.userId);
  if (!account) throw unauthorized();
  const pid = actor.personId;
  const about = <T>(f: (db: typeof ctx.db, orgId: string, personId: string) => Promise<T[]>) =>
    pid ? f(ctx.db, actor.orgId, pid) : Promise.resolve([] as T[]);
  const person = pid ? await repo.getPerson(ctx.db, actor.orgId, pid) : undefined;
  // An invitation to any of their addresses is theirs (as in their calendar feed).
  const emails = [...new Set([account.email, person?.work_email, person?.personal_email].filter((e): e is string => !!e))];
  const rows: MyDataRows = {
    exportedAt: ctx.clock.now(),
    account,
    person,
    ambassador: pid ? await repo.getAmbassador(ctx.db, actor.orgId, pid) : undefined,
    invitations: await about(repo.listInvitations),
    stories: await about(repo.listStories),
    images: await about(repo.listImages),
    recognitions: await about(repo.listRecognitions),
    posts: await about(repo.listPosts),
    questions: await about(repo.listQuestions),
    trainings: await about(repo.listTrainings),
    preferences: pid ? await repo.getPreferences(ctx.db, actor.orgId, pid) : undefined,
    personalMoments: await about(repo.listPersonalMoments),
    deliveries: await about(repo.listDeliveries),
    tasks: await about(repo.listTasks),
    buddies: await about(repo.listBuddies),
    alumniInterest: pid ? await repo.getAlumniInterest(ctx.db, actor.orgId, pid) : undefined,
    alumni: pid ? await alumniExportRow(ctx, actor.orgId, pid) : undefined,
    signIns: await repo.listSignIns(ctx.db, actor.orgId, actor.userId),
    calendarFeed: await repo.getCalendarFeed(ctx.db, actor.orgId, actor.userId),
    calendarInvitations: await repo.listCalendarInvitations(ctx.db, actor.orgId, pid, emails),
  };
  await audit(ctx.db, ctx.clock, {
    orgId: actor.orgId,
    actorUserId: actor.userId || null,
    actorLabel: actor.label,
    action: 'privacy.export',
  });
  return rows;
}

const NOTHING = Object.fromEntries(ERASED_KINDS.map((k) => [k, 0])) as Record<ErasedKind, number>;

/**
 * Erases everything the person chose to give and revokes the account's calendar feed; returns what
 * was removed, by kind (without a directory entry only the feed can go).
 */
export async function eraseOptional(ctx: AppContext, actor: Actor): Promise<Record<ErasedKind, number>> {
  const personId = actor.personId;
  if (!personId && !actor.userId) return { ...NOTHING };
  return commitChange(
    ctx,
    actor,
    (removed: Record<ErasedKind, number>) => ({ action: 'privacy.erase_optional', details: removed, publicChange: true }),
    async (tx) => ({
      ...NOTHING,
      ...(personId ? await repo.eraseOptional(tx, actor.orgId, personId) : {}),
      // The alumni row goes and the alumni account is disabled (also when it is the one erasing).
      alumni: personId ? await eraseAlumni(ctx, tx, actor.orgId, personId) : 0,
      calendarFeed: actor.userId ? await repo.revokeCalendarFeed(tx, actor.orgId, actor.userId, ctx.clock.now()) : 0,
    }),
  );
}
