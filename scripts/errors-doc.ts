/** Writes docs/errors.md from the registry of error codes (src/platform/problems.ts). */
import { writeFileSync } from 'node:fs';
import { renderErrorsDoc } from '../src/platform/problems.doc.ts';

writeFileSync(new URL('../docs/errors.md', import.meta.url), renderErrorsDoc());
