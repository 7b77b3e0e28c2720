/**
 * Tenancy, generated from the app's own OpenAPI document: every operation that takes an id (in its
 * path, query or body) is called with tenant B's admin credentials and tenant A's ids, and every
 * other read is searched for anything of A's. A new route is covered without anyone remembering
 * to add it; a route this file cannot build a request for must be listed in EXEMPT with a reason,
 * and the first test fails for any operation that is neither covered nor listed.
 * (test/api/tenancy.test.ts holds the hand-written cases with their exact error bodies.)
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createTestEnv, makeOrg, makeUser, type TestEnv } from '../helpers.ts';

/** Operations with no id of another organisation to send, and why. Keys are "METHOD /path". */
const EXEMPT: Record<string, string> = {
  'POST /api/v1/auth/sign-in': 'no credentials and no id: signs in to the organisation named in the body',
  'POST /api/v1/auth/sign-out': "acts on the caller's own session",
  'POST /api/v1/auth/sign-out-all': "acts on the caller's own sessions",
  'POST /api/v1/auth/password-reset': 'no id: an e-mail address, answered alike whether it exists or not',
  'POST /api/v1/auth/password-reset/confirm': 'a secret token, not an id: it names its own organisation',
  'GET /api/v1/auth/invitations/{token}': 'a secret token, not an id: it names its own organisation',
  'POST /api/v1/auth/invitations/accept': 'a secret token, not an id: it names its own organisation',
  'PATCH /api/v1/me': 'acts on the caller only',
  'POST /api/v1/events': "creates an event in the caller's organisation; takes no id",
  'POST /api/v1/invitations': "creates in the caller's organisation; takes no id",
  'POST /api/v1/tokens': "creates in the caller's organisation; takes no id",
  'PATCH /api/v1/organisation': "acts on the caller's organisation only",
  'PUT /api/v1/organisation/branding': "acts on the caller's organisation only",
  'PUT /api/v1/organisation/branding/logo': "an image body for the caller's organisation only",
  'DELETE /api/v1/organisation/branding/logo': "acts on the caller's organisation only",
  'PUT /api/v1/organisation/branding/hero': "an image body for the caller's organisation only",
  'DELETE /api/v1/organisation/branding/hero': "acts on the caller's organisation only",
  'POST /api/v1/people/import':
    "a CSV body; its progressId query is chosen by the client and only ever read back in the caller's organisation (GET /people/imports/{progressId} is covered)",
  'PUT /api/v1/me/ambassador': 'acts on the caller only',
  'DELETE /api/v1/me/ambassador': 'acts on the caller only',
  'PUT /api/v1/me/ambassador/photo': 'an image body for the caller only',
  'DELETE /api/v1/me/ambassador/photo': 'acts on the caller only',
  'DELETE /api/v1/me/ambassador/welcome': "closes the caller's own welcome",
  'POST /api/v1/me/ambassador/invitation': "answers the caller's own invitation",
  'POST /api/v1/me/media': 'an image body for the caller only',
  'POST /api/v1/me/stories': 'creates for the caller; takes no id',
  'POST /api/v1/resources': "creates in the caller's organisation; takes no id",
  'POST /api/v1/me/posts': 'creates for the caller; takes no id',
  'POST /api/v1/journeys': "creates in the caller's organisation; takes no id",
  'POST /api/v1/moments/run': "runs the caller's organisation's sweep for a date; takes no id",
  'PUT /api/v1/me/buddy-volunteer': 'acts on the caller only',
  'PUT /api/v1/me/community/digest': 'acts on the caller only',
  'POST /api/v1/community/topics': "creates in the caller's organisation; takes no id",
  'PUT /api/v1/community/settings': "acts on the caller's organisation only",
  'PUT /api/v1/me/moments': 'acts on the caller only',
  'POST /api/v1/me/moments/personal': 'creates for the caller; takes no id',
  'DELETE /api/v1/me/optional-data': 'acts on the caller only',
  'POST /api/v1/me/alumni': "the caller's own choice; takes no id (test/api/alumni.test.ts)",
  'DELETE /api/v1/me/alumni': 'acts on the caller only (test/api/alumni.test.ts)',
  'POST /api/v1/me/calendar-feed': "creates the caller's own feed URL; takes no id (test/api/calendar-feed.test.ts)",
  'DELETE /api/v1/me/calendar-feed': "revokes the caller's own feed URL; takes no id (test/api/calendar-feed.test.ts)",
  'POST /api/v1/surveys': "creates in the caller's organisation; takes no id",
  'PUT /api/v1/surveys/settings': "acts on the caller's organisation only",
  'POST /api/v1/webhooks/endpoints': "creates in the caller's organisation; takes no id",
  'POST /api/v1/chat-channels': "creates in the caller's organisation; takes no id",
  'POST /api/v1/scim/tokens': "creates in the caller's organisation; takes no id",
  'POST /api/v1/invitations/bulk':
    "creates in the caller's organisation; the segment's siteIds (nested) are refused for another organisation in test/api/bulk-invitations.test.ts",
  'POST /api/v1/invitations/bulk/preview':
    "counts in the caller's organisation; the segment's siteIds (nested) are refused for another organisation in test/api/bulk-invitations.test.ts",
  'DELETE /api/v1/sso': "acts on the caller's organisation only",
  'POST /api/v1/sso/check': "reads an issuer's discovery document for the caller's organisation; takes no id",
  'POST /api/v1/auth/sso/discover': 'no credentials and no id: an email domain, answered alike for every address of it',
};

