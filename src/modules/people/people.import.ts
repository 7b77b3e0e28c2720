/**
 * Importing people from CSV: all or nothing. Every row is validated first; if any row is wrong,
 * nothing is written and every problem comes back with its row and column. Otherwise people are
 * matched by employee number: new ones created, changed ones updated, the same ones left alone,
 * so importing the same file twice changes nothing.
 */
import type { AppContext } from '../../platform/context.ts';
import { CsvSyntaxError, parseCsvInSlices, type ParsedCsv } from '../../platform/csv.ts';
import { unprocessable } from '../../platform/errors.ts';
import { decodeText, type TextEncodingName } from '../../platform/text-decoding.ts';
import { authorize, type Actor } from '../../platform/policy.ts';
import { validatePeopleRowsInSlices } from './people.csv.ts';
import type { PersonField, PersonRecord } from './people.types.ts';
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
  if (errors.length === 0) errors.push(...crossCheckPeople(records, recordRows, stored, new Set(rowOf.keys()), present, headerOf));
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
    skippedBlankRows: parsed.skippedBlankRows,
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
