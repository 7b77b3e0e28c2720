/**
 * Event reminders (a worker job): a day before an event, each confirmed participant gets a reminder
 * in their language with the event as a calendar invitation (ICS, METHOD:REQUEST). Exactly once per
 * sign-up with any number of workers: rows are taken FOR UPDATE SKIP LOCKED and claimed by a
 * conditional update (reminded_at still null) in the same transaction as their mails go to the outbox.
 * The claim also records the copy now in the person's calendar (its SEQUENCE: the next of their copy,
 * 0 the first time), which later updates and cancellations build on (events.calendar.ts).
 * The event row is locked too (FOR SHARE, skipped when locked): a move or cancellation holds it FOR
 * UPDATE (events.service.ts) while it mails the calendars, so a reminder either commits first (and the
 * move, waiting, then finds its copy ics_active and sends the update) or skips the sign-up until the
 * move is done and reminds with the new time (or not at all, cancelled): never a stale calendar.
 * Someone who has left (end date passed, SCIM-ended, deprovisioned) gets no reminder at the old work
 * address; alumni accounts cannot see events (alumni.gate.ts).
 */
import type { AppContext } from '../../platform/context.ts';
import { calendarMail, COPY_COLUMNS, type CalendarCopy } from './events.calendar.ts';
import { sendClaimed } from './events.mails.ts';

/** How long before the start the reminder goes out. */
export const REMINDER_BEFORE_MS = 24 * 3600_000;

/** Sends the reminders that are due, `batch` per transaction; returns how many it claimed. */
export async function sendEventReminders(ctx: AppContext, opts: { batch?: number } = {}): Promise<number> {
  const batch = opts.batch ?? 200;
  return sendClaimed<CalendarCopy, number>(
    ctx,
    batch,
    (tx, now) =>
      tx.query(
        `select ${COPY_COLUMNS}
           from community_event_signups s
           join community_events e on e.id = s.event_id and e.org_id = s.org_id
           join people p on p.id = s.person_id and p.org_id = s.org_id
           join organisations o on o.id = s.org_id
          where s.status = 'confirmed' and s.reminded_at is null and e.status = 'scheduled'
            and e.starts_at > $1 and e.starts_at <= $2 and p.work_email is not null
            and p.scim_ended_on is null and p.deprovisioned_at is null
            and (p.end_date is null or p.end_date >= ($1::timestamptz at time zone o.time_zone)::date)
          order by e.starts_at, s.id limit $3
            for update of s skip locked for share of e skip locked`,
        [now, new Date(now.getTime() + REMINDER_BEFORE_MS), batch],
      ),
    async (tx, ids, now) => {
      const won = await tx.query<{ id: string; ics_sequence: number }>(
        `update community_event_signups set reminded_at = $2, ics_sequence = coalesce(ics_sequence + 1, 0), ics_active = true
          where id = any($1) and reminded_at is null returning id, ics_sequence`,
        [ids, now],
      );
      return new Map(won.map((w) => [w.id, w.ics_sequence]));
    },
    (d, sequence, now) => calendarMail(ctx, 'reminder', d, sequence, now),
  );
}
