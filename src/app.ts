/**
 * createApp(context) -> the HTTP app: the API under /api/v1, its OpenAPI description, the web app
 * and (later) the public pages. No state lives here beyond the context, so tests build one per
 * database and call it in memory with app.request().
 */
import { HTTPException } from 'hono/http-exception';
import type { AppContext } from './platform/context.ts';
import { AppError, codeForStatus, problemBody } from './platform/errors.ts';
import { authenticate, identifyClient } from './platform/http.ts';
import { createRouter, declareProblemResponses } from './platform/openapi.ts';
import { problemRoutes } from './platform/problem-pages.ts';
import { docsPage, DOCS_CSP } from './platform/docs-page.ts';
import { limitBodies } from './platform/body-limit.ts';
import { appErrorFromDatabase } from './platform/db-errors.ts';
import { loggablePath } from './platform/log.ts';
import { guardInput } from './platform/input-guard.ts';
import { MAX_UPLOAD_BYTES } from './platform/media.ts';
import { MAX_IMPORT_BYTES } from './modules/people/people.routes.ts';
import { accountsRoutes } from './modules/accounts/accounts.routes.ts';
import { organisationsRoutes } from './modules/organisations/organisations.routes.ts';
import { peopleRoutes } from './modules/people/people.routes.ts';
import { adminRoutes } from './modules/accounts/admin.routes.ts';
import { auditRoutes } from './modules/accounts/audit.routes.ts';
import { webRoutes } from './web/serve.ts';
import { ambassadorsRoutes } from './modules/ambassadors/ambassadors.routes.ts';
import { storiesRoutes } from './modules/ambassadors/stories.routes.ts';
import { programRoutes } from './modules/ambassadors/program.routes.ts';
import { communityRoutes } from './modules/community/community.routes.ts';
import { exchangeRoutes } from './modules/community/exchange.routes.ts';
import { eventsRoutes } from './modules/community/events.routes.ts';
import { insightsRoutes } from './modules/insights/insights.routes.ts';
import { publicRoutes } from './public/public.routes.ts';
import { journeysRoutes } from './modules/moments/journeys.routes.ts';
import { momentsRoutes } from './modules/moments/moments.routes.ts';
import { privacyRoutes } from './modules/privacy/privacy.routes.ts';
import { unsubscribeRoutes } from './modules/moments/unsubscribe.routes.ts';
import { surveysRoutes } from './modules/surveys/surveys.routes.ts';
import { resultsRoutes } from './modules/surveys/results.routes.ts';
import { respondRoutes } from './modules/surveys/respond.routes.ts';
import { campaignsRoutes } from './modules/surveys/campaigns.routes.ts';
import { legacySurveyRoutes } from './modules/surveys/legacy.routes.ts';
import { ssoRoutes } from './modules/sso/sso.routes.ts';
import { ssoPageRoutes } from './modules/sso/sso.pages.routes.ts';
import { scimRoutes } from './modules/scim/scim.routes.ts';
import { scimTokenRoutes } from './modules/scim/scim.tokens.routes.ts';
import { webhooksRoutes } from './modules/webhooks/webhooks.routes.ts';
import { calendarsRoutes } from './modules/calendars/calendars.routes.ts';
import { calendarFeedRoutes } from './modules/calendars/feed.routes.ts';
import { chatRoutes } from './modules/chat/chat.routes.ts';
import { bulkInvitationRoutes } from './modules/accounts/bulk-invitations.routes.ts';
import { alumniRoutes } from './modules/community/alumni.routes.ts';
import { alumniPageRoutes } from './modules/community/alumni.pages.routes.ts';
import { alumniGate } from './modules/community/alumni.gate.ts';

/** No script, no plugin, nothing from other sites; inline styles for server-rendered pages. */
export const DEFAULT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
/** Embassy uses none of these browser features, so no page (or frame inside one) may. */
const PERMISSIONS_POLICY =
  'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), hid=(), midi=(), display-capture=(), browsing-topics=()';

