/** SQL for personal calendar feeds and the invitations they show. The organisation id is a required argument. */
import type { Queryable } from '../../db/db.ts';
import type { Role } from '../../platform/policy.ts';

export interface FeedRow {
  id: string;
  created_at: Date;
  last_used_at: Date | null;
}

/** The account's live feed, if any. */
export async function liveFeed(q: Queryable, orgId: string, userId: string): Promise<FeedRow | undefined> {
  const [row] = await q.query<FeedRow>(
    `select id, created_at, last_used_at from calendar_feeds where org_id = $1 and user_id = $2 and revoked_at is null`,
    [orgId, userId],
  );
  return row;
}

/** Revokes the account's live feed; its id, or undefined when there was none. */
export async function revokeFeed(q: Queryable, orgId: string, userId: string, now: Date): Promise<string | undefined> {
  const [row] = await q.query<{ id: string }>(
    `update calendar_feeds set revoked_at = $3 where org_id = $1 and user_id = $2 and revoked_at is null returning id`,
    [orgId, userId, now],
  );
  return row?.id;
}

export async function insertFeed(q: Queryable, orgId: string, userId: string, tokenHash: string, now: Date): Promise<FeedRow> {
  const [row] = await q.query<FeedRow>(
    `insert into calendar_feeds (org_id, user_id, token_hash, created_at) values ($1, $2, $3, $4) returning id, created_at, last_used_at`,
    [orgId, userId, tokenHash, now],
  );
  return row;
}

export interface FeedOwner {
  feed_id: string;
  last_used_at: Date | null;
  org_id: string;
  org_name: string;
  user_id: string;
  email: string;
  role: Role;
  person_id: string | null;
}

/** A live feed by its token's hash, with its account (never a disabled one). */
export async function feedByHash(q: Queryable, tokenHash: string): Promise<FeedOwner | undefined> {
  const [row] = await q.query<FeedOwner>(
    `select f.id as feed_id, f.last_used_at, f.org_id, o.name as org_name, u.id as user_id, u.email, u.role, u.person_id
       from calendar_feeds f join users u on u.id = f.user_id and u.org_id = f.org_id join organisations o on o.id = f.org_id
      where f.token_hash = $1 and f.revoked_at is null and u.disabled_at is null`,
    [tokenHash],
  );
  return row;
}

export async function touchFeed(q: Queryable, feedId: string, now: Date): Promise<void> {
  await q.query(`update calendar_feeds set last_used_at = $2 where id = $1`, [feedId, now]);
}

export interface InvitationEntry {
  uid: string;
  starts_at: Date;
  ends_at: Date;
  location: string | null;
  step_name: Record<string, string>;
  journey_name: Record<string, string>;
}

/** Active invitations of the person (as its subject, or with one of their addresses among the attendees) between two instants. */
export async function invitationsFor(
  q: Queryable,
  orgId: string,
  personId: string | null,
  emails: string[],
  from: Date,
  to: Date,
): Promise<InvitationEntry[]> {
  return q.query<InvitationEntry>(
    `select ci.uid, ci.starts_at, ci.ends_at, ci.location, st.name as step_name, j.name as journey_name
       from calendar_invitations ci
       join deliveries d on d.id = ci.delivery_id
       join journey_steps st on st.id = d.step_id
       join journeys j on j.id = st.journey_id
      where ci.org_id = $1 and ci.status = 'active' and ci.starts_at >= $4 and ci.starts_at < $5
        and (ci.attendees && $3::text[] or (st.recipient = 'person' and ci.person_id = $2::uuid))
      order by ci.starts_at limit 1000`,
    [orgId, personId, emails, from, to],
  );
}

/** The addresses of the account and its person: an invitation to any of them is theirs. */
export async function addressesOf(q: Queryable, orgId: string, email: string, personId: string | null): Promise<string[]> {
  const [row] = await q.query<{ work_email: string | null; personal_email: string | null }>(
    `select work_email, personal_email from people where org_id = $1 and id = $2`,
    [orgId, personId],
  );
  return [...new Set([email, row?.work_email, row?.personal_email].filter((e): e is string => !!e))];
}

/** Whether someone manages anyone (only then does the app's calendar show them others' moments). */
export async function hasReports(q: Queryable, orgId: string, personId: string): Promise<boolean> {
  const rows = await q.query(`select 1 from people where org_id = $1 and manager_id = $2 limit 1`, [orgId, personId]);
  return rows.length > 0;
}
