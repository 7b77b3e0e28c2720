/**
 * The one way people are written, whoever sends them: the CSV import (thousands at once) and SCIM
 * provisioning (one per request) both plan and apply through here. The same checks against the
 * stored directory (a manager who exists, a work email nobody else holds, an end on or after the
 * start), the same matching by employee number (never two people for one number; the unique key
 * enforces it too), the same sites, the same public-cache drop, audit entry and integration events
 * (person.created, person.updated, person.left), in the caller's transaction.
 *
 * Rows travel as one array per column (people.import-sql.ts), so a batch is one statement.
 */
import crypto from 'node:crypto';
import type { Queryable } from '../../db/db.ts';
import { audit } from '../../platform/audit.ts';
import { publicChanged } from '../../platform/changes.ts';
import type { Clock } from '../../platform/clock.ts';
import { emitEvents, type EventType } from '../../platform/events.ts';
import type { Actor } from '../../platform/policy.ts';
import type { PersonField, PersonRecord, RowError } from './people.types.ts';
import * as sql from './people.import-sql.ts';

type Column = sql.PersonColumn;

/** Which person columns each field feeds. Site, region and country feed the sites table. */
export const FIELD_COLUMNS: Partial<Record<PersonField, Column[]>> = {
  first_name: ['first_name'],
  last_name: ['last_name'],
  work_email: ['work_email'],
  personal_email: ['personal_email'],
  language: ['language'],
  department: ['department'],
  site: ['site_id'],
  job_title: ['job_title'],
  start_date: ['start_date'],
  end_date: ['end_date'],
  birthday: ['birth_day', 'birth_month', 'birth_year'],
  sensitive: ['sensitive'],
  employment_type: ['employment_type'],
};

/** The provisioning client's names for a person (SCIM): written only when the write carries them. */
const IDENTITY_COLUMNS: Column[] = ['external_id', 'user_name', 'scim_ended_on', 'deprovisioned_at'];

function columnValue(r: PersonRecord, col: Column, siteId: (name: string) => string): unknown {
  switch (col) {
    case 'first_name':
      return r.firstName;
    case 'last_name':
      return r.lastName;
    case 'work_email':
      return r.workEmail ?? null;
    case 'personal_email':
      return r.personalEmail ?? null;
    case 'language':
      return r.language ?? null;
    case 'department':
      return r.department ?? null;
    case 'site_id':
      return r.site ? siteId(r.site) : null;
    case 'job_title':
      return r.jobTitle ?? null;
    case 'start_date':
      return r.startDate ?? null;
    case 'end_date':
      return r.endDate ?? null;
    case 'birth_day':
      return r.birthDay ?? null;
    case 'birth_month':
      return r.birthMonth ?? null;
    case 'birth_year':
      return r.birthYear ?? null;
    case 'sensitive':
      return r.sensitive ?? false;
    case 'employment_type':
      return r.employmentType ?? null;
    case 'external_id':
      return r.externalId ?? null;
    case 'user_name':
      return r.userName ?? null;
    case 'scim_ended_on':
      return r.scimEndedOn ?? null;
    case 'deprovisioned_at':
      return r.deprovisionedAt ?? null;
  }
}

const ne = (a: unknown, b: unknown) => (a ?? null) !== (b ?? null);

/** Whether a record differs from what is stored, looking only at the fields the write has. */
function differs(r: PersonRecord, s: sql.StoredPerson, present: Set<PersonField>, identity: boolean): boolean {
  return (
    ne(r.firstName, s.first_name) ||
    ne(r.lastName, s.last_name) ||
    (present.has('work_email') && ne(r.workEmail, s.work_email)) ||
    (present.has('personal_email') && ne(r.personalEmail, s.personal_email)) ||
    (present.has('language') && ne(r.language, s.language)) ||
    (present.has('department') && ne(r.department, s.department)) ||
    (present.has('site') && ne(r.site?.toLowerCase(), s.site_key)) ||
    (present.has('job_title') && ne(r.jobTitle, s.job_title)) ||
    (present.has('manager') && ne(r.managerNumber, s.manager_number)) ||
    (present.has('start_date') && ne(r.startDate, s.start_date)) ||
    (present.has('end_date') && ne(r.endDate, s.end_date)) ||
    (present.has('birthday') && (ne(r.birthDay, s.birth_day) || ne(r.birthMonth, s.birth_month) || ne(r.birthYear, s.birth_year))) ||
    (present.has('sensitive') && ne(r.sensitive ?? false, s.sensitive)) ||
    (present.has('employment_type') && ne(r.employmentType, s.employment_type)) ||
    (identity &&
      (ne(r.externalId, s.external_id) ||
        ne(r.userName, s.user_name) ||
        ne(r.scimEndedOn, s.scim_ended_on) ||
        ne(r.deprovisionedAt?.getTime(), s.deprovisioned_at?.getTime())))
  );
}

