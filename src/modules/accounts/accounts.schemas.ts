import { z } from '../../platform/openapi.ts';
import { UI_LANGUAGES } from '../../platform/language.ts';
import { ASSIGNABLE_ROLES, ROLES } from '../../platform/policy.ts';

export const Role = z.enum(ROLES);
/** The roles an admin may give ('alumni' comes only from the person's own choice). */
export const AssignableRole = z.enum(ASSIGNABLE_ROLES);
export const Lang = z.enum(['nl', 'fr', 'en', 'de']);
/** The languages of the interface. */
export const UiLang = z.enum(UI_LANGUAGES);
const Email = z.string().trim().max(254).email('Enter a valid email address.');

export const SignInBody = z.strictObject({
  email: Email,
  password: z.string().min(1).max(1024),
  organisation: z
    .string()
    .max(63)
    .optional()
    .openapi({ description: 'The organisation slug, needed only when the address has accounts in several.' }),
});

export const User = z
  .object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    role: Role,
    personId: z.string().nullable(),
    language: Lang.nullable().openapi({
      description: 'The interface language the user chose; null: automatic (their directory entry, their browser, the organisation)',
    }),
    disabled: z.boolean(),
    createdAt: z.string(),
    lastSignInAt: z.string().nullable(),
  })
  .openapi('User');

export const Me = z
  .object({
    user: User,
    language: UiLang.openapi({
      description:
        "The interface language to show: the user's choice, else their directory entry's language, else the browser's (Accept-Language), else the organisation's default",
    }),
    languageSource: z
      .enum(['choice', 'person', 'browser', 'organisation'])
      .openapi({ description: 'Where `language` came from (choice: `user.language`)' }),
    organisation: z.object({ id: z.string(), slug: z.string(), name: z.string(), defaultLanguage: Lang, timeZone: z.string() }),
    csrfToken: z
      .string()
      .nullable()
      .openapi({ description: 'Send it as X-CSRF-Token on state-changing requests made with the session cookie.' }),
    permissions: z.array(z.string()),
  })
  .openapi('Me');

export const UpdateMeBody = z.strictObject({
  language: UiLang.nullable().optional().openapi({ description: 'Your interface language; null: automatic again' }),
  displayName: z.string().max(200).optional(),
});

export const ResetRequestBody = z.strictObject({ email: Email, organisation: z.string().max(63).optional() });
export const ResetConfirmBody = z.strictObject({ token: z.string().min(10).max(200), password: z.string().max(1024) });

export const InviteBody = z.strictObject({ email: Email, role: AssignableRole });
export const Invitation = z
  .object({ id: z.string(), email: z.string(), role: Role, createdAt: z.string(), expiresAt: z.string() })
  .openapi('Invitation');
export const InvitationInfo = z.object({
  email: z.string(),
  role: Role,
  organisation: z.object({ name: z.string(), slug: z.string() }),
  expiresAt: z.string(),
  language: UiLang.openapi({
    description:
      "The language to show the invitation in: the invited person's directory entry, else the browser's, else the organisation's",
  }),
  signIn: z.object({
    password: z
      .boolean()
      .openapi({ description: 'Whether accepting with a password is possible (false where single sign-on is required)' }),
    workAccount: z
      .string()
      .nullable()
      .openapi({ description: "Where to sign in with the work account instead (the organisation's single sign-on), or null" }),
  }),
});
export const AcceptBody = z.strictObject({
  token: z.string().min(10).max(200),
  password: z.string().max(1024),
  displayName: z.string().max(200).optional(),
});

export const UpdateUserBody = z.strictObject({ role: AssignableRole.optional(), disabled: z.boolean().optional() });

export const Token = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string(),
    userId: z.string(),
    userEmail: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .openapi('ApiToken');
export const CreateTokenBody = z.strictObject({ name: z.string().trim().min(1, 'Give the token a name.').max(100) });
