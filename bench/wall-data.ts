/**
 * The careers wall's data, made fast: generated people through the product's import, then 1,000
 * external ambassadors and 5,000 external stories inserted directly in bulk (json_to_recordset),
 * each story body rendered with the product's renderMarkdown once per distinct body. Everything
 * satisfies the public views (migration 002): active, external, not behind the scenes, not sensitive,
 * still employed; stories external, neither hidden nor deleted.
 */
import { renderMarkdown } from '../src/platform/markdown.ts';
import { systemActor, type Actor } from '../src/platform/policy.ts';
import { addUser } from '../src/modules/accounts/accounts.service.ts';
import { createToken } from '../src/modules/accounts/tokens.service.ts';
import { TOPICS } from '../src/modules/ambassadors/ambassadors.service.ts';
import { createRng } from '../src/modules/people/people.seed.ts';
import type { Options } from './env.ts';
import { progress } from './lib.ts';
import { analyze, count, orgWithPeople, type BenchCtx } from './setup.ts';

export interface WallSize {
  people: number;
  ambassadors: number;
  stories: number;
}
export const WALL_SIZE: WallSize = { people: 10_000, ambassadors: 1_000, stories: 5_000 };
/** --quick: a smaller organisation, loaded in a third of the time. */
export const QUICK_WALL_SIZE: WallSize = { people: 3_000, ambassadors: 600, stories: 3_000 };
const BODIES_PER_LANGUAGE = 10;

const SENTENCES: Record<string, string[]> = {
  nl: [
    'Ik begon hier als stagiair en groeide door naar een vaste job in het team.',
    'Wat me het meest verraste, was hoeveel vrijheid je krijgt om zelf dingen uit te proberen.',
    'Elke maandag starten we met een korte koffie waarin iedereen zegt waar hij of zij aan werkt.',
    'Mijn meter hielp me de eerste weken de weg te vinden in de systemen en de mensen.',
    'Thuiswerken en kantoordagen combineren lukt goed, zeker met kinderen op school.',
    'We leren veel van elkaar: in de opleidingen, maar vooral naast elkaar aan het werk.',
  ],
  fr: [
    "J'ai commencé ici comme stagiaire avant de rejoindre l'équipe en contrat fixe.",
    "Ce qui m'a le plus surpris, c'est la liberté d'essayer de nouvelles choses.",
    'Chaque lundi, nous commençons par un café où chacun dit sur quoi il travaille.',
    "Ma marraine m'a aidé à trouver mon chemin dans les systèmes et parmi les collègues.",
    'Combiner télétravail et jours au bureau fonctionne bien, même avec des enfants.',
    'On apprend beaucoup les uns des autres, en formation et surtout au quotidien.',
  ],
  en: [
    'I started here as an intern and grew into a permanent role in the team.',
    'What surprised me most was how much freedom you get to try things yourself.',
    'Every Monday we start with a short coffee where everyone says what they are working on.',
    'My buddy helped me find my way in the systems and among the people in the first weeks.',
    'Combining home and office days works well, even with children at school.',
    'We learn a lot from each other: in trainings, but mostly side by side at work.',
  ],
  de: [
    'Ich habe hier als Praktikant angefangen und bin dann fest ins Team gewechselt.',
    'Am meisten überrascht hat mich, wie viel Freiheit man bekommt, Dinge auszuprobieren.',
    'Jeden Montag beginnen wir mit einem kurzen Kaffee, bei dem alle erzählen, woran sie arbeiten.',
    'Meine Patin hat mir in den ersten Wochen geholfen, mich zurechtzufinden.',
    'Homeoffice und Bürotage lassen sich gut verbinden, auch mit Kindern in der Schule.',
    'Wir lernen viel voneinander: in Schulungen, aber vor allem bei der Arbeit.',
  ],
};
const TITLES: Record<string, string[]> = {
  nl: ['Mijn eerste jaar', 'Van stage naar vaste job', 'Een dag op de werkvloer', 'Waarom ik bleef', 'Leren naast elkaar'],
  fr: ['Ma première année', 'Du stage au CDI', 'Une journée sur le terrain', 'Pourquoi je suis resté', 'Apprendre ensemble'],
  en: ['My first year', 'From internship to a permanent job', 'A day on the floor', 'Why I stayed', 'Learning side by side'],
  de: ['Mein erstes Jahr', 'Vom Praktikum zur festen Stelle', 'Ein Tag vor Ort', 'Warum ich geblieben bin', 'Voneinander lernen'],
};
const LANGS = ['nl', 'fr', 'en', 'de'] as const;

