/**
 * Community events: coordinators create, edit and cancel them; those who take part in the
 * community sign up themselves. A full event (or role) puts a sign-up on the waiting list; when a
 * place frees (someone cancels, or the capacity grows) the first one waiting moves up.
 */
import type { Queryable } from '../../db/db.ts';
import { commitChange } from '../../platform/change.ts';
import { publicChanged } from '../../platform/changes.ts';
import type { AppContext } from '../../platform/context.ts';
import { notFound, unprocessable } from '../../platform/errors.ts';
import type { Actor } from '../../platform/policy.ts';
import { assertCanWrite, assertModerator, assertParticipant, canModerate } from './community.policy.ts';
import { calendarChanged, sendCalendarChanges } from './events.calendar.ts';
import { mailPromoted } from './events.mails.ts';
import { noticeAttendance } from './milestones.service.ts';
import * as repo from './events.repo.ts';
import { participationFacts } from './exchange.repo.ts';
import type { EventInput, EventRow } from './events.repo.ts';

export type { EventInput, EventRow, SignupRow } from './events.repo.ts';

const facts = (ctx: AppContext, actor: Actor) => participationFacts(ctx.db, actor.orgId, actor.personId);

function checkTimes(input: EventInput) {
  if (new Date(input.endsAt) <= new Date(input.startsAt))
    throw unprocessable('An event ends after it starts.', [{ path: 'endsAt', message: 'Choose an end after the start.' }]);
  if (input.kind === 'online' && !input.link)
    throw unprocessable('An online session needs its link.', [{ path: 'link', message: 'Give the link of the session.' }]);
  if (input.kind !== 'online' && !input.place)
    throw unprocessable('Say where the event happens.', [{ path: 'place', message: 'Give the place of the event.' }]);
}

/** How many may be confirmed for a role ('' = without a role); null is no limit. */
function capacityOf(event: EventRow, role: string): number | null | undefined {
  if (role === '') return event.capacity;
  return event.roles.find((r) => r.key === role)?.capacity;
}

/** Fills the free places of every role of the event from its waiting list, first come first served; those moved up get a mail. */
async function fillFreePlaces(ctx: AppContext, tx: Queryable, orgId: string, event: EventRow, now: Date) {
  const moved: { id: string; person_id: string }[] = [];
  for (const role of ['', ...event.roles.map((r) => r.key)]) {
    const cap = capacityOf(event, role);
    const free = cap === null ? 10000 : (cap ?? 0) - (await repo.confirmedCount(tx, orgId, event.id, role));
    moved.push(...(await repo.promote(tx, orgId, event.id, role, free, now)));
  }
  await mailPromoted(
    ctx,
    tx,
    orgId,
    event.id,
    moved.map((m) => m.person_id),
  );
  return moved;
}

export async function create(ctx: AppContext, actor: Actor, input: EventInput) {
  assertModerator(actor, 'Only coordinators create events.');
  checkTimes(input);
  return commitChange(
    ctx,
    actor,
    (id: string) => ({
      action: 'events.create',
      targetType: 'community_event',
      targetId: id,
      details: { kind: input.kind },
      publicChange: input.showOnCareers,
    }),
    (tx) => repo.insertEvent(tx, actor.orgId, actor.userId || null, input, ctx.clock.now()),
  );
}

export async function update(ctx: AppContext, actor: Actor, id: string, input: EventInput) {
  assertModerator(actor, 'Only coordinators edit events.');
  const event = await repo.findEvent(ctx.db, actor.orgId, id);
  if (!event) throw notFound('Event');
  checkTimes(input);
  const kept = new Set(['', ...input.roles.map((r) => r.key)]);
  const signups = await repo.listSignups(ctx.db, actor.orgId, id);
  const orphaned = signups.find((s) => !kept.has(s.role));
  if (orphaned)
    throw unprocessable(
      'People signed up for a role you removed.',
      [{ path: 'roles', message: `Keep the role "${orphaned.role}": people signed up for it.` }],
      'event-role-in-use',
      { role: orphaned.role },
    );
  await commitChange(
    ctx,
    actor,
    { action: 'events.update', targetType: 'community_event', targetId: id, publicChange: event.show_on_careers || input.showOnCareers },
    async (tx) => {
      const before = await repo.findEvent(tx, actor.orgId, id, true);
      await repo.updateEvent(tx, actor.orgId, id, input, ctx.clock.now());
      const changed = await repo.findEvent(tx, actor.orgId, id);
      if (changed.status !== 'scheduled') return;
      // Fewer places never takes anyone's place away; more places move people up from the waiting list.
      await fillFreePlaces(ctx, tx, actor.orgId, changed, ctx.clock.now());
      // Calendars that hold the event (their reminder came) follow a new time or place.
      if (calendarChanged(before, changed)) await sendCalendarChanges(ctx, tx, actor.orgId, id, 'update');
    },
  );
}

