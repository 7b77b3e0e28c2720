/**
 * community: the exchange's feed, GET /api/v1/community/posts?limit=20, for an organisation with
 * 2,000 active ambassadors (internal, external, behind the scenes) and 100,000 posts and comments
 * (40,000 posts across topics and events over a year, 60,000 comments) with about 200,000 reactions,
 * some posts pinned, hidden or deleted; read as an ambassador. Page kinds: the first page (with the
 * pinned posts), a topic's first page (with its pin), a page deep through the cursor, an event's feed.
 *
 * Each page is measured in memory (app.request) and over loopback HTTP, interleaved request by
 * request with the baseline: one hand-written statement that returns the same rows (the page of 20
 * with the pins, each post's author, reaction counts, the reader's reactions, comment count and last
 * two visible comments). Goal (issue 12, item 7): p95 at most 2× the bare SQL's and under 30 ms on
 * PostgreSQL. Before measuring, every page's answer is checked against the baseline's rows.
 *
 * The people come from the product's own import (as in the other benchmarks); the community itself
 * is seeded with bulk SQL (generate_series inserts in one transaction), not through the API: the feed
 * is measured, not the writing. `--quick` makes a community ten times smaller.
 */
import type { Queryable } from '../src/db/db.ts';
import { addUser } from '../src/modules/accounts/accounts.service.ts';
import { createToken } from '../src/modules/accounts/tokens.service.ts';
import { TOPICS } from '../src/modules/ambassadors/ambassadors.service.ts';
import { feedPage } from '../src/modules/community/exchange.feed.ts';
import { encodeCursor } from '../src/modules/community/exchange.service.ts';
import { systemActor } from '../src/platform/policy.ts';
import { httpGetter, inMemoryGetter, withAppEnv, type AppEnv, type Getter, type Options } from './env.ts';
import { fmt, progress, ratio, summarize, timed, type BenchResult, type Summary } from './lib.ts';
import { analyze, orgWithPeople } from './setup.ts';
import type { Workspace } from './workspace.ts';

export const headers = ['engine', 'page', 'via', 'n', 'p50 ms', 'p95 ms', 'p99 ms', 'p50 vs SQL', 'p95 vs SQL', 'goal (PostgreSQL)'];

const TRANSPORTS = ['sql', 'memory', 'http'] as const;
type Transport = (typeof TRANSPORTS)[number];
const VIA: Record<Transport, string> = { sql: 'bare SQL (baseline)', memory: 'app.request', http: 'HTTP loopback' };
const KINDS = ['first', 'topic', 'deep', 'event'] as const;
type Kind = (typeof KINDS)[number];
const KIND_LABEL: Record<Kind, string> = {
  first: 'first page + pins',
  topic: 'topic page + pin',
  deep: 'deep page (cursor)',
  event: 'event feed',
};

const LIMIT = 20;
const GOAL = { ratio: 2, ms: 30 };
const MIN_SAMPLES = 50;

interface Size {
  people: number;
  ambassadors: number;
  posts: number;
  comments: number;
  reactions: number;
  events: number;
}
const FULL: Size = { people: 2500, ambassadors: 2000, posts: 40_000, comments: 60_000, reactions: 200_000, events: 40 };
const QUICK: Size = { people: 300, ambassadors: 200, posts: 4_000, comments: 6_000, reactions: 20_000, events: 10 };

/** One page to fetch: the API path and the filter the baseline statement needs. */
export interface Call {
  kind: Kind;
  path: string;
  topicId?: string;
  eventId?: string;
  after?: { publishedAt: Date; id: string };
}

export function runCommunity(ws: Workspace): Promise<BenchResult> {
  return withAppEnv(ws.engine, ws.opts, (env) => measure(ws, env));
}

/* ---- seeding ---- */

/**
 * The community, in one transaction of set-based inserts (setseed on the transaction's connection
 * keeps the draws alike from run to run; ids are random, so counts differ by a few). Skews as a real
 * community has them: a few authors and topics carry most posts; a few posts, anywhere in time, draw
 * most comments and reactions (one in a hundred posts a tenth of them), most posts one or none.
 */
