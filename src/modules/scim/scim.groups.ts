/**
 * Groups, read-only: each department of the organisation is a SCIM Group whose members are the
 * people in it (RFC 7643 section 4.2). Departments come with each user (the enterprise extension's
 * department), so a client reads groups but never writes them: writes answer 501.
 */
import type { AppContext } from '../../platform/context.ts';
import { invalidFilter, ScimError, scimNotFound } from './scim.errors.ts';
import { matches, parseFilter, type Filter } from './scim.filter.ts';
import { GROUP_SCHEMA, listResponse, MAX_RESULTS } from './scim.schema.ts';

/** A department's stable id: its name, base64url-encoded (departments have no row of their own). */
const idOf = (department: string) => Buffer.from(department, 'utf8').toString('base64url');
function departmentOf(id: string): string | null {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(id)) return null;
  const name = Buffer.from(id, 'base64url').toString('utf8');
  return idOf(name) === id ? name : null;
}

export const readOnly = () =>
  new ScimError(501, 'Groups are read-only here: each department is a group, and a user’s department comes with the user.');

interface Member {
  id: string;
  first_name: string;
  last_name: string;
}

async function members(ctx: AppContext, orgId: string, department: string): Promise<Member[]> {
  return ctx.db.query<Member>(
    `select id, first_name, last_name from people
      where org_id = $1 and department = $2 and deprovisioned_at is null order by last_name, first_name, id`,
    [orgId, department],
  );
}

function toGroup(base: string, department: string, list: Member[] | null, updatedAt: Date | null) {
  const id = idOf(department);
  return {
    schemas: [GROUP_SCHEMA],
    id,
    displayName: department,
    ...(list
      ? {
          members: list.map((m) => ({
            value: m.id,
            display: `${m.first_name} ${m.last_name}`,
            $ref: `${base}/Users/${m.id}`,
            type: 'User',
          })),
        }
      : {}),
    meta: { resourceType: 'Group', location: `${base}/Groups/${id}`, ...(updatedAt ? { lastModified: updatedAt.toISOString() } : {}) },
  };
}

/** Only id and displayName can be filtered on (in memory: an organisation has tens of departments, not thousands). */
function checkAttributes(f: Filter): void {
  switch (f.op) {
    case 'and':
    case 'or':
      checkAttributes(f.left);
      checkAttributes(f.right);
      return;
    case 'not':
      checkAttributes(f.filter);
      return;
    case 'has':
      throw invalidFilter(`"${f.attr}[...]" is not a filter this server supports on groups.`);
    default:
      if (f.attr !== 'displayname' && f.attr !== 'id') {
        throw invalidFilter(`"${f.attr}" is not an attribute this server filters groups on: use displayName or id.`);
      }
  }
}

const withoutMembers = (query: { attributes?: string; excludedAttributes?: string }) =>
  /\bmembers\b/i.test(query.excludedAttributes ?? '') || (!!query.attributes && !/\bmembers\b/i.test(query.attributes));

export async function listGroups(
  ctx: AppContext,
  orgId: string,
  base: string,
  query: { filter?: string; startIndex?: string; count?: string; attributes?: string; excludedAttributes?: string },
) {
  const departments = await ctx.db.query<{ department: string; updated_at: Date }>(
    `select department, max(updated_at) as updated_at from people
      where org_id = $1 and department is not null and deprovisioned_at is null group by department order by department`,
    [orgId],
  );
  let found = departments;
  if (query.filter) {
    const f = parseFilter(query.filter);
    checkAttributes(f);
    found = departments.filter((d) => matches({ id: idOf(d.department), displayName: d.department }, f));
  }
  const startIndex = Math.max(1, Number.parseInt(query.startIndex ?? '1', 10) || 1);
  const count = Math.min(MAX_RESULTS, Math.max(0, Number.parseInt(query.count ?? String(MAX_RESULTS), 10)));
  const page = found.slice(startIndex - 1, startIndex - 1 + (Number.isNaN(count) ? MAX_RESULTS : count));
  const skipMembers = withoutMembers(query);
  const groups = [];
  for (const d of page)
    groups.push(toGroup(base, d.department, skipMembers ? null : await members(ctx, orgId, d.department), d.updated_at));
  return listResponse(groups, found.length, startIndex);
}

export async function getGroup(
  ctx: AppContext,
  orgId: string,
  base: string,
  id: string,
  query: { attributes?: string; excludedAttributes?: string },
) {
  const department = departmentOf(id);
  const list = department === null ? [] : await members(ctx, orgId, department);
  if (department === null || list.length === 0) throw scimNotFound('Group');
  return toGroup(base, department, withoutMembers(query) ? null : list, null);
}
