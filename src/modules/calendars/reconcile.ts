/**
 * Keeps invitations already sent true to what they announce. For each active invitation of an
 * event still to come, its delivery is read again with the same facts the sender reads:
 * - the delivery is no longer valid (the anchor date changed, the person left: `cancelReason`, the
 *   sender's own rule) or its step is no longer an event: a cancellation (METHOD:CANCEL, SEQUENCE+1)
 *   to the same attendees, and the invitation is cancelled. The new date's delivery, which the
 *   sweep writes, sends a fresh invitation with its own UID.
 * - the step's time, duration or location changed: an update (METHOD:REQUEST, SEQUENCE+1, the same
 *   UID) with the new time.
 * Exactly once: the invitation's row changes and its mail enters the outbox in one transaction,
 * guarded by the sequence (`where sequence = $old`), so two workers never both send it.
 */
import type { AppContext } from '../../platform/context.ts';
import { localize } from '../../platform/language.ts';
import { enqueueMail } from '../../platform/mail.ts';
import { orgTimeZone } from '../../platform/org-time.ts';
import { cancelReason, deliveryContexts, type DeliveryContext } from '../moments/journeys.service.ts';
import { changeMail, eventTiming, textLanguage } from './invitations.service.ts';

interface InvitationRow {
  id: string;
  org_id: string;
  delivery_id: string;
  uid: string;
  sequence: number;
  starts_at: Date;
  ends_at: Date;
  attendees: string[];
  language: string;
  location: string | null;
}

const CHUNK = 500;

type Change = { method: 'CANCEL' | 'REQUEST'; startsAt: Date; endsAt: Date; location: string | null; why: string };

/** What must change about one invitation, or null. */
async function changeOf(ctx: AppContext, inv: InvitationRow, d: DeliveryContext | undefined): Promise<Change | null> {
  const keep = { startsAt: inv.starts_at, endsAt: inv.ends_at, location: inv.location };
  if (!d) return { method: 'CANCEL', ...keep, why: 'The delivery is gone.' };
  const why = cancelReason(d) ?? (d.kind !== 'message' || !d.event ? 'The step is no longer an event.' : null);
  if (why || !d.event) return { method: 'CANCEL', ...keep, why: why ?? '' };
  const timing = eventTiming(d.event, d.occurrence, await orgTimeZone(ctx.db, d.org_id));
  // The sender's rule looks at the mail's day; an invitation also ends when the person leaves before the event's day.
  if (d.anchor !== 'end_date' && d.end_date && d.end_date < timing.date)
    return { method: 'CANCEL', ...keep, why: 'The person leaves before the event.' };
  const location = d.event.location ? localize(d.event.location, inv.language, d.default_language) || null : null;
  const same =
    timing.startsAt.getTime() === inv.starts_at.getTime() && timing.endsAt.getTime() === inv.ends_at.getTime() && location === inv.location;
  return same ? null : { method: 'REQUEST', startsAt: timing.startsAt, endsAt: timing.endsAt, location, why: 'The event changed.' };
}

/** Sends the cancellations and updates due now; returns how many invitations it changed. */
export async function reconcileCalendarInvitations(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  let changed = 0;
  let after: { startsAt: Date; id: string } | null = null;
  for (;;) {
    const rows: InvitationRow[] = await ctx.db.query<InvitationRow>(
      `select id, org_id, delivery_id, uid, sequence, starts_at, ends_at, attendees, language, location
         from calendar_invitations
        where status = 'active' and starts_at > $1 and ($2::timestamptz is null or (starts_at, id) > ($2, $3::uuid))
        order by starts_at, id limit $4`,
      [now, after?.startsAt ?? null, after?.id ?? null, CHUNK],
    );
    if (rows.length === 0) break;
    const contexts = await deliveryContexts(
      ctx.db,
      rows.map((r) => r.delivery_id),
    );
    const byDelivery = new Map(contexts.map((c) => [c.id, c]));
    for (const inv of rows) {
      const d = byDelivery.get(inv.delivery_id);
      const change = await changeOf(ctx, inv, d);
      if (!change) continue;
      const lang = textLanguage(inv.language);
      const mail = changeMail(
        ctx.config,
        change.method,
        {
          uid: inv.uid,
          sequence: inv.sequence + 1,
          startsAt: change.startsAt,
          endsAt: change.endsAt,
          attendees: inv.attendees,
          language: lang,
          location: change.location,
          summary: d ? localize(d.step_name, lang, d.default_language) : '',
          orgName: d?.org_name ?? '',
          timeZone: await orgTimeZone(ctx.db, inv.org_id),
        },
        ctx.clock.now(),
      );
      const done = await ctx.db.transaction(async (tx) => {
        const [row] = await tx.query(
          `update calendar_invitations
              set sequence = sequence + 1, status = $3, starts_at = $4, ends_at = $5, location = $6, updated_at = $7
            where id = $1 and sequence = $2 and status = 'active' returning id`,
          [
            inv.id,
            inv.sequence,
            change.method === 'CANCEL' ? 'cancelled' : 'active',
            change.startsAt,
            change.endsAt,
            change.location,
            ctx.clock.now(),
          ],
        );
        if (!row) return false;
        await enqueueMail(tx, ctx.clock, {
          orgId: inv.org_id,
          kind: change.method === 'CANCEL' ? 'calendar_cancel' : 'calendar_update',
          to: inv.attendees.join(', '),
          subject: mail.subject,
          text: mail.text,
          lang,
          calendar: mail.calendar,
        });
        return true;
      });
      if (done) {
        changed++;
        ctx.log.info('calendar invitation changed', { id: inv.id, method: change.method, why: change.why });
      }
    }
    if (rows.length < CHUNK) break;
    const last = rows[rows.length - 1];
    after = { startsAt: last.starts_at, id: last.id };
  }
  return changed;
}
