/**
 * A person as a SCIM User (core schema with the enterprise extension) and back. Reading a User
 * uses the CSV import's own parsers (people.csv.ts), so a value SCIM accepts is one the import
 * accepts and the other way round.
 *
 *   id -> people.id              externalId -> external_id        userName -> user_name
 *   name.givenName/familyName    emails[type work] -> work_email   emails[other type] -> personal_email
 *   preferredLanguage (nl-BE)    title -> job_title                addresses[work].locality -> site
 *   enterprise employeeNumber -> employee_number, department, manager.value (a SCIM id)
 *   active: no end date SCIM set, and no end date before today
 */
import crypto from 'node:crypto';
import { cleanText, parseEmail, parseLanguage, type Language } from '../people/people.service.ts';
import { invalidValue } from './scim.errors.ts';
import type { Resource } from './scim.patch.ts';
import { ENTERPRISE_SCHEMA, USER_SCHEMA } from './scim.schema.ts';

export interface ScimRow {
  id: string;
  external_id: string | null;
  user_name: string | null;
  employee_number: string;
  first_name: string;
  last_name: string;
  work_email: string | null;
  personal_email: string | null;
  language: string | null;
  department: string | null;
  job_title: string | null;
  site_name: string | null;
  manager_id: string | null;
  created_at: Date;
  updated_at: Date;
  active: boolean;
}

/** A weak ETag of what the client sees: it changes exactly when the representation does. */
function versionOf(resource: Resource): string {
  return `W/"${crypto.createHash('sha1').update(JSON.stringify(resource)).digest('base64url').slice(0, 20)}"`;
}

/** Languages as the directory sends them: Belgian Dutch and French with their region. */
const LANGUAGE_TAGS: Record<string, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en', de: 'de' };

export function toResource(row: ScimRow, base: string): Resource {
  const emails: Record<string, unknown>[] = [];
  if (row.work_email) emails.push({ value: row.work_email, type: 'work', primary: true });
  if (row.personal_email) emails.push({ value: row.personal_email, type: 'other', primary: !row.work_email });
  const enterprise: Record<string, unknown> = { employeeNumber: row.employee_number };
  if (row.department) enterprise.department = row.department;
  if (row.manager_id) enterprise.manager = { value: row.manager_id, $ref: `${base}/Users/${row.manager_id}` };
  const resource: Resource = {
    schemas: [USER_SCHEMA, ENTERPRISE_SCHEMA],
    id: row.id,
    ...(row.external_id ? { externalId: row.external_id } : {}),
    // A person from the CSV import has no userName yet: their work email (or number) stands in.
    userName: row.user_name ?? row.work_email ?? row.employee_number,
    name: { formatted: `${row.first_name} ${row.last_name}`, givenName: row.first_name, familyName: row.last_name },
    displayName: `${row.first_name} ${row.last_name}`,
    ...(row.job_title ? { title: row.job_title } : {}),
    ...(row.language ? { preferredLanguage: LANGUAGE_TAGS[row.language] ?? row.language } : {}),
    active: row.active,
    ...(emails.length ? { emails } : {}),
    ...(row.site_name ? { addresses: [{ type: 'work', locality: row.site_name, primary: true }] } : {}),
    [ENTERPRISE_SCHEMA]: enterprise,
  };
  const version = versionOf(resource);
  resource.meta = {
    resourceType: 'User',
    created: row.created_at.toISOString(),
    lastModified: row.updated_at.toISOString(),
    location: `${base}/Users/${row.id}`,
    version,
  };
  return resource;
}

export const etagOf = (resource: Resource) => (resource.meta as { version: string }).version;

/** What a User body says about a person. `undefined`: not said; `null`: cleared. */
export interface ScimInput {
  userName: string;
  externalId?: string | null;
  employeeNumber?: string;
  firstName?: string;
  lastName?: string;
  workEmail?: string | null;
  personalEmail?: string | null;
  language?: Language | null;
  jobTitle?: string | null;
  department?: string | null;
  site?: string | null;
  /** The SCIM id of the manager. */
  managerId?: string | null;
  active?: boolean;
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function text(value: unknown, attr: string, max = 200): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (typeof value !== 'string' && typeof value !== 'number') throw invalidValue(`"${attr}" must be a string.`);
  const r = cleanText(String(value), max);
  if (!r.ok) throw invalidValue(`"${attr}": ${r.message}.`);
  return r.value === '' ? null : r.value;
}

/** A SCIM boolean, also as Entra's strings "True" and "False". */
export function readBoolean(value: unknown, attr: string): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
  throw invalidValue(`"${attr}" must be true or false.`);
}

