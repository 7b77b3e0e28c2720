/** SQL for accounts. Every function that reads an organisation's data takes its id. */
import type { Queryable } from '../../db/db.ts';
import { authChanged } from '../../platform/auth-changes.ts';
import type { Role } from '../../platform/policy.ts';

export interface UserRow {
  id: string;
  org_id: string;
  email: string;
  display_name: string;
  role: Role;
  password_hash: string | null;
  person_id: string | null;
  disabled_at: Date | null;
  language: string | null;
  created_at: Date;
  last_sign_in_at: Date | null;
}

const USER_COLS = `id, org_id, email, display_name, role, password_hash, person_id, disabled_at, language, created_at, last_sign_in_at`;

export async function findUsersByEmail(q: Queryable, email: string, orgSlug?: string) {
  return q.query<UserRow & { org_slug: string; org_name: string; org_language: string }>(
    `select ${USER_COLS.split(', ')
      .map((c) => 'u.' + c)
      .join(', ')}, o.slug as org_slug, o.name as org_name, o.default_language as org_language
       from users u join organisations o on o.id = u.org_id
      where u.email = $1 and ($2::text is null or o.slug = $2)
      order by o.slug`,
    [email, orgSlug ?? null],
  );
}

export async function getUser(q: Queryable, orgId: string, id: string): Promise<UserRow | undefined> {
  const [row] = await q.query<UserRow>(`select ${USER_COLS} from users where org_id = $1 and id = $2`, [orgId, id]);
  return row;
}

export async function getUserByEmail(q: Queryable, orgId: string, email: string): Promise<UserRow | undefined> {
  const [row] = await q.query<UserRow>(`select ${USER_COLS} from users where org_id = $1 and email = $2`, [orgId, email]);
  return row;
}

export async function listUsers(q: Queryable, orgId: string) {
  return q.query<UserRow>(`select ${USER_COLS} from users where org_id = $1 order by email`, [orgId]);
}

export async function insertUser(
  q: Queryable,
  u: { orgId: string; email: string; role: Role; passwordHash: string | null; displayName: string; personId?: string | null },
): Promise<UserRow> {
  const [row] = await q.query<UserRow>(
    `insert into users (org_id, email, role, password_hash, display_name,
                        person_id)
     values ($1, $2, $3, $4, $5,
             coalesce($6::uuid, (select id from people where org_id = $1 and work_email = $2)))
     returning ${USER_COLS}`,
    [u.orgId, u.email, u.role, u.passwordHash, u.displayName, u.personId ?? null],
  );
  return row;
}

export async function updateUserAccess(q: Queryable, orgId: string, id: string, a: { role: Role; disabledAt: Date | null }) {
  const [row] = await q.query<UserRow>(
    `update users set role = $3, disabled_at = $4 where org_id = $1 and id = $2 returning ${USER_COLS}`,
    [orgId, id, a.role, a.disabledAt],
  );
  authChanged(q);
  return row;
}

/** The user's own settings: `language` undefined leaves it, null clears it (back to the defaults). */
export async function updateOwnSettings(q: Queryable, orgId: string, id: string, s: { language?: string | null; displayName?: string }) {
  await q.query(
    `update users set language = case when $3 then $4 else language end,
                      display_name = coalesce($5, display_name)
      where org_id = $1 and id = $2`,
    [orgId, id, s.language !== undefined, s.language ?? null, s.displayName ?? null],
  );
}

export async function setPassword(q: Queryable, id: string, passwordHash: string) {
  await q.query('update users set password_hash = $2 where id = $1', [id, passwordHash]);
}

export async function touchSignIn(q: Queryable, id: string, now: Date) {
  await q.query('update users set last_sign_in_at = $2 where id = $1', [id, now]);
}

/** The language of the directory entry with this work email, if there is one. */
export async function personLanguageByEmail(q: Queryable, orgId: string, email: string): Promise<string | null> {
  const [row] = await q.query<{ language: string | null }>('select language from people where org_id = $1 and work_email = $2', [
    orgId,
    email,
  ]);
  return row?.language ?? null;
}

export async function countActiveAdmins(q: Queryable, orgId: string): Promise<number> {
  const [row] = await q.query<{ n: number }>(
    `select count(*)::int as n from users where org_id = $1 and role = 'admin' and disabled_at is null`,
    [orgId],
  );
  return row.n;
}