export function createApp(ctx: AppContext) {
  const app = createRouter();

  /** Every failure as one AppError: ours as they are, the database's refusals as 4xx, the rest a logged 500. */
  const toAppError = (err: unknown, path: string): AppError => {
    if (err instanceof AppError) return err;
    if (err instanceof HTTPException) return new AppError(codeForStatus(err.status), err.message || undefined);
    if (err instanceof SyntaxError && /JSON/.test(err.message)) return new AppError('invalid-json', 'The body is not valid JSON.');
    const fromDb = appErrorFromDatabase(err);
    if (fromDb) {
      ctx.log.warn('database refused a request', { path, status: fromDb.status, error: err instanceof Error ? err.message : String(err) });
      return fromDb;
    }
    ctx.log.error('unhandled error', { path, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    return new AppError('internal', 'Something went wrong on our side. It has been logged.');
  };

  app.onError((err, c) => {
    const appErr = toAppError(err, loggablePath(c.req.path));
    return c.body(JSON.stringify(problemBody(appErr)), appErr.status as 400, {
      'content-type': 'application/problem+json',
      ...appErr.headers,
    });
  });
  app.notFound((c) => {
    const err = new AppError('no-route', `No route for ${c.req.method} ${c.req.path}.`);
    return c.body(JSON.stringify(problemBody(err)), 404, { 'content-type': 'application/problem+json' });
  });

  // Headers set before the handler runs: set afterwards, they turn every answer into a slower,
  // re-wrapped response. A handler that needs other values (the embed's framing, the web app's
  // scripts) overrides them. Set first, so error answers from the middleware below carry them too.
  app.use('*', async (c, next) => {
    c.header('x-content-type-options', 'nosniff');
    c.header('referrer-policy', 'same-origin');
    c.header('x-frame-options', 'DENY');
    // Every answer, HTML or not, gets a policy that runs no script and loads nothing from elsewhere:
    // a page that forgets its own (an error page, a 404) is still safe.
    c.header('content-security-policy', DEFAULT_CSP);
    c.header('permissions-policy', PERMISSIONS_POLICY);
    await next();
  });
  app.use('*', identifyClient(ctx));
  app.use(
    '*',
    limitBodies([
      { method: 'POST', path: /^\/api\/v1\/people\/import$/, maxBytes: MAX_IMPORT_BYTES },
      { method: 'PUT', path: /^\/api\/v1\/me\/ambassador\/photo$/, maxBytes: MAX_UPLOAD_BYTES },
      { method: 'POST', path: /^\/api\/v1\/me\/media$/, maxBytes: MAX_UPLOAD_BYTES },
      { method: 'PUT', path: /^\/api\/v1\/organisation\/branding\/(logo|hero)$/, maxBytes: MAX_UPLOAD_BYTES },
    ]),
  );
  app.use('*', guardInput());

  app.get('/healthz', async (c) => {
    try {
      await ctx.db.query('select 1');
      return c.json({ status: 'ok', engine: ctx.db.engine });
    } catch {
      return c.json({ status: 'unavailable' }, 503);
    }
  });

  app.use('/api/*', authenticate(ctx));
  // Alumni accounts reach an allow-list only (community/alumni.gate.ts): fail-closed for new routes.
  app.use('/api/*', alumniGate());
  // Images of the signed-in app need the session; public ones do not (public.routes.ts decides).
  app.use('/media/*', authenticate(ctx));
  app.use('/api/*', async (c, next) => {
    c.header('cache-control', 'no-store');
    await next();
  });

  app.openAPIRegistry.registerComponent('securitySchemes', 'session', { type: 'apiKey', in: 'cookie', name: 'embassy_session' });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  app.route('/api/v1', accountsRoutes(ctx));
  app.route('/api/v1', adminRoutes(ctx));
  app.route('/api/v1', auditRoutes(ctx));
  app.route('/api/v1', organisationsRoutes(ctx));
  app.route('/api/v1', peopleRoutes(ctx));
  app.route('/api/v1', ambassadorsRoutes(ctx));
  app.route('/api/v1', storiesRoutes(ctx));
  app.route('/api/v1', programRoutes(ctx));
  app.route('/api/v1', communityRoutes(ctx));
  app.route('/api/v1', exchangeRoutes(ctx));
  app.route('/api/v1', eventsRoutes(ctx));
  app.route('/api/v1', insightsRoutes(ctx));
  app.route('/api/v1', journeysRoutes(ctx));
  app.route('/api/v1', momentsRoutes(ctx));
  app.route('/api/v1', privacyRoutes(ctx));
  app.route('/api/v1', surveysRoutes(ctx));
  app.route('/api/v1', campaignsRoutes(ctx));
  app.route('/api/v1', resultsRoutes(ctx));
  app.route('/api/v1', ssoRoutes(ctx));
  app.route('/api/v1', scimTokenRoutes(ctx));
  app.route('/api/v1', webhooksRoutes(ctx));
  app.route('/api/v1', calendarsRoutes(ctx));
  app.route('/api/v1', chatRoutes(ctx));
  app.route('/api/v1', bulkInvitationRoutes(ctx));
  app.route('/api/v1', alumniRoutes(ctx));
  const publicSurface = publicRoutes(ctx);
  app.route('/api/v1', publicSurface.api);

  declareProblemResponses(app.openAPIRegistry);
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    servers: [{ url: '/', description: 'This installation (paths include /api/v1)' }],
    info: {
      title: 'Embassy API',
      version: '1',
      license: { name: 'AGPL-3.0-or-later', url: 'https://www.gnu.org/licenses/agpl-3.0.html' },
      description:
        'Authenticate with a Bearer API token (create one in the app or with `embassy token create`), or with the session cookie plus the X-CSRF-Token header for state-changing requests. Every error is application/problem+json (RFC 9457).',
    },
  });
  app.get('/api/docs', (c) => c.html(docsPage(), 200, { 'content-security-policy': DOCS_CSP }));

  app.route('/', problemRoutes());
  app.route('/', unsubscribeRoutes(ctx));
  app.route('/', alumniPageRoutes(ctx));
  // SCIM has its own bearer tokens, media type and error format (RFC 7644), apart from /api.
  app.route('/scim/v2', scimRoutes(ctx));
  app.route('/', ssoPageRoutes(ctx));
  app.route('/', calendarFeedRoutes(ctx));
  app.route('/', respondRoutes(ctx));
  app.route('/', publicSurface.app);
  app.route('/', legacySurveyRoutes(ctx));
  app.route('/', webRoutes(ctx));
  return Object.assign(app, { close: () => publicSurface.close() });
}

export type App = ReturnType<typeof createApp>;
