/**
 * The one way people are written, whoever sends them: the CSV import (thousands at once, a batch at
 * a time) and SCIM provisioning (one per request) both write through here, after the same checks
 * against the stored directory (people.checks.ts: a manager who exists, a work email nobody else
 * holds, an end on or after the start) and the same matching by employee number (people.compare.ts;
 * never two people for one number, the unique key enforces it too). The same sites, the same
 * public-cache drop, audit entry and integration events (person.created, person.updated,
 * person.left), in the caller's transaction.
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
import type { PersonField, PersonRecord } from './people.types.ts';
import * as sql from './people.import-sql.ts';
import { ne, type PeoplePlan } from './people.compare.ts';

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

/** The sites records name, by lower-case name, with the region and country the last of them gives. */
export type WantedSites = Map<string, { name: string; region: string | null; country: string | null }>;

/** Adds the sites these records name to `wanted` (nothing when the write has no site column). */
export function addWantedSites(wanted: WantedSites, records: PersonRecord[], present: Set<PersonField>): WantedSites {
  if (!present.has('site')) return wanted;
  for (const r of records) {
    if (!r.site) continue;
    const key = r.site.toLowerCase();
    const w = wanted.get(key) ?? { name: r.site, region: null, country: null };
    if (r.region) w.region = r.region;
    if (r.country) w.country = r.country;
    wanted.set(key, w);
  }
  return wanted;
}