/** The names of the person in the directory with this work email (what a new password must not be built from). */
export async function personNamesByEmail(q: Queryable, orgId: string, email: string): Promise<string[]> {
  const [row] = await q.query<{ first_name: string; last_name: string }>(
    `select first_name, last_name from people where org_id = $1 and work_email = $2 limit 1`,
    [orgId, email],
  );
  return row ? [row.first_name, row.last_name] : [];
}

/** Links a user to the person with the same work email, if not linked yet. */
export async function linkPerson(q: Queryable, orgId: string, userId: string) {
  await q.query(
    `update users u set person_id = p.id from people p
      where u.id = $2 and u.org_id = $1 and u.person_id is null and p.org_id = $1 and p.work_email = u.email`,
    [orgId, userId],
  );
  authChanged(q);
}

export async function insertSession(
  q: Queryable,
  s: { tokenHash: string; userId: string; orgId: string; csrfToken: string; now: Date; expiresAt: Date; userAgent: string | null },
) {
  await q.query(
    `insert into sessions (token_hash, user_id, org_id, csrf_token, created_at, last_seen_at, expires_at, user_agent)
     values ($1, $2, $3, $4, $5, $5, $6, $7)`,
    [s.tokenHash, s.userId, s.orgId, s.csrfToken, s.now, s.expiresAt, s.userAgent?.slice(0, 300) ?? null],
  );
}

export async function deleteSession(q: Queryable, tokenHash: string) {
  await q.query('delete from sessions where token_hash = $1', [tokenHash]);
  authChanged(q);
}

export async function deleteUserSessions(q: Queryable, orgId: string, userId: string): Promise<number> {
  const rows = await q.query('delete from sessions where org_id = $1 and user_id = $2 returning 1', [orgId, userId]);
  authChanged(q);
  return rows.length;
}

/** Revokes every API token of the user that is still valid; returns how many. */
export async function revokeUserTokens(q: Queryable, orgId: string, userId: string, now: Date): Promise<number> {
  const rows = await q.query(
    'update api_tokens set revoked_at = $3 where org_id = $1 and user_id = $2 and revoked_at is null returning 1',
    [orgId, userId, now],
  );
  authChanged(q);
  return rows.length;
}

/** Whether this browser signed in successfully before as one of `userIds`. */
export async function isKnownDevice(q: Queryable, deviceHash: string, userIds: string[]): Promise<boolean> {
  if (userIds.length === 0) return false;
  const rows = await q.query('select 1 from known_devices where device_hash = $1 and user_id = any($2::uuid[]) limit 1', [
    deviceHash,
    userIds,
  ]);
  return rows.length > 0;
}

export async function rememberDevice(q: Queryable, d: { deviceHash: string; userId: string; orgId: string; now: Date }) {
  await q.query(
    `insert into known_devices (device_hash, user_id, org_id, first_seen_at, last_seen_at) values ($1, $2, $3, $4, $4)
     on conflict (device_hash, user_id) do update set last_seen_at = $4`,
    [d.deviceHash, d.userId, d.orgId, d.now],
  );
}

