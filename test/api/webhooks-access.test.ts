/** Webhook endpoints: who may manage them, tenancy, the URL check and where the secret never shows. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitEvent } from '../../src/platform/events.ts';
import { orgWithAdmin, type Org } from '../factories.ts';
import { client, createTestEnv, makeUser, type TestEnv, type TestUser } from '../helpers.ts';

let env: TestEnv;
let mine: Org;
let other: Org;
let endpointId: string;
let deliveryId: string;
let secret: string;

beforeAll(async () => {
  env = await createTestEnv();
  mine = await orgWithAdmin(env);
  other = await orgWithAdmin(env);
  // Loopback is allowed in tests (EMBASSY_ALLOW_PRIVATE_URLS=1); nothing listens at port 9, which is fine here.
  const created = await client(env.app, mine.admin.token).post('/api/v1/webhooks/endpoints', {
    url: 'http://127.0.0.1:9/hook',
    description: 'Payroll',
    eventTypes: ['person.created', 'ambassador.joined'],
  });
  expect(created.status).toBe(201);
  endpointId = created.body.id;
  secret = created.body.secret;
  await emitEvent(env.ctx.db, env.clock.now(), mine.id, 'ambassador.joined', { personId: 'x', scope: 'internal' });
  [{ id: deliveryId }] = await env.ctx.db.query<{ id: string }>('select id from webhook_deliveries where endpoint_id = $1', [endpointId]);
  // A delivery that ended, so a replay would be allowed for its own organisation.
  await env.ctx.db.query(`update webhook_deliveries set status = 'failed' where id = $1`, [deliveryId]);
});
afterAll(() => env.close());

const operations = (id: string, delivery: string) =>
  [
    ['get', `/api/v1/webhooks/endpoints/${id}`],
    ['patch', `/api/v1/webhooks/endpoints/${id}`, { description: 'Mine now' }],
    ['delete', `/api/v1/webhooks/endpoints/${id}`],
    ['post', `/api/v1/webhooks/endpoints/${id}/rotate-secret`],
    ['post', `/api/v1/webhooks/endpoints/${id}/test`],
    ['get', `/api/v1/webhooks/endpoints/${id}/deliveries`],
    ['get', `/api/v1/webhooks/deliveries/${delivery}`],
    ['post', `/api/v1/webhooks/deliveries/${delivery}/replay`],
  ] as const;

async function call(user: TestUser, op: readonly [string, string, object?]) {
  const api = client(env.app, user.token) as unknown as Record<
    string,
    (url: string, body?: object) => Promise<{ status: number; body: any }>
  >;
  return op[0] === 'get' || op[0] === 'delete' ? api[op[0]](op[1]) : api[op[0]](op[1], op[2]);
}

describe('tenancy', () => {
  it("another organisation's admin gets 404 for every operation, exactly as for a missing id", async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const op of operations(endpointId, deliveryId)) {
      const res = await call(other.admin, op);
      expect(res.status, `${op[0]} ${op[1]}`).toBe(404);
      expect(res.body.code).toBe('not-found');
    }
    for (const op of operations(missing, missing)) expect((await call(other.admin, op)).status, `${op[0]} ${op[1]}`).toBe(404);
    expect((await client(env.app, other.admin.token).get('/api/v1/webhooks/endpoints')).body.items).toEqual([]);
    // Nothing changed.
    const [row] = await env.ctx.db.query<{ description: string }>('select description from webhook_endpoints where id = $1', [endpointId]);
    expect(row.description).toBe('Payroll');
  });
});

describe('roles', () => {
  it('only admins manage webhooks: everyone else gets 403', async () => {
    for (const role of ['coordinator', 'manager', 'employee'] as const) {
      const user = await makeUser(env.ctx, mine.id, role);
      const api = client(env.app, user.token);
      expect((await api.get('/api/v1/webhooks/endpoints')).status, role).toBe(403);
      expect((await api.get('/api/v1/webhooks/event-types')).status, role).toBe(403);
      expect((await api.post('/api/v1/webhooks/endpoints', { url: 'https://hr.example.be/x' })).status, role).toBe(403);
      for (const op of operations(endpointId, deliveryId)) expect((await call(user, op)).status, `${role} ${op[0]} ${op[1]}`).toBe(403);
    }
  });

  it('lists the event catalogue for admins', async () => {
    const res = await client(env.app, mine.admin.token).get('/api/v1/webhooks/event-types');
    expect(res.body.items.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(['person.created', 'person.left', 'ambassador.joined', 'survey.completed', 'task.completed']),
    );
    for (const e of res.body.items) expect(e.description.length).toBeGreaterThan(10);
  });

  it('refuses an unknown event type and unknown fields', async () => {
    const api = client(env.app, mine.admin.token);
    expect((await api.post('/api/v1/webhooks/endpoints', { url: 'https://hr.example.be/x', eventTypes: ['person.eaten'] })).status).toBe(
      400,
    );
    expect((await api.post('/api/v1/webhooks/endpoints', { url: 'https://hr.example.be/x', secret: 'mine' })).status).toBe(400);
  });
});

describe('the secret', () => {
  it('is shown once: never in a GET answer, the audit log or the database in clear', async () => {
    const api = client(env.app, mine.admin.token);
    const key = secret.slice('whsec_'.length);
    expect((await api.get('/api/v1/webhooks/endpoints')).text).not.toContain(key);
    expect((await api.get(`/api/v1/webhooks/endpoints/${endpointId}`)).text).not.toContain(key);
    const rotated = await api.post(`/api/v1/webhooks/endpoints/${endpointId}/rotate-secret`);
    const newKey = rotated.body.secret.slice('whsec_'.length);
    const audit = await env.ctx.db.query<{ row: string }>(`select a::text as row from audit_log a where org_id = $1`, [mine.id]);
    expect(audit.map((a) => a.row).join('\n')).toContain('webhooks.rotate_secret');
    for (const a of audit) {
      expect(a.row).not.toContain(key);
      expect(a.row).not.toContain(newKey);
    }
    const auditApi = await api.get('/api/v1/audit-log?action=webhooks.');
    expect(auditApi.body.items.length).toBeGreaterThanOrEqual(2);
    expect(auditApi.text).not.toContain(key);
    const [row] = await env.ctx.db.query<{ row: string }>('select e::text as row from webhook_endpoints e where id = $1', [endpointId]);
    expect(row.row).not.toContain(key);
    expect(row.row).not.toContain(newKey);
  });
});

describe('the URL', () => {
  it('reaches the audit log only as a hint (host and last four characters): the path may hold a secret', async () => {
    const api = client(env.app, mine.admin.token);
    const zap = 'http://127.0.0.1:9/hooks/catch/4711/Zq8sEcReTtOkEnWxYz';
    const created = await api.post('/api/v1/webhooks/endpoints', { url: zap, description: 'Zapier', eventTypes: [] });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect((await api.get(`/api/v1/webhooks/endpoints/${id}`)).body.url).toBe(zap);
    const moved = 'http://127.0.0.1:9/hooks/catch/4711/MoVeDsEcReTqRs?token=Tk9x';
    expect((await api.patch(`/api/v1/webhooks/endpoints/${id}`, { url: moved })).status).toBe(200);
    expect((await api.delete(`/api/v1/webhooks/endpoints/${id}`)).status).toBe(204);
    const rows = await env.ctx.db.query<{ action: string; details: { url?: string } }>(
      `select action, details from audit_log where org_id = $1 and target_id = $2 order by id`,
      [mine.id, id],
    );
    expect(rows.map((r) => [r.action, r.details.url])).toEqual([
      ['webhooks.create', '127.0.0.1:9 …WxYz'],
      ['webhooks.update', '127.0.0.1:9 …Tk9x'],
      ['webhooks.delete', '127.0.0.1:9 …Tk9x'],
    ]);
    const auditApi = await api.get('/api/v1/audit-log?action=webhooks.');
    for (const text of [JSON.stringify(rows), auditApi.text]) {
      expect(text).not.toContain('sEcReTtOkEn');
      expect(text).not.toContain('MoVeDsEcReT');
    }
  });
});

describe('the URL check', () => {
  let strict: TestEnv;
  let admin: TestUser;
  beforeAll(async () => {
    strict = await createTestEnv({ config: { allowPrivateUrls: false } });
    const org = await orgWithAdmin(strict);
    admin = org.admin;
  });
  afterAll(() => strict.close());

  it('refuses private, loopback, non-https and credentialed URLs unless the configuration allows them, naming the reason', async () => {
    const api = client(strict.app, admin.token);
    const cases: [string, string][] = [
      ['http://hr.example.be/hook', 'scheme'],
      ['ftp://hr.example.be/hook', 'scheme'],
      ['https://127.0.0.1/hook', 'private-address'],
      ['https://10.1.2.3/hook', 'private-address'],
      ['https://192.168.1.10/hook', 'private-address'],
      ['https://[::1]/hook', 'private-address'],
      ['https://169.254.169.254/latest/meta-data', 'private-address'],
      ['https://localhost/hook', 'private-address'],
      ['https://user:pw@hr.example.be/hook', 'credentials'],
    ];
    for (const [url, reason] of cases) {
      const res = await api.post('/api/v1/webhooks/endpoints', { url });
      expect(res.status, url).toBe(422);
      expect(res.body, url).toMatchObject({ code: 'webhook-url-refused', params: { reason } });
      expect(res.body.errors[0]).toMatchObject({ path: 'body.url', code: 'webhook-url-refused' });
    }
    expect((await api.get('/api/v1/webhooks/endpoints')).body.items).toEqual([]);
    // A public address is accepted.
    const ok = await api.post('/api/v1/webhooks/endpoints', { url: 'https://93.184.215.14/hook' });
    expect(ok.status).toBe(201);
    // And changing it to a private one is refused as well.
    const moved = await api.patch(`/api/v1/webhooks/endpoints/${ok.body.id}`, { url: 'https://127.0.0.1/hook' });
    expect(moved.body).toMatchObject({ code: 'webhook-url-refused', params: { reason: 'private-address' } });
  });
});
