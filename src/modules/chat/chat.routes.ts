/** Chat channels (Teams, Slack incoming webhooks) under /api/v1: admins connect them, journey steps post to them. */
import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http.ts';
import { viewerLanguage } from '../../platform/language.ts';
import { createRouter, errorResponses as errors, IdParam, json, jsonBody, security, z } from '../../platform/openapi.ts';
import * as s from './chat.schemas.ts';
import * as service from './chat.service.ts';
import { presentChannel } from './chat.presenters.ts';

export function chatRoutes(ctx: AppContext) {
  const r = createRouter();
  const tags = ['Chat channels'];

  r.openapi(
    createRoute({
      operationId: 'listChatChannels',
      method: 'get',
      path: '/chat-channels',
      tags,
      summary: 'The Teams and Slack channels journey steps can post to (admins)',
      security,
      responses: { 200: json(z.object({ items: z.array(s.Channel) })), ...errors },
    }),
    async (c) => c.json({ items: (await service.listChannels(ctx, actorOf(c))).map(presentChannel) }, 200),
  );

  r.openapi(
    createRoute({
      operationId: 'createChatChannel',
      method: 'post',
      path: '/chat-channels',
      tags,
      summary: 'Connect a Teams or Slack channel by its incoming webhook URL (admins)',
      security,
      request: { body: jsonBody(s.ChannelCreate) },
      responses: { 201: json(s.Channel, 'Connected'), ...errors },
    }),
    async (c) => c.json(presentChannel(await service.createChannel(ctx, actorOf(c), c.req.valid('json'))), 201),
  );

  r.openapi(
    createRoute({
      operationId: 'updateChatChannel',
      method: 'patch',
      path: '/chat-channels/{id}',
      tags,
      summary: 'Rename a channel, change its language or its URL (admins)',
      security,
      request: { params: IdParam, body: jsonBody(s.ChannelPatch) },
      responses: { 200: json(s.Channel), ...errors },
    }),
    async (c) => c.json(presentChannel(await service.updateChannel(ctx, actorOf(c), c.req.valid('param').id, c.req.valid('json'))), 200),
  );

  r.openapi(
    createRoute({
      operationId: 'deleteChatChannel',
      method: 'delete',
      path: '/chat-channels/{id}',
      tags,
      summary: 'Disconnect a channel (admins); 409 chat-channel-in-use while journey steps post to it',
      security,
      request: { params: IdParam },
      responses: { 204: { description: 'Disconnected' }, ...errors },
    }),
    async (c) => {
      const actor = actorOf(c);
      await service.deleteChannel(
        ctx,
        actor,
        c.req.valid('param').id,
        await viewerLanguage(ctx.db, actor, c.req.header('accept-language')),
      );
      return c.body(null, 204);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'testChatChannel',
      method: 'post',
      path: '/chat-channels/{id}/test',
      tags,
      summary: "Post a short test message in the channel's language (admins); answers what the channel said",
      security,
      request: { params: IdParam },
      responses: { 200: json(s.ChannelTestResult), ...errors },
    }),
    async (c) => c.json(await service.testChannel(ctx, actorOf(c), c.req.valid('param').id), 200),
  );

  return r;
}
