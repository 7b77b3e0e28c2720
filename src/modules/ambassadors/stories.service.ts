/**
 * Stories in ambassadors' own words: published by the author at once, with no approval queue and no
 * editing by anyone else. A coordinator can only hide one, for a legal reason that is recorded and
 * shown to the author.
 */
import type { AppContext } from '../../platform/context.ts';
import { audit } from '../../platform/audit.ts';
import { publicChanged } from '../../platform/changes.ts';
import { notFound, unprocessable } from '../../platform/errors.ts';
import { emitEvent } from '../../platform/events.ts';
import { enqueueMail } from '../../platform/mail.ts';
import { embeddedMediaIds, renderMarkdown } from '../../platform/markdown.ts';
import { processImage } from '../../platform/media.ts';
import { can, requirePerson, type Actor } from '../../platform/policy.ts';
import { personFacts } from '../people/people.service.ts';
import { noticeMilestone } from '../community/recognition.service.ts';
import { noticeStoryPublished } from '../community/milestones.service.ts';
import { assertAuthor, assertCanHide, canReadStory, checkStoryScope, type Scope } from './ambassadors.policy.ts';
import * as ambassadors from './ambassadors.repo.ts';
import { storyHiddenMail } from './ambassadors.mails.ts';
import * as repo from './stories.repo.ts';

export interface StoryInput {
  title: string;
  body: string;
  language: 'nl' | 'fr' | 'en' | 'de';
  scope: Scope;
}

async function authorFacts(ctx: AppContext, orgId: string, personId: string) {
  const [a, p] = await Promise.all([ambassadors.getByPerson(ctx.db, orgId, personId), personFacts(ctx, orgId, personId)]);
  return {
    person_id: personId,
    active: a?.active ?? false,
    scope: a?.scope ?? 'internal',
    behind_the_scenes: a?.behind_the_scenes ?? false,
    sensitive: p?.sensitive ?? false,
  } as const;
}

/**
 * A story shows only its author's own images: an image id is not a capability, and a colleague's
 * photo must never become public through someone else's story. Returns the ids to link.
 */
async function ownImages(ctx: AppContext, orgId: string, authorPersonId: string, body: string): Promise<string[]> {
  const ids = embeddedMediaIds(body);
  const foreign = await repo.mediaNotOwnedBy(ctx.db, orgId, authorPersonId, ids);
  if (foreign.length) {
    throw unprocessable(
      'A story can only show images you uploaded yourself.',
      foreign.map((id) => ({
        path: 'body',
        params: { id },
        message: `The image /media/${id} is not one of your uploads. Upload it yourself, then use the address you get.`,
      })),
      'not-own-image',
    );
  }
  return ids;
}

export async function publish(ctx: AppContext, actor: Actor, input: StoryInput) {
  const personId = requirePerson(actor);
  checkStoryScope(input.scope, await authorFacts(ctx, actor.orgId, personId));
  const images = await ownImages(ctx, actor.orgId, personId, input.body);
  const now = ctx.clock.now();
  const id = await ctx.db.transaction(async (tx) => {
    const storyId = await repo.insert(tx, {
      orgId: actor.orgId,
      authorPersonId: personId,
      ...input,
      bodyHtml: renderMarkdown(input.body),
      now,
    });
    await repo.setStoryMedia(tx, actor.orgId, storyId, images);
    if ((await repo.countByAuthor(tx, actor.orgId, personId)) === 1) {
      await noticeMilestone(tx, ctx.clock, actor.orgId, personId, 'first-story');
    }
    // In the community feed too, if the author agreed (it checks "first" itself, under a lock).
    await noticeStoryPublished(tx, now, actor.orgId, personId, storyId);
    if (input.scope === 'external') await publicChanged(tx, actor.orgId);
    await emitEvent(tx, now, actor.orgId, 'story.published', { storyId, authorPersonId: personId, visibility: input.scope });
    return storyId;
  });
  return (await repo.get(ctx.db, actor.orgId, id))!;
}

