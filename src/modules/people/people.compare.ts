/**
 * Telling a changed person from an unchanged one: which fields a write compares, compared in memory
 * (one SCIM write, against the stored row) or by a digest made alike in SQL and from the record (an
 * import, which never reads every stored row whole).
 */
import crypto from 'node:crypto';
import type { PersonField, PersonRecord } from './people.types.ts';
import type * as sql from './people.import-sql.ts';

/** Whether two values differ, undefined and null counting as the same. */
export const ne = (a: unknown, b: unknown) => (a ?? null) !== (b ?? null);

/**
 * What a write compares of a person to tell changed from unchanged, field by field: the record's
 * value, the stored one, and the stored one in SQL (over people p, their site s and manager m). A
 * field counts only when the write has it; the names always do. The same list decides in memory
 * (one SCIM write) and by digest in SQL (an import, which never reads every stored row whole).
 */
const COMPARED: {
  field: PersonField | null;
  record: (r: PersonRecord) => unknown;
  stored: (s: sql.StoredPerson) => unknown;
  sql: string;
}[] = [
  { field: null, record: (r) => r.firstName, stored: (s) => s.first_name, sql: 'p.first_name' },
  { field: null, record: (r) => r.lastName, stored: (s) => s.last_name, sql: 'p.last_name' },
  { field: 'work_email', record: (r) => r.workEmail, stored: (s) => s.work_email, sql: 'p.work_email' },
  { field: 'personal_email', record: (r) => r.personalEmail, stored: (s) => s.personal_email, sql: 'p.personal_email' },
  { field: 'language', record: (r) => r.language, stored: (s) => s.language, sql: 'p.language' },
  { field: 'department', record: (r) => r.department, stored: (s) => s.department, sql: 'p.department' },
  { field: 'site', record: (r) => r.site?.toLowerCase(), stored: (s) => s.site_key, sql: 'lower(s.name)' },
  { field: 'job_title', record: (r) => r.jobTitle, stored: (s) => s.job_title, sql: 'p.job_title' },
  { field: 'manager', record: (r) => r.managerNumber, stored: (s) => s.manager_number, sql: 'm.employee_number' },
  { field: 'start_date', record: (r) => r.startDate, stored: (s) => s.start_date, sql: 'p.start_date' },
  { field: 'end_date', record: (r) => r.endDate, stored: (s) => s.end_date, sql: 'p.end_date' },
  { field: 'birthday', record: (r) => r.birthDay, stored: (s) => s.birth_day, sql: 'p.birth_day' },
  { field: 'birthday', record: (r) => r.birthMonth, stored: (s) => s.birth_month, sql: 'p.birth_month' },
  { field: 'birthday', record: (r) => r.birthYear, stored: (s) => s.birth_year, sql: 'p.birth_year' },
  { field: 'sensitive', record: (r) => r.sensitive ?? false, stored: (s) => s.sensitive, sql: 'p.sensitive' },
  { field: 'employment_type', record: (r) => r.employmentType, stored: (s) => s.employment_type, sql: 'p.employment_type' },
];

const comparedOf = (present: Set<PersonField>) => COMPARED.filter((c) => c.field === null || present.has(c.field));

/** Whether a record differs from what is stored, looking only at the fields the write has. */
function differs(r: PersonRecord, s: sql.StoredPerson, present: Set<PersonField>, identity: boolean): boolean {
  for (const c of COMPARED) if ((c.field === null || present.has(c.field)) && ne(c.record(r), c.stored(s))) return true;
  return (
    identity &&
    (ne(r.externalId, s.external_id) ||
      ne(r.userName, s.user_name) ||
      ne(r.scimEndedOn, s.scim_ended_on) ||
      ne(r.deprovisionedAt?.getTime(), s.deprovisioned_at?.getTime()))
  );
}

/**
 * The digest of the compared fields, from the record (digestOf) and, the same, in SQL over the
 * stored row (digestSql): each value as text, its length in bytes and a colon before it, a dash for
 * none, run together and hashed with MD5. Equal digests: nothing to write.
 */
export function digester(present: Set<PersonField>): { sql: string; of(r: PersonRecord): string } {
  const compared = comparedOf(present);
  const part = (e: string) => `coalesce(octet_length((${e})::text)::text || ':' || (${e})::text, '-')`;
  return {
    sql: `md5(${compared.map((c) => part(c.sql)).join(' || ')})`,
    of(r) {
      let text = '';
      for (const c of compared) {
        const v = c.record(r);
        if (v === null || v === undefined) text += '-';
        else {
          const t = String(v);
          text += `${Buffer.byteLength(t)}:${t}`;
        }
      }
      return crypto.hash('md5', text, 'hex');
    },
  };
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
