import type { Db } from './db.ts';

/**
 * Picks the engine: a PostgreSQL server when a URL is given, else PGlite in the data folder (an
 * empty folder first gets a copy of the build's migrated template, when there is one).
 */
export async function openDb(opts: { databaseUrl?: string; dataDir?: string }): Promise<Db> {
  if (opts.databaseUrl) {
    const { openPostgres } = await import('./postgres.ts');
    return openPostgres(opts.databaseUrl);
  }
  const { openPglite } = await import('./pglite.ts');
  if (opts.dataDir) {
    const { copyTemplateInto } = await import('./pglite-template.ts');
    copyTemplateInto(opts.dataDir);
  }
  return openPglite(opts.dataDir);
}
