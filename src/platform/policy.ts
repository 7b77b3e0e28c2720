/**
 * Who may do what, in one table. Services call `authorize` first; nothing is allowed by default.
 * Object-level rules (a manager and their reports, a person and their own record) live with the
 * module that owns the object, and build on these.
 */
import { forbidden, unprocessable } from './errors.ts';

/**
 * The roles an admin (or the CLI, or single sign-on) may give. 'alumni' is not among them: an alumni
 * account exists only because its person chose it (community/alumni.service.ts), with an address of
 * their own, so nobody can turn a colleague into an alumnus or an alumnus into a colleague by hand.
 */
export const ASSIGNABLE_ROLES = ['admin', 'coordinator', 'manager', 'employee'] as const;
export type AssignableRole = (typeof ASSIGNABLE_ROLES)[number];
/** Every role an account can have. 'alumni' holds no permission below: what it may do is its own allow-list (alumni.gate.ts). */
export const ROLES = [...ASSIGNABLE_ROLES, 'alumni'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  userId: string;
  orgId: string;
  role: Role;
  email: string;
  personId: string | null;
  via: 'session' | 'token' | 'system';
  /** How the audit log names this actor. */
  label: string;
  tokenId?: string;
  sessionHash?: string;
  csrfToken?: string;
}

const PERMISSIONS = {
  'people.read': ['admin', 'coordinator', 'manager', 'employee'],
  'people.readPrivate': ['admin'],
  'people.import': ['admin'],
  'people.export': ['admin'],
  'users.read': ['admin'],
  'users.manage': ['admin'],
  'tokens.manageAll': ['admin'],
  'audit.read': ['admin'],
  'org.manage': ['admin'],
  'mailbox.read': ['admin'],
  /** Run the ambassador program: invitations, guidelines, hiding a story for a legal reason, insights. */
  'program.manage': ['admin', 'coordinator'],
  /** Design journeys, run the schedule, see and retry deliveries. */
  'moments.manage': ['admin'],
  /** Write surveys, send them, set their minimums and the organisation's retention. */
  'surveys.manage': ['admin'],
  /** See survey results: admins all of them, coordinators the ambassador program's, managers their own team's (surveys module). */
  'surveys.results': ['admin', 'coordinator', 'manager'],
  /** Connect the employer's systems: single sign-on, SCIM tokens, webhooks, chat channels. */
  'integrations.manage': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;
/** Every permission, for telling a signed-in client what it may show. */
export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

export function can(actor: Actor, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(actor.role);
}

export function authorize(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw forbidden();
}

/**
 * The person the actor is: joining, writing, answering and personal moments need one. Here rather
 * than in a module because every module that acts for "me" asks the same question.
 */
export function requirePerson(actor: Actor): string {
  if (!actor.personId) {
    throw unprocessable(
      'Your account is not linked to a person in the directory.',
      [{ path: 'person', message: 'Ask HR to add you to the directory with your work email address, then sign in again.' }],
      'person-not-linked',
    );
  }
  return actor.personId;
}

/** The actor the CLI acts as: an admin of one organisation, named "cli" in the audit log. */
export function systemActor(orgId: string): Actor {
  return { userId: '', orgId, role: 'admin', email: '', personId: null, via: 'system', label: 'cli' };
}