export async function cancel(ctx: AppContext, actor: Actor, id: string) {
  assertModerator(actor, 'Only coordinators cancel events.');
  const event = await repo.findEvent(ctx.db, actor.orgId, id);
  if (!event) throw notFound('Event');
  if (event.status === 'cancelled') return;
  await commitChange(
    ctx,
    actor,
    { action: 'events.cancel', targetType: 'community_event', targetId: id, publicChange: event.show_on_careers },
    async (tx) => {
      await repo.cancelEvent(tx, actor.orgId, id, ctx.clock.now());
      // Out of every calendar that holds it; a second cancel finds none left to send.
      await sendCalendarChanges(ctx, tx, actor.orgId, id, 'cancelled');
    },
  );
}

/** Upcoming (and running) events, with their counts and the actor's own sign-up. */
export async function list(ctx: AppContext, actor: Actor) {
  assertParticipant(actor, await facts(ctx, actor));
  const events = await repo.listEvents(ctx.db, actor.orgId, ctx.clock.now(), canModerate(actor));
  return withCounts(ctx, actor, events);
}

async function withCounts(ctx: AppContext, actor: Actor, events: EventRow[]) {
  const ids = events.map((e) => e.id);
  const counts = await repo.countsFor(ctx.db, actor.orgId, ids);
  const mine = actor.personId ? await repo.mySignups(ctx.db, actor.orgId, actor.personId, ids) : [];
  return events.map((e) => ({
    event: e,
    counts: ['', ...e.roles.map((r) => r.key)].map((role) => ({
      role,
      capacity: capacityOf(e, role) ?? null,
      confirmed: counts.find((c) => c.event_id === e.id && c.role === role && c.status === 'confirmed')?.n ?? 0,
      waiting: counts.find((c) => c.event_id === e.id && c.role === role && c.status === 'waiting')?.n ?? 0,
    })),
    mine: mine.find((m) => m.event_id === e.id && m.status !== 'cancelled') ?? null,
  }));
}

/** One event; coordinators see who signed up. An event of another organisation is not found. */
export async function get(ctx: AppContext, actor: Actor, id: string) {
  const event = await repo.findEvent(ctx.db, actor.orgId, id);
  if (!event) throw notFound('Event');
  assertParticipant(actor, await facts(ctx, actor));
  if (
    event.status === 'cancelled' &&
    !canModerate(actor) &&
    !(actor.personId && (await repo.findSignup(ctx.db, actor.orgId, id, actor.personId)))
  )
    throw notFound('Event');
  const [one] = await withCounts(ctx, actor, [event]);
  return { ...one, signups: canModerate(actor) ? await repo.listSignups(ctx.db, actor.orgId, id) : null };
}

function assertOpen(event: EventRow, now: Date) {
  if (event.status === 'cancelled' || event.starts_at <= now)
    throw unprocessable(
      event.status === 'cancelled' ? 'This event was cancelled.' : 'This event has started: sign-ups are closed.',
      undefined,
      'event-closed',
    );
}

/**
 * Signs the actor up, for a role or without one: confirmed while there is a place, else on the
 * waiting list. Signing up again changes nothing; after cancelling it joins the back of the queue.
 */
