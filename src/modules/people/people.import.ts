/**
 * Importing people from CSV: all or nothing. Every row is validated first; if any row is wrong,
 * nothing is written and every problem comes back with its row and column. Otherwise people are
 * matched by employee number: new ones created, changed ones updated, the same ones left alone,
 * so importing the same file twice changes nothing.
 */
import type { AppContext } from '../../platform/context.ts';
import crypto from 'node:crypto';
import { audit } from '../../platform/audit.ts';
import { publicChanged } from '../../platform/changes.ts';
import { CsvSyntaxError, parseCsvInSlices, type ParsedCsv } from '../../platform/csv.ts';
import { unprocessable } from '../../platform/errors.ts';
import { decodeText, type TextEncodingName } from '../../platform/text-decoding.ts';
import { authorize, type Actor } from '../../platform/policy.ts';
import { validatePeopleRowsInSlices } from './people.csv.ts';
import type { PersonField, PersonRecord, RowError } from './people.types.ts';
import * as sql from './people.import-sql.ts';

export interface ImportProgress {
  phase: 'parsing' | 'validating' | 'writing' | 'done' | 'failed';
  processed: number;
  total: number;
}

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  total: number;
  /** Rows left out because every cell was blank. */
  skippedBlankRows: number;
  /** What the file was read as (text handed over as a string counts as UTF-8). */
  encoding: TextEncodingName;
}

const BATCH = 5000;

type Column = sql.PersonColumn;
/** Which person columns each import field feeds. Site, region and country feed the sites table. */
const FIELD_COLUMNS: Partial<Record<PersonField, Column[]>> = {
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
  }
}

/** Whether a record differs from what is stored, looking only at the columns the file has. */
function differs(r: PersonRecord, s: sql.StoredPerson, present: Set<PersonField>): boolean {
  const ne = (a: unknown, b: unknown) => (a ?? null) !== (b ?? null);
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
    (present.has('employment_type') && ne(r.employmentType, s.employment_type))
  );
}

/** The file's text: bytes are decoded as UTF-8, UTF-16 (with a byte order mark) or Windows-1252, else refused. */
function readText(file: string | Uint8Array): { text: string; encoding: TextEncodingName } {
  if (typeof file === 'string') return { text: file, encoding: 'utf-8' };
  const decoded = decodeText(file);
  if (decoded.ok) return decoded;
  const { code, params } = decoded.problem;
  throw unprocessable(
    'The file cannot be read as text: nothing was imported.',
    [{ row: params.line, column: '', code, params, message: decoded.message }],
    'csv-invalid',
    { rows: 1 },
  );
}

