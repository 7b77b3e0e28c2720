/**
 * buddy: suggestions for 1,000 newcomers (the latest start dates) among the organisation's people
 * (100,000 unless --people): the time buddyIndex() takes to load and build the index, and the time
 * 1,000 suggestion lists (8 each, as the API asks) take on it. Baseline: the bare SQL that loads the
 * same columns. Interleaved in rounds; medians reported. About 5% volunteer and 2,000 recent starters
 * already have a buddy, so the counts and the cap matter.
 */
import { buddyIndex } from '../src/modules/moments/buddy.service.ts';
import { fmt, median, progress, ratio, timed, type BenchResult } from './lib.ts';
import { analyze, openBenchCtx, orgWithPeople, rotations } from './setup.ts';
import type { Workspace } from './workspace.ts';

export const headers = ['engine', 'case', 'runs ms', 'median ms', 'vs bare SQL', 'detail'];

const NEWCOMERS = 1000;
const LIST = 8;
const GOAL_MS = 1000;
const BUDGET_MS = 120_000;

/** The baseline: the same columns, written by hand. */
const BARE_SQL = `
  select p.id, p.first_name || ' ' || p.last_name as name, p.department, p.site_id, p.language, p.manager_id,
         p.start_date::text, p.end_date::text, p.buddy_volunteer as volunteer, coalesce(b.n, 0)::int as buddies
    from people p
    left join (select buddy_person_id, count(*) as n from buddy_assignments where org_id = $1 and ended_at is null group by 1) b on b.buddy_person_id = p.id
   where p.org_id = $1`;

export async function runBuddy(ws: Workspace): Promise<BenchResult> {
  const { engine, opts } = ws;
  const b = await openBenchCtx(engine, opts, 'buddy');
  try {
    const { orgId, loadMs } = await orgWithPeople(b, opts, 'bench-buddy', opts.people);
    const db = b.ctx.db;
    await db.query(`update people set buddy_volunteer = true where org_id = $1 and md5(employee_number) < '0d'`, [orgId]);
    await db.query(
      `with n as (select id, row_number() over (order by start_date desc, id) as r from people
                   where org_id = $1 and start_date <= current_date order by start_date desc, id limit 2000 offset ${NEWCOMERS}),
            b as (select id, row_number() over (order by md5(employee_number)) as r from people
                   where org_id = $1 and start_date <= current_date - 400 and end_date is null)
       insert into buddy_assignments (org_id, newcomer_person_id, buddy_person_id, created_at)
       select $1, n.id, b.id, now() from n join b on b.r = n.r and b.id <> n.id`,
      [orgId],
    );
    const analyzed = await analyze(b, opts, ['people', 'buddy_assignments']);
    const newcomers = (
      await db.query<{ id: string }>(`select id from people where org_id = $1 order by start_date desc, id limit ${NEWCOMERS}`, [orgId])
    ).map((r) => r.id);

    const t = { sql: [] as number[], index: [] as number[], suggest: [] as number[], total: [] as number[] };
    let rows = 0;
    let lists = { empty: 0, suggestions: 0 };
    // One round more than asked: the first warms up (JIT, caches) and is not counted. A slow product
    // stops the rounds after BUDGET_MS, with at least one counted round.
    const t0 = performance.now();
    for (const [r, order] of rotations(['sql', 'product'] as const, opts.rounds + 1).entries()) {
      if (r >= 2 && performance.now() - t0 > BUDGET_MS) break;
      progress(`${engine}: round ${r + 1}/${opts.rounds + 1}`);
      for (const c of order) {
        if (c === 'sql') {
          const { ms, value } = await timed(() => db.query(BARE_SQL, [orgId]));
          t.sql.push(ms);
          rows = value.length;
        } else {
          const { ms: indexMs, value: index } = await timed(() => buddyIndex(b.ctx, orgId));
          const { ms: suggestMs, value: out } = await timed(async () => newcomers.map((id) => index.suggest(id, LIST)));
          t.index.push(indexMs);
          t.suggest.push(suggestMs);
          t.total.push(indexMs + suggestMs);
          lists = { empty: out.filter((l) => l.length === 0).length, suggestions: out.reduce((s, l) => s + l.length, 0) };
        }
      }
    }
    for (const k of Object.keys(t) as (keyof typeof t)[]) t[k] = t[k].slice(1);
    const m = { sql: median(t.sql), index: median(t.index), suggest: median(t.suggest), total: median(t.total) };
    const runs = (xs: number[]) => xs.map((x) => fmt.ms(x)).join(' / ');
    const met = m.total < GOAL_MS;
    return {
      benchmark: 'buddy',
      engine,
      rows: [
        [engine, `bare SQL: ${fmt.int(rows)} people, same columns (baseline)`, runs(t.sql), fmt.ms(m.sql), fmt.x(1), '-'],
        [
          engine,
          'buddyIndex(): load + build the index',
          runs(t.index),
          fmt.ms(m.index),
          fmt.x(ratio(m.index, m.sql)),
          `building ≈ ${fmt.ms(Math.max(0, m.index - m.sql))} ms beyond the SQL`,
        ],
        [
          engine,
          `${NEWCOMERS} × suggest(newcomer, ${LIST})`,
          runs(t.suggest),
          fmt.ms(m.suggest),
          '-',
          `${((m.suggest / NEWCOMERS) * 1000).toFixed(0)} µs per list; ${lists.empty} empty lists`,
        ],
        [
          engine,
          'total: index + 1,000 lists',
          runs(t.total),
          fmt.ms(m.total),
          fmt.x(ratio(m.total, m.sql)),
          `goal < ${GOAL_MS} ms: ${met ? 'met' : 'MISSED'}`,
        ],
      ],
      data: {
        people: opts.people,
        loadMs: Math.round(loadMs),
        analyzed,
        newcomers: NEWCOMERS,
        listLength: LIST,
        runsMs: t,
        medianMs: m,
        ratios: { indexVsSql: ratio(m.index, m.sql), totalVsSql: ratio(m.total, m.sql) },
        lists,
        goal: { totalUnderMs: GOAL_MS, met },
      },
    };
  } finally {
    await b.drop();
  }
}