/** What a body needs beyond its schema's required fields to pass the service's own checks. */
const BODY_EXTRAS: Record<string, Record<string, unknown>> = {
  'POST /api/v1/journeys/{id}/steps': { templates: { en: { subject: 'Welcome', body: 'Hello' } } },
  'PUT /api/v1/journeys/{id}/steps/{stepId}': { templates: { en: { subject: 'Welcome', body: 'Hello' } } },
  'PUT /api/v1/events/{eventId}': {
    title: { en: 'Meetup' },
    place: 'Office',
    startsAt: '2026-12-20T10:00:00Z',
    endsAt: '2026-12-20T12:00:00Z',
  },
  'PUT /api/v1/sso': {
    preset: 'generic',
    issuer: 'https://idp.example',
    clientSecret: 'a secret',
    employeeNumberClaim: null,
    groupsClaim: 'groups',
  },
};

/** Which of a tenant's objects a path segment, query parameter or body field names. */
const PATH_KINDS: Record<string, string> = {
  users: 'user',
  invitations: 'invitation',
  tokens: 'token',
  sites: 'site',
  imports: 'import',
  people: 'person',
  stories: 'story',
  resources: 'resource',
  posts: 'post',
  questions: 'question',
  ambassadors: 'person',
  journeys: 'journey',
  steps: 'step',
  deliveries: 'delivery',
  tasks: 'task',
  personal: 'personalMoment',
  surveys: 'survey',
  // webhooks (two segments where one is ambiguous: /webhooks/deliveries are not journey deliveries)
  endpoints: 'webhookEndpoint',
  'webhooks/deliveries': 'webhookDelivery',
  // chat and bulk invitations
  'chat-channels': 'chatChannel',
  'invitations/bulk': 'invitationBatch',
  // scim (two segments: /scim/tokens are not API tokens)
  'scim/tokens': 'scimToken',
  // community events
  events: 'event',
  // community exchange (two segments: /community/posts are not /me/posts)
  'community/posts': 'communityPost',
  'community/comments': 'communityComment',
};
const FIELD_KINDS: Record<string, string> = {
  site: 'site',
  siteIds: 'site',
  manager: 'person',
  author: 'person',
  personId: 'person',
  person: 'person',
  buddyPersonId: 'person',
  storyId: 'story',
  ambassadorId: 'ambassador',
  questionIds: 'surveyQuestion',
  surveyId: 'survey',
  channelId: 'chatChannel',
  breakGlassUserIds: 'admin',
  topicId: 'communityTopic',
  mentions: 'person',
  eventId: 'event',
};