/** A write: validated records, the fields they carry, and whether they carry SCIM identities. */
export interface PeopleWrite {
  records: PersonRecord[];
  present: Set<PersonField>;
  /** The records carry externalId and userName (SCIM); the import leaves them as they are. */
  identity?: boolean;
  /** Sites the caller has read already, by lower-case name (saves a query for a single write). */
  sites?: sql.StoredSite[];
}

export interface PeoplePlan extends PeopleWrite {
  toCreate: PersonRecord[];
  toUpdate: PersonRecord[];
  unchanged: number;
  byNumber: Map<string, sql.StoredPerson>;
}

/** Sorts records into new, changed and unchanged, matched by employee number. */
export function planPeople(write: PeopleWrite, stored: sql.StoredPerson[]): PeoplePlan {
  const byNumber = new Map(stored.map((s) => [s.employee_number, s]));
  const toCreate: PersonRecord[] = [];
  const toUpdate: PersonRecord[] = [];
  for (const r of write.records) {
    const s = byNumber.get(r.employeeNumber);
    if (!s) toCreate.push(r);
    else if (differs(r, s, write.present, write.identity ?? false)) toUpdate.push(r);
  }
  return { ...write, toCreate, toUpdate, unchanged: write.records.length - toCreate.length - toUpdate.length, byNumber };
}

/**
 * Checks that need the stored directory: managers that exist, work emails owned by someone else,
 * dates. `stored` holds at least the people the records name (by number, manager or work email);
 * `known` the employee numbers the write itself brings.
 */
export function crossCheckPeople(
  records: PersonRecord[],
  recordRows: number[],
  stored: sql.StoredPerson[],
  known: Set<string>,
  present: Set<PersonField>,
  headerOf: (f: PersonField) => string,
): RowError[] {
  const byNumber = new Map(stored.map((s) => [s.employee_number, s]));
  const errors: RowError[] = [];
  // Who will hold each work email after the write: stored owners, overridden by the records.
  const emailOwner = new Map<string, string>();
  for (const s of stored) if (s.work_email) emailOwner.set(s.work_email, s.employee_number);
  if (present.has('work_email')) {
    for (const r of records) {
      const before = byNumber.get(r.employeeNumber)?.work_email;
      if (before && emailOwner.get(before) === r.employeeNumber) emailOwner.delete(before);
    }
  }
  records.forEach((r, i) => {
    const row = recordRows[i];
    if (r.managerNumber && !known.has(r.managerNumber) && !byNumber.has(r.managerNumber)) {
      errors.push({
        row,
        column: headerOf('manager'),
        code: 'csv-unknown-manager',
        params: { manager: r.managerNumber },
        value: r.managerNumber,
        message: `No employee with number "${r.managerNumber}" in this file or in the directory.`,
      });
    }
    if (r.workEmail) {
      const owner = emailOwner.get(r.workEmail);
      if (owner && owner !== r.employeeNumber) {
        errors.push({
          row,
          column: headerOf('work_email'),
          code: 'csv-email-taken',
          params: { owner },
          value: r.workEmail,
          message: `The work email ${r.workEmail} already belongs to employee ${owner}.`,
        });
      } else {
        emailOwner.set(r.workEmail, r.employeeNumber);
      }
    }
    const s = byNumber.get(r.employeeNumber);
    const start = r.startDate !== undefined ? r.startDate : s?.start_date;
    const end = r.endDate !== undefined ? r.endDate : s?.end_date;
    if (start && end && end < start && !(r.startDate !== undefined && r.endDate !== undefined)) {
      errors.push({
        row,
        column: headerOf(r.endDate !== undefined ? 'end_date' : 'start_date'),
        code: 'csv-end-before-start',
        params: { start, end },
        message: `The end date ${end} is before the start date ${start}.`,
      });
    }
  });
  return errors;
}

