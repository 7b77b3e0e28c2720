/**
 * Joining and leaving, the profile, invitations and the community directory. Ambassadorship is
 * voluntary: only the person joins, changes scope or leaves; a coordinator may only invite.
 */
import type { Queryable } from '../../db/db.ts';
import type { AppContext } from '../../platform/context.ts';
import { commitChange } from '../../platform/change.ts';
import { publicChanged } from '../../platform/changes.ts';
import { conflict, notFound, unprocessable } from '../../platform/errors.ts';
import { emitEvent } from '../../platform/events.ts';
import { enqueueMail } from '../../platform/mail.ts';
import { processImage } from '../../platform/media.ts';
import { authorize, requirePerson, systemActor, type Actor } from '../../platform/policy.ts';
import { personFacts, searchPattern } from '../people/people.service.ts';
import { choicesChanged, noticeJoined, removeMilestones } from '../community/milestones.service.ts';
import { checkScopeChoice, effectiveScope, type Scope } from './ambassadors.policy.ts';
import * as repo from './ambassadors.repo.ts';
import { invitationMail } from './ambassadors.mails.ts';

export const TOPICS = [
  'career-path',
  'selection-procedure',
  'onboarding',
  'internal-mobility',
  'unexpected-jobs',
  'inclusion',
  'life-at-a-site',
  'work-life-balance',
  'learning',
  'technology',
  'customer-contact',
  'leadership',
] as const;

export interface ProfileInput {
  scope: Scope;
  behindTheScenes?: boolean;
  intro?: string;
  topics?: string[];
  languages?: string[];
  links?: { network: string; url: string }[];
  /** Celebrate my milestones in the community: unchanged when omitted, and no when joining without saying. */
  shareMilestones?: boolean;
}

export async function getMine(ctx: AppContext, actor: Actor) {
  const personId = requirePerson(actor);
  const [ambassador, invitation, facts] = await Promise.all([
    repo.getByPerson(ctx.db, actor.orgId, personId),
    repo.latestInvitation(ctx.db, actor.orgId, personId),
    personFacts(ctx, actor.orgId, personId),
  ]);
  return { ambassador, invitation, sensitive: facts?.sensitive ?? false };
}

export async function join(ctx: AppContext, actor: Actor, input: ProfileInput) {
  const personId = requirePerson(actor);
  const facts = await personFacts(ctx, actor.orgId, personId);
  if (!facts) throw notFound('Person');
  const behindTheScenes = input.behindTheScenes ?? false;
  checkScopeChoice(input.scope, { sensitive: facts.sensitive, behindTheScenes });
  const before = await repo.getByPerson(ctx.db, actor.orgId, personId);
  // Someone who left said no by leaving: rejoining asks again (never pre-ticked).
  const shareMilestones = input.shareMilestones ?? (before?.active ? before.share_milestones : false);
  await ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    await repo.upsert(
      tx,
      actor.orgId,
      personId,
      {
        scope: input.scope,
        behindTheScenes,
        intro: input.intro ?? before?.intro ?? '',
        topics: input.topics ?? before?.topics ?? [],
        languages: input.languages ?? before?.languages ?? [],
        links: input.links ?? before?.links ?? [],
      },
      now,
    );
    await repo.setMilestoneConsent(tx, actor.orgId, personId, shareMilestones, now);
    await choicesChanged(tx, actor.orgId, personId, { shareMilestones, behindTheScenes });
    if (!before?.active) {
      // The feed's welcome, only with their yes; the private welcome (mail, banner) is welcome.ts's.
      await noticeJoined(tx, now, actor.orgId, personId);
      await repo.acceptOpenInvitations(tx, actor.orgId, personId, ctx.clock.now());
      // Ids and scope only, also for someone behind the scenes: it goes to the employer's own systems.
      await emitEvent(tx, ctx.clock.now(), actor.orgId, 'ambassador.joined', { personId, scope: input.scope });
    }
    await publicChanged(tx, actor.orgId);
  });
  return (await repo.getByPerson(ctx.db, actor.orgId, personId))!;
}

