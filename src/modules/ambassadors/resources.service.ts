/**
 * Tips, social media guidelines and trainings, per language: published by coordinators, offered
 * beside the story editor, never enforced. Ambassadors mark trainings done; coordinators see
 * completion per training.
 */
import type { AppContext } from '../../platform/context.ts';
import { commitChange } from '../../platform/change.ts';
import { notFound, unprocessable } from '../../platform/errors.ts';
import { renderMarkdown } from '../../platform/markdown.ts';
import { authorize, can, requirePerson, type Actor } from '../../platform/policy.ts';
import { internalView } from './ambassadors.policy.ts';

export type ResourceKind = 'tip' | 'guideline' | 'training';

export interface ResourceInput {
  kind: ResourceKind;
  language: 'nl' | 'fr' | 'en' | 'de';
  title: string;
  body: string;
  url?: string | null;
}

export interface ResourceRow {
  id: string;
  kind: ResourceKind;
  language: 'nl' | 'fr' | 'en' | 'de';
  title: string;
  body: string;
  body_html: string;
  url: string | null;
  created_at: Date;
  updated_at: Date;
  archived_at: Date | null;
  completed_at: Date | null;
  completions: number;
}

const cols = `r.id, r.kind, r.language, r.title, r.body, r.body_html, r.url, r.created_at, r.updated_at, r.archived_at`;

export async function list(ctx: AppContext, actor: Actor, f: { kind?: ResourceKind; language?: string; includeArchived?: boolean }) {
  authorize(actor, 'people.read');
  const manage = can(actor, 'program.manage');
  return ctx.db.query<ResourceRow>(
    `select ${cols}, c.completed_at,
            (select count(*)::int from training_completions tc where tc.resource_id = r.id) as completions
       from resources r
       left join training_completions c on c.resource_id = r.id and c.person_id = $2
      where r.org_id = $1 and ($3::text is null or r.kind = $3) and ($4::text is null or r.language = $4)
        and (r.archived_at is null or $5)
      order by r.kind, r.created_at desc`,
    [actor.orgId, actor.personId, f.kind ?? null, f.language ?? null, manage && (f.includeArchived ?? false)],
  );
}

function checkUrl(url: string | null | undefined) {
  if (url && !/^https?:\/\//i.test(url)) throw unprocessable('Invalid link.', [{ path: 'url', code: 'invalid-link', message: 'Use a link starting with https://' }]);
}

export async function create(ctx: AppContext, actor: Actor, input: ResourceInput) {
  authorize(actor, 'program.manage');
  checkUrl(input.url);
  const now = ctx.clock.now();
  return commitChange(
    ctx,
    actor,
    (id: string) => ({ action: 'resources.create', targetType: 'resource', targetId: id, details: { title: input.title } }),
    async (tx) => {
      const [row] = await tx.query<{ id: string }>(
        `insert into resources (org_id, kind, language, title, body, body_html, url, created_by, created_at, updated_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) returning id`,
        [actor.orgId, input.kind, input.language, input.title, input.body, renderMarkdown(input.body), input.url ?? null, actor.userId || null, now],
      );
      return row.id;
    },
  );
}

export async function update(ctx: AppContext, actor: Actor, id: string, input: ResourceInput & { archived?: boolean }) {
  authorize(actor, 'program.manage');
  checkUrl(input.url);
  const now = ctx.clock.now();
  await commitChange(ctx, actor, { action: 'resources.update', targetType: 'resource', targetId: id }, async (tx) => {
    const rows = await tx.query(
      `update resources set kind = $3, language = $4, title = $5, body = $6, body_html = $7, url = $8, updated_at = $9,
              archived_at = case when $10::boolean is null then archived_at when $10 then coalesce(archived_at, $9) else null end
        where org_id = $1 and id = $2 returning id`,
      [actor.orgId, id, input.kind, input.language, input.title, input.body, renderMarkdown(input.body), input.url ?? null, now, input.archived ?? null],
    );
    if (rows.length === 0) throw notFound('Resource');
  });
}

export async function markDone(ctx: AppContext, actor: Actor, id: string, done: boolean) {
  const personId = requirePerson(actor);
  const [r] = await ctx.db.query<{ kind: string }>(`select kind from resources where org_id = $1 and id = $2 and archived_at is null`, [actor.orgId, id]);
  if (!r) throw notFound('Training');
  if (r.kind !== 'training') throw unprocessable('Only trainings are marked done.', [{ path: 'id', code: 'not-a-training', message: 'This is a tip or guideline.' }]);
  if (done) {
    await ctx.db.query(
      `insert into training_completions (org_id, resource_id, person_id, completed_at) values ($1, $2, $3, $4) on conflict do nothing`,
      [actor.orgId, id, personId, ctx.clock.now()],
    );
  } else {
    await ctx.db.query(`delete from training_completions where org_id = $1 and resource_id = $2 and person_id = $3`, [actor.orgId, id, personId]);
  }
}

/** Per training: how many active ambassadors completed it, and who. */
export async function completion(ctx: AppContext, actor: Actor) {
  authorize(actor, 'program.manage');
  const [{ ambassadors }] = await ctx.db.query<{ ambassadors: number }>(`select count(*)::int as ambassadors from ambassadors where org_id = $1 and active`, [actor.orgId]);
  const rows = await ctx.db.query<{
    id: string; title: string; language: string; person_id: string | null; first_name: string | null; last_name: string | null; completed_at: Date | null;
    ambassador_id: string | null; behind_the_scenes: boolean;
  }>(
    `select r.id, r.title, r.language, c.person_id, p.first_name, p.last_name, c.completed_at,
            a.id as ambassador_id, coalesce(a.behind_the_scenes, false) as behind_the_scenes
       from resources r
       left join training_completions c on c.resource_id = r.id
       left join people p on p.id = c.person_id
       left join ambassadors a on a.org_id = c.org_id and a.person_id = c.person_id
      where r.org_id = $1 and r.kind = 'training' and r.archived_at is null
      order by r.created_at desc, c.completed_at`,
    [actor.orgId],
  );
  const byId = new Map<string, { id: string; title: string; language: string; completed: { personId: string; name: string; at: string }[] }>();
  for (const row of rows) {
    const t = byId.get(row.id) ?? { id: row.id, title: row.title, language: row.language, completed: [] };
    if (row.person_id) {
      // Coordinators too see someone behind the scenes by first name only.
      const who = internalView(actor, { ...row, person_id: row.person_id, first_name: row.first_name ?? '', last_name: row.last_name ?? '' });
      t.completed.push({ personId: who.person_id, name: `${who.first_name} ${who.last_name}`.trim(), at: row.completed_at!.toISOString() });
    }
    byId.set(row.id, t);
  }
  return { ambassadors, trainings: [...byId.values()] };
}
