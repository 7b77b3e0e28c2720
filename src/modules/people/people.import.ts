/**
 * Importing people from CSV: all or nothing. Every row is validated first; if any row is wrong,
 * nothing is written and every problem comes back with its row and column. Otherwise people are
 * matched by employee number: new ones created, changed ones updated, the same ones left alone,
 * so importing the same file twice changes nothing.
 *
 * The file's bytes are read three times, and its records are never all held at once:
 * 1. parsing: every row checked on its own and against the file (an employee number or work email
 *    on two rows); only the employee numbers and the sites stay;
 * 2. validating: every record checked against the stored directory, read as keys and a digest of
 *    the compared fields (never whole rows), which also sorts records into new, changed, the same;
 * 3. writing (in one transaction): the new and changed records, a batch at a time.
 */
import type { AppContext } from '../../platform/context.ts';
import { CsvSyntaxError } from '../../platform/csv.ts';
import { unprocessable } from '../../platform/errors.ts';
import type { TextEncodingName } from '../../platform/text-decoding.ts';
import { authorize, type Actor } from '../../platform/policy.ts';
import { analyzeAfterBulkWrite } from './people.search.ts';
import { bytesOf, readPeopleCsv, type CsvSource, type ReadRecords } from './people.import.read.ts';
import type { PersonField, PersonRecord, RowError } from './people.types.ts';
import { crossChecker } from './people.checks.ts';
import { digester } from './people.compare.ts';
import { addWantedSites, startPeopleWrite, type WantedSites } from './people.write.ts';
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

function notText(problem: NonNullable<ReadRecords['problem']>) {
  const { code, params } = problem.problem;
  return unprocessable(
    'The file cannot be read as text: nothing was imported.',
    [{ row: params.line, column: '', code, params, message: problem.message }],
    'csv-invalid',
    { rows: 1 },
  );
}

/**
 * Imports a file: bytes (read as UTF-8, UTF-16 with a byte order mark or Windows-1252, else
 * refused), text (counts as UTF-8), or a stream of bytes (a request body), read piece by piece.
 */
