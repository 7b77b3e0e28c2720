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
import * as repo from './resources.repo.ts';
import type { ResourceInput, ResourceKind } from './resources.repo.ts';

export async function list(ctx: AppContext, actor: Actor, f: { kind?: ResourceKind; language?: string; includeArchived?: boolean }) {
  authorize(actor, 'people.read');
  const manage = can(actor, 'program.manage');
  return repo.listResources(ctx.db, actor.orgId, actor.personId, {
    kind: f.kind ?? null,
    language: f.language ?? null,
    includeArchived: manage && (f.includeArchived ?? false),
  });
}

function checkUrl(url: string | null | undefined) {
  if (url && !/^https?:\/\//i.test(url))
    throw unprocessable('Invalid link.', [{ path: 'url', code: 'invalid-link', message: 'Use a link starting with https://' }]);
}

export async function create(ctx: AppContext, actor: Actor, input: ResourceInput) {
  authorize(actor, 'program.manage');
  checkUrl(input.url);
  const now = ctx.clock.now();
  return commitChange(
    ctx,
    actor,
    (id: string) => ({ action: 'resources.create', targetType: 'resource', targetId: id, details: { title: input.title } }),
    (tx) => repo.insertResource(tx, actor.orgId, { ...input, bodyHtml: renderMarkdown(input.body), createdBy: actor.userId || null, now }),
  );
}

export async function update(ctx: AppContext, actor: Actor, id: string, input: ResourceInput & { archived?: boolean }) {
  authorize(actor, 'program.manage');
  checkUrl(input.url);
  const now = ctx.clock.now();
  await commitChange(ctx, actor, { action: 'resources.update', targetType: 'resource', targetId: id }, async (tx) => {
    const updated = await repo.updateResource(tx, actor.orgId, id, {
      ...input,
      bodyHtml: renderMarkdown(input.body),
      archived: input.archived ?? null,
      now,
    });
    if (!updated) throw notFound('Resource');
  });
}

export async function markDone(ctx: AppContext, actor: Actor, id: string, done: boolean) {
  const personId = requirePerson(actor);
  const kind = await repo.findLiveResourceKind(ctx.db, actor.orgId, id);
  if (!kind) throw notFound('Training');
  if (kind !== 'training')
    throw unprocessable('Only trainings are marked done.', [
      { path: 'id', code: 'not-a-training', message: 'This is a tip or guideline.' },
    ]);
  if (done) await repo.markCompleted(ctx.db, actor.orgId, id, personId, ctx.clock.now());
  else await repo.unmarkCompleted(ctx.db, actor.orgId, id, personId);
}

/** Per training: how many active ambassadors completed it, and who. */
export async function completion(ctx: AppContext, actor: Actor) {
  authorize(actor, 'program.manage');
  const ambassadors = await repo.countActiveAmbassadors(ctx.db, actor.orgId);
  const rows = await repo.listTrainingCompletions(ctx.db, actor.orgId);
  const byId = new Map<
    string,
    { id: string; title: string; language: string; completed: { personId: string; name: string; at: string }[] }
  >();
  for (const row of rows) {
    const t = byId.get(row.id) ?? { id: row.id, title: row.title, language: row.language, completed: [] };
    if (row.person_id) {
      // Coordinators too see someone behind the scenes by first name only.
      const who = internalView(actor, {
        ...row,
        person_id: row.person_id,
        first_name: row.first_name ?? '',
        last_name: row.last_name ?? '',
      });
      t.completed.push({ personId: who.person_id, name: `${who.first_name} ${who.last_name}`.trim(), at: row.completed_at!.toISOString() });
    }
    byId.set(row.id, t);
  }
  return { ambassadors, trainings: [...byId.values()] };
}
