/**
 * Personal calendar feeds: a secret, revocable URL per account (`<PUBLIC_URL>/calendar/<token>.ics`,
 * only the token's hash stored) that a calendar program subscribes to. It holds, within 30 days back
 * and 365 ahead: the account's own invitations, the steps of their own moments addressed to them
 * (never a team's, manager's or HR's step about them: a farewell gift stays a surprise), the tasks
 * they own (all-day, on the due day), and the moments the app's calendar shows them (a manager:
 * their reports'; HR: the organisation's, their own left out), by the same services and so the same
 * rules: a birthday someone did not want noticed is never there. Texts in the account's language.
 */
import crypto from 'node:crypto';
import type { AppContext } from '../../platform/context.ts';
import { commitChange } from '../../platform/change.ts';
import { addDays, zonedTimeToInstant } from '../../platform/calendar.ts';
import { notFound } from '../../platform/errors.ts';
import { viewerLanguage, type Localizer } from '../../platform/language.ts';
import { orgTimeZone, orgToday } from '../../platform/org-time.ts';
import { can, type Actor } from '../../platform/policy.ts';
import { consume } from '../../platform/rate-limit.ts';
import { hashToken, randomToken } from '../../platform/tokens.ts';
import { calendar, timeline } from '../moments/moments.service.ts';
import { myTasks } from '../moments/tasks.service.ts';
import * as repo from './calendars.repo.ts';
import { feedIcs, type FeedEntry } from './ics.ts';

/** The window a feed covers, in days around today. */
/** Calendar invitations (ICS, METHOD:REQUEST) for other modules: community events send one with their reminder. */
export { invitationIcs, mailAddress, type InvitationEvent } from './ics.ts';

export const FEED_DAYS_BACK = 30;
export const FEED_DAYS_AHEAD = 365;
/** Calendar programs poll every few minutes to hours; far more than that from one URL is abuse. */
const FEED_LIMIT = { max: 60, windowSeconds: 3600 };
/** Per address asking, over every token (guessing tokens, or one office behind one address with many feeds). */
const FEED_IP_LIMIT = { max: 2000, windowSeconds: 3600 };
/** The app's calendar answers at most 62 days at a time. */
const CALENDAR_SPAN = 62;

export const feedUrl = (ctx: AppContext, token: string) => `${ctx.config.publicUrl}/calendar/${token}.ics`;

function requireAccount(actor: Actor): string {
  // An API token acts as its user; the CLI's system actor has no account of its own.
  if (!actor.userId) throw notFound('Calendar feed');
  return actor.userId;
}

export async function feedStatus(ctx: AppContext, actor: Actor) {
  const row = await repo.liveFeed(ctx.db, actor.orgId, requireAccount(actor));
  return row ?? null;
}

/** A new secret URL, shown once; the previous one stops working. */
export async function createFeed(ctx: AppContext, actor: Actor): Promise<{ url: string; row: repo.FeedRow }> {
  const userId = requireAccount(actor);
  const token = randomToken();
  const row = await commitChange(
    ctx,
    actor,
    (r: repo.FeedRow) => ({ action: 'calendar_feed.create', targetType: 'calendar_feed', targetId: r.id }),
    async (tx) => {
      await repo.revokeFeed(tx, actor.orgId, userId, ctx.clock.now());
      return repo.insertFeed(tx, actor.orgId, userId, hashToken(token), ctx.clock.now());
    },
  );
  return { url: feedUrl(ctx, token), row };
}

export async function revokeFeed(ctx: AppContext, actor: Actor): Promise<void> {
  const userId = requireAccount(actor);
  const live = await repo.liveFeed(ctx.db, actor.orgId, userId);
  if (!live) throw notFound('Calendar feed');
  await commitChange(ctx, actor, { action: 'calendar_feed.revoke', targetType: 'calendar_feed', targetId: live.id }, (tx) =>
    repo.revokeFeed(tx, actor.orgId, userId, ctx.clock.now()),
  );
}

/** Moments that did not happen (a date that moved, a person who left, a step skipped) are not in a calendar. */
const GONE: ReadonlySet<string> = new Set(['cancelled', 'skipped']);

const uidOf = (...parts: string[]) => `${crypto.createHash('sha256').update(parts.join('|')).digest('hex').slice(0, 32)}@embassy.feed`;

const TASK: Record<string, (title: string, name: string) => string> = {
  nl: (t, n) => `Taak: ${t} (${n})`,
  fr: (t, n) => `Tâche : ${t} (${n})`,
  en: (t, n) => `Task: ${t} (${n})`,
};
const FEED_NAME: Record<string, (org: string) => string> = {
  nl: (o) => `Embassy: mijn momenten (${o})`,
  fr: (o) => `Embassy : mes moments (${o})`,
  en: (o) => `Embassy: my moments (${o})`,
};