/** One click, effective at once: gone from every public surface in the same transaction. */
export async function leave(ctx: AppContext, actor: Actor) {
  const personId = requirePerson(actor);
  await ctx.db.transaction(async (tx) => {
    if (!(await leaveWithin(ctx, tx, actor.orgId, personId))) throw notFound('Ambassadorship');
  });
}

/**
 * Ends an active ambassadorship inside the caller's transaction (leaving the program, or an alumnus
 * leaving the alumni program): false when there was none.
 */
export async function leaveWithin(ctx: AppContext, tx: Queryable, orgId: string, personId: string): Promise<boolean> {
  const before = await repo.getByPerson(tx, orgId, personId);
  if (!(await repo.leave(tx, orgId, personId, ctx.clock.now()))) return false;
  // Leaving means leaving: their milestones go from the feed, and a return asks the question again.
  await repo.setMilestoneConsent(tx, orgId, personId, false, ctx.clock.now());
  await removeMilestones(tx, orgId, personId);
  await emitEvent(tx, ctx.clock.now(), orgId, 'ambassador.left', { personId, scope: before?.scope ?? null });
  await publicChanged(tx, orgId);
  return true;
}

/**
 * The ambassadorship of someone who chose to stay on as an alumni ambassador, inside the alumni
 * module's transaction: their profile as it was (or a new, empty one), active, with the scope they
 * chose (internal only, or also the careers pages). The same rules as joining: a sensitive function
 * or "behind the scenes" is never public.
 */
export async function keepForAlumni(ctx: AppContext, tx: Queryable, orgId: string, personId: string, scope: Scope, sensitive: boolean) {
  const before = await repo.getByPerson(tx, orgId, personId);
  const behindTheScenes = before?.active ? before.behind_the_scenes : false;
  checkScopeChoice(scope, { sensitive, behindTheScenes });
  const now = ctx.clock.now();
  await repo.upsert(
    tx,
    orgId,
    personId,
    {
      scope,
      behindTheScenes,
      intro: before?.intro ?? '',
      topics: before?.topics ?? [],
      languages: before?.languages ?? [],
      links: before?.links ?? [],
    },
    now,
  );
  if (!before?.active) await emitEvent(tx, now, orgId, 'ambassador.joined', { personId, scope });
  await publicChanged(tx, orgId);
}

/** The new ambassador closes the welcome at the top of the exchange. */
export async function dismissWelcome(ctx: AppContext, actor: Actor) {
  const personId = requirePerson(actor);
  if (!(await repo.dismissWelcome(ctx.db, actor.orgId, personId, ctx.clock.now()))) throw notFound('Ambassadorship');
}

export async function setPhoto(ctx: AppContext, actor: Actor, bytes: Uint8Array) {
  const personId = requirePerson(actor);
  const a = await repo.getByPerson(ctx.db, actor.orgId, personId);
  if (!a?.active)
    throw unprocessable(
      'Join the ambassador program first.',
      [{ path: 'file', message: 'Only ambassadors have a profile photo.' }],
      'not-an-ambassador',
    );
  if (a.behind_the_scenes)
    throw unprocessable(
      'Behind the scenes means no photo.',
      [{ path: 'file', message: 'Leave "behind the scenes" to add a photo.' }],
      'behind-the-scenes-no-photo',
    );
  const image = await processImage(bytes, 'photo');
  return ctx.db.transaction(async (tx) => {
    const id = await repo.insertMedia(tx, {
      orgId: actor.orgId,
      ownerPersonId: personId,
      purpose: 'photo',
      ...image,
      contentType: image.contentType,
      now: ctx.clock.now(),
    });
    await repo.setPhoto(tx, actor.orgId, personId, id, ctx.clock.now());
    await publicChanged(tx, actor.orgId);
    return id;
  });
}

export async function removePhoto(ctx: AppContext, actor: Actor) {
  const personId = requirePerson(actor);
  await ctx.db.transaction(async (tx) => {
    await repo.setPhoto(tx, actor.orgId, personId, null, ctx.clock.now());
    await publicChanged(tx, actor.orgId);
  });
}

