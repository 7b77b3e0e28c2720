/**
 * SQL for bulk invitations. Who is invited: people of the segment with a work email who have not
 * left, have no account (by their directory link or their address) and no open invitation. The
 * same condition is in the INSERT that writes the invitations, so a person invited or signed up in
 * the meantime (another batch, a single invitation) is skipped there, not invited twice.
 */
import type { Queryable } from '../../db/db.ts';
import type { Role } from '../../platform/policy.ts';

export interface Segment {
  departments?: string[];
  siteIds?: string[];
  regions?: ('flanders' | 'brussels' | 'wallonia' | 'abroad')[];
  languages?: ('nl' | 'fr' | 'en' | 'de')[];
}

export interface BatchRow {
  id: string;
  org_id: string;
  created_by: string | null;
  segment: Segment;
  role: Exclude<Role, 'admin' | 'alumni'>;
  status: 'running' | 'done' | 'failed';
  total: number;
  invited: number;
  skipped: number;
  created_at: Date;
  finished_at: Date | null;
}

const B_COLS = 'id, org_id, created_by, segment, role, status, total, invited, skipped, created_at, finished_at';

/** An empty list is no filter: everyone. */
const list = <T>(v: T[] | undefined) => (v && v.length > 0 ? v : null);

/**
 * The segment's people with a work email who have not left, as `p`; $1 org, $2 today, $3..$6 the
 * segment. `fresh` adds: no account and no open invitation ($7 now).
 */
const SEGMENT_SQL = `
  from people p left join sites s on s.id = p.site_id
 where p.org_id = $1 and p.work_email is not null and p.deprovisioned_at is null
   and (p.end_date is null or p.end_date >= $2::date)
   and ($3::text[] is null or p.department = any($3::text[]))
   and ($4::uuid[] is null or p.site_id = any($4::uuid[]))
   and ($5::text[] is null or s.region = any($5::text[]))
   and ($6::text[] is null or p.language = any($6::text[]))`;

/** No account and no open invitation for person `p` (or the row `r` with its email), at $7. */
const FRESH = (person: string, email: string) => `
   not exists (select 1 from users u where u.org_id = $1 and (u.person_id = ${person} or u.email = ${email}))
   and not exists (select 1 from invitations i where i.org_id = $1 and i.email = ${email}
                     and i.accepted_at is null and i.revoked_at is null and i.expires_at > $7)`;

const segmentParams = (orgId: string, today: string, s: Segment) => [
  orgId,
  today,
  list(s.departments),
  list(s.siteIds),
  list(s.regions),
  list(s.languages),
];

/** How many people the segment has (with a work email, not left), and how many of them would be invited now. */
export async function countSegment(q: Queryable, orgId: string, segment: Segment, today: string, now: Date) {
  const [row] = await q.query<{ total: number; fresh: number }>(
    `select count(*)::int as total, count(*) filter (where ${FRESH('p.id', 'lower(p.work_email)')})::int as fresh ${SEGMENT_SQL}`,
    [...segmentParams(orgId, today, segment), now],
  );
  return row;
}

/** The next people to invite, with the language their mail is written in (their account cannot have chosen one yet). */
export async function nextCandidates(q: Queryable, orgId: string, segment: Segment, today: string, now: Date, limit: number) {
  return q.query<{ id: string; email: string; language: string | null }>(
    `select p.id, lower(p.work_email) as email, p.language ${SEGMENT_SQL} and ${FRESH('p.id', 'lower(p.work_email)')}
      order by p.id limit $8`,
    [...segmentParams(orgId, today, segment), now, limit],
  );
}

/**
 * Writes the invitations of `rows` whose person still has no account and no open invitation; the
 * ones written. An expired invitation of theirs is revoked first (a new one replaces it, as a single
 * invitation does). A writer that committed the same address meanwhile is caught by the unique
 * index of open invitations (migration 016): that row is skipped, not written twice.
 */