interface Tenant {
  slug: string;
  orgId: string;
  domain: string;
  token: string;
  ids: Record<string, string>;
}

type Schema = {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  minLength?: number;
  minimum?: number;
  minItems?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  default?: unknown;
  $ref?: string;
};
interface Operation {
  key: string;
  method: string;
  path: string;
  params: { in: string; name: string; required?: boolean; schema: Schema }[];
  body?: Schema;
  bodyType?: string;
}

let env: TestEnv;
let doc: any;
let A: Tenant;
let B: Tenant;
let operations: Operation[];

const isUuid = (s?: Schema) => s?.format === 'uuid' || s?.items?.format === 'uuid';

async function seed(slug: string, domain: string): Promise<Tenant> {
  const orgId = (await makeOrg(env.ctx, slug)).id;
  const hr = await makeUser(env.ctx, orgId, 'admin');
  const api = client(env.app, hr.token);
  const csv = [
    'employee_number;first_name;last_name;work_email;department;site;region;start_date',
    `1;Admin;${slug};boss@${domain};HR;Gent;flanders;2020-01-06`,
    `2;Amber;${slug};amber@${domain};Sales;Gent;flanders;2019-03-04`,
    `3;Nico;${slug};nico@${domain};Sales;Gent;flanders;2026-12-07`,
  ].join('\n');
  expect((await api.post('/api/v1/people/import', csv, { 'content-type': 'text/csv' })).status).toBe(200);
  const people = (await api.get('/api/v1/people')).body.items as { id: string; employeeNumber: string }[];
  const person = (n: string) => people.find((p) => p.employeeNumber === n)!.id;
  const ids: Record<string, string> = { person: person('2'), newcomer: person('3') };
  // The caller is an admin who is also a person, so the /me routes answer as for anyone.
  const admin = await makeUser(env.ctx, orgId, 'admin', { email: `boss@${domain}` });
  const amber = client(env.app, (await makeUser(env.ctx, orgId, 'employee', { email: `amber@${domain}` })).token);
  ids.user = (await makeUser(env.ctx, orgId, 'employee')).id;
  ids.site = (await api.get('/api/v1/sites')).body.items[0].id;
  ids.invitation = (await api.post('/api/v1/invitations', { email: `invitee@${domain}`, role: 'employee' })).body.id;
  ids.token = (await api.post('/api/v1/tokens', { name: 'a token' })).body.id;
  ids.scimToken = (await api.post('/api/v1/scim/tokens', { name: 'Entra ID' })).body.id;
  // Single sign-on, with the tenant's own issuer and an admin as break-glass account.
  ids.admin = hr.id;
  const sso = { preset: 'generic', issuer: `https://idp.${domain}`, clientId: `client-${slug}`, clientSecret: 'secret' };
  const ssoRest = { linkBy: 'email', employeeNumberClaim: null, groupsClaim: 'groups', roleMap: [], defaultRole: 'employee' };
  const ssoPut = { ...sso, ...ssoRest, enabled: true, required: false, breakGlassUserIds: [hr.id] };
  expect((await api.put('/api/v1/sso', ssoPut)).status).toBe(200);
  ids.import = crypto.randomUUID();
  expect((await api.post(`/api/v1/people/import?progressId=${ids.import}`, csv, { 'content-type': 'text/csv' })).status).toBe(200);
  // A webhook endpoint (loopback is allowed in tests; nothing is sent here), then an event that gives it a delivery.
  ids.webhookEndpoint = (await api.post('/api/v1/webhooks/endpoints', { url: `http://127.0.0.1:9/${slug}` })).body.id;
  // A chat channel (nothing is posted here) and a bulk invitation (the worker does not run here).
  ids.chatChannel = (await api.post('/api/v1/chat-channels', { name: 'Team', kind: 'slack', url: `http://127.0.0.1:9/${slug}` })).body.id;
  ids.invitationBatch = (await api.post('/api/v1/invitations/bulk', { segment: {} })).body.id;
  expect((await amber.put('/api/v1/me/ambassador', { scope: 'external', intro: `Sales at ${slug}` })).status).toBe(200);
  [{ id: ids.webhookDelivery }] = await env.ctx.db.query<{ id: string }>('select id from webhook_deliveries where endpoint_id = $1', [
    ids.webhookEndpoint,
  ]);
  ids.story = (
    await amber.post('/api/v1/me/stories', { title: `A day at ${slug}`, body: 'Work.', language: 'en', scope: 'external' })
  ).body.id;
  ids.ambassador = (await client(env.app).get(`/api/v1/public/orgs/${slug}/ambassadors`)).body.items[0].id;
  ids.post = (
    await amber.post('/api/v1/me/posts', {
      url: `https://www.linkedin.com/posts/${slug}`,
      network: 'linkedin',
      postedOn: '2026-11-20',
      tone: 'positive',
      topic: 'job',
    })
  ).body.id;
  // The community exchange: a topic, Amber's post in it and her comment.
  [{ id: ids.communityTopic }] = await env.ctx.db.query<{ id: string }>(
    `insert into community_topics (org_id, key, name, created_at) values ($1, 'fairs', '{"en": "Job fairs"}', now()) returning id`,
    [orgId],
  );
  ids.communityPost = (await amber.post('/api/v1/community/posts', { body: `Fair at ${slug}`, topicId: ids.communityTopic })).body.id;
  ids.communityComment = (await amber.post(`/api/v1/community/posts/${ids.communityPost}/comments`, { body: 'See you there' })).body.id;
  ids.personalMoment = (
    await amber.post('/api/v1/me/moments/personal', sample(operationBody('POST', '/api/v1/me/moments/personal'), {}))
  ).body.id;
  ids.resource = (
    await api.post('/api/v1/resources', { kind: 'training', language: 'en', title: 'Writing well', body: 'Short sentences.' })
  ).body.id;
  ids.journey = (await api.post('/api/v1/journeys', { templateKey: 'onboarding' })).body.id;
  ids.step = (await api.get(`/api/v1/journeys/${ids.journey}`)).body.steps[0].id;
  const survey = (await api.post('/api/v1/surveys', { templateKey: 'pulse' })).body;
  ids.survey = survey.id;
  ids.surveyQuestion = survey.questions[0].id;
  const [delivery] = await env.ctx.db.query<{ id: string }>(
    `insert into deliveries (org_id, person_id, step_id, occurrence, due_date, due_at, status, next_attempt_at, message_id, created_at)
     values ($1, $2, $3, 'x', '2026-11-20', now(), 'failed', now(), $4, now()) returning id`,
    [orgId, ids.newcomer, ids.step, `<${crypto.randomUUID()}@embassy.test>`],
  );
  ids.delivery = delivery.id;
  const [task] = await env.ctx.db.query<{ id: string }>(
    `insert into tasks (org_id, person_id, owner_person_id, title, created_at) values ($1, $2, $3, '{"en": "Welcome Nico"}', now()) returning id`,
    [orgId, ids.newcomer, person('1')],
  );
  ids.task = task.id;
  const [question] = await env.ctx.db.query<{ id: string }>(
    `insert into questions (org_id, person_id, asker_name, asker_email, body, language, created_at) values ($1, $2, 'Cand', $3, 'How is it?', 'en', now()) returning id`,
    [orgId, ids.person, `candidate@${domain}`],
  );
  ids.question = question.id;
  ids.event = (
    await api.post('/api/v1/events', {
      kind: 'meetup',
      title: { en: `Meetup at ${slug}` },
      place: 'Office',
      startsAt: '2026-12-20T10:00:00Z',
      endsAt: '2026-12-20T12:00:00Z',
      language: 'en',
    })
  ).body.id;
  for (const [kind, id] of Object.entries(ids)) expect(String(id), `${slug} ${kind}`).toMatch(/^[0-9a-f-]{36}$/);
  return { slug, orgId, domain, token: admin.token, ids };
}

