/**
 * A SCIM filter as SQL: every attribute a client may filter on maps to a column expression of
 * `people p` here, and only here; values always travel as parameters. An attribute not in the list
 * is refused with scimType invalidFilter. String comparisons follow the attribute's caseExact:
 * userName, emails, names and the rest ignore case; id and externalId do not.
 */
import { invalidFilter } from './scim.errors.ts';
import { type CompareOp, type Filter, type Literal } from './scim.filter.ts';

type Kind = 'string' | 'boolean' | 'dateTime';
interface Column {
  kind: Kind;
  sql: string;
  caseExact: boolean;
}

const str = (sql: string, caseExact = false): Column => ({ kind: 'string', sql, caseExact });

/** Single-valued attributes, by their lower-case name (schema URN dropped). */
const COLUMNS: Record<string, Column> = {
  id: str('p.id::text', true),
  externalid: str('p.external_id', true),
  username: str('coalesce(p.user_name, p.work_email, p.employee_number)'),
  displayname: str(`(p.first_name || ' ' || p.last_name)`),
  'name.formatted': str(`(p.first_name || ' ' || p.last_name)`),
  'name.givenname': str('p.first_name'),
  'name.familyname': str('p.last_name'),
  title: str('p.job_title'),
  preferredlanguage: str('p.language'),
  employeenumber: str('p.employee_number', true),
  department: str('p.department'),
  'manager.value': str('p.manager_id::text', true),
  manager: str('p.manager_id::text', true),
  'meta.created': { kind: 'dateTime', sql: 'p.created_at', caseExact: true },
  'meta.lastmodified': { kind: 'dateTime', sql: 'p.updated_at', caseExact: true },
  'addresses.locality': str('(select s.name from sites s where s.id = p.site_id)'),
};

/** The elements of `emails`: the work email (type work, primary) and the personal one (type other). */
const EMAIL_ELEMENTS = [
  { value: 'p.work_email', type: 'work', primary: true },
  { value: 'p.personal_email', type: 'other', primary: false },
];

export interface SqlFilter {
  sql: string;
  params: unknown[];
}

/**
 * Translates `f` to a boolean SQL expression. Parameters are numbered from `offset + 1`; `today`
 * (the organisation's date) decides `active`.
 */
