/**
 * The segments survey results are grouped by, and the keys that name a group: the dimensions, a
 * respondent's segment row, canonical group keys ('department=Finance&site=<uuid>'), the keys one
 * results view touches, and the quarter, start cohort and seniority band a segment holds. Pure; the
 * anonymity engine (anonymity.ts) judges the groups these keys name.
 */

/** The dimensions results may be broken down by, in canonical key order. */
export const DIMENSIONS = ['department', 'site', 'region', 'language', 'seniority', 'start_cohort', 'period'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const DIMENSION_INDEX: ReadonlyMap<string, number> = new Map(DIMENSIONS.map((d, i) => [d, i]));

export function isDimension(value: string): value is Dimension {
  return DIMENSION_INDEX.has(value);
}

/** One part of a group: a dimension and its value ('' = "not known", a real group). */
export interface GroupPart {
  dimension: Dimension;
  value: string;
}

/**
 * A respondent's segment, as the results service reads it from survey_responses: null (or a
 * missing field) is the value '' ("not known"). `period` must be the quarter ('YYYY-Qn', see
 * periodOf), `site` the site id, `start_cohort` 'YYYY-Qn'.
 */
export type SegmentRow = Readonly<Partial<Record<Dimension, string | null>>>;

/**
 * The canonical key of a group: '' = everyone in scope; 'department=Finance';
 * 'department=Finance&site=<uuid>'. Parts are sorted by the order of DIMENSIONS, values
 * encodeURIComponent'ed; a null value is '' ("not known"), an undefined one is no part.
 */
export function groupKey(parts: Readonly<Partial<Record<Dimension, string | null>>>): string {
  const out: string[] = [];
  for (const d of DIMENSIONS) {
    const v = parts[d];
    if (v === undefined) continue;
    out.push(`${d}=${encodeURIComponent(v ?? '')}`);
  }
  return out.join('&');
}

/**
 * The parts of a group key, sorted by DIMENSIONS order; null when the key is malformed (unknown
 * dimension, a dimension twice, a part without '=', bad percent-encoding). Parts in another order
 * are accepted: canonicalKey() gives the canonical spelling.
 */
export function parseGroupKey(key: string): GroupPart[] | null {
  if (key === '') return [];
  const parts: GroupPart[] = [];
  const seen = new Set<string>();
  for (const raw of key.split('&')) {
    const eq = raw.indexOf('=');
    if (eq <= 0) return null;
    const dimension = raw.slice(0, eq);
    if (!isDimension(dimension) || seen.has(dimension)) return null;
    seen.add(dimension);
    let value: string;
    try {
      value = decodeURIComponent(raw.slice(eq + 1));
    } catch {
      return null;
    }
    parts.push({ dimension, value });
  }
  parts.sort((a, b) => DIMENSION_INDEX.get(a.dimension)! - DIMENSION_INDEX.get(b.dimension)!);
  return parts;
}

/** The canonical spelling of a group key, or null when it is malformed. */
export function canonicalKey(key: string): string | null {
  const parts = parseGroupKey(key);
  return parts === null ? null : groupKey(partsRecord(parts));
}

export function partsRecord(parts: readonly GroupPart[]): Partial<Record<Dimension, string>> {
  const record: Partial<Record<Dimension, string>> = {};
  for (const p of parts) record[p.dimension] = p.value;
  return record;
}

/** What one results view shows: the filtered group, and its segments when broken down. */
export interface ViewKeys {
  /** The filtered group's canonical key ('' = everyone in scope). */
  group: string;
  /** One entry per value of the breakdown dimension (none without a breakdown). */
  segments: { value: string; key: string }[];
}

/**
 * The group keys a results view touches: `filter` is a group key ('' = no filter, else e.g.
 * 'department=Finance'; throws RangeError when malformed: validate it first with parseGroupKey),
 * `breakdown` a dimension or null, `values` the breakdown dimension's values (null = '' "not
 * known"; duplicates dropped, order kept). Each segment is the filter AND breakdown=value; when the
 * filter already fixes the breakdown dimension the only segment is the filtered group itself.
 *
 * Pass the values of the dimension for the whole scope (or all the organisation knows, e.g. every
 * site), never only the values present among the filtered group's respondents: listing a cell tells
 * it is not empty. Every key is judged by the plan, so an empty or small cell is just withheld.
 */
export function viewKeys(filter: string, breakdown: Dimension | null, values: readonly (string | null)[]): ViewKeys {
  const parts = parseGroupKey(filter);
  if (parts === null) throw new RangeError(`Not a group key: ${JSON.stringify(filter)}`);
  const fixed = partsRecord(parts);
  const group = groupKey(fixed);
  if (breakdown === null) return { group, segments: [] };
  const own = fixed[breakdown];
  if (own !== undefined) return { group, segments: [{ value: own, key: group }] };
  const segments: { value: string; key: string }[] = [];
  const seen = new Set<string>();
  for (const raw of values) {
    const value = raw ?? '';
    if (seen.has(value)) continue;
    seen.add(value);
    segments.push({ value, key: groupKey({ ...fixed, [breakdown]: value }) });
  }
  return { group, segments };
}

/** The quarter 'YYYY-Qn' of a date ('YYYY-MM-DD', or an ISO date-time: its date part is used). */
export function periodOf(date: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(date);
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12) throw new RangeError(`Not a date: ${JSON.stringify(date)}`);
  return `${m[1]}-Q${Math.ceil(month / 3)}`;
}

/** The start cohort of a person: the quarter 'YYYY-Qn' of their start date, null without one. */
export function startCohort(startDate: string | null): string | null {
  return startDate === null ? null : periodOf(startDate);
}

export type SeniorityBand = '<1y' | '1-3y' | '3-5y' | '5-10y' | '10y+';
export const SENIORITY_BANDS: readonly SeniorityBand[] = ['<1y', '1-3y', '3-5y', '5-10y', '10y+'];

/**
 * The seniority band on a day ('YYYY-MM-DD') of someone who started on `startDate`: completed
 * years of service (an anniversary on 29 February counts from 1 March in other years); '<1y' also
 * for a start date after `onDate`; null without a start date.
 */
export function seniorityBand(startDate: string | null, onDate: string): SeniorityBand | null {
  if (startDate === null) return null;
  const s = ymd(startDate);
  const o = ymd(onDate);
  const beforeAnniversary = o[1] < s[1] || (o[1] === s[1] && o[2] < s[2]);
  const years = o[0] - s[0] - (beforeAnniversary ? 1 : 0);
  if (years < 1) return '<1y';
  if (years < 3) return '1-3y';
  if (years < 5) return '3-5y';
  if (years < 10) return '5-10y';
  return '10y+';
}

function ymd(date: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) throw new RangeError(`Not a date: ${JSON.stringify(date)}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}