async function seedCommunity(tx: Queryable, orgId: string, viewerPersonId: string, size: Size, now: Date) {
  await tx.query(`select setseed(0.42)`);
  // Ambassadors: about 10% behind the scenes (internal by construction), 30% internal, 60% external;
  // sensitive people internal. The reader is an external ambassador.
  await tx.query(
    `insert into ambassadors (org_id, person_id, active, scope, behind_the_scenes, joined_at, updated_at, topics, languages)
     select $1::uuid, p.id, true,
            case when p.id <> $4 and (p.sensitive or r < 0.4) then 'internal' else 'external' end,
            p.id <> $4 and r < 0.1, $2::timestamptz - (random() * 600) * interval '1 day', $2, '{}', '{nl}'
       from (select id, sensitive, random() as r from people
              where org_id = $1 and deprovisioned_at is null order by id = $4 desc, md5(id::text) limit $3) p`,
    [orgId, now, size.ambassadors, viewerPersonId],
  );
  await tx.query(
    `insert into community_topics (org_id, key, name, created_at)
     select $1::uuid, k, '{}'::jsonb, $3::timestamptz from unnest($2::text[]) k
     union all select $1::uuid, 'bench-' || g, jsonb_build_object('nl', 'Thema ' || g, 'fr', 'Thème ' || g, 'en', 'Topic ' || g), $3::timestamptz
       from generate_series(1, 2) g`,
    [orgId, [...TOPICS], now],
  );
  await tx.query(
    `insert into community_events (org_id, kind, title, place, starts_at, ends_at, language, created_at, updated_at)
     select $1::uuid, (array['job-fair', 'campus-day', 'meetup', 'online'])[1 + g % 4],
            jsonb_build_object('nl', 'Evenement ' || g, 'fr', 'Événement ' || g, 'en', 'Event ' || g), 'Gent',
            $2::timestamptz - g * interval '9 days', $2::timestamptz - g * interval '9 days' + interval '3 hours', 'nl', $2, $2
       from generate_series(1, $3) g`,
    [orgId, now, size.events],
  );
  // Posts: 70% in a topic, 8% in an event's feed, published over the last year.
  await tx.query(
    `with am as (select array_agg(person_id order by person_id) ids from ambassadors where org_id = $1),
          tp as (select array_agg(id order by key) ids from community_topics where org_id = $1),
          ev as (select array_agg(id order by starts_at desc) ids from community_events where org_id = $1)
     insert into community_posts (org_id, author_person_id, topic_id, event_id, body, body_html, published_at, updated_at)
     select $1::uuid, am.ids[1 + floor(power(random(), 2) * array_length(am.ids, 1))::int],
            case when random() < 0.7 then tp.ids[1 + floor(power(random(), 1.5) * array_length(tp.ids, 1))::int] end,
            case when random() < 0.08 then ev.ids[1 + floor(power(random(), 2) * array_length(ev.ids, 1))::int] end,
            x.body, '<p>' || x.body || '</p>', x.at, x.at
       from am, tp, ev, generate_series(1, $3) g
       cross join lateral (select 'Bericht ' || g || ': ' || repeat('Vandaag op de jobbeurs in Gent vertelden we over ons werk. ', 1 + g % 5) as body,
                                  $2::timestamptz - random() * interval '365 days' as at) x`,
    [orgId, now, size.posts],
  );
  // Comments: a few posts draw many (1% of the posts a tenth of them), most one or none; within days
  // of the post; 1% hidden, 1% deleted.
  await tx.query(
    `with am as (select array_agg(person_id order by person_id) ids from ambassadors where org_id = $1),
          po as (select array_agg(id order by md5(id::text)) ids from community_posts where org_id = $1)
     insert into community_comments (org_id, post_id, author_person_id, body, body_html, hidden_at, hidden_reason, deleted_at, created_at, updated_at)
     select $1::uuid, cp.id, c.author, c.body, '<p>' || c.body || '</p>',
            case when c.r < 0.01 then c.at end, case when c.r < 0.01 then 'Bench: a legal reason' end,
            case when c.r >= 0.01 and c.r < 0.02 then c.at end, c.at, c.at
       from (select po.ids[1 + floor(power(random(), 2) * array_length(po.ids, 1))::int] as post_id,
                    am.ids[1 + floor(random() * array_length(am.ids, 1))::int] as author,
                    'Reactie ' || g || ': goed gezegd, dat herken ik.' as body, random() as r, random() as d
               from am, po, generate_series(1, $3) g) c0
       join community_posts cp on cp.org_id = $1 and cp.id = c0.post_id
       cross join lateral (select c0.author, c0.body, c0.r, least(cp.published_at + c0.d * interval '5 days', $2::timestamptz) as at) c`,
    [orgId, now, size.comments],
  );
  // Reactions: one of each kind per person and post at most (the rest of the draw is skipped).
  await tx.query(
    `with am as (select array_agg(person_id order by person_id) ids from ambassadors where org_id = $1),
          po as (select array_agg(id order by md5(id::text)) ids from community_posts where org_id = $1)
     insert into community_reactions (org_id, post_id, person_id, kind, created_at)
     select $1::uuid, po.ids[1 + floor(power(random(), 2) * array_length(po.ids, 1))::int],
            am.ids[1 + floor(random() * array_length(am.ids, 1))::int],
            (array['like', 'like', 'like', 'celebrate', 'insightful', 'support'])[1 + floor(random() * 6)::int], $2
       from am, po, generate_series(1, $3) g
     on conflict do nothing`,
    [orgId, now, Math.round(size.reactions * 1.05)],
  );
  // The reader's own reactions on a third of the latest posts.
  await tx.query(
    `insert into community_reactions (org_id, post_id, person_id, kind, created_at)
     select $1::uuid, id, $2, 'like', now() from community_posts where org_id = $1 and md5(id::text) < '5'
      order by published_at desc limit 600 on conflict do nothing`,
    [orgId, viewerPersonId],
  );
  // Moderation: 0.5% hidden (one of them the reader's own), 0.5% deleted; pins: three for the whole
  // community, one in the busiest topic, one in the busiest event.
  await tx.query(
    `update community_posts set hidden_at = published_at + interval '1 hour', hidden_reason = 'Bench: a legal reason'
      where org_id = $1 and md5(id::text) < '014'`,
    [orgId],
  );
  await tx.query(
    `update community_posts set hidden_at = published_at, hidden_reason = 'Bench: the reader''s own'
      where id = (select id from community_posts where org_id = $1 and author_person_id = $2 order by published_at desc limit 1)`,
    [orgId, viewerPersonId],
  );
  await tx.query(`update community_posts set deleted_at = published_at + interval '1 day' where org_id = $1 and md5(id::text) > 'feb'`, [
    orgId,
  ]);
  await tx.query(
    `update community_posts cp set pinned_at = $2::timestamptz - x.n * interval '1 day'
       from (select id, row_number() over (order by published_at desc) as n from community_posts
              where org_id = $1 and hidden_at is null and deleted_at is null and md5(id::text) like '7%' limit 3) x
      where cp.id = x.id`,
    [orgId, now],
  );
  for (const col of ['topic_id', 'event_id']) {
    await tx.query(
      `update community_posts set pinned_at = $2 where id = (
         select id from community_posts where org_id = $1 and hidden_at is null and deleted_at is null
            and ${col} = (select ${col} from community_posts where org_id = $1 and ${col} is not null group by 1 order by count(*) desc limit 1)
          order by published_at desc offset 30 limit 1)`,
      [orgId, now],
    );
  }
}