function resolve(s: Schema | undefined): Schema | undefined {
  if (!s?.$ref) return s;
  return doc.components.schemas[s.$ref.split('/').at(-1)!];
}

function operationBody(method: string, path: string): Schema | undefined {
  return resolve(doc.paths[path][method.toLowerCase()]?.requestBody?.content?.['application/json']?.schema);
}

/** A valid value for `schema`: required properties only; ids from `idFor` (B's own objects). */
function sample(schema: Schema | undefined, idFor: Record<string, string>, name = ''): unknown {
  const s = resolve(schema) ?? {};
  const types = Array.isArray(s.type) ? s.type : [s.type];
  if (s.enum) return s.enum.find((v) => v !== null);
  if (types.includes('object')) {
    const out: Record<string, unknown> = {};
    for (const key of s.required ?? []) out[key] = sample(s.properties![key], idFor, key);
    return out;
  }
  if (types.includes('array')) return Array.from({ length: s.minItems ?? 0 }, () => sample(s.items, idFor, name));
  if (types.includes('boolean')) return false;
  if (types.includes('integer') || types.includes('number')) return Math.max(s.minimum ?? 1, 1);
  if (s.format === 'uuid') return idFor[FIELD_KINDS[name]] ?? crypto.randomUUID();
  if (s.format === 'date') return '2026-12-01';
  if (s.format === 'email') return `someone@${B?.domain ?? 'b.be'}`;
  if (name === 'formToken') return 'FORM_TOKEN'; // a fresh one per call, see call()
  if (/url/i.test(name)) return 'https://example.be/x';
  return 'Something written'.padEnd(Math.max(s.minLength ?? 0, 17), '.');
}

