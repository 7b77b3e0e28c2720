/** Shapes shared by the people module's pure logic (CSV import, seed) and its service. */
import type { ItemCode, ProblemParams } from '../../platform/problems.ts';

export const LANGUAGES = ['nl', 'fr', 'en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Where a work site lies. `abroad` sites carry an ISO 3166 country code in `country`. */
export const REGIONS = ['flanders', 'brussels', 'wallonia', 'abroad'] as const;
export type Region = (typeof REGIONS)[number];

/** Canonical import fields, in the order an export writes them. */
export const PERSON_FIELDS = [
  'employee_number',
  'first_name',
  'last_name',
  'work_email',
  'personal_email',
  'language',
  'department',
  'site',
  'region',
  'country',
  'job_title',
  'manager',
  'start_date',
  'end_date',
  'birthday',
  'sensitive',
  'employment_type',
] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];
export const REQUIRED_FIELDS: readonly PersonField[] = ['employee_number', 'first_name', 'last_name'];

/**
 * One validated row of a people import, or one generated person.
 * A property that is `undefined` means "column absent: leave the stored value as it is";
 * `null` means "the cell was empty: clear the stored value".
 */
export interface PersonRecord {
  employeeNumber: string;
  firstName: string;
  lastName: string;
  workEmail?: string | null;
  personalEmail?: string | null;
  language?: Language | null;
  department?: string | null;
  site?: string | null;
  region?: Region | null;
  /** ISO 3166-1 alpha-2, upper case ("BE", "NL"). */
  country?: string | null;
  jobTitle?: string | null;
  /** The manager's employee number. */
  managerNumber?: string | null;
  /** ISO dates, yyyy-mm-dd. */
  startDate?: string | null;
  endDate?: string | null;
  /** The birthday: day and month always together; the year is optional. */
  birthDay?: number | null;
  birthMonth?: number | null;
  birthYear?: number | null;
  sensitive?: boolean;
  /** As the HR system names it ("bediende", "arbeider", "interim", "full-time" ...), for journey conditions. */
  employmentType?: string | null;
  /** The provisioning client's id for the person and their sign-in name (SCIM); the import leaves them. */
  externalId?: string | null;
  userName?: string | null;
  /** The end date SCIM set with active:false (so active:true clears only that one). */
  scimEndedOn?: string | null;
  /** Removed by the provisioning client (SCIM DELETE); a SCIM write that links the person clears it. */
  deprovisionedAt?: Date | null;
}

/**
 * A problem a person can act on: the spreadsheet row (header = row 1), the column as written, a
 * stable code with the params of its message (problems.ts), the offending cell, and an English message.
 */
export interface RowError {
  row: number;
  column: string;
  code: ItemCode;
  params?: ProblemParams;
  /** The cell as the file has it, when one cell is at fault. */
  value?: string;
  message: string;
}