/* ---- the baseline ---- */

/**
 * The rows the feed shows, written by hand as one statement: the pins (first pages) and the page,
 * each with author, counts, the reader's reactions and the last two visible comments as JSON.
 * $1 org, $2 reader's person id. The reader is an ambassador (not a coordinator): hidden posts and
 * comments only their own.
 */
export function bareSql(c: Call): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (v: unknown) => (params.push(v), `$${params.length + 2}`);
  const scope = (c.topicId ? ` and cp.topic_id = ${p(c.topicId)}` : '') + (c.eventId ? ` and cp.event_id = ${p(c.eventId)}` : '');
  const cursor = c.after ? ` and (cp.published_at, cp.id) < (${p(c.after.publishedAt)}, ${p(c.after.id)}::uuid)` : '';
  const page = `(select cp.*, false as is_pin from community_posts cp
      where cp.org_id = $1 and cp.deleted_at is null and (cp.hidden_at is null or cp.author_person_id = $2)${scope}${cursor}
      order by cp.published_at desc, cp.id desc limit ${LIMIT + 1})`;
  const pins = `(select cp.*, true as is_pin from community_posts cp
      where cp.org_id = $1 and cp.pinned_at is not null and cp.deleted_at is null and cp.hidden_at is null${scope}
      order by cp.pinned_at desc limit 5)`;
  const sql = `
    with shown as (${c.after ? page : `${pins} union all ${page}`})
    select s.id, s.is_pin, s.author_person_id, s.kind, s.milestone, s.milestone_key, s.topic_id, s.event_id, s.body, s.body_html,
           s.pinned_at, s.hidden_at, s.hidden_reason, s.published_at, s.updated_at,
           au.first_name, au.last_name, a.id as ambassador_id, coalesce(a.behind_the_scenes, false) as behind_the_scenes,
           (select count(*)::int from community_comments c
             where c.org_id = $1 and c.post_id = s.id and c.deleted_at is null and c.hidden_at is null) as comment_count,
           (select jsonb_object_agg(kind, n) from (select r.kind, count(*)::int n from community_reactions r
             where r.org_id = $1 and r.post_id = s.id group by r.kind) k) as reactions,
           (select array_agg(r.kind) from community_reactions r where r.org_id = $1 and r.post_id = s.id and r.person_id = $2) as my_reactions,
           (select json_agg(rc order by rc.created_at, rc.id) from (
              select c.id, c.author_person_id, c.body, c.body_html, c.hidden_at, c.hidden_reason, c.created_at, c.updated_at,
                     cu.first_name, cu.last_name, ca.id as ambassador_id, coalesce(ca.behind_the_scenes, false) as behind_the_scenes
                from community_comments c
                join people cu on cu.org_id = $1 and cu.id = c.author_person_id
                left join ambassadors ca on ca.org_id = $1 and ca.person_id = c.author_person_id
               where c.org_id = $1 and c.post_id = s.id and c.deleted_at is null and (c.hidden_at is null or c.author_person_id = $2)
               order by c.created_at desc, c.id desc limit 2) rc) as recent_comments
      from shown s
      join people au on au.org_id = $1 and au.id = s.author_person_id
      left join ambassadors a on a.org_id = $1 and a.person_id = s.author_person_id
     order by s.is_pin desc, case when s.is_pin then s.pinned_at end desc, s.published_at desc, s.id desc`;
  return { sql, params };
}