/** Creates the wanted sites and applies the regions they give; returns a name -> id lookup. */
async function syncSites(
  tx: Queryable,
  orgId: string,
  wanted: WantedSites,
  present: Set<PersonField>,
  known?: sql.StoredSite[],
): Promise<(name: string) => string> {
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

/** What a write starts from: the fields it has, its sites, the stored people it matches, the new ones. */
export interface WriteStart {
  present: Set<PersonField>;
  identity?: boolean;
  wanted: WantedSites;
  /** Sites the caller has read already (see PeopleWrite.sites). */
  sites?: sql.StoredSite[];
  /** The stored people, by employee number; whole rows, or only their keys (then rows are read for events). */
  byNumber: Map<string, sql.StoredKeys | sql.StoredPerson>;
  /** The employee numbers of every person the write creates, in all its batches. */
  newNumbers: Iterable<string>;
  /** How many people the whole write creates or changes (one: its events are built without asking). */
  changes: number;
  /** Stored people whose work email the write changes: theirs is released before any batch. */
  emailsMoving?: string[];
}

/** A write under way: batches of new and changed people, then what follows them once. */
export interface PeopleWriter {
  write(toCreate: PersonRecord[], toUpdate: PersonRecord[]): Promise<void>;
  /** Managers, accounts, the public-cache drop and the audit entry; the ids of the written people. */
  finish(): Promise<Map<string, string>>;
}

const isWhole = (s: sql.StoredKeys | sql.StoredPerson): s is sql.StoredPerson => 'first_name' in s;

/**
 * Starts a write in `tx`: sites first (they follow every record, written or not: a file may only
 * change a site's region); then each batch of new people (with their managers in the same
 * statement: every new person has an id from the start, so a manager new in a later batch is set on
 * insert too; the foreign key is checked at commit) and changed people (only the fields the write
 * has), with their events; then, once, the managers that moved, accounts linked by work email, the
 * public-cache drop and the audit entry.
 */
export async function startPeopleWrite(
  tx: Queryable,
  clock: Clock,
  actor: Actor,
  start: WriteStart,
  options: ApplyOptions,
): Promise<PeopleWriter> {
  const { present, byNumber } = start;
  const orgId = actor.orgId;
  const now = options.now ?? clock.now();
  const batchSize = options.batchSize ?? 5000;
  const siteId = await syncSites(tx, orgId, start.wanted, present, start.sites);
  if (start.emailsMoving && start.emailsMoving.length > 0) await sql.releaseWorkEmails(tx, orgId, start.emailsMoving);
  const ids = new Map<string, string>();
  for (const n of start.newNumbers) ids.set(n, crypto.randomUUID());
  const idOf = (n: string | null | undefined) => (n ? (ids.get(n) ?? byNumber.get(n)?.id ?? null) : null);
  const allColumns = Object.keys(sql.PERSON_COLUMNS) as Column[];
  // An end date written by the import is HR's: SCIM's mark on the one it set goes (so SCIM's
  // active:true never clears an end date HR stated since).
  const hrEndDate: Column[] = !start.identity && present.has('end_date') ? ['scim_ended_on'] : [];
  const presentColumns = [...present].flatMap((f) => FIELD_COLUMNS[f] ?? []).concat(start.identity ? IDENTITY_COLUMNS : hrEndDate);
  // Built only when an endpoint listens: an import of 100,000 people would otherwise build and send them for nothing.
  const listened =
    start.changes === 1 || (start.changes > 1 && (await sql.wantsEvents(tx, orgId, ['person.created', 'person.updated', 'person.left'])));
  const moved: { numbers: string[]; managers: (string | null)[] } = { numbers: [], managers: [] };
  let written = 0;
  let updated = 0;

  /** The stored rows of changed people, whole, for their events: read before the batch changes them. */
  async function storedWhole(toUpdate: PersonRecord[]): Promise<Map<string, sql.StoredPerson>> {
    const whole = new Map<string, sql.StoredPerson>();
    const missing: string[] = [];
    for (const r of toUpdate) {
      const s = byNumber.get(r.employeeNumber);
      if (s && isWhole(s)) whole.set(r.employeeNumber, s);
      else missing.push(r.employeeNumber);
    }
    if (missing.length > 0) {
      for (const s of await sql.loadStoredPeopleNamed(tx, orgId, { numbers: missing, emails: [], ids: [] }))
        whole.set(s.employee_number, s);
    }
    return whole;
  }

  async function write(toCreate: PersonRecord[], toUpdate: PersonRecord[]) {
    for (const r of toUpdate) ids.set(r.employeeNumber, byNumber.get(r.employeeNumber)!.id);
    const before = listened && toUpdate.length > 0 ? await storedWhole(toUpdate) : new Map<string, sql.StoredPerson>();
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
      written += batch.length;
      options.onBatch?.(written);
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
      written += batch.length;
      options.onBatch?.(written);
    }
    updated += toUpdate.length;
    if (present.has('manager')) {
      // Set once every batch is in: the new manager may come in a later one.
      for (const r of toUpdate) {
        if (!ne(r.managerNumber, byNumber.get(r.employeeNumber)?.manager_number)) continue;
        moved.numbers.push(r.employeeNumber);
        moved.managers.push(r.managerNumber ?? null);
      }
    }
    if (!listened) return;
    const events: { type: EventType; data: Record<string, unknown> }[] = [];
    for (const r of toCreate) events.push({ type: 'person.created', data: eventData(ids.get(r.employeeNumber)!, r, undefined) });
    for (const r of toUpdate) {
      const s = before.get(r.employeeNumber)!;
      events.push({ type: 'person.updated', data: eventData(s.id, r, s) });
    }
    for (const r of [...toCreate, ...toUpdate]) {
      const was = byNumber.get(r.employeeNumber)?.end_date ?? null;
      if (r.endDate && r.endDate !== was) {
        events.push({
          type: 'person.left',
          data: { id: ids.get(r.employeeNumber)!, employeeNumber: r.employeeNumber, endDate: r.endDate },
        });
      }
    }
    for (let i = 0; i < events.length; i += batchSize) await emitEvents(tx, now, orgId, events.slice(i, i + batchSize));
  }

  async function finish() {
    for (let i = 0; i < moved.numbers.length; i += batchSize) {
      await sql.setManagers(tx, orgId, moved.numbers.slice(i, i + batchSize), moved.managers.slice(i, i + batchSize), now);
    }
    if (written > 0) {
      // Accounts are linked to their person by work email; a caller that knows no account waits
      // for one (SCIM reads that with the person) skips the look-up.
      if (options.linkUsers !== false) await sql.linkUsersToPeople(tx, orgId);
      // Names, departments and the sensitive flag show on public pages: drop their caches at once.
      // A person just created is on no public page yet (not an ambassador, no story), so only changes count.
      if (updated > 0) await publicChanged(tx, orgId);
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

  return { write, finish };
}

/** Writes a whole plan in `tx` (one batch of records held together, as SCIM sends them). */
export async function applyPeople(
  tx: Queryable,
  clock: Clock,
  actor: Actor,
  plan: PeoplePlan,
  options: ApplyOptions,
): Promise<Map<string, string>> {
  const writer = await startPeopleWrite(
    tx,
    clock,
    actor,
    {
      present: plan.present,
      identity: plan.identity,
      wanted: addWantedSites(new Map(), plan.records, plan.present),
      sites: plan.sites,
      byNumber: plan.byNumber,
      newNumbers: plan.toCreate.map((r) => r.employeeNumber),
      changes: plan.toCreate.length + plan.toUpdate.length,
    },
    options,
  );
  await writer.write(plan.toCreate, plan.toUpdate);
  return writer.finish();
}
