/** Single sign-on settings under /api/v1 (admins), and the work-account discovery of the sign-in page. */
import { createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http.ts';
import { createRouter, errorResponses as errors, json, jsonBody, security } from '../../platform/openapi.ts';
import * as s from './sso.schemas.ts';
import * as service from './sso.service.ts';
import { presentConfig } from './sso.presenters.ts';

export function ssoRoutes(ctx: AppContext) {
  const r = createRouter();

  r.openapi(
    createRoute({
      operationId: 'getSsoSettings',
      method: 'get',
      path: '/sso',
      tags: ['Single sign-on'],
      summary: 'The single sign-on settings (admins); the client secret is never answered',
      security,
      responses: { 200: json(s.SsoSettings), ...errors },
    }),
    async (c) => {
      const { redirectUri, config } = await service.getSettings(ctx, actorOf(c));
      return c.json({ redirectUri, config: config ? presentConfig(config) : null }, 200);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'putSsoSettings',
      method: 'put',
      path: '/sso',
      tags: ['Single sign-on'],
      summary: 'Set the identity provider (admins); without clientSecret the stored secret is kept',
      security,
      request: { body: jsonBody(s.SsoSettingsBody) },
      responses: { 200: json(s.SsoSettings), ...errors },
    }),
    async (c) => {
      const row = await service.saveSettings(ctx, actorOf(c), c.req.valid('json'), c.get('ip'));
      return c.json({ redirectUri: service.redirectUri(ctx), config: presentConfig(row) }, 200);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'deleteSsoSettings',
      method: 'delete',
      path: '/sso',
      tags: ['Single sign-on'],
      summary: 'Remove single sign-on (admins); accounts stay, passwords work again',
      security,
      responses: { 204: { description: 'Removed' }, ...errors },
    }),
    async (c) => {
      await service.deleteSettings(ctx, actorOf(c), c.get('ip'));
      return c.body(null, 204);
    },
  );

  r.openapi(
    createRoute({
      operationId: 'checkSsoConnection',
      method: 'post',
      path: '/sso/check',
      tags: ['Single sign-on'],
      summary: "Read the issuer's discovery document and say what it offers (admins)",
      security,
      request: { body: jsonBody(s.SsoCheckBody) },
      responses: { 200: json(s.SsoCheckResult), ...errors },
    }),
    async (c) => c.json(await service.checkConnection(ctx, actorOf(c), c.req.valid('json')), 200),
  );

  r.openapi(
    createRoute({
      operationId: 'discoverSso',
      security: [],
      method: 'post',
      path: '/auth/sso/discover',
      tags: ['Sign-in'],
      summary: 'Where to sign in with a work account: organisations with SSO that use this email domain (by domain only)',
      request: { body: jsonBody(s.DiscoverBody) },
      responses: { 200: json(s.DiscoverResult), ...errors },
    }),
    async (c) => c.json({ items: await service.discover(ctx, c.req.valid('json').email, c.get('ip')) }, 200),
  );

  return r;
}