/** What a feed shows its account, between two days (inclusive), in their language. */
export async function feedEntries(ctx: AppContext, actor: Actor, loc: Localizer, from: string, to: string): Promise<FeedEntry[]> {
  const out = new Map<string, FeedEntry>();
  const add = (e: FeedEntry) => void (out.has(e.uid) ? null : out.set(e.uid, e));
  const tz = await orgTimeZone(ctx.db, actor.orgId);
  const inWindow = (day: string) => day >= from && day <= to;

  // Their own invitations (timed). A UID of the feed's own: the invitation in their mailbox keeps its.
  const emails = await repo.addressesOf(ctx.db, actor.orgId, actor.email, actor.personId);
  const invitations = await repo.invitationsFor(
    ctx.db,
    actor.orgId,
    actor.personId,
    emails,
    zonedTimeToInstant(from, '00:00', tz),
    zonedTimeToInstant(addDays(to, 1), '00:00', tz),
  );
  for (const i of invitations)
    add({
      kind: 'timed',
      uid: `feed-${i.uid}`,
      startsAt: i.starts_at,
      endsAt: i.ends_at,
      summary: loc.text(i.step_name),
      description: loc.text(i.journey_name),
      location: i.location,
    });

  // Their own moments: only the steps addressed to them. A step for their team, manager or HR about
  // them (collecting for their farewell gift, preparing their exit) is not theirs to see.
  if (actor.personId) {
    const t = await timeline(ctx, actor, actor.personId);
    const own = [
      ...t.past
        .filter((d) => d.recipient === 'person' && !GONE.has(d.status))
        .map((d) => ({ name: d.step_name, journey: d.journey_name, day: d.due_date })),
      ...t.upcoming.filter((u) => u.recipient === 'person').map((u) => ({ name: u.stepName, journey: u.journeyName, day: u.dueDate })),
    ];
    for (const m of own.filter((m) => inWindow(m.day)))
      add({
        kind: 'day',
        uid: uidOf(actor.personId, JSON.stringify(m.name), m.day),
        date: m.day,
        summary: loc.text(m.name),
        description: loc.text(m.journey),
      });
  }

  // The moments of the people they look after: a manager's reports, HR's organisation (the app's calendar).
  if (can(actor, 'moments.manage') || (actor.personId && (await repo.hasReports(ctx.db, actor.orgId, actor.personId)))) {
    for (let start = from; start <= to; start = addDays(start, CALENDAR_SPAN + 1)) {
      const end = addDays(start, CALENDAR_SPAN) < to ? addDays(start, CALENDAR_SPAN) : to;
      for (const m of await calendar(ctx, actor, { from: start, to: end }))
        // HR's own moments are theirs as above, never others' steps about them.
        if (!GONE.has(m.status) && m.personId !== actor.personId)
          add({
            kind: 'day',
            uid: uidOf(m.personId, JSON.stringify(m.stepName), m.dueDate),
            date: m.dueDate,
            summary: `${m.name}: ${loc.text(m.stepName)}`,
            description: loc.text(m.journeyName),
          });
    }
  }

  // The tasks they own that are still open (all-day, on the due day).
  for (const task of await myTasks(ctx, actor, false))
    if (task.due_date && inWindow(task.due_date))
      add({
        kind: 'day',
        uid: uidOf('task', task.id),
        date: task.due_date,
        summary: TASK[loc.language](loc.text(task.title), `${task.first_name} ${task.last_name}`),
        description: '',
      });
  return [...out.values()];
}

/** The feed of a token, as ICS, or null for an unknown or revoked one. Rate-limited per token and per client address. */
export async function renderFeed(ctx: AppContext, token: string, ip: string | null): Promise<string | null> {
  const hash = hashToken(token);
  if (ip) await consume(ctx.db, ctx.clock, { key: `calendar-feed:ip:${ip}`, ...FEED_IP_LIMIT });
  await consume(ctx.db, ctx.clock, { key: `calendar-feed:${hash}`, ...FEED_LIMIT });
  const owner = await repo.feedByHash(ctx.db, hash);
  if (!owner) return null;
  const actor: Actor = {
    userId: owner.user_id,
    orgId: owner.org_id,
    role: owner.role,
    email: owner.email,
    personId: owner.person_id,
    via: 'token',
    label: `${owner.email} (calendar feed)`,
  };
  const now = ctx.clock.now();
  // A minute's precision is enough, and spares a write on every poll.
  if (!owner.last_used_at || now.getTime() - owner.last_used_at.getTime() > 60_000) await repo.touchFeed(ctx.db, owner.feed_id, now);
  const loc = await viewerLanguage(ctx.db, actor, null);
  const today = await orgToday(ctx, actor.orgId);
  const entries = await feedEntries(ctx, actor, loc, addDays(today, -FEED_DAYS_BACK), addDays(today, FEED_DAYS_AHEAD));
  return feedIcs({
    name: FEED_NAME[loc.language](owner.org_name),
    timeZone: await orgTimeZone(ctx.db, actor.orgId),
    stamp: now,
    entries,
  });
}