export async function signUp(ctx: AppContext, actor: Actor, id: string, input: { role?: string; showPublicly: boolean }) {
  const found = await repo.findEvent(ctx.db, actor.orgId, id);
  if (!found) throw notFound('Event');
  assertCanWrite(actor, await facts(ctx, actor));
  const personId = actor.personId!;
  const role = input.role ?? '';
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const event = await repo.findEvent(tx, actor.orgId, id, true);
    assertOpen(event, now);
    const cap = capacityOf(event, role);
    if (cap === undefined)
      throw unprocessable(
        'This event has no such role.',
        [{ path: 'role', message: 'Choose one of the roles of the event.' }],
        'event-role-unknown',
        {
          role,
        },
      );
    const existing = await repo.findSignup(tx, actor.orgId, id, personId);
    if (existing && existing.status !== 'cancelled' && existing.role === role) {
      // Signing up again keeps the place and takes the careers-pages choice given now.
      if (existing.show_publicly !== input.showPublicly) await showChoice(tx, actor.orgId, event, existing.id, input.showPublicly);
      return existing.status;
    }
    if (existing && existing.status !== 'cancelled') {
      // Changing role: give the old place up first (someone waiting for it moves up).
      await repo.cancelSignup(tx, actor.orgId, existing.id, now);
      if (existing.status === 'confirmed') await fillFreePlaces(ctx, tx, actor.orgId, event, now);
    }
    const full = cap !== null && (await repo.confirmedCount(tx, actor.orgId, id, role)) >= cap;
    const status = full ? 'waiting' : 'confirmed';
    await repo.upsertSignup(tx, { orgId: actor.orgId, eventId: id, personId, role, status, showPublicly: input.showPublicly, now });
    // The careers pages show who takes part in their events.
    if (event.show_on_careers) await publicChanged(tx, actor.orgId);
    return status;
  });
}

async function showChoice(tx: Queryable, orgId: string, event: EventRow, signupId: string, show: boolean) {
  await repo.setShowPublicly(tx, orgId, signupId, show);
  // The careers pages show who takes part in their events: their caches forget it at once.
  if (event.show_on_careers) await publicChanged(tx, orgId);
}

/**
 * The participant's own choice to be shown with the event on the careers pages, changed at any time
 * (also once the event has started), effective at once. Without a sign-up: 404.
 */
export async function setShowPublicly(ctx: AppContext, actor: Actor, id: string, show: boolean) {
  const found = await repo.findEvent(ctx.db, actor.orgId, id);
  if (!found || !actor.personId) throw notFound('Event');
  const personId = actor.personId;
  await ctx.db.transaction(async (tx) => {
    const event = await repo.findEvent(tx, actor.orgId, id, true);
    const existing = await repo.findSignup(tx, actor.orgId, id, personId);
    if (!existing || existing.status === 'cancelled') throw notFound('Sign-up');
    if (existing.show_publicly !== show) await showChoice(tx, actor.orgId, event, existing.id, show);
  });
  return show;
}

/** Cancels the actor's sign-up (one click); the first one waiting for that place moves up. */
export async function cancelSignUp(ctx: AppContext, actor: Actor, id: string) {
  const found = await repo.findEvent(ctx.db, actor.orgId, id);
  if (!found || !actor.personId) throw notFound('Event');
  const personId = actor.personId;
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const event = await repo.findEvent(tx, actor.orgId, id, true);
    const existing = await repo.findSignup(tx, actor.orgId, id, personId);
    if (!existing || existing.status === 'cancelled') return;
    await repo.cancelSignup(tx, actor.orgId, existing.id, now);
    if (existing.status === 'confirmed' && event.status === 'scheduled') await fillFreePlaces(ctx, tx, actor.orgId, event, now);
    // Their reminder put the event in their calendar: take it out of their copy.
    await sendCalendarChanges(ctx, tx, actor.orgId, id, 'signup-cancelled', personId);
    if (event.show_on_careers) await publicChanged(tx, actor.orgId);
  });
}

/** Coordinators record who came (confirmed participants only). */
export async function recordAttendance(ctx: AppContext, actor: Actor, id: string, input: { personId: string; attended: boolean }) {
  assertModerator(actor, 'Only coordinators record attendance.');
  const event = await repo.findEvent(ctx.db, actor.orgId, id);
  if (!event) throw notFound('Event');
  await commitChange(
    ctx,
    actor,
    {
      action: 'events.attendance',
      targetType: 'community_event',
      targetId: id,
      details: { personId: input.personId, attended: input.attended },
    },
    async (tx) => {
      if (!(await repo.setAttended(tx, actor.orgId, id, input.personId, input.attended))) throw notFound('Participant');
      // A first event is a milestone in the community feed, if the person agreed (milestones.service.ts).
      await noticeAttendance(tx, ctx.clock.now(), actor.orgId, { personId: input.personId, eventId: id, attended: input.attended });
    },
  );
}
