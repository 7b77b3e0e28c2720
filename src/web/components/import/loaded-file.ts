/** A chosen file, read into memory, with its header split off and a first proposal for the mapping. */
import { CsvSyntaxError } from '../../../platform/csv.ts';
import type { ItemCode, ProblemParams } from '../../../platform/problems.ts';
import { decodeText, type TextEncodingName } from '../../../platform/text-decoding.ts';
import { proposeChoices, sampleRow, splitHeader, type Choice, type HeaderSplit } from '../../lib/import-mapping.ts';

export interface LoadedFile {
  name: string;
  size: number;
  /** What the bytes were read as, with the server's own decoder. */
  encoding: TextEncodingName;
  split: HeaderSplit;
  /** Values of the first data row, per column. */
  sample: string[];
  /** What the header names alone say, before the user's choices. */
  proposed: Choice[];
}

/** Why a file cannot be used: empty, unreadable, or a problem by its code (the server's own, shown in the interface language). */
export type LoadProblem = { kind: 'empty' } | { kind: 'unreadable' } | { kind: 'code'; code: ItemCode; params: ProblemParams };

/** Reads the file's bytes as the server will (UTF-8, UTF-16 with BOM, Windows-1252, or refused), then its header row. */
export async function loadFile(file: File): Promise<{ file: LoadedFile } | { problem: LoadProblem }> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { problem: { kind: 'unreadable' } };
  }
  return readLoaded(file.name, bytes);
}

/** The part of loadFile after reading, for any bytes. */
export function readLoaded(name: string, bytes: Uint8Array): { file: LoadedFile } | { problem: LoadProblem } {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { problem: { kind: 'code', code: decoded.problem.code, params: decoded.problem.params } };
  try {
    const split = splitHeader(decoded.text);
    if (!split) return { problem: { kind: 'empty' } };
    return {
      file: {
        name,
        size: bytes.length,
        encoding: decoded.encoding,
        split,
        sample: sampleRow(split),
        proposed: proposeChoices(split.headers),
      },
    };
  } catch (err) {
    if (err instanceof CsvSyntaxError) return { problem: { kind: 'code', code: err.code, params: { line: err.line, column: err.column } } };
    throw err;
  }
}
