/**
 * SCIM 2.0 (RFC 7643, 7644) at /scim/v2: Users, ServiceProviderConfig, Schemas, ResourceTypes.
 * Outside /api: no session, no OpenAPI; a SCIM bearer token per organisation (scim.tokens.service.ts),
 * answers as application/scim+json, errors in SCIM's own format.
 */
import { Hono, type Context } from 'hono';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { HonoEnv } from '../../platform/http.ts';
import { consume } from '../../platform/rate-limit.ts';
import { errorBody, invalidSyntax, ScimError, SCIM_CONTENT_TYPE } from './scim.errors.ts';
import { listResponse, resourceTypes, schemas, serviceProviderConfig } from './scim.schema.ts';
import * as groups from './scim.groups.ts';
import * as service from './scim.service.ts';
import { authenticateScimToken, type ScimCaller } from './scim.tokens.service.ts';
import { etagOf } from './scim.users.ts';
import type { Resource } from './scim.patch.ts';

type ScimEnv = HonoEnv & { Variables: HonoEnv['Variables'] & { scim: ScimCaller } };

/** Generous: Entra sends bursts, and a full sync of a large organisation is tens of thousands of requests. */
const REQUESTS_PER_MINUTE = 60_000;
/** Wrong tokens from one address. */
const FAILURES_PER_MINUTE = 30;

export function scimRoutes(ctx: AppContext) {
  const app = new Hono<ScimEnv>();
  const base = `${ctx.config.publicUrl}/scim/v2`;

  const send = (c: Context<ScimEnv>, body: unknown, status: number, headers: Record<string, string> = {}) =>
    c.body(JSON.stringify(body), status as 200, { 'content-type': SCIM_CONTENT_TYPE, 'cache-control': 'no-store', ...headers });
  const fail = (c: Context<ScimEnv>, err: ScimError) => send(c, errorBody(err), err.status, err.headers);

  app.onError((err, c) => {
    if (err instanceof ScimError) return fail(c, err);
    if (err instanceof AppError) return fail(c, new ScimError(err.status, err.detail ?? err.title, undefined, err.headers ?? {}));
    ctx.log.error('scim: unhandled error', { path: c.req.path, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    return fail(c, new ScimError(500, 'Something went wrong on our side. It has been logged.'));
  });

  app.use('*', async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const caller = m ? await authenticateScimToken(ctx, m[1], { max: REQUESTS_PER_MINUTE, windowSeconds: 60 }) : null;
    if (!caller) {
      await consume(ctx.db, ctx.clock, { key: `scim-auth:${c.get('ip')}`, max: FAILURES_PER_MINUTE, windowSeconds: 60 });
      throw new ScimError(401, 'Send a valid SCIM token: Authorization: Bearer <token>. Admins create one in Embassy.', undefined, {
        'www-authenticate': 'Bearer realm="Embassy SCIM"',
      });
    }
    c.set('scim', caller);
    return next();
  });

  const call = (c: Context<ScimEnv>): service.Call => ({ caller: c.get('scim'), base });
  const readBody = async (c: Context<ScimEnv>): Promise<unknown> => {
    const text = await c.req.text();
    if (text.trim() === '') throw invalidSyntax('The request has no body: send a JSON object.');
    try {
      return JSON.parse(text);
    } catch {
      throw invalidSyntax('The body is not valid JSON.');
    }
  };
  const withResource = (c: Context<ScimEnv>, resource: Resource, status: number, extra: Record<string, string> = {}) =>
    send(c, resource, status, { etag: etagOf(resource), ...extra });

  app.get('/ServiceProviderConfig', (c) => send(c, serviceProviderConfig(base), 200));
  app.get('/ResourceTypes', (c) => send(c, listResponse(resourceTypes(base), 2, 1), 200));
  app.get('/ResourceTypes/:id', (c) => {
    const found = resourceTypes(base).find((r) => r.id === c.req.param('id'));
    if (!found) throw new ScimError(404, 'Resource type not found.');
    return send(c, found, 200);
  });
  app.get('/Schemas', (c) => send(c, listResponse(schemas(base), 3, 1), 200));
  app.get('/Schemas/:id', (c) => {
    const found = schemas(base).find((s) => s.id === c.req.param('id'));
    if (!found) throw new ScimError(404, 'Schema not found.');
    return send(c, found, 200);
  });

  app.get('/Users', async (c) => send(c, await service.listUsers(ctx, call(c), c.req.query()), 200));
  app.post('/Users/.search', async (c) => {
    const body = (await readBody(c)) as Record<string, unknown>;
    const str = (v: unknown) => (v === undefined || v === null ? undefined : String(v));
    const list = (v: unknown) => (Array.isArray(v) ? v.join(',') : str(v));
    return send(
      c,
      await service.listUsers(ctx, call(c), {
        filter: str(body?.filter),
        startIndex: str(body?.startIndex),
        count: str(body?.count),
        attributes: list(body?.attributes),
        excludedAttributes: list(body?.excludedAttributes),
      }),
      200,
    );
  });
  app.post('/Users', async (c) => {
    const resource = await service.createUser(ctx, call(c), await readBody(c));
    return withResource(c, resource, 201, { location: (resource.meta as { location: string }).location });
  });
  app.get('/Users/:id', async (c) => {
    const resource = await service.getUser(ctx, call(c), c.req.param('id'));
    const ifNoneMatch = c.req.header('if-none-match');
    if (ifNoneMatch && service.etagMatches(ifNoneMatch, resource)) return c.body(null, 304, { etag: etagOf(resource) });
    return withResource(c, resource, 200);
  });
  app.put('/Users/:id', async (c) =>
    withResource(c, await service.replaceUser(ctx, call(c), c.req.param('id'), await readBody(c), c.req.header('if-match')), 200),
  );
  app.patch('/Users/:id', async (c) =>
    withResource(c, await service.patchUser(ctx, call(c), c.req.param('id'), await readBody(c), c.req.header('if-match')), 200),
  );
  app.delete('/Users/:id', async (c) => {
    await service.deleteUser(ctx, call(c), c.req.param('id'), c.req.header('if-match'));
    return c.body(null, 204);
  });

  // Groups: the departments, read-only.
  app.get('/Groups', async (c) => send(c, await groups.listGroups(ctx, c.get('scim').orgId, base, c.req.query()), 200));
  app.get('/Groups/:id', async (c) =>
    send(c, await groups.getGroup(ctx, c.get('scim').orgId, base, c.req.param('id'), c.req.query()), 200),
  );
  app.on(['POST', 'PUT', 'PATCH', 'DELETE'], ['/Groups', '/Groups/:id'], () => {
    throw groups.readOnly();
  });
  app.all('*', (c) => {
    throw new ScimError(404, `No SCIM endpoint ${c.req.method} ${c.req.path}.`);
  });
  return app;
}
