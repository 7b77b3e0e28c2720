import type { InvitationRow, TokenRow, UserRow } from './accounts.repo.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const presentUser = (u: UserRow) => ({
  id: u.id,
  email: u.email,
  displayName: u.display_name,
  role: u.role,
  personId: u.person_id,
  language: u.language as 'nl' | 'fr' | 'en' | 'de' | null,
  disabled: u.disabled_at !== null,
  createdAt: u.created_at.toISOString(),
  lastSignInAt: iso(u.last_sign_in_at),
});

export const presentToken = (t: TokenRow) => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  userId: t.user_id,
  userEmail: t.user_email,
  createdAt: t.created_at.toISOString(),
  lastUsedAt: iso(t.last_used_at),
  revokedAt: iso(t.revoked_at),
});

export const presentInvitation = (i: InvitationRow) => ({
  id: i.id,
  email: i.email,
  role: i.role,
  createdAt: i.created_at.toISOString(),
  expiresAt: i.expires_at.toISOString(),
});
