/**
 * Ids in request bodies name rows of the actor's organisation, like ids in paths do. The schema
 * only says an id is a uuid; the database's foreign keys do not know organisations, so a service
 * that stores an id it received checks it here first.
 */
import type { Queryable } from '../db/db.ts';
import { unprocessable } from './errors.ts';

/** Tables whose rows belong to one organisation (an `org_id` column) and that bodies refer to by id. */
export type OrgTable = 'sites' | 'people';
const NOUN: Record<OrgTable, string> = { sites: 'site', people: 'person' };

/**
 * Refuses with 422 naming `field` (and the index, for a list) every id that is not a row of `table`
 * in `orgId`. Another organisation's id is refused exactly like one that does not exist, so the
 * answer never tells whether it exists elsewhere.
 */
export async function assertInOrg(
  q: Queryable,
  orgId: string,
  table: OrgTable,
  field: string,
  ids: string | readonly string[],
): Promise<void> {
  const list = typeof ids === 'string' ? [ids] : ids;
  if (list.length === 0) return;
  const found = await q.query<{ id: string }>(`select id from ${table} where org_id = $1 and id = any($2::uuid[])`, [
    orgId,
    [...new Set(list)],
  ]);
  const known = new Set(found.map((r) => r.id));
  const errors = list.flatMap((id, i) =>
    known.has(id.toLowerCase())
      ? []
      : [{ path: typeof ids === 'string' ? field : `${field}.${i}`, message: `There is no ${NOUN[table]} with id ${id}.` }],
  );
  if (errors.length) throw unprocessable('Some ids are unknown.', errors, 'unknown-reference');
}
