/**
 * The planner's statistics on PGlite, which runs no autovacuum: a table written row by row (the
 * ambassadors, the community's posts, survey answers) keeps the statistics of when it was last
 * analyzed, often none, and the planner then guesses a handful of rows where there are thousands.
 * Measured: the community's @ picker over 100,000 people and 2,000 ambassadors took 242 ms with
 * an ambassadors table never analyzed (a nested loop over every ambassador for each person) and
 * 2 ms after ANALYZE. PostgreSQL's autovacuum analyzes a table once a tenth of it changed; PGlite's
 * activity statistics (n_mod_since_analyze) are not kept up to date, so growth is read from the
 * table's size on disk against the size its last ANALYZE recorded (pg_class.relpages), and a table
 * never analyzed from having no statistics at all (pg_statistic, which only a superuser reads:
 * PGlite's user is one).
 */
import type { Queryable } from './db.ts';

/** A table is analyzed again once it is this much larger than at its last ANALYZE… */
export const GROWTH = 1.2;
/** …and at least this many pages (8 kB each) larger: small tables are cheap to scan whatever the plan. */
export const MIN_NEW_PAGES = 4;

/**
 * ANALYZEs each table of the schema that has rows and was never analyzed, or grew past GROWTH × its
 * size at its last ANALYZE, and returns their names. ANALYZE samples at most 30,000 rows per table.
 */
export async function analyzeGrownTables(db: Queryable): Promise<string[]> {
  const grown = await db.query<{ name: string }>(
    `select c.relname as name
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
       cross join lateral (select pg_relation_size(c.oid) / current_setting('block_size')::int as pages) size
      where n.nspname = current_schema() and c.relkind = 'r'
        and (size.pages > greatest(c.relpages, 0) * $1::float8 + $2::int
             or size.pages > 0 and not exists (select 1 from pg_statistic s where s.starelid = c.oid))
      order by c.relname`,
    [GROWTH, MIN_NEW_PAGES],
  );
  for (const { name } of grown) await db.exec(`analyze "${name.replace(/"/g, '""')}"`);
  return grown.map((g) => g.name);
}