export interface TokenRow {
  id: string;
  user_id: string;
  user_email: string;
  name: string;
  prefix: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export async function listTokens(q: Queryable, orgId: string, userId: string | null) {
  return q.query<TokenRow>(
    `select t.id, t.user_id, u.email as user_email, t.name, t.prefix, t.created_at, t.last_used_at, t.revoked_at
       from api_tokens t join users u on u.id = t.user_id
      where t.org_id = $1 and ($2::uuid is null or t.user_id = $2)
      order by t.revoked_at nulls first, t.created_at desc`,
    [orgId, userId],
  );
}

export async function getToken(q: Queryable, orgId: string, id: string) {
  const [row] = await q.query<TokenRow>(
    `select t.id, t.user_id, u.email as user_email, t.name, t.prefix, t.created_at, t.last_used_at, t.revoked_at
       from api_tokens t join users u on u.id = t.user_id where t.org_id = $1 and t.id = $2`,
    [orgId, id],
  );
  return row;
}

export async function insertToken(
  q: Queryable,
  t: { orgId: string; userId: string; name: string; tokenHash: string; prefix: string; createdBy: string | null; now: Date },
): Promise<TokenRow> {
  const [row] = await q.query<{ id: string }>(
    `insert into api_tokens (org_id, user_id, name, token_hash, prefix, created_by, created_at)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [t.orgId, t.userId, t.name, t.tokenHash, t.prefix, t.createdBy, t.now],
  );
  return (await getToken(q, t.orgId, row.id))!;
}

export interface InvitationRow {
  id: string;
  org_id: string;
  email: string;
  role: Role;
  invited_by: string | null;
  created_at: Date;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
  /** The person the account will belong to (bulk and alumni invitations). */
  person_id: string | null;
}

const INV_COLS = 'id, org_id, email, role, invited_by, created_at, expires_at, accepted_at, revoked_at, person_id';

export async function insertInvitation(
  q: Queryable,
  i: {
    orgId: string;
    email: string;
    role: Role;
    tokenHash: string;
    invitedBy: string | null;
    now: Date;
    expiresAt: Date;
    personId?: string | null;
  },
): Promise<InvitationRow> {
  // A new invitation to the same address replaces the pending one.
  await q.query(`update invitations set revoked_at = $3 where org_id = $1 and email = $2 and accepted_at is null and revoked_at is null`, [
    i.orgId,
    i.email,
    i.now,
  ]);
  const [row] = await q.query<InvitationRow>(
    `insert into invitations (org_id, email, role, token_hash, invited_by, created_at, expires_at, person_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8) returning ${INV_COLS}`,
    [i.orgId, i.email, i.role, i.tokenHash, i.invitedBy, i.now, i.expiresAt, i.personId ?? null],
  );
  return row;
}

export async function listPendingInvitations(q: Queryable, orgId: string, now: Date) {
  return q.query<InvitationRow>(
    `select ${INV_COLS} from invitations
      where org_id = $1 and accepted_at is null and revoked_at is null and expires_at > $2
      order by created_at desc`,
    [orgId, now],
  );
}

export async function findInvitationByToken(q: Queryable, tokenHash: string) {
  const [row] = await q.query<InvitationRow & { org_name: string; org_slug: string; org_language: string; person_language: string | null }>(
    `select ${INV_COLS.split(', ')
      .map((c) => 'i.' + c)
      .join(', ')}, o.name as org_name, o.slug as org_slug, o.default_language as org_language,
            (select p.language from people p where p.org_id = i.org_id and p.work_email = i.email) as person_language
       from invitations i join organisations o on o.id = i.org_id where i.token_hash = $1`,
    [tokenHash],
  );
  return row;
}

export async function revokeInvitation(q: Queryable, orgId: string, id: string, now: Date) {
  const rows = await q.query(
    `update invitations set revoked_at = $3
      where org_id = $1 and id = $2 and accepted_at is null and revoked_at is null returning id`,
    [orgId, id, now],
  );
  return rows.length > 0;
}

/** Marks the invitation accepted; false when someone accepted it first. */
export async function claimInvitation(q: Queryable, id: string, now: Date): Promise<boolean> {
  const rows = await q.query('update invitations set accepted_at = $2 where id = $1 and accepted_at is null returning id', [id, now]);
  return rows.length > 0;
}

// ---- Password resets ----

export async function insertPasswordReset(
  q: Queryable,
  r: { orgId: string; userId: string; tokenHash: string; now: Date; expiresAt: Date },
) {
  await q.query(`insert into password_resets (org_id, user_id, token_hash, created_at, expires_at) values ($1, $2, $3, $4, $5)`, [
    r.orgId,
    r.userId,
    r.tokenHash,
    r.now,
    r.expiresAt,
  ]);
}

/** An unused, unexpired reset of an enabled user, by its token. */
export async function findValidReset(q: Queryable, tokenHash: string, now: Date) {
  const [row] = await q.query<{
    id: string;
    user_id: string;
    org_id: string;
    email: string;
    org_name: string;
    display_name: string;
    first_name: string | null;
    last_name: string | null;
  }>(
    `select r.id, r.user_id, r.org_id, u.email, o.name as org_name, u.display_name, p.first_name, p.last_name
       from password_resets r join users u on u.id = r.user_id join organisations o on o.id = r.org_id
       left join people p on p.org_id = u.org_id and (p.id = u.person_id or (u.person_id is null and p.work_email = u.email))
      where r.token_hash = $1 and r.used_at is null and r.expires_at > $2 and u.disabled_at is null`,
    [tokenHash, now],
  );
  return row;
}

export async function markResetUsed(q: Queryable, id: string, now: Date) {
  await q.query('update password_resets set used_at = $2 where id = $1', [id, now]);
}
