/** The checks of a write against the stored directory, one record at a time. */
import type * as sql from './people.import-sql.ts';
import type { PersonField, PersonRecord, RowError } from './people.types.ts';

/**
 * Checks that need the stored directory, one record at a time in the write's order: managers that
 * exist, work emails owned by someone else, dates. `byNumber` holds at least the stored people the
 * records name (by number, manager or work email); `known` the employee numbers the write brings.
 */
export function crossChecker(
  byNumber: Map<string, sql.StoredKeys>,
  known: Set<string>,
  present: Set<PersonField>,
  headerOf: (f: PersonField) => string,
): (r: PersonRecord, row: number, errors: RowError[]) => void {
  // Who will hold each work email after the write: stored owners, overridden by the records.
  const emailOwner = new Map<string, string>();
  for (const s of byNumber.values()) if (s.work_email) emailOwner.set(s.work_email, s.employee_number);
  if (present.has('work_email')) {
    for (const number of known) {
      const before = byNumber.get(number)?.work_email;
      if (before && emailOwner.get(before) === number) emailOwner.delete(before);
    }
  }
  return (r, row, errors) => {
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
  };
}

/** crossChecker over records held together (one SCIM write). */
export function crossCheckPeople(
  records: PersonRecord[],
  recordRows: number[],
  stored: sql.StoredPerson[],
  known: Set<string>,
  present: Set<PersonField>,
  headerOf: (f: PersonField) => string,
): RowError[] {
  const check = crossChecker(new Map(stored.map((s) => [s.employee_number, s])), known, present, headerOf);
  const errors: RowError[] = [];
  records.forEach((r, i) => check(r, recordRows[i], errors));
  return errors;
}