export async function insertInvitations(
  q: Queryable,
  b: { orgId: string; batchId: string; role: Role; invitedBy: string | null; now: Date; expiresAt: Date },
  rows: { personId: string; email: string; tokenHash: string }[],
) {
  await q.query(
    `update invitations set revoked_at = $3
      where org_id = $1 and email = any($2::text[]) and accepted_at is null and revoked_at is null and expires_at <= $3`,
    [b.orgId, rows.map((r) => r.email), b.now],
  );
  return q.query<{ id: string; person_id: string; email: string }>(
    `insert into invitations (org_id, email, role, token_hash, invited_by, created_at, expires_at, batch_id, person_id)
     select $1, r.email, $3, r.token_hash, $4, $7, $5, $2, r.person_id
       from jsonb_to_recordset($6::jsonb) as r(person_id uuid, email text, token_hash text)
      where ${FRESH('r.person_id', 'r.email')}
     on conflict (org_id, email) where accepted_at is null and revoked_at is null do nothing
     returning id, person_id, email`,
    [
      b.orgId,
      b.batchId,
      b.role,
      b.invitedBy,
      b.expiresAt,
      JSON.stringify(rows.map((r) => ({ person_id: r.personId, email: r.email, token_hash: r.tokenHash }))),
      b.now,
    ],
  );
}

export async function insertBatch(
  q: Queryable,
  b: { orgId: string; createdBy: string | null; segment: Segment; role: Role; total: number; skipped: number; now: Date },
): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `insert into invitation_batches (org_id, created_by, segment, role, total, skipped, created_at)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [b.orgId, b.createdBy, JSON.stringify(b.segment), b.role, b.total, b.skipped, b.now],
  );
  return row.id;
}

export async function getBatch(q: Queryable, orgId: string, id: string): Promise<BatchRow | undefined> {
  const [row] = await q.query<BatchRow>(`select ${B_COLS} from invitation_batches where org_id = $1 and id = $2`, [orgId, id]);
  return row;
}

export async function listBatches(q: Queryable, orgId: string, limit: number) {
  return q.query<BatchRow>(`select ${B_COLS} from invitation_batches where org_id = $1 order by created_at desc, id limit $2`, [
    orgId,
    limit,
  ]);
}

/** Running batches of every organisation, oldest first (the worker's queue). */
export async function runningBatchIds(q: Queryable, limit: number) {
  return q.query<{ id: string; org_id: string }>(
    `select id, org_id from invitation_batches where status = 'running' order by created_at limit $1`,
    [limit],
  );
}

/**
 * The batch, locked for this transaction, with what writing its invitations needs; undefined when
 * it is finished or another worker holds it (SKIP LOCKED: two workers never write the same chunk).
 */
export async function lockRunningBatch(q: Queryable, orgId: string, id: string) {
  const [row] = await q.query<BatchRow & { org_name: string; org_language: string; creator_label: string | null }>(
    `select b.id, b.org_id, b.created_by, b.segment, b.role, b.status, b.total, b.invited, b.skipped, b.created_at, b.finished_at,
            o.name as org_name, o.default_language as org_language, u.email as creator_label
       from invitation_batches b join organisations o on o.id = b.org_id left join users u on u.id = b.created_by
      where b.org_id = $1 and b.id = $2 and b.status = 'running'
      for update of b skip locked`,
    [orgId, id],
  );
  return row;
}

/**
 * Adds a chunk's counts. `done` finishes the batch: whoever of the segment was not invited counts as
 * skipped (someone counted at the start who has since left or signed up), and the total grows to
 * what was done (someone who joined the segment meanwhile), so invited + skipped = total.
 */
export async function recordChunk(
  q: Queryable,
  orgId: string,
  id: string,
  c: { invited: number; skipped: number; done: boolean; now: Date },
) {
  await q.query(
    `update invitation_batches
        set invited = invited + $3,
            skipped = case when $5 then greatest(total - invited - $3, skipped + $4) else skipped + $4 end,
            total = case when $5 then greatest(total, invited + $3 + skipped + $4) else total end,
            status = case when $5 then 'done' else status end, finished_at = case when $5 then $6::timestamptz else finished_at end
      where org_id = $1 and id = $2`,
    [orgId, id, c.invited, c.skipped, c.done, c.now],
  );
}
