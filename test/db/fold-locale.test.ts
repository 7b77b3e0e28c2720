/** Name search folds typed text in JavaScript and names in the database: start-up warns when the database's locale lowers letters otherwise. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/db.ts';
import { foldDisagreement, foldSearch } from '../../src/modules/people/people.search.ts';
import { createLogger } from '../../src/platform/log.ts';
import { warnIfNamesFoldDifferently } from '../../src/server.ts';
import { openTestDb } from '../helpers.ts';

let db: Db;
let drop: () => Promise<void>;
beforeAll(async () => ({ db, drop } = await openTestDb()));
afterAll(() => drop());

const warnings = async (collation?: string) => {
  const lines: string[] = [];
  await warnIfNamesFoldDifferently(
    db,
    createLogger('warn', (l) => lines.push(l)),
    collation,
  );
  return lines;
};

describe('foldDisagreement', () => {
  it('finds none on the test database (PGlite, or PostgreSQL with a UTF-8 libc locale)', async () => {
    expect(await foldDisagreement(db)).toEqual([]);
    expect(await warnings()).toEqual([]);
  });

  it('finds the capitals a C-locale database leaves as they are, where the search would miss names', async () => {
    const letters = await foldDisagreement(db, 'C');
    expect(letters).toEqual(expect.arrayContaining(['É', 'Ø', 'Ş', 'Ğ', 'Σ', 'Ά', 'Ж', 'İ']));
    expect(letters.filter((l) => /[A-Z]/.test(l))).toEqual([]);
    // What it means: ÉLISE folded by that database does not contain what "elise" folds to.
    const [{ folded }] = await db.query<{ folded: string }>(`select lower('ÉLISE' collate "C") as folded`);
    expect(folded).not.toContain(foldSearch('elise'));
  });

  it('warns at start with the number of letters, some of them, and the fix', async () => {
    const lines = await warnings('C');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/warn .*lowers \d+ letters otherwise than Embassy's name search \(À Á/);
    expect(lines[0]).toContain('--locale=C.UTF-8');
    expect(lines[0]).toContain('"locale":"C"');
  });

  it.runIf(process.env.DATABASE_URL)('finds the dotted İ on an ICU collation, which lowers it into two characters', async () => {
    const [icu] = await db.query(`select 1 from pg_collation where collname = 'und-x-icu'`);
    if (!icu) return;
    expect(await foldDisagreement(db, 'und-x-icu')).toEqual(['İ']);
  });
});
