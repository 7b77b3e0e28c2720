/**
 * People import rules: which headers mean which field (people.csv.headers.ts), how each cell is
 * read (people.csv.cells.ts), and the checks of each row and across rows (people.csv.rows.ts).
 * Pure and browser-safe, so the upload screen can show the same errors as the server.
 */
export { HEADER_ALIASES, mapColumns, matchHeader, normalizeHeader } from './people.csv.headers.ts';
export {
  cleanText,
  parseBirthday,
  parseBoolean,
  parseCountry,
  parseDate,
  parseEmail,
  parseLanguage,
  parseRegion,
  type Birthday,
  type Parsed,
} from './people.csv.cells.ts';
export { rowChecker, validatePeopleRows, validatePeopleRowsInSlices, type PeopleValidation, type RowChecker } from './people.csv.rows.ts';
