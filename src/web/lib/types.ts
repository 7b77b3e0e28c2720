/**
 * The API's shapes as the browser sees them. Declared here, not imported from the server's zod
 * schemas, so the bundle never pulls in server code and the UI depends only on the HTTP contract.
 */
export type ApiLanguage = 'nl' | 'fr' | 'en' | 'de';
export type Role = 'admin' | 'coordinator' | 'manager' | 'employee';
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
  | 'moments.manage';

export interface User {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  personId: string | null;
  language: ApiLanguage | null;
  disabled: boolean;
  createdAt: string;
  lastSignInAt: string | null;
}

export interface Organisation {
  id: string;
  slug: string;
  name: string;
  defaultLanguage: ApiLanguage;
  timeZone: string;
}

export interface Me {
  user: User;
  organisation: Organisation;
  csrfToken: string | null;
  permissions: string[];
}

export interface PersonCard {
  id: string;
  employeeNumber: string;
  firstName: string;
  lastName: string;
  workEmail: string | null;
  language: ApiLanguage | null;
  department: string | null;
  jobTitle: string | null;
  site: { id: string; name: string; region: Region | null; country: string } | null;
  manager: { id: string; firstName: string; lastName: string; employeeNumber: string } | null;
  startDate: string | null;
  /** The private fields are present only when the signed-in user may see them. */
  personalEmail?: string | null;
  endDate?: string | null;
  birthday?: { day: number; month: number; year: number | null } | null;
  sensitive?: boolean;
}

export interface PersonDetail extends PersonCard {
  directReports: { id: string; firstName: string; lastName: string; jobTitle: string | null }[];
}

export interface PeoplePage {
  items: PersonCard[];
  nextCursor: string | null;
  total?: number;
}

export interface Facets {
  departments: string[];
  sites: { id: string; name: string; region: string | null }[];
  languages: string[];
}

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  total: number;
}

export interface ImportProgress {
  phase: 'parsing' | 'validating' | 'writing' | 'done' | 'failed';
  processed: number;
  total: number;
}

export interface Invitation {
  id: string;
  email: string;
  role: Role;
  createdAt: string;
  expiresAt: string;
}

export interface InvitationInfo {
  email: string;
  role: Role;
  organisation: { name: string; slug: string };
  expiresAt: string;
}

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  userId: string;
  userEmail: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  actorUserId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
  ip: string | null;
}

export interface Mail {
  id: string;
  kind: string;
  to: string;
  subject: string;
  text: string;
  status: 'pending' | 'sending' | 'sent' | 'failed';
  transport: string | null;
  attempts: number;
  lastError: string | null;
  messageId: string;
  createdAt: string;
  sentAt: string | null;
}

export interface Site {
  id: string;
  name: string;
  region: Region | null;
  country: string;
  people: number;
}

export const can = (me: Me, permission: Permission) => me.permissions.includes(permission);
