/**
 * SCIM PATCH (RFC 7644 section 3.5.2) applied to a User resource as JSON: add, replace and remove,
 * with a path (`active`, `name.givenName`, `emails[type eq "work"].value`, the enterprise URN
 * followed by `:employeeNumber` or `:manager`) or without one (a `value` object of attributes).
 * What Microsoft Entra ID and Okta actually send is accepted as they send it: operation names in
 * any case ("Replace"), booleans as the strings "True" and "False", a manager as a bare id string,
 * dotted attribute names as keys of a value object. The result is written like a PUT.
 */
import { invalidPath, invalidSyntax, invalidValue, mutability, noTarget } from './scim.errors.ts';
import { matches, normalizeAttr, parseFilter, type Filter } from './scim.filter.ts';
import { ENTERPRISE_SCHEMA, PATCH_SCHEMA } from './scim.schema.ts';

export type Resource = Record<string, unknown>;
type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The canonical spelling of the attribute names this server knows, by their lower case. */
const CANONICAL = new Map(
  [
    'schemas',
    'id',
    'externalId',
    'userName',
    'name',
    'givenName',
    'familyName',
    'formatted',
    'middleName',
    'honorificPrefix',
    'honorificSuffix',
    'displayName',
    'nickName',
    'title',
    'preferredLanguage',
    'locale',
    'timezone',
    'active',
    'emails',
    'value',
    'type',
    'primary',
    'display',
    'addresses',
    'locality',
    'country',
    'streetAddress',
    'postalCode',
    'region',
    'employeeNumber',
    'department',
    'manager',
    'phoneNumbers',
    'userType',
    'meta',
    ENTERPRISE_SCHEMA,
  ].map((n) => [n.toLowerCase(), n]),
);

/** A body or value with its attribute names spelled canonically (SCIM names are case-insensitive). */
export function canonicalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalize);
  if (!isObject(value)) return value;
  const out: Obj = {};
  for (const [k, v] of Object.entries(value)) out[CANONICAL.get(k.toLowerCase()) ?? k] = canonicalize(v);
  return out;
}

const MULTI_VALUED = new Set(['emails', 'addresses', 'phoneNumbers']);
const READ_ONLY = new Set(['id', 'meta', 'schemas']);

interface Path {
  /** The object the attribute lives in: the resource, or its enterprise extension. */
  extension: boolean;
  attr: string;
  filter?: Filter;
  sub?: string;
}

const canon = (name: string) => CANONICAL.get(name.toLowerCase()) ?? name;

export function parsePath(raw: string): Path {
  let rest = raw.trim();
  let extension = false;
  const lower = rest.toLowerCase();
  const ent = ENTERPRISE_SCHEMA.toLowerCase();
  if (lower === ent) return { extension: false, attr: ENTERPRISE_SCHEMA };
  if (lower.startsWith(ent + ':')) {
    extension = true;
    rest = rest.slice(ent.length + 1);
  } else if (lower.startsWith('urn:')) {
    const core = normalizeAttr(rest);
    if (core === lower) throw invalidPath(`The path "${raw}" names a schema this server does not have.`);
    rest = rest.slice(rest.length - core.length);
  }
  const m = /^([A-Za-z$][\w$-]*)(?:\[(.*)\])?(?:\.([A-Za-z$][\w$-]*))?$/.exec(rest);
  if (!m) throw invalidPath(`The path "${raw}" is not a SCIM attribute path.`);
  return { extension, attr: canon(m[1]), filter: m[2] !== undefined ? parseFilter(m[2]) : undefined, sub: m[3] ? canon(m[3]) : undefined };
}

/** Type of the element a filter such as `type eq "work"` asks for, to create it when it is missing. */
function impliedElement(f: Filter): Obj {
  if (f.op === 'eq' && typeof f.value !== 'object') return { [canon(f.attr)]: f.value };
  if (f.op === 'and') return { ...impliedElement(f.left), ...impliedElement(f.right) };
  return {};
}

type Op = 'add' | 'replace' | 'remove';

function setAttr(target: Obj, attr: string, value: unknown, op: Op) {
  if (op === 'add' && MULTI_VALUED.has(attr) && Array.isArray(target[attr])) {
    const added = (Array.isArray(value) ? value : [value]) as Obj[];
    const current = target[attr] as Obj[];
    // Adding an element of a type that exists replaces it (one work email, one work address).
    const kept = current.filter((c) => !added.some((a) => isObject(a) && isObject(c) && a.type !== undefined && a.type === c.type));
    target[attr] = [...kept, ...added];
  } else if (op === 'add' && isObject(value) && isObject(target[attr])) {
    target[attr] = { ...(target[attr] as Obj), ...value };
  } else if (MULTI_VALUED.has(attr) && !Array.isArray(value) && value !== null) {
    target[attr] = [value];
  } else {
    target[attr] = value;
  }
}