function pathKind(path: string, param: string): string | undefined {
  const segments = path.split('/');
  const i = segments.indexOf(`{${param}}`);
  return PATH_KINDS[`${segments[i - 2]}/${segments[i - 1]}`] ?? PATH_KINDS[segments[i - 1]];
}

function url(op: Operation, pathIds: (param: string) => string, query: Record<string, string> = {}): string {
  const path = op.path.replace(/\{(\w+)\}/g, (_m, p: string) => encodeURIComponent(pathIds(p)));
  const q = new URLSearchParams(query).toString();
  return q ? `${path}?${q}` : path;
}

/** Each tenant's rows, as one digest per table that has an organisation id. */
async function fingerprint(orgId: string, skip: string[] = []): Promise<Record<string, string>> {
  const tables = await env.ctx.db.query<{ table_name: string }>(
    `select table_name from information_schema.columns where table_schema = 'public' and column_name = 'org_id'
     and table_name in (select table_name from information_schema.tables where table_type = 'BASE TABLE') order by table_name`,
  );
  const out: Record<string, string> = {};
  for (const { table_name: t } of tables) {
    if (skip.includes(t)) continue;
    const [row] = await env.ctx.db.query<{ d: string }>(
      `select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as d from ${t} x where org_id = $1`,
      [orgId],
    );
    out[t] = row.d;
  }
  return out;
}

async function call(op: Operation, target: string, body?: unknown) {
  const api = client(env.app, B.token);
  if (body && typeof body === 'object' && 'formToken' in body) {
    // A form token carries one question and is good only after a human's few seconds.
    const { formToken } = (await client(env.app).get(`/api/v1/public/orgs/${B.slug}/form-token`)).body;
    env.clock.advance(10_000);
    body = { ...body, formToken };
  }
  return api[op.method.toLowerCase() as 'post'](target, body);
}