/** Creates the sites the records name and applies the regions they give; returns a name -> id lookup. */
async function syncSites(
  tx: Queryable,
  orgId: string,
  records: PersonRecord[],
  present: Set<PersonField>,
  known?: sql.StoredSite[],
): Promise<(name: string) => string> {
  const wanted = new Map<string, { name: string; region: string | null; country: string | null }>();
  if (present.has('site')) {
    for (const r of records) {
      if (!r.site) continue;
      const key = r.site.toLowerCase();
      const w = wanted.get(key) ?? { name: r.site, region: null, country: null };
      if (r.region) w.region = r.region;
      if (r.country) w.country = r.country;
      wanted.set(key, w);
    }
  }
  // Nothing to look up (no site given): no query at all, which matters one request at a time.
  if (wanted.size === 0) return (name) => name;
  // The caller may know the sites already (SCIM reads them with the person): no query then.
  const knownAll = known && [...wanted.keys()].every((k) => known.some((s) => s.key === k));
  const sites = new Map((knownAll ? known : await sql.loadSites(tx, orgId, [...wanted.keys()])).map((s) => [s.key, s]));
  for (const [key, w] of wanted) {
    const s = sites.get(key);
    if (!s) {
      const id = await sql.insertSite(tx, orgId, w);
      sites.set(key, { id, key, region: w.region, country: w.country ?? 'BE' });
    } else if (present.has('region') && w.region && (w.region !== s.region || (w.country && w.country !== s.country))) {
      await sql.updateSiteRegion(tx, orgId, s.id, w.region, w.country);
    }
  }
  return (name) => sites.get(name.toLowerCase())!.id;
}

/** What integrations hear of a person (design: person.created / person.updated). */
function eventData(id: string, r: PersonRecord, s: sql.StoredPerson | undefined) {
  const pick = <T>(v: T | undefined, stored: T | null | undefined) => (v !== undefined ? v : (stored ?? null));
  return {
    id,
    employeeNumber: r.employeeNumber,
    firstName: r.firstName,
    lastName: r.lastName,
    workEmail: pick(r.workEmail, s?.work_email),
    department: pick(r.department, s?.department),
    jobTitle: pick(r.jobTitle, s?.job_title),
    startDate: pick(r.startDate, s?.start_date),
    endDate: pick(r.endDate, s?.end_date),
  };
}

export interface ApplyOptions {
  /** The audit entry of the write (one per import, one per SCIM request). */
  action: string;
  targetType?: string;
  /** The audited object; a function gets the ids of the written people (a new person's id). */
  targetId?: string | ((ids: Map<string, string>) => string | undefined);
  details?: Record<string, unknown>;
  /** Called after each batch with how many records are written so far. */
  onBatch?: (written: number) => void;
  batchSize?: number;
  /** false: the caller knows no account waits to be linked to these people by work email. */
  linkUsers?: boolean;
  /** The time the write stamps (defaults to the clock's now). */
  now?: Date;
}

/**
 * Writes a plan in `tx`: sites, new people (with their managers in the same statement), changed
 * people (only the fields the write has), managers, accounts linked by work email, the public-cache
 * drop, the audit entry and the events. Returns the id of every written person by employee number.
 */