function applyOne(resource: Resource, op: Op, pathText: string | undefined, value: unknown) {
  if (pathText === undefined || pathText === '') {
    if (op === 'remove') throw noTarget('A remove operation needs a path.');
    if (!isObject(value)) throw invalidValue('An operation without a path needs a value object of attributes.');
    for (const [key, v] of Object.entries(value)) {
      // A client that echoes the id or meta back in a value object changes nothing by it.
      if (READ_ONLY.has(key)) continue;
      if (key === ENTERPRISE_SCHEMA && isObject(v)) {
        for (const [k, w] of Object.entries(v)) applyOne(resource, op, `${ENTERPRISE_SCHEMA}:${k}`, w);
      } else {
        // Entra sends dotted names ("name.givenName") and URN-qualified ones as keys of the value object.
        applyOne(resource, op, key, v);
      }
    }
    return;
  }
  const path = parsePath(pathText);
  if (path.attr === ENTERPRISE_SCHEMA) {
    if (op === 'remove') resource[ENTERPRISE_SCHEMA] = {};
    else if (isObject(value)) for (const [k, w] of Object.entries(value)) applyOne(resource, op, `${ENTERPRISE_SCHEMA}:${k}`, w);
    return;
  }
  if (READ_ONLY.has(path.attr) && !path.extension) {
    if (path.attr === 'schemas') return;
    throw mutability(`"${path.attr}" cannot be changed.`);
  }
  let target = resource;
  if (path.extension) {
    if (!isObject(resource[ENTERPRISE_SCHEMA])) resource[ENTERPRISE_SCHEMA] = {};
    target = resource[ENTERPRISE_SCHEMA] as Obj;
    // Entra sends the manager as the bare id: {path: "...:manager", value: "<id>"}.
    if (path.attr === 'manager' && !path.sub && typeof value === 'string') value = { value };
  }

  if (path.filter) {
    if (!MULTI_VALUED.has(path.attr)) throw invalidPath(`"${path.attr}" has no elements to filter.`);
    const list = Array.isArray(target[path.attr]) ? [...(target[path.attr] as Obj[])] : [];
    const hits = list.filter((e) => isObject(e) && matches(e, path.filter!));
    if (op === 'remove') {
      if (path.sub) for (const e of hits) delete e[path.sub];
      target[path.attr] = path.sub ? list : list.filter((e) => !hits.includes(e));
      return;
    }
    if (hits.length === 0) {
      // Entra adds a work email this way when there is none yet: create the element the filter describes.
      const created: Obj = { ...impliedElement(path.filter) };
      if (path.sub) created[path.sub] = value;
      else if (isObject(value)) Object.assign(created, value);
      else throw invalidValue(`The value of "${pathText}" must be an object.`);
      list.push(created);
    } else {
      for (const e of hits) {
        if (path.sub) e[path.sub] = value;
        else if (isObject(value)) Object.assign(e, value);
        else throw invalidValue(`The value of "${pathText}" must be an object.`);
      }
    }
    target[path.attr] = list;
    return;
  }

  if (path.sub) {
    if (MULTI_VALUED.has(path.attr)) {
      // `emails.value`: the primary element (or the only one).
      const list = Array.isArray(target[path.attr]) ? (target[path.attr] as Obj[]) : [];
      const e = list.find((x) => x.primary === true) ?? list[0];
      if (op === 'remove') {
        if (e) delete e[path.sub];
        return;
      }
      if (e) e[path.sub] = value;
      else target[path.attr] = [{ [path.sub]: value, primary: true }];
      return;
    }
    const parent = isObject(target[path.attr]) ? (target[path.attr] as Obj) : {};
    if (op === 'remove') delete parent[path.sub];
    else parent[path.sub] = value;
    target[path.attr] = parent;
    return;
  }

  if (op === 'remove') {
    if (Array.isArray(target[path.attr]) && Array.isArray(value)) {
      // Removing listed elements (how some clients remove one email).
      const drop = value.filter(isObject);
      target[path.attr] = (target[path.attr] as Obj[]).filter((e) => !drop.some((d) => d.value !== undefined && d.value === e.value));
    } else {
      delete target[path.attr];
    }
    return;
  }
  setAttr(target, path.attr, value, op);
}

/** Applies a PatchOp body to a copy of `resource`. */
export function applyPatch(resource: Resource, body: unknown): Resource {
  if (!isObject(body)) throw invalidSyntax('The body must be a PatchOp object.');
  const schemas = body.schemas;
  if (!Array.isArray(schemas) || !schemas.some((s) => typeof s === 'string' && s.toLowerCase() === PATCH_SCHEMA.toLowerCase())) {
    throw invalidSyntax(`A PATCH body lists "${PATCH_SCHEMA}" in its schemas.`);
  }
  const ops = body.Operations ?? body.operations;
  if (!Array.isArray(ops) || ops.length === 0) throw invalidSyntax('A PATCH body has a non-empty "Operations" list.');
  if (ops.length > 100) throw invalidSyntax('A PATCH body has at most 100 operations.');
  const out = structuredClone(resource);
  for (const raw of ops) {
    if (!isObject(raw)) throw invalidSyntax('Each operation is an object with "op", "path" and "value".');
    const op = typeof raw.op === 'string' ? raw.op.toLowerCase() : '';
    if (op !== 'add' && op !== 'replace' && op !== 'remove')
      throw invalidSyntax(`"${String(raw.op)}" is not an operation: use add, replace or remove.`);
    const path = raw.path;
    if (path !== undefined && typeof path !== 'string') throw invalidPath('"path" must be a string.');
    if (op !== 'remove' && raw.value === undefined) throw invalidValue(`The ${op} operation${path ? ` on "${path}"` : ''} needs a value.`);
    applyOne(out, op, path, canonicalize(raw.value));
  }
  return out;
}
