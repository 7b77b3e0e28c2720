/** SQL for single sign-on: the configuration of an organisation and the flows on their way. Organisation id required. */
import type { Queryable } from '../../db/db.ts';

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
  created_at: Date;
  updated_at: Date;
}

export async function findConfig(q: Queryable, orgId: string): Promise<SsoConfigRow | null> {
  const rows = await q.query<SsoConfigRow>('select * from sso_configs where org_id = $1', [orgId]);
  return rows[0] ?? null;
}
