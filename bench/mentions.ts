/**
 * mentions: finding a colleague by name in the community, among the organisation's people (100,000
 * unless --people) of whom 2,000 are active ambassadors (a tenth behind the scenes): the @ picker of
 * a closed community (ambassadors and coordinators take part), of a community open to everyone, and
 * the ambassadors' list (GET /api/v1/ambassadors?q=), as an ambassador, through the services.
 * Typed: nothing yet, then the first one, two and three letters of an ambassador's first name, then
 * their last name. Baseline: the directory's own search (GET /api/v1/people?q=) for the same letters
 * and page size, which walks or collects through the name indexes (bench/search.ts measures it
 * against its bare SQL). Interleaved request by request; p50 and p95 per case and typed length.
 * Both are timed as a route calls them: the picker reads who takes part, the alumni topic and the
 * time zone before its search (four statements), the directory runs one.
 * No goal: for reference, and to keep these searches from falling back to reading the whole
 * directory (before 111dbf0 the picker took 76-137 ms on 100,000 people on PostgreSQL; before the
 * open community's walk in first-name order, MENTION_WALK, one or two common letters took 45-50 ms
 * there at p95, and up to 315 ms on PGlite).
 */
import { analyzeGrownTables } from '../src/db/statistics.ts';
import type { Actor } from '../src/platform/policy.ts';
import { community } from '../src/modules/ambassadors/ambassadors.service.ts';
import { mentionablePeople } from '../src/modules/community/exchange.people.ts';
import { searchPeople } from '../src/modules/people/people.service.ts';
import { fmt, progress, ratio, summarize, type BenchResult, type Summary } from './lib.ts';
import { analyze, openBenchCtx, orgWithPeople } from './setup.ts';
import type { Workspace } from './workspace.ts';

export const headers = ['engine', 'case', 'typed', 'n', 'p50 ms', 'p95 ms', 'directory p50 ms', 'directory p95 ms', 'p95 vs directory'];

const AMBASSADORS = 2000;
/** Ambassadors whose names are typed, per typed length. */
const NAMES = 25;
const PICKER = 10;
const LIST = 50;
const TYPED = ['nothing', '1 letter', '2 letters', '3 letters', 'last name'] as const;
type Typed = (typeof TYPED)[number];
const CASES = ['@ picker, closed community', '@ picker, open to everyone', 'ambassadors list'] as const;
type Case = (typeof CASES)[number];

function typedOf(t: Typed, name: { first: string; last: string }): string {
  if (t === 'nothing') return '';
  if (t === 'last name') return name.last;
  return name.first.slice(0, Number(t[0]));
}

export async function runMentions(ws: Workspace): Promise<BenchResult> {
  const { engine, opts } = ws;
  const b = await openBenchCtx(engine, opts, 'mentions');
  try {
    const { orgId, loadMs } = await orgWithPeople(b, opts, 'bench-mentions', opts.people);
    const db = b.ctx.db;
    const ambassadors = Math.min(AMBASSADORS, Math.floor(opts.people / 5));
    await db.query(
      `insert into ambassadors (org_id, person_id, active, scope, behind_the_scenes, joined_at, updated_at, topics, languages)
       select $1::uuid, p.id, true, case when r < 0.1 then 'internal' else 'external' end, r < 0.1, now(), now(), '{}', '{nl}'
         from (select id, ('x' || left(md5(id::text || 'r'), 8))::bit(32)::bigint / 4294967296.0 as r from people
                where org_id = $1 and not sensitive order by md5(id::text) limit $2) p`,
      [orgId, ambassadors],
    );
    // As autovacuum (PostgreSQL) or the worker (PGlite, db/statistics.ts) would within a minute.
    const analyzed = engine === 'pglite' ? (await analyzeGrownTables(db)).length > 0 : await analyze(b, opts, ['people', 'ambassadors']);
    const [reader] = await db.query<{ person_id: string }>(
      `select person_id from ambassadors where org_id = $1 and not behind_the_scenes order by md5(person_id::text) limit 1`,
      [orgId],
    );
    const actor: Actor = { userId: '', orgId, role: 'employee', email: '', personId: reader.person_id, via: 'token', label: 'bench' };
    // Whom colleagues look for: ambassadors shown whole (one behind the scenes is found by first name only).
    const names = (
      await db.query<{ first: string; last: string }>(
        `select p.first_name as first, p.last_name as last from ambassadors a join people p on p.id = a.person_id
          where a.org_id = $1 and not a.behind_the_scenes and a.person_id <> $2 order by md5(a.id::text) limit ${NAMES}`,
        [orgId, reader.person_id],
      )
    ).map((n) => ({ first: n.first, last: n.last }));

    const subject: Record<Case, (q: string) => Promise<unknown>> = {
      '@ picker, closed community': (q) => mentionablePeople(b.ctx, actor, { q, limit: PICKER }),
      '@ picker, open to everyone': (q) => mentionablePeople(b.ctx, actor, { q, limit: PICKER }),
      'ambassadors list': (q) => community(b.ctx, actor, { q, limit: LIST, offset: 0 }),
    };
    const requests = opts.quick ? 2 : 8; // per name: 25 names × 8 = 200 samples per case and typed length
    const rows: (string | number)[][] = [];
    const data: Record<string, Record<string, { subject: Summary; directory: Summary }>> = {};
    for (const c of CASES) {
      await db.query(`update organisations set community_open_to_all = $2 where id = $1`, [orgId, c === '@ picker, open to everyone']);
      const limit = c === 'ambassadors list' ? LIST : PICKER;
      data[c] = {};
      for (const t of TYPED) {
        progress(`${engine}: ${c}, ${t}`);
        const samples = { subject: [] as number[], directory: [] as number[] };
        const typed = names.map((n) => typedOf(t, n));
        for (const q of typed) {
          await subject[c](q); // warm-up: every name once, so that no sample is a first
          await searchPeople(b.ctx, actor, { q, limit });
        }
        for (let i = 0; i < requests * typed.length; i++) {
          const q = typed[i % typed.length];
          for (const which of i % 2 ? (['subject', 'directory'] as const) : (['directory', 'subject'] as const)) {
            const t0 = performance.now();
            await (which === 'subject' ? subject[c](q) : searchPeople(b.ctx, actor, { q, limit }));
            samples[which].push(performance.now() - t0);
          }
        }
        const s = { subject: summarize(samples.subject), directory: summarize(samples.directory) };
        data[c][t] = s;
        rows.push([
          engine,
          c,
          t,
          s.subject.n,
          fmt.ms(s.subject.p50),
          fmt.ms(s.subject.p95),
          fmt.ms(s.directory.p50),
          fmt.ms(s.directory.p95),
          fmt.x(ratio(s.subject.p95, s.directory.p95)),
        ]);
      }
    }
    return {
      benchmark: 'mentions',
      engine,
      rows,
      data: { people: opts.people, ambassadors, loadMs: Math.round(loadMs), analyzed, pickerLimit: PICKER, listLimit: LIST, cases: data },
    };
  } finally {
    await b.drop();
  }
}
