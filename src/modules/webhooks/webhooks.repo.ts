/** SQL for webhook endpoints, deliveries and attempts; the organisation id is required everywhere. */
import type { Queryable } from '../../db/db.ts';

export interface EndpointRow {
  id: string;
  org_id: string;
  url: string;
  description: string;
  event_types: string[];
  secret_sealed: string;
  previous_secret_sealed: string | null;
  previous_secret_expires_at: Date | null;
  enabled: boolean;
  disabled_at: Date | null;
  disabled_reason: string | null;
  failure_streak: number;
  first_failure_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export interface DeliveryRow {
  id: string;
  endpoint_id: string;
  message_id: string;
  event_type: string;
  status: 'pending' | 'sending' | 'delivered' | 'failed' | 'cancelled';
  attempts: number;
  next_attempt_at: Date;
  last_status: number | null;
  last_error: string | null;
  delivered_at: Date | null;
  created_at: Date;
}

export interface AttemptRow {
  attempt: number;
  at: Date;
  status: number | null;
  error: string | null;
  duration_ms: number;
  response_excerpt: string | null;
}

export async function listEndpoints(q: Queryable, orgId: string): Promise<EndpointRow[]> {
  return q.query<EndpointRow>(`select * from webhook_endpoints where org_id = $1 order by created_at, id`, [orgId]);
}

export async function getEndpoint(q: Queryable, orgId: string, id: string): Promise<EndpointRow | undefined> {
  const [row] = await q.query<EndpointRow>(`select * from webhook_endpoints where org_id = $1 and id = $2`, [orgId, id]);
  return row;
}

export async function insertEndpoint(
  q: Queryable,
  orgId: string,
  e: { id: string; url: string; description: string; eventTypes: string[]; secretSealed: string; now: Date },
): Promise<void> {
  await q.query(
    `insert into webhook_endpoints (id, org_id, url, description, event_types, secret_sealed, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $7)`,
    [e.id, orgId, e.url, e.description, e.eventTypes, e.secretSealed, e.now],
  );
}

export async function updateEndpoint(
  q: Queryable,
  orgId: string,
  id: string,
  c: { url?: string; description?: string; eventTypes?: string[]; enabled?: boolean; now: Date },
): Promise<void> {
  await q.query(
    `update webhook_endpoints set
        url = coalesce($3, url),
        description = coalesce($4, description),
        event_types = coalesce($5, event_types),
        enabled = coalesce($6, enabled),
        -- Enabling again starts a clean slate: no failure streak, no reason.
        disabled_at = case when $6 is true then null when $6 is false and enabled then $7 else disabled_at end,
        disabled_reason = case when $6 is true then null when $6 is false and enabled then 'manual' else disabled_reason end,
        failure_streak = case when $6 is true then 0 else failure_streak end,
        first_failure_at = case when $6 is true then null else first_failure_at end,
        updated_at = $7
      where org_id = $1 and id = $2`,
    [orgId, id, c.url ?? null, c.description ?? null, c.eventTypes ?? null, c.enabled ?? null, c.now],
  );
}

/** Turns an endpoint off (once) and stops its pending deliveries; true when it was on. */
export async function disableEndpoint(q: Queryable, orgId: string, id: string, reason: string, now: Date): Promise<boolean> {
  const [row] = await q.query(
    `update webhook_endpoints set enabled = false, disabled_at = $3, disabled_reason = $4, updated_at = $3
      where org_id = $1 and id = $2 and enabled returning id`,
    [orgId, id, now, reason],
  );
  await cancelPending(q, orgId, id, now);
  return Boolean(row);
}

/**
 * Deliveries of a disabled endpoint stop (a replay can send one again later): the pending ones,
 * and those whose worker's claim has run out. One being sent right now finishes its attempt.
 */
export async function cancelPending(q: Queryable, orgId: string, endpointId: string, now: Date): Promise<void> {
  await q.query(
    `update webhook_deliveries set status = 'cancelled', last_error = 'The endpoint was disabled.', locked_until = null, claim_token = null
      where org_id = $1 and endpoint_id = $2
        and (status = 'pending' or (status = 'sending' and (locked_until is null or locked_until < $3)))`,
    [orgId, endpointId, now],
  );
}

export async function deleteEndpoint(q: Queryable, orgId: string, id: string): Promise<void> {
  await q.query(`delete from webhook_endpoints where org_id = $1 and id = $2`, [orgId, id]);
}

export async function rotateSecret(q: Queryable, orgId: string, id: string, sealed: string, previousUntil: Date, now: Date): Promise<void> {
  await q.query(
    `update webhook_endpoints set previous_secret_sealed = secret_sealed, previous_secret_expires_at = $4, secret_sealed = $3, updated_at = $5
      where org_id = $1 and id = $2`,
    [orgId, id, sealed, previousUntil, now],
  );
}

const DELIVERY_COLUMNS = `d.id, d.endpoint_id, d.message_id, m.event_type, d.status, d.attempts, d.next_attempt_at, d.last_status,
  d.last_error, d.delivered_at, d.created_at`;

export async function listDeliveries(
  q: Queryable,
  orgId: string,
  endpointId: string,
  f: { status?: string; after?: { createdAt: Date; id: string }; limit: number },
): Promise<DeliveryRow[]> {
  return q.query<DeliveryRow>(
    `select ${DELIVERY_COLUMNS}
       from webhook_deliveries d join webhook_messages m on m.id = d.message_id
      where d.org_id = $1 and d.endpoint_id = $2
        and ($3::text is null or d.status = $3 or ($3 = 'pending' and d.status = 'sending'))
        and ($4::timestamptz is null or (d.created_at, d.id) < ($4, $5::uuid))
      order by d.created_at desc, d.id desc
      limit $6`,
    [orgId, endpointId, f.status ?? null, f.after?.createdAt ?? null, f.after?.id ?? null, f.limit],
  );
}

export async function getDelivery(q: Queryable, orgId: string, id: string): Promise<(DeliveryRow & { payload: unknown }) | undefined> {
  const [row] = await q.query<DeliveryRow & { payload: unknown }>(
    `select ${DELIVERY_COLUMNS}, m.payload
       from webhook_deliveries d join webhook_messages m on m.id = d.message_id
      where d.org_id = $1 and d.id = $2`,
    [orgId, id],
  );
  return row;
}

export async function listAttempts(q: Queryable, orgId: string, deliveryId: string): Promise<AttemptRow[]> {
  return q.query<AttemptRow>(
    `select a.attempt, a.at, a.status, a.error, a.duration_ms, a.response_excerpt
       from webhook_attempts a join webhook_deliveries d on d.id = a.delivery_id
      where d.org_id = $1 and a.delivery_id = $2 order by a.id`,
    [orgId, deliveryId],
  );
}

/** A message for one endpoint only (the test ping), its delivery already claimed with `token`; the delivery's id. */
export async function insertDirectMessage(
  q: Queryable,
  orgId: string,
  endpointId: string,
  m: { type: string; payload: object; now: Date; token: string; lockedUntil: Date },
): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `with m as (insert into webhook_messages (org_id, event_type, payload, created_at) values ($1, $3, $4, $5) returning id)
     insert into webhook_deliveries (org_id, endpoint_id, message_id, status, attempts, next_attempt_at, locked_until, claim_token, created_at)
     select $1, $2, m.id, 'sending', 1, $5, $6, $7, $5 from m returning id`,
    [orgId, endpointId, m.type, JSON.stringify(m.payload), m.now, m.lockedUntil, m.token],
  );
  return row.id;
}

/**
 * Claims one delivery for an attempt made now by an admin (test, replay): only in one of `statuses`
 * and not held by a worker. Whether it was claimed.
 */
export async function claimOne(
  q: Queryable,
  orgId: string,
  id: string,
  statuses: readonly string[],
  token: string,
  now: Date,
  lockedUntil: Date,
): Promise<boolean> {
  const rows = await q.query(
    `update webhook_deliveries set status = 'sending', attempts = attempts + 1, locked_until = $5, claim_token = $4, next_attempt_at = $6
      where org_id = $1 and id = $2 and status = any($3::text[]) returning id`,
    [orgId, id, statuses, token, lockedUntil, now],
  );
  return rows.length > 0;
}

/** The organisation's admins and the language each reads mail in. */
export async function adminRecipients(q: Queryable, orgId: string): Promise<{ email: string; language: string; org_name: string }[]> {
  return q.query(
    `select u.email, coalesce(u.language, p.language, o.default_language) as language, o.name as org_name
       from users u join organisations o on o.id = u.org_id left join people p on p.id = u.person_id and p.org_id = u.org_id
      where u.org_id = $1 and u.role = 'admin' and u.disabled_at is null order by u.email`,
    [orgId],
  );
}