/** A coordinator invites someone personally; only they can accept (by joining) or answer. */
export async function invite(ctx: AppContext, actor: Actor, personId: string, message: string) {
  authorize(actor, 'program.manage');
  const facts = await personFacts(ctx, actor.orgId, personId);
  if (!facts) throw notFound('Person');
  const current = await repo.getByPerson(ctx.db, actor.orgId, personId);
  if (current?.active) throw conflict(`${facts.first_name} is already an ambassador.`, 'already-ambassador', { name: facts.first_name });
  const to = facts.work_email ?? facts.personal_email;
  if (!to)
    throw unprocessable(
      'This person has no email address.',
      [{ path: 'personId', message: 'Add a work email in the directory first.' }],
      'no-email-address',
    );
  return (await sendInvitation(ctx, actor, facts, to, message, facts.mail_language)).id;
}

/** The invitation mail as it went into the outbox. */
export interface InvitationSent {
  to: string;
  subject: string;
  text: string;
  lang: string;
}

/**
 * A journey's "invitation to become an ambassador" step: the same personal invitation a
 * coordinator sends, in `lang` (nl, fr or en: the journey's choice for the person), or no mail and the reason
 * why: already an ambassador, an earlier invitation still unanswered or declined (a "no" is not
 * asked again by a schedule), or no address. Someone in a sensitive function is invited to be an
 * internal ambassador, the only kind they can be.
 */
export async function inviteByJourney(
  ctx: AppContext,
  orgId: string,
  personId: string,
  lang: string,
): Promise<{ sent: InvitationSent } | { none: string }> {
  const facts = await personFacts(ctx, orgId, personId);
  if (!facts) return { none: 'The person is no longer in the directory.' };
  const [current, last] = await Promise.all([repo.getByPerson(ctx.db, orgId, personId), repo.latestInvitation(ctx.db, orgId, personId)]);
  if (current?.active) return { none: `${facts.first_name} is already an ambassador.` };
  if (last?.answer === 'pending') return { none: `${facts.first_name} has not answered an earlier invitation yet.` };
  if (last?.answer === 'declined') return { none: `${facts.first_name} declined an earlier invitation.` };
  const to = facts.work_email ?? facts.personal_email;
  if (!to) return { none: 'This person has no email address.' };
  const { mail } = await sendInvitation(ctx, { ...systemActor(orgId), label: 'journey' }, facts, to, '', lang);
  return { sent: { to, subject: mail.subject, text: mail.text, lang } };
}

async function sendInvitation(
  ctx: AppContext,
  actor: Actor,
  facts: { id: string; first_name: string; sensitive: boolean },
  to: string,
  message: string,
  lang: string | null,
) {
  const mail = invitationMail({
    orgId: actor.orgId,
    to,
    firstName: facts.first_name,
    message,
    link: `${ctx.config.publicUrl}/ambassador`,
    lang,
    internalOnly: facts.sensitive,
  });
  const id = await commitChange(ctx, actor, { action: 'program.invite', targetType: 'person', targetId: facts.id }, async (tx) => {
    const invitationId = await repo.insertInvitation(tx, actor.orgId, {
      personId: facts.id,
      invitedBy: actor.userId || null,
      message,
      now: ctx.clock.now(),
    });
    await enqueueMail(tx, ctx.clock, mail);
    return invitationId;
  });
  return { id, mail };
}

export async function answerInvitation(ctx: AppContext, actor: Actor, answer: 'maybe_later' | 'declined') {
  const personId = requirePerson(actor);
  if (!(await repo.answerOpenInvitation(ctx.db, actor.orgId, personId, answer, ctx.clock.now()))) throw notFound('Invitation');
}

export async function community(ctx: AppContext, actor: Actor, filter: repo.CommunityFilter & { limit: number; offset: number }) {
  authorize(actor, 'people.read');
  const q = filter.q ? searchPattern(filter.q) : '';
  return repo.listActive(ctx.db, actor.orgId, { ...filter, q: q || undefined }, filter.limit, filter.offset);
}

export { effectiveScope };

// What other modules (community) use of the program: the one rule naming an ambassador to a viewer
// (internalView), and the id the program shows for them.
export { presentRecipient as ambassadorAsSeenBy } from './ambassadors.presenters.ts';
export { AMBASSADOR_PERSON_ID, AmbassadorPersonId } from './ambassadors.schemas.ts';
