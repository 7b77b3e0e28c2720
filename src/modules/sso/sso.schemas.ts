/** The shapes of the single sign-on settings API and of the work-account discovery. */
import { Id, z } from '../../platform/openapi.ts';
import { DOMAIN_PATTERN, SSO_PRESETS } from './sso.presets.ts';

const Claim = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[\w.:/-]+$/, 'A claim name: letters, digits and . _ : / -');

export const RoleMapping = z.strictObject({
  group: z.string().trim().min(1).max(200).openapi({ description: 'A value of the groups claim (Entra: the group object id)' }),
  role: z.enum(['admin', 'coordinator', 'manager', 'employee']),
});

const Settings = {
  preset: z.enum(SSO_PRESETS),
  issuer: z.string().trim().max(500).openapi({ example: 'https://login.microsoftonline.com/<tenant id>/v2.0' }),
  clientId: z.string().trim().min(1).max(500),
  linkBy: z.enum(['email', 'employee_number']),
  employeeNumberClaim: Claim.nullable().openapi({ description: 'The claim holding the employee number (linkBy employee_number)' }),
  groupsClaim: Claim,
  roleMap: z.array(RoleMapping).max(100),
  defaultRole: z.enum(['coordinator', 'manager', 'employee']).openapi({ description: 'The role of a new account that matches no group' }),
  enabled: z.boolean(),
  required: z.boolean().openapi({ description: 'Everyone signs in through the identity provider, except the break-glass admins' }),
  breakGlassUserIds: z.array(Id).max(20),
  googleDomain: z.string().trim().toLowerCase().regex(DOMAIN_PATTERN, 'A domain name, such as example.be.').nullable().optional().openapi({
    description: 'Google Workspace (required with preset google): the domain people must belong to, the hd claim',
    example: 'example.be',
  }),
};

export const SsoSettingsBody = z
  .strictObject({
    ...Settings,
    clientSecret: z
      .string()
      .min(1)
      .max(2000)
      .optional()
      .openapi({ description: 'Write-only: sent to set or change it, never answered. Left out: the stored one is kept.' }),
  })
  .openapi('SsoSettingsBody');

export const SsoConfig = z
  .object({
    ...Settings,
    clientSecretSet: z.literal(true),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('SsoConfig');

export const SsoSettings = z
  .object({
    redirectUri: z.string().openapi({ description: 'The redirect URI to register at the identity provider' }),
    config: SsoConfig.nullable(),
  })
  .openapi('SsoSettings');

export const SsoCheckBody = z.strictObject({
  issuer: z.string().trim().max(500).optional().openapi({ description: 'The issuer to check; left out: the saved one' }),
  preset: z.enum(SSO_PRESETS).optional(),
});

export const SsoCheckResult = z
  .object({
    issuer: z.string(),
    authorizationEndpoint: z.string(),
    tokenEndpoint: z.string().nullable(),
    userinfoEndpoint: z.string().nullable(),
    jwksUri: z.string().nullable(),
    pkceS256: z.boolean(),
    tokenEndpointAuthMethods: z.array(z.string()),
    claimsSupported: z.array(z.string()),
  })
  .openapi('SsoCheckResult');

export const DiscoverBody = z.strictObject({ email: z.string().trim().max(254).email('Enter a valid email address.') });

export const DiscoverResult = z
  .object({
    items: z.array(z.object({ slug: z.string(), name: z.string(), startUrl: z.string() })),
  })
  .openapi('SsoDiscoverResult');