/** Nothing of tenant A in an answer: none of its ids, addresses or organisation name. */
function expectNothingOfA(text: string, where: string) {
  for (const [kind, id] of Object.entries(A.ids)) expect(text, `${where} shows A's ${kind}`).not.toContain(id);
  expect(text, `${where} shows an address of A`).not.toContain(`@${A.domain}`);
  expect(text, `${where} shows A's organisation`).not.toContain(A.slug);
}

beforeAll(async () => {
  env = await createTestEnv();
  doc = (await client(env.app).get('/api/openapi.json')).body;
  operations = [];
  for (const [path, item] of Object.entries<any>(doc.paths)) {
    for (const [method, op] of Object.entries<any>(item)) {
      const content = op.requestBody?.content ?? {};
      operations.push({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        params: op.parameters ?? [],
        body: resolve(content['application/json']?.schema),
        bodyType: Object.keys(content)[0],
      });
    }
  }
  A = await seed('tenant-a', 'a.be');
  B = await seed('tenant-b', 'b.be');
});
afterAll(() => env.close());

const pathIdParams = (op: Operation) => op.params.filter((p) => p.in === 'path' && isUuid(p.schema));
const queryIdParams = (op: Operation) => op.params.filter((p) => p.in === 'query' && isUuid(p.schema));
const bodyIdFields = (op: Operation) =>
  Object.entries(op.body?.properties ?? {})
    .filter(([, s]) => isUuid(resolve(s)))
    .map(([k]) => k);
/** B's own value for a path parameter: its slug, or the id of its object of that kind. */
const ownPath = (op: Operation) => (p: string) => (p === 'slug' ? B.slug : (B.ids[pathKind(op.path, p) ?? ''] ?? `no-kind-for-${p}`));
const requiredQuery = (op: Operation, except?: string) =>
  Object.fromEntries(
    op.params
      .filter((p) => p.in === 'query' && p.required && p.name !== except)
      .map((p) => [p.name, String(sample(p.schema, B.ids, p.name))]),
  );

describe('every operation of the OpenAPI document', () => {
  it('is covered by a generated check or exempt with a reason', () => {
    expect(operations.length).toBeGreaterThan(50);
    const uncovered = operations.filter((op) => {
      if (op.key in EXEMPT) return false;
      if (op.method === 'GET') return false; // a read: searched for A's data below
      return pathIdParams(op).length + queryIdParams(op).length + bodyIdFields(op).length === 0;
    });
    expect(
      uncovered.map((op) => op.key),
      'operations without an id: cover them here or list them in EXEMPT with a reason',
    ).toEqual([]);
    const stale = Object.keys(EXEMPT).filter((key) => !operations.some((op) => op.key === key));
    expect(stale, 'EXEMPT lists operations the API no longer has').toEqual([]);
    const covered = operations.filter((op) => pathIdParams(op).length > 0);
    for (const op of covered) {
      for (const p of pathIdParams(op))
        expect(pathKind(op.path, p.name), `${op.key}: which object is {${p.name}}? add it to PATH_KINDS`).toBeDefined();
    }
    for (const op of operations) {
      for (const p of queryIdParams(op))
        if (!(op.key in EXEMPT)) expect(FIELD_KINDS[p.name], `${op.key}: which object is ?${p.name}? add it to FIELD_KINDS`).toBeDefined();
      for (const f of bodyIdFields(op))
        expect(FIELD_KINDS[f], `${op.key}: which object is the body's ${f}? add it to FIELD_KINDS`).toBeDefined();
    }
  });
});

