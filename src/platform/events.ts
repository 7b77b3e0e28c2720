/**
 * Events for integrations (webhooks, Standard Webhooks): a service that changes something an
 * integration may care about calls `emitEvent(tx, ...)` in the same transaction as the change, so an
 * event exists exactly when the change committed. One statement writes the message and one delivery
 * per enabled endpoint that subscribed; with no endpoint it writes nothing. The worker sends the
 * deliveries (modules/integrations/webhooks.sender.ts) like the mail outbox: claimed with SKIP
 * LOCKED, retried with back-off, each attempt logged.
 *
 * Payloads carry ids and the facts of the event, never more personal data than the event needs;
 * survey events carry aggregates only.
 */
import type { Queryable } from '../db/db.ts';

export const EVENT_TYPES = [
  'person.created',
  'person.updated',
  'person.left',
  'ambassador.joined',
  'ambassador.left',
  'story.published',
  'story.hidden',
  'question.asked',
  'survey.completed',
  'task.completed',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export async function emitEvent(q: Queryable, now: Date, orgId: string, type: EventType, data: Record<string, unknown>): Promise<void> {
  await emitEvents(q, now, orgId, [{ type, data }]);
}

/** Several events at once (an import), in one statement; nothing when no endpoint wants them. */
export async function emitEvents(
  q: Queryable,
  now: Date,
  orgId: string,
  events: readonly { type: EventType; data: Record<string, unknown> }[],
): Promise<void> {
  if (events.length === 0) return;
  const types = [...new Set(events.map((e) => e.type))];
  await q.query(
    `with wanted as (
       select id, event_types from webhook_endpoints
        where org_id = $1 and enabled and (event_types = '{}' or event_types && $4::text[])),
     msgs as (
       insert into webhook_messages (org_id, event_type, payload, created_at)
       select $1, e.type, jsonb_build_object('type', e.type, 'timestamp', $2::timestamptz, 'data', e.data), $2
         from jsonb_to_recordset($3::jsonb) as e(type text, data jsonb)
        where exists (select 1 from wanted w where w.event_types = '{}' or e.type = any(w.event_types))
       returning id, event_type)
     insert into webhook_deliveries (org_id, endpoint_id, message_id, next_attempt_at, created_at)
     select $1, w.id, m.id, $2, $2 from msgs m join wanted w on w.event_types = '{}' or m.event_type = any(w.event_types)`,
    [orgId, now, JSON.stringify(events), types],
  );
}
