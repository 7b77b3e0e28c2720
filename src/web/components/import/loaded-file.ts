/** A chosen file, read into memory, with its header split off and a first proposal for the mapping. */
import { CsvSyntaxError } from '../../../platform/csv.ts';
import { proposeChoices, sampleRow, splitHeader, type Choice, type HeaderSplit } from '../../lib/import-mapping.ts';

export interface LoadedFile {
  name: string;
  size: number;
  split: HeaderSplit;
  /** Values of the first data row, per column. */
  sample: string[];
  /** What the header names alone say, before the user's choices. */
  proposed: Choice[];
}

export type LoadProblem = { kind: 'empty' } | { kind: 'syntax'; line: number; message: string } | { kind: 'unreadable' };

export async function loadFile(file: File): Promise<{ file: LoadedFile } | { problem: LoadProblem }> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { problem: { kind: 'unreadable' } };
  }
  try {
    const split = splitHeader(text);
    if (!split) return { problem: { kind: 'empty' } };
    return { file: { name: file.name, size: file.size, split, sample: sampleRow(split), proposed: proposeChoices(split.headers) } };
  } catch (err) {
    // The message repeats "Line n:", which the interface says in its own language.
    if (err instanceof CsvSyntaxError)
      return { problem: { kind: 'syntax', line: err.line, message: err.message.replace(/^Line \d+: /, '') } };
    throw err;
  }
}