/* ---- the pages ---- */

export async function buildCalls(db: Queryable, orgId: string, viewer: string, size: Size): Promise<Record<Kind, Call[]>> {
  const base = '/api/v1/community/posts';
  const topics = await db.query<{ id: string }>(
    `select topic_id as id from community_posts where org_id = $1 and topic_id is not null and deleted_at is null
      group by 1 order by count(*) desc, 1`,
    [orgId],
  );
  const events = await db.query<{ id: string }>(
    `select event_id as id from community_posts where org_id = $1 and event_id is not null and deleted_at is null
      group by 1 order by count(*) desc, 1 limit 10`,
    [orgId],
  );
  // Twenty cursors between 5% and 80% of the way down the whole feed (the last post of a page there).
  const visible = Math.round(size.posts * 0.99);
  const deep: Call[] = [];
  for (let i = 0; i < 20; i++) {
    const offset = Math.round(visible * (0.05 + (0.75 * i) / 19));
    const [row] = await db.query<{ published_at: Date; id: string }>(
      `select published_at, id from community_posts where org_id = $1 and deleted_at is null and (hidden_at is null or author_person_id = $2)
        order by published_at desc, id desc offset $3 limit 1`,
      [orgId, viewer, offset],
    );
    const after = { publishedAt: row.published_at, id: row.id };
    deep.push({
      kind: 'deep',
      path: `${base}?limit=${LIMIT}&cursor=${encodeCursor({ published_at: row.published_at, id: row.id })}`,
      after,
    });
  }
  return {
    first: [{ kind: 'first', path: `${base}?limit=${LIMIT}` }],
    topic: topics.map((t) => ({ kind: 'topic', path: `${base}?limit=${LIMIT}&topicId=${t.id}`, topicId: t.id })),
    deep,
    event: events.map((e) => ({ kind: 'event', path: `${base}?limit=${LIMIT}&eventId=${e.id}`, eventId: e.id })),
  };
}

