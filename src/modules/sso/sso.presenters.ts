/** Single sign-on rows as the API answers them: never the client secret, only that one is set. */
import type { SsoConfigRow } from './sso.repo.ts';

export function presentConfig(row: SsoConfigRow) {
  return {
    preset: row.preset,
    issuer: row.issuer,
    clientId: row.client_id,
    clientSecretSet: true as const,
    linkBy: row.link_by,
    employeeNumberClaim: row.employee_number_claim,
    groupsClaim: row.groups_claim,
    roleMap: row.role_map,
    defaultRole: row.default_role,
    enabled: row.enabled,
    required: row.required,
    breakGlassUserIds: row.break_glass_user_ids,
    googleDomain: row.google_domain,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
