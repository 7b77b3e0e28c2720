/** SQL for single sign-on: the configuration of an organisation and the flows on their way. Organisation id required. */
import type { Queryable } from '../../db/db.ts';
import { authChanged } from '../../platform/auth-changes.ts';
import type { UserRow } from '../accounts/accounts.service.ts';

export type SsoPreset = 'entra' | 'google' | 'generic';
export type MappedRole = 'admin' | 'coordinator' | 'manager' | 'employee';

export interface RoleMapping {
  group: string;
  role: MappedRole;
}

export interface SsoConfigRow {
  org_id: string;
  preset: SsoPreset;
  issuer: string;
  client_id: string;
  client_secret_sealed: string;
  link_by: 'email' | 'employee_number';
  employee_number_claim: string | null;
  groups_claim: string;
  role_map: RoleMapping[];
  default_role: 'coordinator' | 'manager' | 'employee';
  required: boolean;
  break_glass_user_ids: string[];
  enabled: boolean;
  /** Google Workspace: the domain the `hd` claim must name (lowercase); null for other presets. */
  google_domain: string | null;
  created_at: Date;
  updated_at: Date;
}

export async function findConfig(q: Queryable, orgId: string): Promise<SsoConfigRow | null> {
  const rows = await q.query<SsoConfigRow>('select * from sso_configs where org_id = $1', [orgId]);
  return rows[0] ?? null;
}

export interface ConfigWrite {
  preset: SsoPreset;
  issuer: string;
  clientId: string;
  clientSecretSealed: string;
  linkBy: 'email' | 'employee_number';
  employeeNumberClaim: string | null;
  groupsClaim: string;
  roleMap: RoleMapping[];
  defaultRole: 'coordinator' | 'manager' | 'employee';
  required: boolean;
  breakGlassUserIds: string[];
  enabled: boolean;
  googleDomain: string | null;
}

export async function upsertConfig(q: Queryable, orgId: string, c: ConfigWrite, now: Date): Promise<SsoConfigRow> {
  const [row] = await q.query<SsoConfigRow>(
    `insert into sso_configs (org_id, preset, issuer, client_id, client_secret_sealed, link_by, employee_number_claim, groups_claim,
                              role_map, default_role, required, break_glass_user_ids, enabled, google_domain, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11, $12::uuid[], $13, $15, $14, $14)
     on conflict (org_id) do update set preset = excluded.preset, issuer = excluded.issuer, client_id = excluded.client_id,
       client_secret_sealed = excluded.client_secret_sealed, link_by = excluded.link_by,
       employee_number_claim = excluded.employee_number_claim, groups_claim = excluded.groups_claim, role_map = excluded.role_map,
       default_role = excluded.default_role, required = excluded.required, break_glass_user_ids = excluded.break_glass_user_ids,
       enabled = excluded.enabled, google_domain = excluded.google_domain, updated_at = excluded.updated_at
     returning *`,
    [
      orgId,
      c.preset,
      c.issuer,
      c.clientId,
      c.clientSecretSealed,
      c.linkBy,
      c.employeeNumberClaim,
      c.groupsClaim,
      JSON.stringify(c.roleMap),
      c.defaultRole,
      c.required,
      c.breakGlassUserIds,
      c.enabled,
      now,
      c.googleDomain,
    ],
  );
  return row;
}

export async function deleteConfig(q: Queryable, orgId: string): Promise<boolean> {
  const rows = await q.query('delete from sso_configs where org_id = $1 returning org_id', [orgId]);
  return rows.length > 0;
}

/** The ids among `ids` that are active admins of the organisation. */
export async function activeAdminIds(q: Queryable, orgId: string, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await q.query<{ id: string }>(
    `select id from users where org_id = $1 and id = any($2::uuid[]) and role = 'admin' and disabled_at is null`,
    [orgId, ids],
  );
  return rows.map((r) => r.id);
}

export async function hasSsoSubject(q: Queryable, orgId: string, userId: string): Promise<boolean> {
  const rows = await q.query('select 1 from users where org_id = $1 and id = $2 and sso_subject is not null', [orgId, userId]);
  return rows.length > 0;
}

export interface OrgRow {
  id: string;
  slug: string;
  name: string;
  default_language: string;
}

export async function findOrgBySlug(q: Queryable, slug: string): Promise<OrgRow | null> {
  const rows = await q.query<OrgRow>('select id, slug, name, default_language from organisations where slug = $1', [slug]);
  return rows[0] ?? null;
}

export async function findOrg(q: Queryable, orgId: string): Promise<OrgRow | null> {
  const rows = await q.query<OrgRow>('select id, slug, name, default_language from organisations where id = $1', [orgId]);
  return rows[0] ?? null;
}

/**
 * Organisations with SSO enabled where this email DOMAIN is used: by an account or by a directory
 * entry's work email. Only domains are compared, so the answer is the same for every address of a domain.
 */
export async function orgsForDomain(q: Queryable, domain: string): Promise<OrgRow[]> {
  return q.query<OrgRow>(
    `select o.id, o.slug, o.name, o.default_language
       from sso_configs c join organisations o on o.id = c.org_id
      where c.enabled
        and (exists (select 1 from users u where u.org_id = c.org_id and split_part(u.email, '@', 2) = $1)
          or exists (select 1 from people p where p.org_id = c.org_id and lower(split_part(p.work_email, '@', 2)) = $1))
      order by o.name
      limit 10`,
    [domain],
  );
}

// Flows ---------------------------------------------------------------------------------------