function email(value: unknown, attr: string): string | null {
  const t = text(value, attr, 254);
  if (!t) return null;
  const r = parseEmail(t);
  if (!r.ok) throw invalidValue(`"${attr}": ${r.message}.`);
  return r.value;
}

const typeOf = (e: Obj) => (typeof e.type === 'string' ? e.type.toLowerCase() : '');

/**
 * Reads a User body (attribute names already canonical). In `replace` mode (PUT, and PATCH whose
 * result is written whole) an attribute that is absent is cleared; in `merge` mode (POST meeting a
 * person from the import) it is left as stored. The employee number and the names are never cleared.
 */
export function fromResource(body: unknown, mode: 'merge' | 'replace'): ScimInput {
  if (!isObject(body)) throw invalidValue('The body must be a User object.');
  const clear = <T>(v: T | undefined): T | null | undefined => (v === undefined && mode === 'replace' ? null : v);
  const userName = text(body.userName, 'userName');
  if (!userName) throw invalidValue('"userName" is required.');
  const externalId = clear(text(body.externalId, 'externalId'));

  const name = isObject(body.name) ? body.name : {};
  let firstName = text(name.givenName, 'name.givenName') ?? undefined;
  let lastName = text(name.familyName, 'name.familyName') ?? undefined;
  const display = text(body.displayName, 'displayName');
  if ((!firstName || !lastName) && display) {
    // Only a display name: its first word is the first name, the rest the last name.
    const [first, ...rest] = display.split(' ');
    firstName ??= first;
    lastName ??= rest.join(' ') || first;
  }

  let workEmail: string | null | undefined;
  let personalEmail: string | null | undefined;
  if (body.emails !== undefined && body.emails !== null) {
    if (!Array.isArray(body.emails) || !body.emails.every(isObject)) throw invalidValue('"emails" must be a list of objects.');
    const list = body.emails as Obj[];
    const work = list.find((e) => typeOf(e) === 'work') ?? list.find((e) => !typeOf(e) && e.primary !== false && e.primary !== 'False');
    const other = list.find((e) => e !== work && typeOf(e) !== 'work');
    workEmail = work ? email(work.value, 'emails[type eq "work"].value') : null;
    personalEmail = other ? email(other.value, `emails[type eq "${typeOf(other) || 'other'}"].value`) : null;
  } else if (body.emails === null || mode === 'replace') {
    workEmail = null;
    personalEmail = null;
  }

  let language: Language | null | undefined;
  const lang = text(body.preferredLanguage, 'preferredLanguage', 20);
  if (lang) {
    const r = parseLanguage(lang);
    if (!r.ok) throw invalidValue(`"preferredLanguage": ${lang} is not supported: use nl-BE, fr-BE, en or de.`);
    language = r.value;
  } else language = lang === undefined ? clear(undefined) : null;

  let site: string | null | undefined;
  if (body.addresses !== undefined && body.addresses !== null) {
    if (!Array.isArray(body.addresses) || !body.addresses.every(isObject)) throw invalidValue('"addresses" must be a list of objects.');
    const list = body.addresses as Obj[];
    const work = list.find((a) => typeOf(a) === 'work') ?? list.find((a) => a.primary === true) ?? list[0];
    site = work ? (text(work.locality, 'addresses[type eq "work"].locality') ?? null) : null;
  } else site = clear(body.addresses === null ? null : undefined);

  const ent = isObject(body[ENTERPRISE_SCHEMA]) ? (body[ENTERPRISE_SCHEMA] as Obj) : {};
  const employeeNumber = text(ent.employeeNumber, `${ENTERPRISE_SCHEMA}:employeeNumber`, 50) ?? undefined;
  let managerId: string | null | undefined;
  const manager = ent.manager;
  if (manager === undefined) managerId = clear(undefined);
  else if (manager === null || manager === '') managerId = null;
  else if (typeof manager === 'string') managerId = manager.trim() || null;
  else if (isObject(manager)) managerId = text(manager.value, `${ENTERPRISE_SCHEMA}:manager.value`, 100) ?? null;
  else throw invalidValue(`"${ENTERPRISE_SCHEMA}:manager" must be an object with a value.`);

  return {
    userName,
    externalId,
    employeeNumber,
    firstName,
    lastName,
    workEmail,
    personalEmail,
    language,
    jobTitle: clear(text(body.title, 'title')),
    department: clear(text(ent.department, `${ENTERPRISE_SCHEMA}:department`)),
    site,
    managerId,
    active: body.active === undefined || body.active === null ? undefined : readBoolean(body.active, 'active'),
  };
}