export function filterToSql(f: Filter, offset: number, today: string): SqlFilter {
  const params: unknown[] = [];
  const param = (v: unknown, cast = 'text') => {
    params.push(v);
    return `$${offset + params.length}::${cast}`;
  };

  function compareString(col: Column, op: CompareOp, value: Literal): string {
    if (value === null) {
      if (op === 'eq') return `${col.sql} is null`;
      if (op === 'ne') return `${col.sql} is not null`;
      throw invalidFilter(`"${op} null" is not a comparison: use eq null, ne null or pr.`);
    }
    const text = String(value);
    const c = col.caseExact ? col.sql : `lower(${col.sql})`;
    const v = (s: string) => (col.caseExact ? param(s) : `lower(${param(s)})`);
    const like = (pattern: (s: string) => string) => `${c} like ${v(pattern(text.replace(/[\\%_]/g, (m) => '\\' + m)))}`;
    switch (op) {
      case 'eq':
        return `${c} = ${v(text)}`;
      case 'ne':
        return `${c} is distinct from ${v(text)}`;
      case 'co':
        return like((s) => `%${s}%`);
      case 'sw':
        return like((s) => `${s}%`);
      case 'ew':
        return like((s) => `%${s}`);
      case 'gt':
        return `${c} > ${v(text)}`;
      case 'ge':
        return `${c} >= ${v(text)}`;
      case 'lt':
        return `${c} < ${v(text)}`;
      case 'le':
        return `${c} <= ${v(text)}`;
    }
  }

  function compareDate(col: Column, op: CompareOp, value: Literal, attr: string): string {
    const at = typeof value === 'string' ? new Date(value) : null;
    if (!at || Number.isNaN(at.getTime())) throw invalidFilter(`"${attr}" compares with a date and time such as "2026-01-31T00:00:00Z".`);
    const sqlOp = { eq: '=', ne: '<>', gt: '>', ge: '>=', lt: '<', le: '<=' }[op as string];
    if (!sqlOp) throw invalidFilter(`"${attr}" cannot be compared with ${op}.`);
    return `${col.sql} ${sqlOp} ${param(at.toISOString(), 'timestamptz')}`;
  }

  const activeSql = () => `(p.scim_ended_on is null and (p.end_date is null or p.end_date >= ${param(today, 'date')}))`;

  function bool(value: Literal, attr: string): boolean {
    if (typeof value === 'boolean') return value;
    if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
    throw invalidFilter(`"${attr}" compares with true or false.`);
  }

  /** A filter over one email element (value, type, primary as SQL). */
  function emailFilter(g: Filter, e: (typeof EMAIL_ELEMENTS)[number]): string {
    switch (g.op) {
      case 'and':
      case 'or':
        return `(${emailFilter(g.left, e)} ${g.op} ${emailFilter(g.right, e)})`;
      case 'not':
        return `not coalesce(${emailFilter(g.filter, e)}, false)`;
      case 'has':
        throw invalidFilter('A filter inside "emails[...]" cannot hold another "[...]".');
      case 'pr':
        if (g.attr === 'value') return `${e.value} is not null`;
        return g.attr === 'type' || g.attr === 'primary' ? 'true' : 'false';
      default:
        if (g.attr === 'value') return compareString(str(e.value), g.op, g.value);
        if (g.attr === 'type') return compareString(str(param(e.type)), g.op, g.value);
        if (g.attr === 'primary') {
          if (g.op !== 'eq' && g.op !== 'ne') throw invalidFilter('"emails.primary" compares with eq or ne.');
          return (bool(g.value, 'emails.primary') === e.primary) === (g.op === 'eq') ? 'true' : 'false';
        }
        throw invalidFilter(`"emails.${g.attr}" is not an attribute this server filters on: use value, type or primary.`);
    }
  }
  /** Some email element that exists matches `g`. */
  const anyEmail = (g: Filter) => `(${EMAIL_ELEMENTS.map((e) => `(${e.value} is not null and ${emailFilter(g, e)})`).join(' or ')})`;

  function walk(g: Filter): string {
    switch (g.op) {
      case 'and':
      case 'or':
        return `(${walk(g.left)} ${g.op} ${walk(g.right)})`;
      case 'not':
        return `not coalesce(${walk(g.filter)}, false)`;
      case 'has':
        if (g.attr !== 'emails') throw invalidFilter(`"${g.attr}[...]" is not a filter this server supports: only emails[...] is.`);
        return anyEmail(g.filter);
    }
    const attr = g.attr;
    if (attr === 'emails' || attr.startsWith('emails.')) {
      const sub = attr === 'emails' ? 'value' : attr.slice('emails.'.length);
      return anyEmail(g.op === 'pr' ? { op: 'pr', attr: sub } : { op: g.op, attr: sub, value: g.value });
    }
    if (attr === 'active') {
      if (g.op === 'pr') return 'true';
      if (g.op !== 'eq' && g.op !== 'ne') throw invalidFilter('"active" compares with eq or ne.');
      return (bool(g.value, 'active') === (g.op === 'eq') ? '' : 'not ') + activeSql();
    }
    if (attr === 'username' && g.op === 'eq' && typeof g.value === 'string') {
      // The common case (Entra and Okta look a user up by userName before creating them): indexed.
      const v = param(g.value);
      return `((p.user_name is not null and lower(p.user_name) = lower(${v})) or (p.user_name is null and ((p.work_email is not null and p.work_email = lower(${v})) or (p.work_email is null and p.employee_number = ${v}))))`;
    }
    const col = COLUMNS[attr];
    if (!col) throw invalidFilter(`"${attr}" is not an attribute this server filters on.`);
    if (g.op === 'pr') return `${col.sql} is not null`;
    if (col.kind === 'dateTime') return compareDate(col, g.op, g.value, attr);
    return `coalesce(${compareString(col, g.op, g.value)}, false)`;
  }

  return { sql: walk(f), params };
}
