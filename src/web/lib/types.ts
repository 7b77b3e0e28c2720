/**
 * The API's shapes as the browser sees them: generated from the HTTP contract (api.gen.ts), never
 * imported from the server's zod schemas, so the bundle never pulls in server code.
 */
import type { components, paths } from './api.gen.ts';
export type ApiLanguage = 'nl' | 'fr' | 'en' | 'de';
export type Role = 'admin' | 'coordinator' | 'manager' | 'employee' | 'alumni';
/** The roles an admin may give ('alumni' comes only from the person's own choice). */
export const ROLES: readonly Role[] = ['admin', 'coordinator', 'manager', 'employee'];
export type Region = 'flanders' | 'brussels' | 'wallonia' | 'abroad';
export const REGIONS: readonly Region[] = ['flanders', 'brussels', 'wallonia', 'abroad'];

export type Permission =
  | 'people.read'
  | 'people.readPrivate'
  | 'people.import'
  | 'people.export'
  | 'users.read'
  | 'users.manage'
  | 'tokens.manageAll'
  | 'audit.read'
  | 'org.manage'
  | 'mailbox.read'
  // ambassadors: run the ambassador program (invitations, hiding for a legal reason, insights)
  | 'program.manage'
  // moments: design journeys, run the schedule, see and retry deliveries
  | 'moments.manage'
  // surveys: write and send them; read the results the server releases (admins, coordinators, managers)
  | 'surveys.manage'
  | 'surveys.results'
  // integrations: single sign-on, SCIM tokens, webhooks, chat channels
  | 'integrations.manage';

/** A named schema of the API (generated from /api/openapi.json: src/web/lib/api.gen.ts). */
export type Schema<N extends keyof components['schemas']> = components['schemas'][N];

/** The JSON a successful GET of `P` answers. */
export type Answer<P extends keyof paths> = paths[P] extends { get: { responses: { 200: { content: { 'application/json': infer T } } } } }
  ? T
  : never;

/** The JSON a successful `method` of `P` answers (200, else 201). */
export type Reply<P extends keyof paths, M extends 'post' | 'put' | 'patch' | 'delete'> = paths[P] extends {
  [K in M]: { responses: infer R };
}
  ? R extends { 200: { content: { 'application/json': infer T } } }
    ? T
    : R extends { 201: { content: { 'application/json': infer T } } }
      ? T
      : never
  : never;

/** The JSON body `method` of `P` takes. */
export type Body<P extends keyof paths, M extends 'post' | 'put' | 'patch'> = paths[P] extends {
  [K in M]: { requestBody?: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

export type User = Schema<'User'>;
export type Organisation = Schema<'Organisation'>;
export type Me = Schema<'Me'>;
export type PersonCard = Schema<'Person'>;
export type PersonDetail = Answer<'/api/v1/people/{id}'>;
export type PeoplePage = Answer<'/api/v1/people'>;
export type Facets = Answer<'/api/v1/people/facets'>;
export type ImportResult = Schema<'ImportResult'>;
export type ImportProgress = Answer<'/api/v1/people/imports/{progressId}'>;
export type Invitation = Schema<'Invitation'>;
export type InvitationInfo = Answer<'/api/v1/auth/invitations/{token}'>;
export type ApiToken = Schema<'ApiToken'>;
export type AuditEntry = Schema<'AuditEntry'>;
export type Mail = Schema<'Mail'>;
export type Site = Schema<'Site'>;

export const can = (me: Me, permission: Permission) => me.permissions.includes(permission);