export async function insertFlow(
  q: Queryable,
  f: {
    stateHash: string;
    orgId: string;
    nonce: string;
    codeVerifier: string;
    returnTo: string;
    language: string | null;
    now: Date;
    expiresAt: Date;
  },
): Promise<void> {
  await q.query(
    `insert into sso_flows (state_hash, org_id, nonce, code_verifier, return_to, language, created_at, expires_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [f.stateHash, f.orgId, f.nonce, f.codeVerifier, f.returnTo, f.language, f.now, f.expiresAt],
  );
  // Flows nobody finished are of no use; a start tidies the expired ones.
  await q.query('delete from sso_flows where expires_at < $1', [new Date(f.now.getTime() - 3600_000)]);
}

export interface FlowRow {
  state_hash: string;
  org_id: string;
  nonce: string;
  code_verifier: string;
  return_to: string;
  language: string | null;
  expires_at: Date;
}

/** Takes the flow (once: a second callback with the same state finds nothing). */
export async function takeFlow(q: Queryable, stateHash: string): Promise<FlowRow | null> {
  const rows = await q.query<FlowRow>('delete from sso_flows where state_hash = $1 returning *', [stateHash]);
  return rows[0] ?? null;
}

// Linking -------------------------------------------------------------------------------------

/** `role_source`: 'sso:<role>' when the group mapping gave the role (see flow.service's link). */
/** Accounts single sign-on links: never an alumni account (its personal address is not the identity provider's). */
export type LinkUserRow = Omit<UserRow, 'role'> & { role: MappedRole; sso_subject: string | null; role_source: string | null };

const USER_COLS = `id, org_id, email, display_name, role, password_hash, person_id, disabled_at, language, created_at, last_sign_in_at, sso_subject,
  role_source`;

export interface LinkPersonRow {
  id: string;
  employee_number: string;
  first_name: string;
  last_name: string;
  work_email: string | null;
  end_date: string | null;
  /** The provisioning client ended or removed them (SCIM active: false, DELETE): no way in, whatever the date. */
  deprovisioned: boolean;
}

const PERSON_COLS = `id, employee_number, first_name, last_name, lower(work_email) as work_email, end_date::text as end_date,
  (scim_ended_on is not null or deprovisioned_at is not null) as deprovisioned`;

export async function userBySubject(q: Queryable, orgId: string, subject: string): Promise<LinkUserRow | null> {
  const rows = await q.query<LinkUserRow>(`select ${USER_COLS} from users where org_id = $1 and sso_subject = $2 and role <> 'alumni'`, [
    orgId,
    subject,
  ]);
  return rows[0] ?? null;
}

export async function userByPersonOrEmail(
  q: Queryable,
  orgId: string,
  personId: string | null,
  emails: string[],
): Promise<LinkUserRow | null> {
  const rows = await q.query<LinkUserRow>(
    `select ${USER_COLS} from users where org_id = $1 and (person_id = $2 or email = any($3::text[])) and role <> 'alumni'
      order by (person_id = $2) desc nulls last, created_at limit 1`,
    [orgId, personId, emails],
  );
  return rows[0] ?? null;
}

/** Alumni accounts never sign in with the work identity provider, and password rules for them are their own. */
export async function isAlumniAccount(q: Queryable, orgId: string, userId: string): Promise<boolean> {
  const rows = await q.query(`select 1 from users where org_id = $1 and id = $2 and role = 'alumni'`, [orgId, userId]);
  return rows.length > 0;
}

export async function personById(q: Queryable, orgId: string, id: string): Promise<LinkPersonRow | null> {
  const rows = await q.query<LinkPersonRow>(`select ${PERSON_COLS} from people where org_id = $1 and id = $2`, [orgId, id]);
  return rows[0] ?? null;
}

export async function peopleByEmails(q: Queryable, orgId: string, emails: string[]): Promise<LinkPersonRow[]> {
  if (emails.length === 0) return [];
  return q.query<LinkPersonRow>(`select ${PERSON_COLS} from people where org_id = $1 and lower(work_email) = any($2::text[]) limit 2`, [
    orgId,
    emails,
  ]);
}

export async function personByEmployeeNumber(q: Queryable, orgId: string, employeeNumber: string): Promise<LinkPersonRow | null> {
  const rows = await q.query<LinkPersonRow>(`select ${PERSON_COLS} from people where org_id = $1 and employee_number = $2`, [
    orgId,
    employeeNumber,
  ]);
  return rows[0] ?? null;
}

export async function insertSsoUser(
  q: Queryable,
  u: {
    orgId: string;
    email: string;
    role: MappedRole;
    roleSource: string | null;
    personId: string | null;
    subject: string;
    displayName: string;
  },
): Promise<LinkUserRow> {
  const [row] = await q.query<LinkUserRow>(
    `insert into users (org_id, email, role, role_source, password_hash, display_name, person_id, sso_subject)
     values ($1, $2, $3, $4, null, $5, $6, $7) returning ${USER_COLS}`,
    [u.orgId, u.email, u.role, u.roleSource, u.displayName, u.personId, u.subject],
  );
  return row;
}

export async function linkSsoUser(
  q: Queryable,
  orgId: string,
  userId: string,
  s: { role: MappedRole; roleSource: string | null; personId: string | null; subject: string },
): Promise<LinkUserRow> {
  const [row] = await q.query<LinkUserRow>(
    `update users set role = $3, role_source = $4, person_id = coalesce($5, person_id), sso_subject = $6
      where org_id = $1 and id = $2 returning ${USER_COLS}`,
    [orgId, userId, s.role, s.roleSource, s.personId, s.subject],
  );
  authChanged(q);
  return row;
}