/** A Markdown story of some 1-3 kB: paragraphs, a heading, a list and a link. */
function body(lang: string, rng: () => number): string {
  const s = SENTENCES[lang];
  const para = () => Array.from({ length: 3 + Math.floor(rng() * 4) }, () => s[Math.floor(rng() * s.length)]).join(' ');
  const paras = Array.from({ length: 3 + Math.floor(rng() * 3) }, para);
  return `${paras[0]}\n\n## ${TITLES[lang][Math.floor(rng() * 5)]}\n\n${paras.slice(1, -1).join('\n\n')}\n\n- ${s[0]}\n- ${s[1]}\n- ${s[2]}\n\n${paras[paras.length - 1]} [More](https://www.example.com/careers/${lang})`;
}

export interface WallData {
  orgId: string;
  slug: string;
  /** The department with the most public ambassadors (for the filtered page). */
  department: string;
  storyIds: string[];
  /** An API token of an ambassador, for opting out and back in through the API. */
  ambassadorToken: string;
  loadMs: number;
  analyzed: boolean;
}

export async function makeWallData(b: BenchCtx, opts: Options, slug: string, size: WallSize = WALL_SIZE): Promise<WallData> {
  const { people: WALL_PEOPLE, ambassadors: AMBASSADORS, stories: STORIES } = size;
  const { ctx } = b;
  const { orgId, loadMs } = await orgWithPeople(b, opts, slug, WALL_PEOPLE);
  const rng = createRng('bench-wall');
  const eligible = await ctx.db.query<{ id: string; language: string | null; work_email: string; first_name: string; last_name: string }>(
    `select id, language, work_email, first_name, last_name from people
      where org_id = $1 and not sensitive and work_email is not null and start_date <= current_date
        and (end_date is null or end_date >= current_date + 365)
      order by employee_number`,
    [orgId],
  );
  if (eligible.length < AMBASSADORS) throw new Error(`only ${eligible.length} people can be external ambassadors`);
  for (let i = eligible.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [eligible[i], eligible[j]] = [eligible[j], eligible[i]];
  }
  const chosen = eligible.slice(0, AMBASSADORS);
  const day = 86_400_000;
  const now = Date.now();
  const ambassadors = chosen.map((p) => {
    const own = p.language ?? 'nl';
    const topics = [...TOPICS].sort(() => rng() - 0.5).slice(0, 2 + Math.floor(rng() * 3));
    return {
      person_id: p.id,
      intro: `${SENTENCES[own][Math.floor(rng() * 6)]} ${SENTENCES[own][Math.floor(rng() * 6)]}`,
      topics,
      languages: own === 'en' ? ['en'] : [own, 'en'],
      links: [
        {
          network: 'linkedin',
          url: `https://www.linkedin.com/in/${p.first_name}-${p.last_name}-${p.id.slice(0, 6)}`.toLowerCase().replace(/[^a-z0-9:/.-]/g, ''),
        },
      ],
      joined_at: new Date(now - Math.floor(rng() * 900) * day).toISOString(),
    };
  });
  progress(`${b.store.engine}: inserting ${AMBASSADORS} ambassadors and ${STORIES} stories`);
  await ctx.db.query(
    `insert into ambassadors (org_id, person_id, active, scope, intro, topics, languages, links, joined_at, updated_at)
     select $1, x.person_id, true, 'external', x.intro, x.topics, x.languages, x.links, x.joined_at, x.joined_at
       from json_to_recordset($2::json) as x(person_id uuid, intro text, topics text[], languages text[], links jsonb, joined_at timestamptz)`,
    [orgId, JSON.stringify(ambassadors)],
  );

  // Distinct bodies, each rendered once, as the product would have rendered it on publishing.
  const bodies = LANGS.flatMap((lang) => Array.from({ length: BODIES_PER_LANGUAGE }, () => body(lang, rng)).map((md) => ({ lang, md })));
  const rendered = bodies.map((x, i) => ({ i, body: x.md, body_html: renderMarkdown(x.md) }));
  const stories = Array.from({ length: STORIES }, (_, k) => {
    const a = ambassadors[k % AMBASSADORS];
    const lang = a.languages[Math.floor(rng() * a.languages.length)];
    const bodyIndex = LANGS.indexOf(lang as (typeof LANGS)[number]) * BODIES_PER_LANGUAGE + Math.floor(rng() * BODIES_PER_LANGUAGE);
    const published = new Date(
      Math.max(Date.parse(a.joined_at), now - Math.floor(rng() * 730) * day) + Math.floor(rng() * day),
    ).toISOString();
    return {
      person_id: a.person_id,
      title: `${TITLES[lang][Math.floor(rng() * 5)]} (${k + 1})`,
      b: bodyIndex,
      language: lang,
      published_at: published,
    };
  });
  await ctx.db.query(
    `insert into stories (org_id, author_person_id, title, body, body_html, language, scope, published_at, updated_at)
     select $1, x.person_id, x.title, b.body, b.body_html, x.language, 'external', x.published_at, x.published_at
       from json_to_recordset($2::json) as x(person_id uuid, title text, b int, language text, published_at timestamptz)
       join json_to_recordset($3::json) as b(i int, body text, body_html text) on b.i = x.b`,
    [orgId, JSON.stringify(stories), JSON.stringify(rendered)],
  );
  const analyzed = await analyze(b, opts, ['ambassadors', 'stories']);
  const publicAmbassadors = await count(ctx.db, `select count(*)::int as n from public_ambassadors where org_id = $1`, [orgId]);
  const publicStories = await count(ctx.db, `select count(*)::int as n from public_stories where org_id = $1`, [orgId]);
  if (publicAmbassadors !== AMBASSADORS || publicStories !== STORIES)
    throw new Error(`the public views show ${publicAmbassadors} ambassadors and ${publicStories} stories`);

  const [{ department }] = await ctx.db.query<{ department: string }>(
    `select department from public_ambassadors where org_id = $1 and department is not null group by department order by count(*) desc, department limit 1`,
    [orgId],
  );
  const storyIds = (
    await ctx.db.query<{ id: string }>(`select id from public_stories where org_id = $1 order by md5(id::text) limit 100`, [orgId])
  ).map((r) => r.id);

  // One ambassador with an account and an API token: opting out and back in goes through the API.
  // The first in the wall's order, so that the wall shows the change.
  const [first] = await ctx.db.query<{ person_id: string }>(
    `select person_id from public_ambassadors where org_id = $1 order by first_name, last_name, id limit 1`,
    [orgId],
  );
  const who = chosen.find((p) => p.id === first.person_id)!;
  const user = await addUser(ctx, systemActor(orgId), { email: who.work_email, role: 'employee' });
  if (user.person_id !== who.id) throw new Error('the bench ambassador account is not linked to their person');
  const actor: Actor = {
    ...systemActor(orgId),
    userId: user.id,
    email: user.email,
    role: 'employee',
    personId: who.id,
    via: 'token',
    label: user.email,
  };
  const { token } = await createToken(ctx, actor, { name: 'bench' });
  return { orgId, slug, department, storyIds, ambassadorToken: token, loadMs, analyzed };
}
