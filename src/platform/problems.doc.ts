/** docs/errors.md from the registry of problem and item codes (problems.ts): scripts/errors-doc.ts writes it, a test keeps it current. */
import { ITEM_CODE_LIST, ITEM_CODES, PROBLEM_CODES, PROBLEMS, type ItemSpec, type ProblemSpec } from './problems.ts';

/** docs/errors.md, generated from the registry (test/api/error-codes.test.ts keeps it current). */
export function renderErrorsDoc(): string {
  const params = (p?: readonly string[]) => (p?.length ? p.map((x) => `\`${x}\``).join(', ') : '');
  const lines = [
    '# Error codes',
    '',
    '<!-- Generated from src/platform/problems.ts: run `npx tsx scripts/errors-doc.ts` after changing it. -->',
    '',
    'Every error answer of the API is `application/problem+json` (RFC 9457):',
    '',
    '```json',
    '{ "type": "/problems/csv-invalid", "code": "csv-invalid", "title": "The file has problems", "status": 422,',
    '  "detail": "2 row(s) have problems; nothing was imported. ...", "params": { "rows": 2 },',
    '  "errors": [{ "row": 3, "column": "Startdatum", "code": "csv-not-a-date", "value": "morgen",',
    '               "message": "\\"morgen\\" is not a date: use dd/mm/yyyy (e.g. 31/12/2024) or yyyy-mm-dd" }] }',
    '```',
    '',
    '- `code` (and the last segment of `type`) names the kind of error. Codes are stable: a client',
    '  decides what to do, and which message to show in its own language, by code, never by the HTTP',
    '  status or the English text. `params` fill in the message.',
    '- `type` is the relative URI `/problems/<code>`: the same string on every installation (it does',
    '  not depend on `PUBLIC_URL`, which differs per deployment and may change), and it resolves, on the',
    '  installation that answered, to a page describing the code (`GET /problems/<code>`, JSON with',
    '  `Accept: application/json`). We own no global domain to put there.',
    "- Each item of `errors` has a `code` (an item code below, or the problem's own code), `params`, an",
    '  English `message`, and where it applies: `path` (`body.email`), or for CSV `row` (the header is',
    '  row 1), `column` (as the file names it) and `value` (the offending cell).',
    '- The web app shows every code below in nl, fr and en (`error.<code>` in `src/web/i18n/`; a test',
    '  checks each code has all three), filling in `params` and `value`.',
    '',
    '## Problem codes',
    '',
    '| code | status | meaning | params |',
    '|---|---|---|---|',
    ...PROBLEM_CODES.map((c) => {
      const p: ProblemSpec = PROBLEMS[c];
      return `| \`${c}\` | ${p.status} | ${p.meaning} | ${params(p.params)} |`;
    }),
    '',
    '## Item codes',
    '',
    '| code | meaning | params |',
    '|---|---|---|',
    ...ITEM_CODE_LIST.map((c) => {
      const i: ItemSpec = ITEM_CODES[c];
      return `| \`${c}\` | ${i.title} | ${params(i.params)} |`;
    }),
    '',
  ];
  return lines.join('\n');
}