export async function importPeople(
  ctx: AppContext,
  actor: Actor,
  file: CsvSource,
  options: { ignore?: string[]; onProgress?: (p: ImportProgress) => void; expectedBytes?: number } = {},
): Promise<ImportResult> {
  authorize(actor, 'people.import');
  const progress = options.onProgress ?? (() => {});
  progress({ phase: 'parsing', processed: 0, total: 0 });

  // A stream (a request body) is read once into bytes: the passes below read them again.
  const source = typeof file === 'string' ? file : await bytesOf(file, options.expectedBytes);
  const { ignore } = options;
  const wanted: WantedSites = new Map();
  // The header names the fields the file has, and so what a record's digest covers.
  let present = new Set<PersonField>();
  let digest = digester(present);
  /** Each valid record's digest by employee number: all the first reading keeps of a record. */
  const digests = new Map<string, string>();
  let read: ReadRecords;
  try {
    read = await readPeopleCsv(source, {
      ignore,
      onHeader: (fields) => {
        present = new Set(fields.filter((f): f is PersonField => f !== null));
        digest = digester(present);
      },
      onRows: (rows) => progress({ phase: 'parsing', processed: rows, total: 0 }),
      onRecords: (records) => {
        addWantedSites(wanted, records, present);
        for (const r of records) digests.set(r.employeeNumber, digest.of(r));
      },
    });
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
  if (read.problem) throw notText(read.problem);
  if (read.headers.length === 0) {
    throw unprocessable(
      'The file is empty.',
      [{ row: 1, column: '', code: 'csv-empty-file', message: 'The file has no header row.' }],
      'csv-invalid',
      { rows: 1 },
    );
  }
  const { errors, fields, total, encoding } = read;
  if (errors.length > 0) refuse(errors, progress, total);
  progress({ phase: 'validating', processed: 0, total });

  // New, changed and the same, by digest: the stored side made in SQL.
  const byNumber = new Map((await sql.loadStoredKeys(ctx.db, actor.orgId, digest.sql)).map((s) => [s.employee_number, s]));
  const newNumbers: string[] = [];
  const changed = new Set<string>();
  let unchanged = 0;
  for (const [number, d] of digests) {
    const s = byNumber.get(number);
    if (!s) newNumbers.push(number);
    else if (s.digest === d) unchanged++;
    else changed.add(number);
  }

  // The checks against the directory, on a second reading, only when something is to be written: a
  // record the same as its stored person names a manager who exists (the stored one) and its own
  // work email (another holder would be another row of the file, refused above, or the unique index),
  // and leaves its dates as they are.
  const emailsMoving: string[] = [];
  if (newNumbers.length + changed.size > 0) {
    const headerOf = (f: PersonField) => read.headers[fields.indexOf(f)] ?? f;
    const check = crossChecker(byNumber, new Set(digests.keys()), present, headerOf);
    let validated = 0;
    await readPeopleCsv(source, {
      ignore,
      onRecords: (records, rows) => {
        for (let i = 0; i < records.length; i++) {
          const r = records[i];
          check(r, rows[i], errors);
          const s = byNumber.get(r.employeeNumber);
          if (
            s &&
            changed.has(r.employeeNumber) &&
            present.has('work_email') &&
            s.work_email !== null &&
            s.work_email !== (r.workEmail ?? null)
          )
            emailsMoving.push(r.employeeNumber);
        }
        progress({ phase: 'validating', processed: (validated += records.length), total });
      },
    });
    if (errors.length > 0) refuse(errors, progress, total);
  }

  const result: ImportResult = {
    created: newNumbers.length,
    updated: changed.size,
    unchanged,
    total,
    skippedBlankRows: read.skippedBlankRows,
    encoding,
  };

  await ctx.db.transaction(async (tx) => {
    progress({ phase: 'writing', processed: result.unchanged, total });
    const writer = await startPeopleWrite(
      tx,
      ctx.clock,
      actor,
      { present, wanted, byNumber, newNumbers, changes: result.created + result.updated, emailsMoving },
      {
        action: 'people.import',
        details: { ...result },
        batchSize: BATCH,
        onBatch: (written) => progress({ phase: 'writing', processed: result.unchanged + written, total }),
      },
    );
    if (result.created + result.updated > 0) {
      let toCreate: PersonRecord[] = [];
      let toUpdate: PersonRecord[] = [];
      const flush = async () => {
        await writer.write(toCreate, toUpdate);
        toCreate = [];
        toUpdate = [];
      };
      await readPeopleCsv(source, {
        ignore,
        onRecords: async (records) => {
          for (const r of records) {
            if (!byNumber.has(r.employeeNumber)) toCreate.push(r);
            else if (changed.has(r.employeeNumber)) toUpdate.push(r);
          }
          if (toCreate.length + toUpdate.length >= BATCH) await flush();
        },
      });
      await flush();
    }
    await writer.finish();
  });
  // Fresh statistics after a large change, so searches plan well at once. Not awaited: the import is
  // done, and the answer need not wait for statistics (on PGlite, later queries queue behind it as usual).
  void analyzeAfterBulkWrite(ctx.db, result.created + result.updated).catch(() => {});
  progress({ phase: 'done', processed: total, total });
  return result;
}

/** Refuses the import with every problem, in row order. */
function refuse(errors: RowError[], progress: (p: ImportProgress) => void, total: number): never {
  progress({ phase: 'failed', processed: 0, total });
  errors.sort((a, b) => a.row - b.row);
  const rows = new Set(errors.map((e) => e.row)).size;
  throw unprocessable(`${rows} row(s) have problems; nothing was imported. Fix them and import the file again.`, errors, 'csv-invalid', {
    rows,
  });
}
