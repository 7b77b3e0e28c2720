/**
 * What the benchmarks feed the product: the generated organisation as CSV (once per run), a variant
 * with 10% of rows changed, and a mix of directory searches built from the data a server holds.
 */
import { localDate, systemClock } from '../src/platform/clock.ts';
import { toCsv } from '../src/platform/csv.ts';
import { createRng, generateOrganisation, peopleToCsvRows } from '../src/modules/people/people.seed.ts';
import type { PersonRecord } from '../src/modules/people/people.types.ts';
import type { Getter } from './env.ts';

const generated = new Map<number, PersonRecord[]>();

/** generateOrganisation({ employees: n, seed: 'bench', today }), generated once per size. */
export function benchPeople(n: number): PersonRecord[] {
  let people = generated.get(n);
  if (!people) {
    people = generateOrganisation({ employees: n, seed: 'bench', today: localDate(systemClock.now(), 'Europe/Brussels') });
    generated.set(n, people);
  }
  return people;
}

export const csvOf = (people: PersonRecord[]) => toCsv(peopleToCsvRows(people));

/** Every tenth person with a new job title: the "10% changed" re-import. */
export function withTenPercentChanged(people: PersonRecord[]): PersonRecord[] {
  return people.map((p, i) => (i % 10 === 0 ? { ...p, jobTitle: `${p.jobTitle ?? 'Employee'} (acting)` } : p));
}

/**
 * q: 3-6 letters of a real name; q1 and q2: one and two letters (what search-as-you-type sends
 * first), q2 with a few that are rare or absent ("zw"); combined: 2-4 letters with a department, a
 * site and a language; page2: the second page through the first page's cursor, of listings, of q=
 * searches and of combined ones.
 */
export const QUERY_KINDS = ['q', 'q1', 'q2', 'department', 'site', 'language', 'combined', 'page2'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];
export type QueryMix = Record<QueryKind, string[]>;

const PEOPLE = '/api/v1/people';

async function ok(get: Getter, p: string) {
  const r = await get(p);
  if (r.status !== 200) throw new Error(`GET ${p} answered ${r.status}: ${JSON.stringify(r.body).slice(0, 300)}`);
  return r.body;
}

/**
 * API paths per query kind, read from the organisation itself: q= fragments of real first and last
 * names, each department, site and language, combinations of them, and page 2 via page 1's cursor.
 */
export async function buildQueryMix(get: Getter, perKind = 40): Promise<QueryMix> {
  const facets = await ok(get, `${PEOPLE}/facets`);
  const departments: string[] = facets.departments;
  const siteIds: string[] = facets.sites.map((s: { id: string }) => s.id);
  const languages: string[] = facets.languages;

  const names: string[] = [];
  const page2: string[] = [];
  const withCursor = async (filter: string) => {
    const page = await ok(get, `${PEOPLE}?${filter}${filter ? '&' : ''}limit=200`);
    for (const p of page.items) names.push(p.firstName, p.lastName);
    const first = await ok(get, `${PEOPLE}${filter ? '?' + filter : ''}`);
    if (first.nextCursor) page2.push(`${PEOPLE}?${filter}${filter ? '&' : ''}cursor=${encodeURIComponent(first.nextCursor)}`);
  };
  await withCursor('');
  for (const d of departments) await withCursor(`department=${encodeURIComponent(d)}`);
  for (const l of languages) await withCursor(`language=${l}`);

  const rng = createRng('bench-search');
  const pick = <T>(a: T[]) => a[Math.floor(rng() * a.length)];
  /** `count` distinct lower-case fragments of `min` to `max` letters from real names. */
  const fragments = (count: number, min: number, max: number) => {
    const out = new Set<string>();
    for (let tries = 0; out.size < count && tries < count * 50; tries++) {
      const name = pick(names);
      const len = min + Math.floor(rng() * (max - min + 1));
      if (name.length < len) continue;
      const start = Math.floor(rng() * (name.length - len + 1));
      const frag = name.slice(start, start + len);
      if (/^\p{L}+$/u.test(frag)) out.add(frag.toLowerCase());
    }
    return [...out];
  };
  const q = (f: string) => `${PEOPLE}?q=${encodeURIComponent(f)}`;

  const combined = fragments(perKind, 2, 4).map(
    (f) => `${q(f)}&department=${encodeURIComponent(pick(departments))}&site=${pick(siteIds)}&language=${pick(languages)}`,
  );
  const q1 = [...'abcdefghijklmnopqrstuvwxyz'].map(q);
  const q2 = [...fragments(perKind - 5, 2, 2), 'zw', 'xq', 'jy', 'qz', 'wk'].map(q);
  const qn = fragments(perKind, 3, 6).map(q);
  // Page 2 of searches too: the cursor then continues a search, not only a listing.
  for (const p of [...qn.slice(0, 10), ...q2.slice(0, 10), ...combined]) {
    if (page2.length >= perKind) break;
    const first = await ok(get, p);
    if (first.nextCursor) page2.push(`${p}&cursor=${encodeURIComponent(first.nextCursor)}`);
  }

  return {
    q: qn,
    q1,
    q2,
    department: departments.map((d) => `${PEOPLE}?department=${encodeURIComponent(d)}`),
    site: siteIds.map((s) => `${PEOPLE}?site=${s}`),
    language: languages.map((l) => `${PEOPLE}?language=${l}`),
    combined,
    page2,
  };
}
