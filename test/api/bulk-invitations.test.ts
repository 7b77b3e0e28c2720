/**
 * Bulk invitations: the preview counts the segment's people who would be invited; a batch invites
 * each of them once, in their own language, in chunks whose progress shows; a second batch invites
 * nobody twice; single sign-on required refuses it; admins of the batch's organisation only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processInvitationBatches } from '../../src/modules/accounts/bulk-invitations.service.ts';
import { client, createTestEnv, lastMailTo, makeOrg, makeUser, type TestEnv, type TestUser } from '../helpers.ts';

let env: TestEnv;
let orgId: string;
let admin: TestUser;
let other: TestUser;

const HEADER = 'employee_number;first_name;last_name;work_email;language;department;site;region;start_date;end_date';
const ROWS = [
  'A1;Anke;Aerts;anke@acme.be;nl;Sales;Gent;flanders;2020-01-06;',
  'A2;Benoît;Bastin;benoit@acme.be;fr;Sales;Namur;wallonia;2020-01-06;',
  'A3;Chris;Carter;chris@acme.be;en;Sales;Brussel;brussels;2020-01-06;',
  'A4;Dirk;Dams;dirk@acme.be;nl;Sales;Gent;flanders;2020-01-06;',
  'A5;Els;Engels;els@acme.be;nl;Sales;Gent;flanders;2020-01-06;',
  'A6;Fien;Fransen;fien@acme.be;nl;Sales;Gent;flanders;2020-01-06;2026-06-30',
  'A7;Geert;Goossens;;nl;Sales;Gent;flanders;2020-01-06;',
  'A8;Hugo;Hermans;hugo@acme.be;nl;IT;Gent;flanders;2020-01-06;',
  'A9;Inès;Istace;ines@acme.be;;Sales;Namur;wallonia;2020-01-06;',
];

const as = (u: TestUser) => client(env.app, u.token);
const importRows = async (rows: string[]) => {
  const res = await as(admin).post('/api/v1/people/import', [HEADER, ...rows].join('\n'), { 'content-type': 'text/csv' });
  expect(res.status, res.text).toBe(200);
};
const mailsTo = async (to: string) =>
  (await env.ctx.db.query<{ n: number }>('select count(*)::int as n from mail_outbox where to_address = $1', [to]))[0].n;
const invitationsOf = async (email: string) =>
  (await env.ctx.db.query<{ n: number }>('select count(*)::int as n from invitations where org_id = $1 and email = $2', [orgId, email]))[0]
    .n;

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-12-01T09:00:00Z' });
  orgId = (await makeOrg(env.ctx, 'bulk-acme', 'Acme')).id;
  admin = await makeUser(env.ctx, orgId, 'admin');
  other = await makeUser(env.ctx, (await makeOrg(env.ctx)).id, 'admin');
  await importRows(ROWS);
  // Dirk has an account already; Els has an open invitation of her own.
  await makeUser(env.ctx, orgId, 'employee', { email: 'dirk@acme.be' });
  expect((await as(admin).post('/api/v1/invitations', { email: 'els@acme.be', role: 'employee' })).status).toBe(201);
});
afterAll(() => env.close());

describe('the preview', () => {
  it('counts people of the segment with a work email who have not left, without an account or open invitation', async () => {
    const preview = async (segment: object) => (await as(admin).post('/api/v1/invitations/bulk/preview', { segment })).body;
    // Sales: Anke, Benoît, Chris, Inès; not Dirk (account), Els (invited), Fien (left), Geert (no address).
    expect(await preview({ departments: ['Sales'] })).toEqual({ count: 4, inSegment: 6 });
    expect(await preview({})).toEqual({ count: 5, inSegment: 7 });
    expect(await preview({ regions: ['wallonia'] })).toEqual({ count: 2, inSegment: 2 });
    expect(await preview({ languages: ['fr', 'en'] })).toEqual({ count: 2, inSegment: 2 });
    const gent = (await as(admin).get('/api/v1/sites')).body.items.find((s: any) => s.name === 'Gent').id;
    expect(await preview({ siteIds: [gent], departments: ['Sales', 'IT'] })).toEqual({ count: 2, inSegment: 4 });
    expect(await preview({ departments: [], regions: [] })).toEqual({ count: 5, inSegment: 7 });
  });
});

describe('a batch', () => {
  let id: string;
  const get = async () => (await as(admin).get(`/api/v1/invitations/bulk/${id}`)).body;

  it('starts in the background and shows its progress chunk by chunk', async () => {
    const res = await as(admin).post('/api/v1/invitations/bulk', { segment: { departments: ['Sales'] }, role: 'employee' });
    expect(res.status, res.text).toBe(202);
    id = res.body.id;
    expect(await get()).toMatchObject({ status: 'running', total: 6, invited: 0, skipped: 2, role: 'employee', finishedAt: null });
    expect(await mailsTo('anke@acme.be')).toBe(0);

    // One chunk of three (the worker's pass stopped there, or crashed after it): progress moved.
    expect(await processInvitationBatches(env.ctx, { chunk: 3, maxChunks: 1 })).toBe(3);
    expect(await get()).toMatchObject({ status: 'running', invited: 3, skipped: 2 });
    // The next pass carries on where it stopped.
    expect(await processInvitationBatches(env.ctx, { chunk: 3 })).toBe(1);
    const done = await get();
    expect(done).toMatchObject({ status: 'done', total: 6, invited: 4, skipped: 2, segment: { departments: ['Sales'] } });
    expect(done.finishedAt).toBe(env.clock.now().toISOString());
    expect(await processInvitationBatches(env.ctx)).toBe(0);
    expect((await as(admin).get('/api/v1/invitations/bulk')).body.items[0]).toEqual(done);
  });

  it("invites each person in their own language (else the organisation's) with a link that works", async () => {
    const expected: [string, RegExp][] = [
      ['anke@acme.be', /^Uitnodiging voor Embassy bij Acme$/],
      ['benoit@acme.be', /^Invitation à Embassy chez Acme$/],
      ['chris@acme.be', /^Your invitation to Embassy at Acme$/],
      ['ines@acme.be', /^Uitnodiging voor Embassy bij Acme$/], // no language of her own: the organisation's (nl)
    ];
    for (const [to, subject] of expected) {
      expect(await mailsTo(to), to).toBe(1);
      const mail = await lastMailTo(env.ctx, to);
      expect(mail.kind).toBe('invitation');
      expect(mail.subject).toMatch(subject);
      const token = /\/invitation#token=([\w-]+)/.exec(mail.text_body)![1];
      const page = await client(env.app).get(`/api/v1/auth/invitations/${token}`);
      expect(page.status, to).toBe(200);
      expect(page.body).toMatchObject({ email: to, role: 'employee' });
    }
    const rows = await env.ctx.db.query<{ email: string; person: string; role: string }>(
      `select i.email, p.employee_number as person, i.role from invitations i join people p on p.id = i.person_id
        where i.batch_id = $1 order by 2`,
      [id],
    );
    expect(rows).toEqual([
      { email: 'anke@acme.be', person: 'A1', role: 'employee' },
      { email: 'benoit@acme.be', person: 'A2', role: 'employee' },
      { email: 'chris@acme.be', person: 'A3', role: 'employee' },
      { email: 'ines@acme.be', person: 'A9', role: 'employee' },
    ]);
    // Those with an account, an invitation of their own, who left or are outside the segment got nothing.
    expect(await mailsTo('dirk@acme.be')).toBe(0);
    expect(await mailsTo('els@acme.be')).toBe(1);
    expect(await mailsTo('fien@acme.be')).toBe(0);
    expect(await mailsTo('hugo@acme.be')).toBe(0);
  });

  it('is audited', async () => {
    const entries = await env.ctx.db.query<{ action: string; actor_label: string; details: any }>(
      `select action, actor_label, details from audit_log where org_id = $1 and target_id = $2 order by id`,
      [orgId, id],
    );
    expect(entries.map((e) => e.action)).toEqual(['users.bulk_invite', 'users.bulk_invite_chunk', 'users.bulk_invite_done']);
    // The chunks are written by the worker, on behalf of the admin who started the batch.
    expect(entries[0].actor_label).toContain(admin.email);
    expect(entries.slice(1).map((e) => e.actor_label)).toEqual([`${admin.email} (bulk invitation)`, `${admin.email} (bulk invitation)`]);
    expect(entries[0].details).toMatchObject({ role: 'employee', count: 4 });
    expect(entries[1].details.emails).toHaveLength(3);
  });

  it('run twice, or two at once, invite nobody twice', async () => {
    expect((await as(admin).post('/api/v1/invitations/bulk/preview', { segment: { departments: ['Sales'] } })).body.count).toBe(0);
    const again = (await as(admin).post('/api/v1/invitations/bulk', { segment: { departments: ['Sales'] } })).body.id;
    await processInvitationBatches(env.ctx);
    expect((await as(admin).get(`/api/v1/invitations/bulk/${again}`)).body).toMatchObject({ status: 'done', invited: 0, skipped: 6 });

    // Newcomers, then two batches over them and two workers at once.
    await importRows([
      ...ROWS,
      'B1;Bart;Bos;bart@acme.be;nl;Sales;Gent;flanders;2026-11-02;',
      'B2;Bo;Baert;bo@acme.be;fr;Sales;Gent;flanders;2026-11-02;',
    ]);
    const [x, y] = await Promise.all([
      as(admin).post('/api/v1/invitations/bulk', { segment: { departments: ['Sales'] } }),
      as(admin).post('/api/v1/invitations/bulk', { segment: {} }),
    ]);
    await Promise.all([processInvitationBatches(env.ctx, { chunk: 1 }), processInvitationBatches(env.ctx, { chunk: 1 })]);
    for (const email of ['anke@acme.be', 'benoit@acme.be', 'bart@acme.be', 'bo@acme.be', 'hugo@acme.be', 'els@acme.be'])
      expect(await invitationsOf(email), email).toBe(1);
    expect(await mailsTo('bart@acme.be')).toBe(1);
    const bx = (await as(admin).get(`/api/v1/invitations/bulk/${x.body.id}`)).body;
    const by = (await as(admin).get(`/api/v1/invitations/bulk/${y.body.id}`)).body;
    expect([bx.status, by.status]).toEqual(['done', 'done']);
    // Bart, Bo (Sales) and Hugo (IT), each by one of the two batches.
    expect(bx.invited + by.invited).toBe(3);
    expect(bx.invited + bx.skipped).toBe(bx.total);
    expect(by.invited + by.skipped).toBe(by.total);
  });
});

describe('a chunk that fails midway', () => {
  it('writes nothing of it, and the next pass writes it whole', async () => {
    const org = (await makeOrg(env.ctx)).id;
    const hr = await makeUser(env.ctx, org, 'admin');
    const api = client(env.app, hr.token);
    const csv = [
      HEADER,
      'C1;Cas;Claes;cas@crash.be;nl;Sales;Gent;flanders;2020-01-06;',
      'C2;Cato;Cools;cato@crash.be;fr;Sales;Gent;flanders;2020-01-06;',
    ].join('\n');
    expect((await api.post('/api/v1/people/import', csv, { 'content-type': 'text/csv' })).status).toBe(200);
    // The database refuses Cato's invitation once (a sequence does not roll back, so only the first try fails).
    await env.ctx.db.query(`create sequence crash_once`);
    await env.ctx.db.query(`create function crash_once() returns trigger language plpgsql as $$
      begin
        if new.email = 'cato@crash.be' and nextval('crash_once') = 1 then raise exception 'simulated crash'; end if;
        return new;
      end $$`);
    await env.ctx.db.query(`create trigger crash_once before insert on invitations for each row execute function crash_once()`);
    try {
      const id = (await api.post('/api/v1/invitations/bulk', { segment: {} })).body.id;
      expect(await processInvitationBatches(env.ctx)).toBe(0);
      expect((await api.get(`/api/v1/invitations/bulk/${id}`)).body).toMatchObject({ status: 'running', invited: 0 });
      expect([await mailsTo('cas@crash.be'), await mailsTo('cato@crash.be')]).toEqual([0, 0]);
      expect(await processInvitationBatches(env.ctx)).toBe(2);
      expect((await api.get(`/api/v1/invitations/bulk/${id}`)).body).toMatchObject({ status: 'done', invited: 2, skipped: 0 });
      expect([await mailsTo('cas@crash.be'), await mailsTo('cato@crash.be')]).toEqual([1, 1]);
    } finally {
      await env.ctx.db.query(`drop trigger crash_once on invitations`);
    }
  });
});

describe('single sign-on required', () => {
  it('refuses a batch, and stops one that was running', async () => {
    const org = (await makeOrg(env.ctx)).id;
    const hr = await makeUser(env.ctx, org, 'admin');
    const api = client(env.app, hr.token);
    const csv = [HEADER, 'S1;Sam;Smet;sam@sso.be;nl;Sales;Gent;flanders;2020-01-06;'].join('\n');
    expect((await api.post('/api/v1/people/import', csv, { 'content-type': 'text/csv' })).status).toBe(200);
    const running = (await api.post('/api/v1/invitations/bulk', { segment: {} })).body.id;
    await env.ctx.db.query(
      `insert into sso_configs (org_id, preset, issuer, client_id, client_secret_sealed, enabled, required, created_at, updated_at)
       values ($1, 'generic', 'https://idp.example.be', 'embassy', 'sealed', true, true, $2, $2)`,
      [org, env.clock.now()],
    );
    const res = await api.post('/api/v1/invitations/bulk', { segment: {} });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('bulk-invitations-sso-required');
    await processInvitationBatches(env.ctx);
    expect((await api.get(`/api/v1/invitations/bulk/${running}`)).body).toMatchObject({ status: 'failed', invited: 0 });
    expect(await mailsTo('sam@sso.be')).toBe(0);
    expect((await api.get('/api/v1/invitations/bulk')).body.items).toHaveLength(1);
  });
});

describe('who may', () => {
  let batch: string;
  beforeAll(async () => {
    batch = (await as(admin).get('/api/v1/invitations/bulk')).body.items[0].id;
  });

  it('only admins', async () => {
    for (const role of ['coordinator', 'manager', 'employee'] as const) {
      const u = await makeUser(env.ctx, orgId, role);
      expect((await as(u).post('/api/v1/invitations/bulk/preview', { segment: {} })).status).toBe(403);
      expect((await as(u).post('/api/v1/invitations/bulk', { segment: {} })).status).toBe(403);
      expect((await as(u).get('/api/v1/invitations/bulk')).status).toBe(403);
      expect((await as(u).get(`/api/v1/invitations/bulk/${batch}`)).status).toBe(403);
    }
  });

  it('never as an admin', async () => {
    const res = await as(admin).post('/api/v1/invitations/bulk', { segment: {}, role: 'admin' });
    expect(res.status).toBe(400);
  });

  it("another organisation's admin finds nothing and cannot use this organisation's sites", async () => {
    const them = client(env.app, other.token);
    const res = await them.get(`/api/v1/invitations/bulk/${batch}`);
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('not-found');
    expect((await them.get('/api/v1/invitations/bulk')).body.items).toEqual([]);
    const gent = (await as(admin).get('/api/v1/sites')).body.items[0].id;
    for (const path of ['/api/v1/invitations/bulk/preview', '/api/v1/invitations/bulk']) {
      const refused = await them.post(path, { segment: { siteIds: [gent] } });
      expect(refused.status, path).toBe(422);
      expect(refused.body.code).toBe('unknown-reference');
    }
    expect((await them.get('/api/v1/invitations/bulk')).body.items).toEqual([]);
  });
});
