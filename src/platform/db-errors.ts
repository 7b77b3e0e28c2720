/**
 * A database error never reaches a client as a 500: what the database refuses because of the
 * request's content (a duplicate, a reference to nothing, a value out of range) answers as what it
 * is (409 or 422), naming the column when the database says which. Every module's checks should
 * catch these first with a clearer message; this is the net under them. Anything else (a lost
 * connection, a bug in our SQL) stays a 500, logged.
 */
import { AppError } from './errors.ts';

interface DbErrorLike {
  code?: string;
  column?: string;
  constraint?: string;
  table?: string;
}

/** SQLSTATE classes (PostgreSQL appendix A) caused by the data a request sent. */
export function appErrorFromDatabase(err: unknown): AppError | null {
  if (!err || typeof err !== 'object') return null;
  const e = err as DbErrorLike;
  const code = typeof e.code === 'string' ? e.code : '';
  if (!/^[0-9A-Z]{5}$/.test(code)) return null;
  const where = e.column ?? e.constraint ?? 'body';
  const item = (message: string) => ({ errors: [{ path: where, message }] });
  switch (code) {
    case '23505': // unique_violation
      return new AppError('already-exists', 'This already exists.', item('Another record already has this value.'));
    case '23503': // foreign_key_violation
      return new AppError(
        'unknown-reference',
        'This refers to something that does not exist.',
        item('Refers to something that does not exist.'),
      );
    case '23502': // not_null_violation
      return new AppError('missing-value', 'A required value is missing.', item('This value is required.'));
    case '23514': // check_violation
    case '23P01': // exclusion_violation
      return new AppError('value-not-allowed', 'This value is not allowed here.', item('This value is not allowed.'));
  }
  // Class 22, data exception: out-of-range numbers and dates, bad encodings, invalid text forms.
  if (code.startsWith('22')) {
    return new AppError('invalid-value', 'A value is not valid.', item('This value is out of range or not in a valid form.'));
  }
  return null;
}
