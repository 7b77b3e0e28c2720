/** The people directory: search, a person's page, filters, export. Import lives in people.import.ts. */
import type { AppContext } from '../../platform/context.ts';
import { audit } from '../../platform/audit.ts';
import { toCsv } from '../../platform/csv.ts';
import { badRequest, notFound } from '../../platform/errors.ts';
import { authorize, type Actor } from '../../platform/policy.ts';
import { canSeePrivate, type PersonRef } from './people.policy.ts';

// The object-level rules about a person, for the modules that act on people (moments, buddies).
export { canSeeMomentsOf, looksAfter, type PersonRef } from './people.policy.ts';
// The one write path of people and the import's parsers, for provisioning (SCIM) as for the import.
export { applyPeople } from './people.write.ts';
export { crossCheckPeople } from './people.checks.ts';
export { planPeople } from './people.compare.ts';
export { cleanText, parseEmail, parseLanguage } from './people.csv.ts';
export { searchPattern, searchTextMatch, unescapeLike } from './people.search.ts';
export type { StoredPerson, StoredSite } from './people.import-sql.ts';
export type { Language, PersonField, PersonRecord } from './people.types.ts';
import { presentPerson } from './people.presenters.ts';
import * as repo from './people.repo.ts';
import { decodeCursor, encodeCursor, escapeLike, foldSearch } from './people.search.ts';
import { PERSON_FIELDS } from './people.types.ts';

export interface SearchInput {
  q?: string;
  department?: string;
  site?: string;
  language?: string;
  startFrom?: string;
  startTo?: string;
  manager?: string;
  limit?: number;
  cursor?: string;
  count?: boolean;
}

export async function searchPeople(ctx: AppContext, actor: Actor, input: SearchInput) {
  authorize(actor, 'people.read');
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  if (after === null)
    throw badRequest(
      'The cursor is not valid: use the nextCursor of a previous page.',
      [{ path: 'cursor', message: 'Invalid cursor.' }],
      'invalid-cursor',
    );
  const q = input.q ? foldSearch(input.q) : '';
  const filter: repo.PeopleFilter = {
    q: q ? escapeLike(q) : undefined,
    department: input.department,
    siteId: input.site,
    language: input.language,
    startFrom: input.startFrom,
    startTo: input.startTo,
    managerId: input.manager,
  };
  const limit = input.limit ?? 50;
  const rows = await repo.searchPeople(ctx.db, actor.orgId, filter, { limit, after });
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((p) => presentPerson(p, canSeePrivate(actor, p))),
    nextCursor: rows.length > limit && last ? encodeCursor({ lastName: last.last_name, firstName: last.first_name, id: last.id }) : null,
    ...(input.count ? { total: await repo.countPeople(ctx.db, actor.orgId, filter) } : {}),
  };
}

export async function getPerson(ctx: AppContext, actor: Actor, id: string) {
  authorize(actor, 'people.read');
  const p = await repo.getPerson(ctx.db, actor.orgId, id);
  if (!p) throw notFound('Person');
  const reports = await repo.searchPeople(ctx.db, actor.orgId, { managerId: p.id }, { limit: 200 });
  return {
    ...presentPerson(p, canSeePrivate(actor, p)),
    directReports: reports.slice(0, 200).map((r) => ({ id: r.id, firstName: r.first_name, lastName: r.last_name, jobTitle: r.job_title })),
  };
}

export async function facets(ctx: AppContext, actor: Actor) {
  authorize(actor, 'people.read');
  const [departments, sites] = await Promise.all([repo.listDepartments(ctx.db, actor.orgId), repo.listSites(ctx.db, actor.orgId)]);
  return { departments, sites, languages: ['nl', 'fr', 'en', 'de'] };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Rows per page of the export. Each page is one query whose whole result PGlite holds at once (and
 * whose rows become JavaScript objects at once), so the page bounds what an export of any size adds
 * to the process's memory; 1,000 rows (~170 kB of CSV) keep that to a few MB at no visible cost in speed.
 */
export const EXPORT_PAGE_ROWS = 1000;

/**
 * The whole directory as CSV, in the import's own columns (so an export imports back unchanged),
 * written page by page, `;` between cells unless asked otherwise. Cells that a spreadsheet would run as a formula are neutralised by toCsv.
 */
export async function* exportPeopleCsv(ctx: AppContext, actor: Actor, delimiter: ';' | ',' = ';'): AsyncGenerator<string> {
  authorize(actor, 'people.export');
  await audit(ctx.db, ctx.clock, {
    orgId: actor.orgId,
    actorUserId: actor.userId || null,
    actorLabel: actor.label,
    action: 'people.export',
  });
  // The byte order mark tells Excel the file is UTF-8; `;` is the list separator of Belgian Excel.
  yield '\uFEFF' + toCsv([[...PERSON_FIELDS]], { delimiter });
  let after: string | null = null;
  for (;;) {
    const rows = await repo.exportPage(ctx.db, actor.orgId, after, EXPORT_PAGE_ROWS);
    if (rows.length === 0) return;
    yield toCsv(
      rows.map((p) => [
        p.employee_number,
        p.first_name,
        p.last_name,
        p.work_email,
        p.personal_email,
        p.language,
        p.department,
        p.site_name,
        p.site_region,
        p.site_country,
        p.job_title,
        p.manager_employee_number,
        p.start_date,
        p.end_date,
        p.birth_day ? `${pad(p.birth_day)}/${pad(p.birth_month!)}${p.birth_year ? '/' + p.birth_year : ''}` : '',
        p.sensitive ? 'yes' : 'no',
        p.employment_type,
      ]),
      { delimiter },
    );
    after = rows[rows.length - 1].employee_number;
  }
}

/** What other modules need to know of a person, without reaching into this module's tables. */
export type { PersonFacts } from './people.repo.ts';

/** What the rules about a person need (people.policy.ts); undefined when not in this organisation. */
export async function personRef(ctx: AppContext, orgId: string, personId: string): Promise<PersonRef | undefined> {
  return repo.getPersonRef(ctx.db, orgId, personId);
}

export async function personFacts(ctx: AppContext, orgId: string, personId: string): Promise<repo.PersonFacts | undefined> {
  return repo.getPersonFacts(ctx.db, orgId, personId);
}
