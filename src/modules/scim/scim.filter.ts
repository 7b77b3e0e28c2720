/**
 * SCIM filters (RFC 7644 section 3.4.2.2): a tokenizer and a recursive-descent parser with the
 * RFC's precedence (`not` and parentheses, then `and`, then `or`), giving a tree that is either
 * translated to parameterised SQL over a whitelist of attributes (scim.query.ts) or evaluated in
 * memory against the elements of a multi-valued attribute (PATCH value paths, scim.patch.ts).
 */
import { invalidFilter } from './scim.errors.ts';
import { ENTERPRISE_SCHEMA, USER_SCHEMA } from './scim.schema.ts';

export const COMPARE_OPS = ['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le'] as const;
export type CompareOp = (typeof COMPARE_OPS)[number];
export type Literal = string | number | boolean | null;

export type Filter =
  | { op: 'and' | 'or'; left: Filter; right: Filter }
  | { op: 'not'; filter: Filter }
  | { op: 'pr'; attr: string }
  | { op: CompareOp; attr: string; value: Literal }
  /** `emails[type eq "work"]`: some element of `attr` matches `filter`. */
  | { op: 'has'; attr: string; filter: Filter };

type Token =
  | { t: 'word'; v: string; at: number }
  | { t: 'string'; v: string; at: number }
  | { t: 'number'; v: number; at: number }
  | { t: '(' | ')' | '[' | ']'; at: number }
  | { t: 'end'; at: number };

const WORD = /[A-Za-z0-9_:$.-]/;

export function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i];
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '(' || ch === ')' || ch === '[' || ch === ']') {
      tokens.push({ t: ch, at: i });
      i++;
    } else if (ch === '"') {
      // A JSON string, escapes and all.
      let j = i + 1;
      while (j < input.length && input[j] !== '"') j += input[j] === '\\' ? 2 : 1;
      if (j >= input.length) throw invalidFilter(`The filter has a string without its closing quote (at character ${i + 1}).`);
      try {
        tokens.push({ t: 'string', v: JSON.parse(input.slice(i, j + 1)) as string, at: i });
      } catch {
        throw invalidFilter(`The filter has a string that is not valid (at character ${i + 1}).`);
      }
      i = j + 1;
    } else if (WORD.test(ch)) {
      let j = i;
      while (j < input.length && WORD.test(input[j])) j++;
      const word = input.slice(i, j);
      if (/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(word)) tokens.push({ t: 'number', v: Number(word), at: i });
      else tokens.push({ t: 'word', v: word, at: i });
      i = j;
    } else {
      throw invalidFilter(`The filter has an unexpected character "${ch}" (at character ${i + 1}).`);
    }
  }
  tokens.push({ t: 'end', at: input.length });
  return tokens;
}

/**
 * An attribute name as this server spells it: the schema URN of the core or enterprise schema
 * dropped (`urn:...:enterprise:2.0:User:employeeNumber` is `employeeNumber`), lower case, since
 * SCIM attribute names are case-insensitive.
 */
export function normalizeAttr(raw: string): string {
  const lower = raw.toLowerCase();
  for (const urn of [ENTERPRISE_SCHEMA, USER_SCHEMA]) {
    const prefix = urn.toLowerCase() + ':';
    if (lower.startsWith(prefix)) return lower.slice(prefix.length);
  }
  return lower;
}