export async function applyPeople(
  tx: Queryable,
  clock: Clock,
  actor: Actor,
  plan: PeoplePlan,
  options: ApplyOptions,
): Promise<Map<string, string>> {
  const { toCreate, toUpdate, byNumber, present } = plan;
  const orgId = actor.orgId;
  const now = options.now ?? clock.now();
  const batchSize = options.batchSize ?? 5000;
  const ids = new Map<string, string>();
  const changed = [...toCreate, ...toUpdate];
  // Sites follow every record (a file may only change a site's region), written or not.
  const siteId = await syncSites(tx, orgId, plan.records, present, plan.sites);
  if (changed.length > 0) {
    // New people get their ids here, so a manager (stored, or new in this write) is set on insert
    // rather than by a second write of every row. The foreign key is checked at commit.
    for (const r of toCreate) ids.set(r.employeeNumber, crypto.randomUUID());
    for (const r of toUpdate) ids.set(r.employeeNumber, byNumber.get(r.employeeNumber)!.id);
    const idOf = (n: string | null | undefined) => (n ? (ids.get(n) ?? byNumber.get(n)?.id ?? null) : null);
    const allColumns = Object.keys(sql.PERSON_COLUMNS) as Column[];
    // An end date written by the import is HR's: SCIM's mark on the one it set goes (so SCIM's
    // active:true never clears an end date HR stated since).
    const hrEndDate: Column[] = !plan.identity && present.has('end_date') ? ['scim_ended_on'] : [];
    const presentColumns = [...present].flatMap((f) => FIELD_COLUMNS[f] ?? []).concat(plan.identity ? IDENTITY_COLUMNS : hrEndDate);
    let written = 0;
    for (let i = 0; i < toCreate.length; i += batchSize) {
      const batch = toCreate.slice(i, i + batchSize);
      const cols = Object.fromEntries(allColumns.map((c) => [c, batch.map((r) => columnValue(r, c, siteId))])) as Record<Column, unknown[]>;
      await sql.insertPeople(
        tx,
        orgId,
        batch.map((r) => ids.get(r.employeeNumber)!),
        batch.map((r) => r.employeeNumber),
        batch.map((r) => (present.has('manager') ? idOf(r.managerNumber) : null)),
        cols,
        now,
      );
      options.onBatch?.((written += batch.length));
    }
    for (let i = 0; i < toUpdate.length; i += batchSize) {
      const batch = toUpdate.slice(i, i + batchSize);
      const cols = Object.fromEntries(presentColumns.map((c) => [c, batch.map((r) => columnValue(r, c, siteId))]));
      await sql.updatePeople(
        tx,
        orgId,
        batch.map((r) => r.employeeNumber),
        cols,
        now,
      );
      options.onBatch?.((written += batch.length));
    }
    if (present.has('manager')) {
      const moved = toUpdate.filter((r) => ne(r.managerNumber, byNumber.get(r.employeeNumber)?.manager_number));
      for (let i = 0; i < moved.length; i += batchSize) {
        const batch = moved.slice(i, i + batchSize);
        await sql.setManagers(
          tx,
          orgId,
          batch.map((r) => r.employeeNumber),
          batch.map((r) => r.managerNumber ?? null),
          now,
        );
      }
    }
    // Accounts are linked to their person by work email; a caller that knows no account waits
    // for one (SCIM reads that with the person) skips the look-up.
    if (options.linkUsers !== false) await sql.linkUsersToPeople(tx, orgId);
    // Names, departments and the sensitive flag show on public pages: drop their caches at once.
    // A person just created is on no public page yet (not an ambassador, no story), so only changes count.
    if (toUpdate.length > 0) await publicChanged(tx, orgId);
    // Built only when an endpoint listens: an import of 100,000 people would otherwise build and send them for nothing.
    const listened = changed.length === 1 || (await sql.wantsEvents(tx, orgId, ['person.created', 'person.updated', 'person.left']));
    const events: { type: EventType; data: Record<string, unknown> }[] = [];
    for (const r of listened ? toCreate : [])
      events.push({ type: 'person.created', data: eventData(ids.get(r.employeeNumber)!, r, undefined) });
    for (const r of listened ? toUpdate : []) {
      const s = byNumber.get(r.employeeNumber)!;
      events.push({ type: 'person.updated', data: eventData(s.id, r, s) });
    }
    for (const r of listened ? changed : []) {
      const before = byNumber.get(r.employeeNumber)?.end_date ?? null;
      if (r.endDate && r.endDate !== before) {
        events.push({
          type: 'person.left',
          data: { id: ids.get(r.employeeNumber)!, employeeNumber: r.employeeNumber, endDate: r.endDate },
        });
      }
    }
    for (let i = 0; i < events.length; i += batchSize) await emitEvents(tx, now, orgId, events.slice(i, i + batchSize));
  }
  await audit(tx, clock, {
    orgId,
    actorUserId: actor.userId || null,
    actorLabel: actor.label,
    action: options.action,
    targetType: options.targetType,
    targetId: typeof options.targetId === 'function' ? options.targetId(ids) : options.targetId,
    details: options.details,
  });
  return ids;
}