export async function importPeople(
  ctx: AppContext,
  actor: Actor,
  file: string | Uint8Array,
  options: { ignore?: string[]; onProgress?: (p: ImportProgress) => void } = {},
): Promise<ImportResult> {
  authorize(actor, 'people.import');
  const progress = options.onProgress ?? (() => {});
  progress({ phase: 'parsing', processed: 0, total: 0 });

  const { text: csvText, encoding } = readText(file);
  let parsed: ParsedCsv;
  try {
    parsed = await parseCsvInSlices(csvText);
  } catch (err) {
    if (err instanceof CsvSyntaxError) {
      throw unprocessable(
        'The file is not valid CSV.',
        [{ row: err.line, column: err.header ?? '', code: err.code, params: { line: err.line, column: err.column }, message: err.message }],
        'csv-invalid',
        { rows: 1 },
      );
    }
    throw err;
  }
  if (parsed.rows.length === 0) {
    throw unprocessable(
      'The file is empty.',
      [{ row: 1, column: '', code: 'csv-empty-file', message: 'The file has no header row.' }],
      'csv-invalid',
      { rows: 1 },
    );
  }
  const total = parsed.rows.length - 1;
  progress({ phase: 'validating', processed: 0, total });
  const { records, errors, fields } = await validatePeopleRowsInSlices(parsed, { ignore: options.ignore });
  const present = new Set(fields.filter((f): f is PersonField => f !== null));
  const headerOf = (f: PersonField) => parsed.rows[0][fields.indexOf(f)] ?? f;
  const rowOf = new Map(records.map((r, i) => [r.employeeNumber, i]));
  // validatePeopleRows keeps records in file order; map each back to its spreadsheet row.
  const recordRows = rowsOfRecords(parsed.lines, parsed.rows, fields, records);

  const stored = await sql.loadStoredPeople(ctx.db, actor.orgId);
  const byNumber = new Map(stored.map((s) => [s.employee_number, s]));
  if (errors.length === 0) errors.push(...crossCheck(records, recordRows, stored, byNumber, rowOf, present, headerOf));
  if (errors.length > 0) {
    progress({ phase: 'failed', processed: 0, total });
    errors.sort((a, b) => a.row - b.row);
    const rows = new Set(errors.map((e) => e.row)).size;
    throw unprocessable(`${rows} row(s) have problems; nothing was imported. Fix them and import the file again.`, errors, 'csv-invalid', {
      rows,
    });
  }

  const toCreate: PersonRecord[] = [];
  const toUpdate: PersonRecord[] = [];
  for (const r of records) {
    const s = byNumber.get(r.employeeNumber);
    if (!s) toCreate.push(r);
    else if (differs(r, s, present)) toUpdate.push(r);
  }
  const result: ImportResult = {
    created: toCreate.length,
    updated: toUpdate.length,
    unchanged: records.length - toCreate.length - toUpdate.length,
    total: records.length,
    skippedBlankRows: parsed.skippedBlankRows,
    encoding,
  };
  const now = ctx.clock.now();
  const presentColumns = [...present].flatMap((f) => FIELD_COLUMNS[f] ?? []);

  await ctx.db.transaction(async (tx) => {
    const siteId = await syncSites(tx, actor.orgId, records, present);
    let done = result.unchanged;
    progress({ phase: 'writing', processed: done, total });
    // New people get their ids here, so a manager (stored, or new in this file) is set on insert
    // rather than by a second write of every row. The foreign key is checked at commit.
    const newIds = new Map(toCreate.map((r) => [r.employeeNumber, crypto.randomUUID()]));
    const idOf = (n: string | null | undefined) => (n ? (newIds.get(n) ?? byNumber.get(n)?.id ?? null) : null);
    for (let i = 0; i < toCreate.length; i += BATCH) {
      const batch = toCreate.slice(i, i + BATCH);
      const cols = Object.fromEntries(
        (Object.keys(sql.PERSON_COLUMNS) as Column[]).map((c) => [c, batch.map((r) => columnValue(r, c, siteId))]),
      ) as Record<Column, unknown[]>;
      await sql.insertPeople(
        tx,
        actor.orgId,
        batch.map((r) => newIds.get(r.employeeNumber)!),
        batch.map((r) => r.employeeNumber),
        batch.map((r) => (present.has('manager') ? idOf(r.managerNumber) : null)),
        cols,
        now,
      );
      progress({ phase: 'writing', processed: (done += batch.length), total });
    }
    for (let i = 0; i < toUpdate.length; i += BATCH) {
      const batch = toUpdate.slice(i, i + BATCH);
      const cols = Object.fromEntries(presentColumns.map((c) => [c, batch.map((r) => columnValue(r, c, siteId))]));
      await sql.updatePeople(
        tx,
        actor.orgId,
        batch.map((r) => r.employeeNumber),
        cols,
        now,
      );
      progress({ phase: 'writing', processed: (done += batch.length), total });
    }
    if (present.has('manager')) {
      const changed = toUpdate.filter((r) => r.managerNumber !== byNumber.get(r.employeeNumber)?.manager_number);
      for (let i = 0; i < changed.length; i += BATCH) {
        const batch = changed.slice(i, i + BATCH);
        await sql.setManagers(
          tx,
          actor.orgId,
          batch.map((r) => r.employeeNumber),
          batch.map((r) => r.managerNumber ?? null),
          now,
        );
      }
    }
    await sql.linkUsersToPeople(tx, actor.orgId);
    // Names, departments and the sensitive flag show on public pages: drop their caches at once.
    if (toCreate.length + toUpdate.length > 0) await publicChanged(tx, actor.orgId);
    await audit(tx, ctx.clock, {
      orgId: actor.orgId,
      actorUserId: actor.userId || null,
      actorLabel: actor.label,
      action: 'people.import',
      details: { ...result },
    });
  });
  // Fresh statistics after a large change, so searches plan well at once. PostgreSQL's autovacuum
  // would get there later; PGlite has no autovacuum at all.
  if (result.created + result.updated >= 1000) await ctx.db.query('analyze people');
  progress({ phase: 'done', processed: total, total });
  return result;
}

function rowsOfRecords(lines: number[], rows: string[][], fields: (PersonField | null)[], records: PersonRecord[]): number[] {
  const numberCol = fields.indexOf('employee_number');
  const lineOf = new Map<string, number>();
  for (let i = 1; i < rows.length; i++) {
    const n = rows[i][numberCol]?.trim();
    if (n && !lineOf.has(n)) lineOf.set(n, lines[i]);
  }
  return records.map((r) => lineOf.get(r.employeeNumber) ?? 0);
}

/** Checks that need the stored directory: managers that exist, work emails owned by someone else, dates. */
function crossCheck(
  records: PersonRecord[],
  recordRows: number[],
  stored: sql.StoredPerson[],
  byNumber: Map<string, sql.StoredPerson>,
  rowOf: Map<string, number>,
  present: Set<PersonField>,
  headerOf: (f: PersonField) => string,
): RowError[] {
  const errors: RowError[] = [];
  // Who will hold each work email after the import: stored owners, overridden by the file.
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
    if (r.managerNumber && !rowOf.has(r.managerNumber) && !byNumber.has(r.managerNumber)) {
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

/** Creates the sites the file names and applies the regions it gives; returns a name -> id lookup. */
async function syncSites(
  tx: Parameters<typeof sql.loadSites>[0],
  orgId: string,
  records: PersonRecord[],
  present: Set<PersonField>,
): Promise<(name: string) => string> {
  const sites = new Map((await sql.loadSites(tx, orgId)).map((s) => [s.key, s]));
  if (!present.has('site')) return (name) => sites.get(name.toLowerCase())!.id;
  const wanted = new Map<string, { name: string; region: string | null; country: string | null }>();
  for (const r of records) {
    if (!r.site) continue;
    const key = r.site.toLowerCase();
    const w = wanted.get(key) ?? { name: r.site, region: null, country: null };
    if (r.region) w.region = r.region;
    if (r.country) w.country = r.country;
    wanted.set(key, w);
  }
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