export function parseFilter(input: string): Filter {
  if (input.length > 2000) throw invalidFilter('The filter is longer than 2000 characters.');
  const tokens = tokenize(input);
  let pos = 0;
  let depth = 0;
  const peek = () => tokens[pos];
  const isWord = (tok: Token, w: string): boolean => tok.t === 'word' && tok.v.toLowerCase() === w;
  const fail = (what: string): never => {
    const tok = peek();
    throw invalidFilter(`The filter is not valid: expected ${what} at character ${tok.at + 1}.`);
  };
  const expect = (t: '(' | ')' | ']') => {
    if (peek().t !== t) fail(`"${t}"`);
    pos++;
  };

  function orExpr(): Filter {
    let left = andExpr();
    while (isWord(peek(), 'or')) {
      pos++;
      left = { op: 'or', left, right: andExpr() };
    }
    return left;
  }
  function andExpr(): Filter {
    let left = unary();
    while (isWord(peek(), 'and')) {
      pos++;
      left = { op: 'and', left, right: unary() };
    }
    return left;
  }
  function nested(close: ')' | ']'): Filter {
    if (++depth > 20) throw invalidFilter('The filter nests more than 20 levels deep.');
    const f = orExpr();
    expect(close);
    depth--;
    return f;
  }
  function unary(): Filter {
    const tok = peek();
    if (isWord(tok, 'not')) {
      pos++;
      expect('(');
      return { op: 'not', filter: nested(')') };
    }
    if (tok.t === '(') {
      pos++;
      return nested(')');
    }
    return attrExpr();
  }
  function attrExpr(): Filter {
    const tok = peek();
    if (tok.t !== 'word') return fail('an attribute name');
    pos++;
    const attr = normalizeAttr((tok as { v: string }).v);
    if (peek().t === '[') {
      pos++;
      const inner = nested(']');
      // `emails[type eq "work"].value eq "x"` is not in the RFC's grammar for filters; a value path ends at "]".
      return { op: 'has', attr, filter: inner };
    }
    const opTok = peek();
    if (opTok.t !== 'word') return fail('an operator (eq, ne, co, sw, ew, gt, ge, lt, le, pr)');
    const op = (opTok as { v: string }).v.toLowerCase();
    pos++;
    if (op === 'pr') return { op: 'pr', attr };
    if (!(COMPARE_OPS as readonly string[]).includes(op)) {
      pos--;
      return fail('an operator (eq, ne, co, sw, ew, gt, ge, lt, le, pr)');
    }
    const v = peek();
    let value: Literal;
    if (v.t === 'string' || v.t === 'number') value = v.v;
    else if (isWord(v, 'true')) value = true;
    else if (isWord(v, 'false')) value = false;
    else if (isWord(v, 'null')) value = null;
    else return fail('a value (a "string", a number, true, false or null)');
    pos++;
    return { op: op as CompareOp, attr, value };
  }

  const f = orExpr();
  if (peek().t !== 'end') fail('"and", "or" or the end of the filter');
  return f;
}

// ---------------------------------------------------------------------------------------------
// In memory, for the elements of a multi-valued attribute (`emails[type eq "work"]` in a PATCH path).

function compare(op: CompareOp, actual: unknown, expected: Literal): boolean {
  if (actual === undefined || actual === null) return op === 'ne' ? expected !== null : op === 'eq' && expected === null;
  if (typeof actual === 'boolean' || typeof expected === 'boolean') {
    const a = String(actual).toLowerCase();
    const e = String(expected).toLowerCase();
    return op === 'eq' ? a === e : op === 'ne' ? a !== e : false;
  }
  const a = String(actual).toLowerCase();
  const e = String(expected).toLowerCase();
  switch (op) {
    case 'eq':
      return a === e;
    case 'ne':
      return a !== e;
    case 'co':
      return a.includes(e);
    case 'sw':
      return a.startsWith(e);
    case 'ew':
      return a.endsWith(e);
    case 'gt':
      return a > e;
    case 'ge':
      return a >= e;
    case 'lt':
      return a < e;
    case 'le':
      return a <= e;
  }
}

/** Whether an element (an object whose keys are compared case-insensitively) matches a filter. */
export function matches(element: Record<string, unknown>, f: Filter): boolean {
  const get = (attr: string) => {
    const key = Object.keys(element).find((k) => k.toLowerCase() === attr);
    return key === undefined ? undefined : element[key];
  };
  switch (f.op) {
    case 'and':
      return matches(element, f.left) && matches(element, f.right);
    case 'or':
      return matches(element, f.left) || matches(element, f.right);
    case 'not':
      return !matches(element, f.filter);
    case 'pr': {
      const v = get(f.attr);
      return v !== undefined && v !== null && v !== '';
    }
    case 'has':
      throw invalidFilter(`"${f.attr}[...]" cannot be used inside a value filter.`);
    default:
      return compare(f.op, get(f.attr), f.value);
  }
}
