/** The ambassadors' internal exchange under /api/v1: posts, comments, reactions, pins, feeds. Never public. */
import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http.ts';
import { createRouter, errorResponses as errors, json, jsonBody, security, z } from '../../platform/openapi.ts';
import { presentComment, presentPost } from './exchange.presenters.ts';
import * as s from './exchange.schemas.ts';
import * as exchange from './exchange.service.ts';
import * as topics from './exchange.topics.ts';
import { mentionablePeople } from './exchange.people.ts';

const tags = ['Community exchange'];

export function exchangeRoutes(ctx: AppContext) {
  const r = createRouter();
  r.openapi(
    createRoute({
      operationId: 'listCommunityPosts',
      method: 'get',
      path: '/community/posts',
      tags,
      summary: 'The community feed (all topics or one), newest first, paged by cursor; the first page carries the pinned posts',
      security,
      request: { query: s.FeedQuery },
      responses: { 200: json(s.Feed), ...errors },
    }),
    async (c) => {
      const actor = actorOf(c);
      const f = await exchange.feed(ctx, actor, c.req.valid('query'));
      return c.json(
        { items: f.items.map((p) => presentPost(actor, p)), pinned: f.pinned.map((p) => presentPost(actor, p)), nextCursor: f.nextCursor },
        200,
      );
    },
  );
  r.openapi(
    createRoute({
      operationId: 'createCommunityPost',
      method: 'post',
      path: '/community/posts',
      tags,
      summary: 'Publish a post in your own words (Markdown, your own uploaded images)',
      security,
      request: { body: jsonBody(s.PostBody) },
      responses: { 201: json(s.Post), ...errors },
    }),
    async (c) => {
      const actor = actorOf(c);
      return c.json(presentPost(actor, await exchange.publish(ctx, actor, c.req.valid('json'))), 201);
    },
  );
  r.openapi(
    createRoute({
      operationId: 'getCommunityPost',
      method: 'get',
      path: '/community/posts/{postId}',
      tags,
      summary: 'A post with its comments',
      security,
      request: { params: s.PostParams },
      responses: { 200: json(s.PostWithComments), ...errors },
    }),
    async (c) => {
      const actor = actorOf(c);
      const { post, comments } = await exchange.read(ctx, actor, c.req.valid('param').postId);
      return c.json({ post: presentPost(actor, post), comments: comments.map((x) => presentComment(actor, x)) }, 200);
    },
  );
  r.openapi(
    createRoute({
      operationId: 'updateCommunityPost',
      method: 'put',
      path: '/community/posts/{postId}',
      tags,
      summary: 'Edit your own post (nobody else can)',
      security,
      request: { params: s.PostParams, body: jsonBody(s.PostBody) },
      responses: { 200: json(s.Post), ...errors },
    }),
    async (c) => {
      const actor = actorOf(c);
      return c.json(presentPost(actor, await exchange.edit(ctx, actor, c.req.valid('param').postId, c.req.valid('json'))), 200);
    },
  );
  r.openapi(
    createRoute({
      operationId: 'deleteCommunityPost',
      method: 'delete',
      path: '/community/posts/{postId}',
      tags,
      summary: 'Delete your own post',
      security,
      request: { params: s.PostParams },
      responses: { 204: { description: 'Deleted' }, ...errors },
    }),
    async (c) => {
      await exchange.remove(ctx, actorOf(c), c.req.valid('param').postId);
      return c.body(null, 204);
    },
  );
  r.openapi(
    createRoute({
      operationId: 'createCommunityComment',
      method: 'post',
      path: '/community/posts/{postId}/comments',
      tags,
      summary: 'Comment on a post',
      security,
      request: { params: s.PostParams, body: jsonBody(s.CommentBody) },
      responses: { 201: json(s.Comment), ...errors },
    }),
    async (c) => {
      const actor = actorOf(c);
      return c.json(presentComment(actor, await exchange.comment(ctx, actor, c.req.valid('param').postId, c.req.valid('json'))), 201);
    },
  );
  r.openapi(
    createRoute({
      operationId: 'updateCommunityComment',
      method: 'put',
      path: '/community/comments/{commentId}',
      tags,
      summary: 'Edit your own comment',
      security,
      request: { params: s.CommentParams, body: jsonBody(s.CommentBody) },
      responses: { 200: json(s.Comment), ...errors },
    }),
    async (c) => {
      const actor = actorOf(c);
      return c.json(
        presentComment(actor, await exchange.editComment(ctx, actor, c.req.valid('param').commentId, c.req.valid('json'))),
        200,
      );
    },
  );
  r.openapi(
    createRoute({
      operationId: 'deleteCommunityComment',
      method: 'delete',
      path: '/community/comments/{commentId}',
      tags,
      summary: 'Delete your own comment',
      security,
      request: { params: s.CommentParams },
      responses: { 204: { description: 'Deleted' }, ...errors },
    }),
    async (c) => {
      await exchange.removeComment(ctx, actorOf(c), c.req.valid('param').commentId);
      return c.body(null, 204);
    },
  );
  r.openapi(
    createRoute({
      operationId: 'setCommunityReaction',
      method: 'put',
      path: '/community/posts/{postId}/reactions',
      tags,
      summary: 'React to a post with one of a small fixed set, or take the reaction back (reacted: false)',
      security,
      request: { params: s.PostParams, body: jsonBody(s.ReactionBody) },
      responses: { 200: json(s.Post), ...errors },
    }),
    async (c) => {
      const actor = actorOf(c);
      const { kind, reacted } = c.req.valid('json');
      return c.json(presentPost(actor, await exchange.react(ctx, actor, c.req.valid('param').postId, kind, reacted)), 200);
    },
  );
  r.openapi(
    createRoute({
      operationId: 'pinCommunityPost',
      method: 'put',
      path: '/community/posts/{postId}/pin',
      tags,
      summary: 'Pin or unpin a post (coordinators)',
      security,
      request: { params: s.PostParams, body: jsonBody(s.PinBody) },
      responses: { 200: json(s.Post), ...errors },
    }),
    async (c) => {
      const actor = actorOf(c);
      return c.json(presentPost(actor, await exchange.pin(ctx, actor, c.req.valid('param').postId, c.req.valid('json').pinned)), 200);
    },
  );
  r.openapi(
    createRoute({
      operationId: 'hideCommunityPost',
      method: 'put',
      path: '/community/posts/{postId}/hidden',
      tags,
      summary: 'Hide a post for a legal reason, told to the author (coordinators); reason null shows it again',
      security,
      request: { params: s.PostParams, body: jsonBody(s.HideBody) },
      responses: { 200: json(s.Post), ...errors },
    }),
    async (c) => {
      const actor = actorOf(c);
      return c.json(presentPost(actor, await exchange.hidePost(ctx, actor, c.req.valid('param').postId, c.req.valid('json').reason)), 200);
    },
  );
  r.openapi(
    createRoute({
      operationId: 'hideCommunityComment',
      method: 'put',
      path: '/community/comments/{commentId}/hidden',
      tags,
      summary: 'Hide a comment for a legal reason, told to the author (coordinators); reason null shows it again',
      security,
      request: { params: s.CommentParams, body: jsonBody(s.HideBody) },
      responses: { 200: json(s.Comment), ...errors },
    }),
    async (c) => {
      const actor = actorOf(c);
      return c.json(
        presentComment(actor, await exchange.hideComment(ctx, actor, c.req.valid('param').commentId, c.req.valid('json').reason)),
        200,
      );
    },
  );
  r.openapi(
    createRoute({
      operationId: 'getCommunityDigest',
      method: 'get',
      path: '/me/community/digest',
      tags,
      summary: 'How often you get the community digest',
      security,
      responses: { 200: json(s.Digest), ...errors },
    }),
    async (c) => c.json({ frequency: await exchange.digestSetting(ctx, actorOf(c)) }, 200),
  );
  r.openapi(
    createRoute({
      operationId: 'setCommunityDigest',
      method: 'put',
      path: '/me/community/digest',
      tags,
      summary: 'Choose the community digest: off, daily or weekly (the default)',
      security,
      request: { body: jsonBody(s.Digest) },
      responses: { 200: json(s.Digest), ...errors },
    }),
    async (c) => c.json({ frequency: await exchange.setDigest(ctx, actorOf(c), c.req.valid('json').frequency) }, 200),
  );
  r.openapi(
    createRoute({
      operationId: 'listCommunityTopics',
      method: 'get',
      path: '/community/topics',
      tags,
      summary: "The topics of the exchange: the ambassador topics and the coordinators' own",
      security,
      responses: { 200: json(z.object({ items: z.array(s.Topic) })), ...errors },
    }),
    async (c) => c.json({ items: await topics.listTopics(ctx, actorOf(c)) }, 200),
  );
  r.openapi(
    createRoute({
      operationId: 'createCommunityTopic',
      method: 'post',
      path: '/community/topics',
      tags,
      summary: 'Add a topic with its name in nl, fr and en (coordinators)',
      security,
      request: { body: jsonBody(s.TopicBody) },
      responses: { 201: json(z.object({ id: z.string() })), ...errors },
    }),
    async (c) => c.json({ id: await topics.createTopic(ctx, actorOf(c), c.req.valid('json')) }, 201),
  );
  r.openapi(
    createRoute({
      operationId: 'listCommunityPeople',
      method: 'get',
      path: '/community/people',
      tags,
      summary: 'The people you can mention, found by name (at most 20); alumni ambassadors only for the alumni topic',
      security,
      request: { query: s.PeopleQuery },
      responses: { 200: json(z.object({ items: z.array(s.MentionablePerson) })), ...errors },
    }),
    async (c) => c.json({ items: await mentionablePeople(ctx, actorOf(c), c.req.valid('query')) }, 200),
  );
  r.openapi(
    createRoute({
      operationId: 'getCommunitySettings',
      method: 'get',
      path: '/community/settings',
      tags,
      summary: 'Whether every employee takes part in the community (admins)',
      security,
      responses: { 200: json(s.Settings), ...errors },
    }),
    async (c) => c.json(await topics.getSettings(ctx, actorOf(c)), 200),
  );
  r.openapi(
    createRoute({
      operationId: 'setCommunitySettings',
      method: 'put',
      path: '/community/settings',
      tags,
      summary: 'Open the community to every employee in the directory, or keep it for ambassadors (admins)',
      security,
      request: { body: jsonBody(s.Settings) },
      responses: { 200: json(s.Settings), ...errors },
    }),
    async (c) => c.json(await topics.setSettings(ctx, actorOf(c), c.req.valid('json').openToAll), 200),
  );
  return r;
}