export async function edit(ctx: AppContext, actor: Actor, id: string, input: StoryInput) {
  const story = await repo.get(ctx.db, actor.orgId, id);
  if (!story || story.deleted_at) throw notFound('Story');
  assertAuthor(actor, story);
  checkStoryScope(input.scope, await authorFacts(ctx, actor.orgId, story.author_person_id));
  const images = await ownImages(ctx, actor.orgId, story.author_person_id, input.body);
  await ctx.db.transaction(async (tx) => {
    await repo.update(tx, actor.orgId, id, { ...input, bodyHtml: renderMarkdown(input.body), now: ctx.clock.now() });
    await repo.setStoryMedia(tx, actor.orgId, id, images);
    await publicChanged(tx, actor.orgId);
  });
  return (await repo.get(ctx.db, actor.orgId, id))!;
}

export async function remove(ctx: AppContext, actor: Actor, id: string) {
  const story = await repo.get(ctx.db, actor.orgId, id);
  if (!story || story.deleted_at) throw notFound('Story');
  assertAuthor(actor, story);
  await ctx.db.transaction(async (tx) => {
    await repo.softDelete(tx, actor.orgId, id, ctx.clock.now());
    await publicChanged(tx, actor.orgId);
  });
}

export async function read(ctx: AppContext, actor: Actor, id: string) {
  const story = await repo.get(ctx.db, actor.orgId, id);
  if (!story || !canReadStory(actor, story, story.author_active)) throw notFound('Story');
  // An alumni account sees its own stories only, not the colleagues' it no longer works with.
  if (actor.role === 'alumni' && story.author_person_id !== actor.personId) throw notFound('Story');
  return story;
}

/** A person id that names nobody: a list for an alumni account without a person is empty. */
const NOBODY = '00000000-0000-0000-0000-000000000000';

export async function list(ctx: AppContext, actor: Actor, f: { author?: string; language?: string; limit: number; before?: Date }) {
  return repo.feed(
    ctx.db,
    actor.orgId,
    {
      authorPersonId: actor.role === 'alumni' ? (actor.personId ?? NOBODY) : f.author,
      language: f.language,
      viewerPersonId: actor.personId,
      includeHidden: can(actor, 'program.manage'),
    },
    f.limit,
    f.before,
  );
}

export async function hide(ctx: AppContext, actor: Actor, id: string, reason: string | null) {
  assertCanHide(actor);
  const story = await repo.get(ctx.db, actor.orgId, id);
  if (!story || story.deleted_at) throw notFound('Story');
  const facts = await personFacts(ctx, actor.orgId, story.author_person_id);
  await ctx.db.transaction(async (tx) => {
    await repo.setHidden(tx, actor.orgId, id, reason === null ? null : { reason, by: actor.userId || null, now: ctx.clock.now() });
    await audit(tx, ctx.clock, {
      orgId: actor.orgId,
      actorUserId: actor.userId || null,
      actorLabel: actor.label,
      action: reason === null ? 'stories.unhide' : 'stories.hide',
      targetType: 'story',
      targetId: id,
      details: reason === null ? {} : { reason },
    });
    if (reason !== null && !story.hidden_at) {
      await emitEvent(tx, ctx.clock.now(), actor.orgId, 'story.hidden', { storyId: id, authorPersonId: story.author_person_id });
    }
    const to = facts?.work_email ?? facts?.personal_email;
    if (reason !== null && to) {
      await enqueueMail(
        tx,
        ctx.clock,
        storyHiddenMail({ orgId: actor.orgId, to, title: story.title, reason, lang: facts?.mail_language ?? null }),
      );
    }
    await publicChanged(tx, actor.orgId);
  });
  return (await repo.get(ctx.db, actor.orgId, id))!;
}

/** An image for the author's stories, decoded and re-encoded (which drops its metadata); returns its id. */
/** The images the person uploaded for stories, newest first, to choose from while writing. */
export async function listOwnImages(ctx: AppContext, actor: Actor) {
  const personId = requirePerson(actor);
  return repo.ownImages(ctx.db, actor.orgId, personId, 200);
}

export async function uploadImage(ctx: AppContext, actor: Actor, bytes: Uint8Array): Promise<string> {
  const personId = requirePerson(actor);
  const image = await processImage(bytes, 'story');
  return ambassadors.insertMedia(ctx.db, { orgId: actor.orgId, ownerPersonId: personId, purpose: 'story', ...image, now: ctx.clock.now() });
}