interface FeedAnswer {
  items: {
    id: string;
    recentComments?: { id: string }[];
    commentCount: number;
    reactions: Record<string, number>;
    myReactions: string[];
  }[];
  pinned: { id: string; recentComments?: { id: string }[] }[];
}

/** The API's answer holds the baseline's rows: same posts in the same order, same comments, same counts. */
function check(call: Call, api: FeedAnswer, rows: Record<string, any>[]) {
  const fail = (what: string) => {
    throw new Error(`${call.path}: the API and the bare SQL disagree on ${what}`);
  };
  const pins = rows.filter((r) => r.is_pin);
  const page = rows.filter((r) => !r.is_pin).slice(0, LIMIT);
  if (api.pinned.map((p) => p.id).join() !== pins.map((r) => r.id).join()) fail('the pinned posts');
  if (api.items.map((p) => p.id).join() !== page.map((r) => r.id).join()) fail('the page');
  for (const [i, r] of pins.entries()) {
    const comments = ((r.recent_comments ?? []) as { id: string }[]).map((c) => c.id).join();
    if ((api.pinned[i].recentComments ?? []).map((c) => c.id).join() !== comments) fail(`the recent comments of pinned ${r.id}`);
  }
  for (const [i, r] of page.entries()) {
    const it = api.items[i];
    const comments = ((r.recent_comments ?? []) as { id: string }[]).map((c) => c.id).join();
    if ((it.recentComments ?? []).map((c) => c.id).join() !== comments) fail(`the recent comments of ${r.id}`);
    if (it.commentCount !== r.comment_count) fail(`the comment count of ${r.id}`);
    const reactions = Object.values(it.reactions).reduce((a, b) => a + b, 0);
    if (reactions !== Object.values((r.reactions ?? {}) as Record<string, number>).reduce((a, b) => a + b, 0))
      fail(`the reactions of ${r.id}`);
    if (it.myReactions.length !== (r.my_reactions ?? []).length) fail(`the reader's reactions on ${r.id}`);
  }
  if (!page.length) fail('an empty page (the workload is wrong)');
}