describe("tenant B's admin with tenant A's ids", () => {
  let before: Record<string, string>;
  beforeAll(async () => {
    before = await fingerprint(A.orgId);
  });

  it('gets 404 for every operation with an id of A in its path', async () => {
    const checked: string[] = [];
    for (const op of operations.filter((o) => pathIdParams(o).length && !(o.key in EXEMPT))) {
      const target = url(op, (p) => (p === 'slug' ? B.slug : A.ids[pathKind(op.path, p)!]), requiredQuery(op));
      const body = op.bodyType === 'application/json' ? { ...(sample(op.body, B.ids) as object), ...BODY_EXTRAS[op.key] } : undefined;
      const res = await call(op, target, body);
      expect(res.status, `${op.key} ${target}: ${res.text}`).toBe(404);
      expectNothingOfA(res.text, op.key);
      checked.push(op.key);
    }
    expect(checked.length).toBeGreaterThan(25);
  });

  it('gets 404 or nothing of A for every id of A in a query', async () => {
    const checked: string[] = [];
    for (const op of operations.filter((o) => queryIdParams(o).length && !(o.key in EXEMPT))) {
      for (const p of queryIdParams(op)) {
        const target = url(op, ownPath(op), { ...requiredQuery(op, p.name), [p.name]: A.ids[FIELD_KINDS[p.name]] });
        const res = await call(op, target);
        if (res.status !== 404) expect(res.status, `${op.key} ${target}: ${res.text}`).toBe(200);
        expectNothingOfA(res.text, `${op.key} ?${p.name}`);
        checked.push(`${op.key} ?${p.name}`);
      }
    }
    expect(checked.length).toBeGreaterThan(4);
  });

  it("is refused (404 or 422) for every id of A in a body, and B's data is unchanged", async () => {
    const checked: string[] = [];
    const volatile = ['audit_log', 'api_tokens', 'sessions', 'form_tokens_used'];
    for (const op of operations.filter((o) => bodyIdFields(o).length && !(o.key in EXEMPT))) {
      for (const field of bodyIdFields(op)) {
        const fieldSchema = resolve(op.body!.properties![field])!;
        const withId = (id: string) => ({
          ...(sample(op.body, B.ids) as object),
          ...BODY_EXTRAS[op.key],
          [field]: fieldSchema.items ? [id] : id,
        });
        const target = url(op, ownPath(op), requiredQuery(op));
        const foreign = A.ids[FIELD_KINDS[field]];
        const mine = await fingerprint(B.orgId, volatile);
        const res = await call(op, target, withId(foreign));
        expect([404, 422], `${op.key} with A's ${field}: ${res.status} ${res.text}`).toContain(res.status);
        // Exactly the answer for an id that does not exist (the id itself may be echoed back).
        const unknown = crypto.randomUUID();
        const control = await call(op, target, withId(unknown));
        expect(res.text.replaceAll(foreign, 'ID'), `${op.key} with A's ${field}`).toBe(control.text.replaceAll(unknown, 'ID'));
        expectNothingOfA(res.text.replaceAll(foreign, 'ID'), `${op.key} ${field}`);
        expect(await fingerprint(B.orgId, volatile), `${op.key} with A's ${field} wrote to B`).toEqual(mine);
        checked.push(`${op.key} ${field}`);
      }
    }
    expect(checked.length).toBeGreaterThan(4);
  });

  it('finds nothing of A in any read', async () => {
    const checked: string[] = [];
    for (const op of operations.filter((o) => o.method === 'GET' && !pathIdParams(o).length && !(o.key in EXEMPT))) {
      const target = url(op, ownPath(op), requiredQuery(op));
      const res = await call(op, target);
      expect(res.status, `${op.key}: ${res.text}`).toBe(200);
      expectNothingOfA(res.text, op.key);
      checked.push(op.key);
    }
    expect(checked).toContain('GET /api/v1/people');
    expect(checked.length).toBeGreaterThan(20);
  });

  it('changed nothing of A', async () => {
    expect(await fingerprint(A.orgId)).toEqual(before);
  });
});
