/**
 * Importing people from CSV: all or nothing. Every row is validated first; if any row is wrong,
 * nothing is written and every problem comes back with its row and column. Otherwise people are
 * matched by employee number: new ones created, changed ones updated, the same ones left alone,
 * so importing the same file twice changes nothing.
 */
import type { AppContext } from '../../platform/context.ts';
import { CsvSyntaxError } from '../../platform/csv.ts';
import { unprocessable } from '../../platform/errors.ts';
import type { TextEncodingName } from '../../platform/text-decoding.ts';
import { authorize, type Actor } from '../../platform/policy.ts';
import { analyzeAfterBulkWrite } from './people.search.ts';
import { readPeopleCsv, type CsvSource, type ReadRecords } from './people.import.read.ts';
import type { PersonField } from './people.types.ts';
import { applyPeople, crossCheckPeople, planPeople } from './people.write.ts';
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

  let read: ReadRecords;
  try {
    read = await readPeopleCsv(file, {
      ignore: options.ignore,
      expectedBytes: options.expectedBytes,
      onRows: (rows) => progress({ phase: 'parsing', processed: rows, total: 0 }),
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
  const { records, errors, fields, recordRows, total, encoding } = read;
  progress({ phase: 'validating', processed: 0, total });
  const present = new Set(fields.filter((f): f is PersonField => f !== null));
  const headerOf = (f: PersonField) => read.headers[fields.indexOf(f)] ?? f;
  const known = new Set(records.map((r) => r.employeeNumber));

  const stored = await sql.loadStoredPeople(ctx.db, actor.orgId);
  if (errors.length === 0) errors.push(...crossCheckPeople(records, recordRows, stored, known, present, headerOf));
  if (errors.length > 0) {
    progress({ phase: 'failed', processed: 0, total });
    errors.sort((a, b) => a.row - b.row);
    const rows = new Set(errors.map((e) => e.row)).size;
    throw unprocessable(`${rows} row(s) have problems; nothing was imported. Fix them and import the file again.`, errors, 'csv-invalid', {
      rows,
    });
  }

  const plan = planPeople({ records, present }, stored);
  const result: ImportResult = {
    created: plan.toCreate.length,
    updated: plan.toUpdate.length,
    unchanged: plan.unchanged,
    total: records.length,
    skippedBlankRows: read.skippedBlankRows,
    encoding,
  };

  await ctx.db.transaction(async (tx) => {
    progress({ phase: 'writing', processed: result.unchanged, total });
    await applyPeople(tx, ctx.clock, actor, plan, {
      action: 'people.import',
      details: { ...result },
      batchSize: BATCH,
      onBatch: (written) => progress({ phase: 'writing', processed: result.unchanged + written, total }),
    });
  });
  // Fresh statistics after a large change, so searches plan well at once. Not awaited: the import is
  // done, and the answer need not wait for statistics (on PGlite, later queries queue behind it as usual).
  void analyzeAfterBulkWrite(ctx.db, result.created + result.updated).catch(() => {});
  progress({ phase: 'done', processed: total, total });
  return result;
}
