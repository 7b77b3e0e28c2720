/**
 * What each identity provider preset means (pure: the settings API and the web app's form use it).
 *
 * - entra: Microsoft Entra ID, one tenant. The issuer names the tenant, so a token from any other
 *   tenant fails the issuer check; the "common", "organizations" and "consumers" endpoints are refused
 *   for that reason. Entra does not send email_verified: its `email` claim is taken only when the
 *   token says the tenant verified the domain (`xms_edov`), while `preferred_username` (the user
 *   principal name, whose domain a tenant can only use once it has verified it) is taken as verified.
 * - google: Google Workspace. `email` counts only with email_verified true and an `hd` claim equal to
 *   the organisation's Workspace domain (`googleDomain`): not a personal Gmail account, and not an
 *   account of another company's Workspace (Google's issuer is the same for every Workspace).
 * - generic: any OpenID provider; `email` counts only with email_verified true.
 */
export const SSO_PRESETS = ['entra', 'google', 'generic'] as const;
export type Preset = (typeof SSO_PRESETS)[number];

export const GOOGLE_ISSUER = 'https://accounts.google.com';
const ENTRA_ISSUER = /^https:\/\/login\.microsoftonline\.com\/([^/]+)\/v2\.0$/;
const ENTRA_SHARED_TENANTS = new Set(['common', 'organizations', 'consumers']);

/** The issuer of an Entra ID tenant (a directory id or a verified domain). */
export const entraIssuer = (tenant: string) => `https://login.microsoftonline.com/${tenant.trim()}/v2.0`;

/** The tenant an Entra issuer names, or null. */
export function entraTenant(issuer: string): string | null {
  return ENTRA_ISSUER.exec(issuer)?.[1] ?? null;
}

export const PRESET_CLAIMS: Record<Preset, { groupsClaim: string; employeeNumberClaim: string }> = {
  entra: { groupsClaim: 'groups', employeeNumberClaim: 'employeeid' },
  google: { groupsClaim: 'groups', employeeNumberClaim: 'employee_id' },
  generic: { groupsClaim: 'groups', employeeNumberClaim: 'employee_number' },
};

/**
 * Why an issuer does not fit the preset, or null when it does. `allowHttpLoopback`: plain http to a
 * loopback address (an identity provider the tests start), only where the configuration allows
 * private addresses; never in production.
 */
export function issuerProblem(preset: Preset, issuer: string, allowHttpLoopback: boolean): string | null {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return 'The issuer is not a URL.';
  }
  if (url.search || url.hash || url.username || url.password) return 'The issuer has no query, fragment or credentials.';
  const loopback = url.protocol === 'http:' && allowHttpLoopback && isLoopbackHost(url.hostname);
  if (url.protocol !== 'https:' && !loopback) return 'The issuer must start with https://.';
  if (preset === 'google' && issuer !== GOOGLE_ISSUER) return `Google's issuer is ${GOOGLE_ISSUER}.`;
  if (preset === 'entra') {
    const tenant = entraTenant(issuer);
    if (!tenant) return "Entra ID's issuer is https://login.microsoftonline.com/<tenant id>/v2.0.";
    if (ENTRA_SHARED_TENANTS.has(tenant.toLowerCase()))
      return 'Name your own tenant: "common", "organizations" and "consumers" accept anyone.';
  }
  return null;
}

export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** The email addresses of a signed-in person that the preset says their identity provider verified. */
export function verifiedEmails(preset: Preset, claims: Record<string, unknown>, googleDomain: string | null = null): string[] {
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : null;
  const out: string[] = [];
  if (preset === 'entra') {
    if (email && (claims.email_verified === true || claims.xms_edov === true || claims.xms_edov === '1')) out.push(email);
    const upn = typeof claims.preferred_username === 'string' ? claims.preferred_username.trim().toLowerCase() : null;
    if (upn && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(upn)) out.push(upn);
  } else if (email && claims.email_verified === true && (preset !== 'google' || sameDomain(claims.hd, googleDomain))) {
    out.push(email);
  }
  return [...new Set(out)];
}

const sameDomain = (hd: unknown, domain: string | null) => typeof hd === 'string' && domain !== null && hd.toLowerCase() === domain;

/** A domain name (no scheme, no @, no spaces): the Google Workspace domain. */
export const DOMAIN_PATTERN = /^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;

export const ROLE_RANK = { employee: 0, manager: 1, coordinator: 2, admin: 3 } as const;
export type MappedRole = keyof typeof ROLE_RANK;

/** The highest role any of the person's groups maps to, or null when none matches. */
export function roleFromGroups(groups: unknown, roleMap: { group: string; role: MappedRole }[]): MappedRole | null {
  const list = Array.isArray(groups) ? groups.map(String) : typeof groups === 'string' ? [groups] : [];
  let best: MappedRole | null = null;
  for (const m of roleMap) if (list.includes(m.group) && (best === null || ROLE_RANK[m.role] > ROLE_RANK[best])) best = m.role;
  return best;
}

/**
 * Whether the token says the person's groups did not fit in it: Entra ID leaves the groups claim
 * out above 200 groups (150 in SAML, 6 in the implicit flow) and names it in `_claim_names` instead,
 * or sends `hasgroups: true`. The groups are then unknown, never "none".
 */
export function groupsOverage(claims: Record<string, unknown>, groupsClaim: string): boolean {
  if (claims[groupsClaim] !== undefined) return false;
  const names = claims._claim_names;
  const named = typeof names === 'object' && names !== null && (Object.hasOwn(names, groupsClaim) || Object.hasOwn(names, 'groups'));
  return named || claims.hasgroups === true || claims.hasgroups === 'true';
}