/** The product's statements for one page and their plans (EXPLAIN ANALYZE, BUFFERS). */
async function explainPage(env: AppEnv, orgId: string, viewer: string, c: Call) {
  const captured: { name: string; sql: string; params: unknown[] }[] = [];
  const recorder = (name: string): Queryable => ({
    async query<T>(sql: string, params?: readonly unknown[]) {
      captured.push({ name, sql, params: [...(params ?? [])] });
      return env.db.query<T>(sql, params);
    },
    exec: (sql: string) => env.db.exec(sql),
    afterCommit: (fn) => fn(),
  });
  const filter = { topicId: c.topicId, eventId: c.eventId, viewer, includeHidden: false, after: c.after };
  await feedPage(recorder('feed'), orgId, filter, LIMIT + 1);
  const bare = bareSql(c);
  captured.push({ name: 'bare SQL', sql: bare.sql, params: [orgId, viewer, ...bare.params] });
  const plans = [];
  for (const s of captured) {
    const rows = await env.db.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${s.sql}`, s.params);
    const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
    const indexes = [
      ...new Set([...plan.matchAll(/(?:Index (?:Only )?Scan(?: Backward)? using|Bitmap Index Scan on) (\w+)/g)].map((m) => m[1])),
    ];
    const seqScans = [...new Set([...plan.matchAll(/Seq Scan on (\w+)/g)].map((m) => m[1]))];
    const executionMs = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
    plans.push({ statement: s.name, executionMs, indexes, seqScans, plan });
  }
  return plans;
}

/* ---- measuring ---- */

async function interleaved(
  runners: Record<Transport, (c: Call) => Promise<unknown>>,
  calls: Call[],
  o: { warmup: number; requests: number; budgetMs: number },
) {
  const samples: Record<Transport, number[]> = { sql: [], memory: [], http: [] };
  for (let w = 0; w < o.warmup; w++) for (const t of TRANSPORTS) await runners[t](calls[w % calls.length]);
  const start = performance.now();
  for (let i = 0; i < o.requests && (i < Math.min(MIN_SAMPLES, o.requests) || performance.now() - start < o.budgetMs); i++) {
    const call = calls[i % calls.length];
    for (let k = 0; k < TRANSPORTS.length; k++) {
      const t = TRANSPORTS[(i + k) % TRANSPORTS.length];
      const t0 = performance.now();
      await runners[t](call);
      samples[t].push(performance.now() - t0);
    }
  }
  return samples;
}

const goalOf = (engine: string, s: Summary, sql: Summary) => {
  const r = ratio(s.p95, sql.p95);
  const met = r <= GOAL.ratio && s.p95 < GOAL.ms;
  if (engine !== 'postgres') return `(${met ? 'would meet' : 'would miss'})`;
  return met
    ? 'met'
    : `MISSED (${r > GOAL.ratio ? `> ${GOAL.ratio}×` : ''}${r > GOAL.ratio && s.p95 >= GOAL.ms ? ', ' : ''}${s.p95 >= GOAL.ms ? `≥ ${GOAL.ms} ms` : ''})`;
};

/** The organisation, its people (product import), the reader with an API token, and the seeded community. */
export async function setupCommunity(env: Pick<AppEnv, 'store' | 'ctx' | 'db'>, opts: Options) {
  const { engine } = env.store;
  const size = opts.quick ? QUICK : FULL;
  const b = { store: env.store, ctx: env.ctx, close: async () => {}, drop: async () => {} };
  const { orgId } = await orgWithPeople(b, opts, 'bench-community', size.people);

  // The reader: an ambassador with an account and an API token.
  const [reader] = await env.db.query<{ id: string; work_email: string }>(
    `select id, work_email from people where org_id = $1 and deprovisioned_at is null and not sensitive and work_email is not null
      order by md5(id::text) limit 1`,
    [orgId],
  );
  const admin = systemActor(orgId);
  const user = await addUser(env.ctx, admin, { email: reader.work_email, role: 'employee' });
  const { token } = await createToken(env.ctx, admin, { name: 'bench' }, user.id);

  progress(
    `${engine}: seeding the community with bulk SQL: ${fmt.int(size.ambassadors)} ambassadors, ${fmt.int(size.posts)} posts, ` +
      `${fmt.int(size.comments)} comments, ~${fmt.int(size.reactions)} reactions`,
  );
  const now = new Date();
  const seed = await timed(() => env.db.transaction((tx) => seedCommunity(tx, orgId, reader.id, size, now)));
  const analyzed = await analyze(b, opts, [
    'ambassadors',
    'community_topics',
    'community_events',
    'community_posts',
    'community_comments',
    'community_reactions',
  ]);
  const [counts] = await env.db.query<Record<string, number>>(
    `select (select count(*)::int from ambassadors where org_id = $1 and active) as ambassadors,
            (select count(*)::int from ambassadors where org_id = $1 and active and behind_the_scenes) as behind_the_scenes,
            (select count(*)::int from ambassadors where org_id = $1 and active and scope = 'external') as external,
            (select count(*)::int from community_posts where org_id = $1) as posts,
            (select count(*)::int from community_posts where org_id = $1 and pinned_at is not null) as pinned,
            (select count(*)::int from community_posts where org_id = $1 and hidden_at is not null) as hidden,
            (select count(*)::int from community_posts where org_id = $1 and deleted_at is not null) as deleted,
            (select count(*)::int from community_comments where org_id = $1) as comments,
            (select count(*)::int from community_reactions where org_id = $1) as reactions`,
    [orgId],
  );
  progress(`${engine}: seeded in ${fmt.s(seed.ms)} s: ${JSON.stringify(counts)}${analyzed ? ' (vacuum analyzed)' : ''}`);
  return { orgId, reader, token, size, counts, seedMs: seed.ms, analyzed };
}

async function measure(ws: Workspace, env: AppEnv): Promise<BenchResult> {
  const { engine, opts } = ws;
  const { orgId, reader, token, size, counts, seedMs, analyzed } = await setupCommunity(env, opts);

  const inMemory = inMemoryGetter(env.app, token);
  const overHttp = httpGetter(env.baseUrl, token);
  const ok = (get: Getter) => async (c: Call) => {
    const r = await get(c.path);
    if (r.status !== 200) throw new Error(`GET ${c.path} answered ${r.status}: ${JSON.stringify(r.body)}`);
    return r.body as FeedAnswer;
  };
  const bare = (c: Call) => {
    const { sql, params } = bareSql(c);
    return env.db.query<Record<string, any>>(sql, [orgId, reader.id, ...params]);
  };
  const runners: Record<Transport, (c: Call) => Promise<unknown>> = { sql: bare, memory: ok(inMemory), http: ok(overHttp) };

  const callsOf = await buildCalls(env.db, orgId, reader.id, size);
  for (const kind of KINDS) for (const c of callsOf[kind]) check(c, await ok(inMemory)(c), await bare(c));
  progress(`${engine}: every page's answer matches the bare SQL's rows`);

  const rows: (string | number)[][] = [];
  const kinds: Record<string, unknown> = {};
  for (const kind of KINDS) {
    const calls = callsOf[kind];
    progress(
      `${engine}: ${kind}: ${opts.warmup} warm-up + up to ${opts.requests} measured requests per transport (${calls.length} distinct)`,
    );
    const samples = await interleaved(runners, calls, { warmup: opts.warmup, requests: opts.requests, budgetMs: opts.budgetS * 1000 });
    const stats = Object.fromEntries(TRANSPORTS.map((t) => [t, summarize(samples[t])])) as Record<Transport, Summary>;
    const plans = await explainPage(env, orgId, reader.id, calls[0]);
    progress(
      `${engine}: ${kind}: plans: ` +
        plans
          .map(
            (p) =>
              `${p.statement} ${p.executionMs} ms via ${p.indexes.join('+') || '-'}${p.seqScans.length ? ` SEQ ${p.seqScans.join('+')}` : ''}`,
          )
          .join('; '),
    );
    kinds[kind] = { paths: calls.length, ...stats, plans };
    for (const t of TRANSPORTS) {
      const s = stats[t];
      rows.push([
        engine,
        KIND_LABEL[kind],
        VIA[t],
        s.n,
        fmt.ms(s.p50),
        fmt.ms(s.p95),
        fmt.ms(s.p99),
        fmt.x(ratio(s.p50, stats.sql.p50)),
        fmt.x(ratio(s.p95, stats.sql.p95)),
        t === 'sql' ? '–' : goalOf(engine, s, stats.sql),
      ]);
    }
  }
  return {
    benchmark: 'community',
    engine,
    rows,
    data: {
      size: { ...size, quick: opts.quick },
      counts,
      seedMs: Math.round(seedMs),
      vacuumAnalyzedAfterLoad: analyzed,
      requestsPerKindAndTransport: opts.requests,
      warmup: opts.warmup,
      goal: { p95AtMostTimesSql: GOAL.ratio, p95UnderMs: GOAL.ms, appliesTo: 'postgres' },
      kinds,
    },
  };
}
