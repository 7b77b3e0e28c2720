/**
 * Webhooks end to end: endpoints through the API, events from the real services, the worker's
 * sender, and a receiver on loopback that checks every request with the Standard Webhooks
 * reference library.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { emitSurveysClosedByDate } from '../../src/modules/surveys/completed.ts';
import { ambassador, orgWithAdmin, story } from '../factories.ts';
import { inviteDirect, surveyFromTemplate } from '../factories-surveys.ts';
import { client, importPeople, makeOrg, makeUser, type TestEnv } from '../helpers.ts';
import type { Receiver } from '../webhook-receiver.ts';
import { webhookSuite } from '../webhooks-setup.ts';

const suite = webhookSuite();
const { endpoint, drain, joined } = suite;
let env: TestEnv, rx: Receiver;
beforeAll(() => void ({ env, rx } = suite));

const unixNow = () => String(Math.floor(env.clock.now().getTime() / 1000));

describe('events arrive signed per Standard Webhooks', () => {
  it('sends every wired event, each verified by the reference library, with ids and aggregates only', async () => {
    const org = await orgWithAdmin(env);
    const hook = await endpoint(org);
    const api = client(env.app, org.admin.token);

    const ids = await importPeople(env.app, org.admin.token, [{ number: 'W1', first: 'Wout', last: 'Webber', email: 'wout@example.be' }]);
    const amb = await ambassador(env, org, { scope: 'external' });
    const storyId = await story(env, amb);
    expect((await api.post(`/api/v1/stories/${storyId}/hide`, { reason: 'Bevat vertrouwelijke klantgegevens.' })).status).toBe(200);
    expect((await client(env.app, amb.user.token).delete('/api/v1/me/ambassador')).status).toBe(204);
    const [task] = await env.ctx.db.query<{ id: string }>(
      `insert into tasks (org_id, person_id, owner_person_id, title, created_at) values ($1, $2, $3, '{"en": "Welcome Wout"}', now()) returning id`,
      [org.id, ids.W1, amb.personId],
    );
    expect((await api.patch(`/api/v1/tasks/${task.id}`, { completed: true })).status).toBe(204);
    // Completing it again is no new event.
    expect((await api.patch(`/api/v1/tasks/${task.id}`, { completed: true })).status).toBe(204);
    const survey = await surveyFromTemplate(env, org.id, 'pulse');
    await inviteDirect(env, org.id, survey.id, [{}, {}, {}]);
    expect((await api.post(`/api/v1/surveys/${survey.id}/close`)).status).toBe(200);

    await drain();
    const got = rx.at(hook.path);
    for (const r of got) {
      expect(r.verifiedWith).toEqual([hook.secret]);
      expect(r.headers['webhook-id']).toMatch(/^msg_[0-9a-f-]{36}$/);
      expect(r.headers['webhook-timestamp']).toBe(unixNow());
      expect(r.headers['content-type']).toMatch(/^application\/json/);
    }
    const byType = (t: string) => got.filter((r) => r.payload.type === t).map((r) => r.payload.data);
    expect(byType('person.created')).toContainEqual(expect.objectContaining({ id: ids.W1, employeeNumber: 'W1', firstName: 'Wout' }));
    expect(byType('ambassador.joined')).toEqual([{ personId: amb.personId, scope: 'external' }]);
    expect(byType('story.published')).toEqual([{ storyId, authorPersonId: amb.personId, visibility: 'external' }]);
    expect(byType('story.hidden')).toEqual([{ storyId, authorPersonId: amb.personId }]);
    expect(byType('ambassador.left')).toEqual([{ personId: amb.personId, scope: 'external' }]);
    expect(byType('task.completed')).toEqual([{ taskId: task.id, personId: ids.W1, ownerPersonId: amb.personId }]);
    // Three invited, none answered: below the reporting minimum, so no count.
    expect(byType('survey.completed')).toEqual([{ surveyId: survey.id, kind: 'pulse', invited: 3, responses: null }]);
    for (const r of got) expect(new Date(r.payload.timestamp).getTime()).toBe(env.clock.now().getTime());
    // Each message once, under its own id.
    expect(new Set(got.map((r) => r.headers['webhook-id'])).size).toBe(got.length);
  });

  it("question.asked carries the question and the ambassador, never the asker's name or address", async () => {
    const org = await makeOrg(env.ctx, 'webhook-questions', 'Vraag NV');
    const o = { id: org.id, admin: await makeUser(env.ctx, org.id, 'admin') };
    const hook = await endpoint(o, ['question.asked']);
    const amb = await ambassador(env, o, { scope: 'external' });
    const [pub] = await env.ctx.db.query<{ id: string }>('select id from public_ambassadors where person_id = $1', [amb.personId]);
    const anon = client(env.app);
    const formToken = (await anon.get('/api/v1/public/orgs/webhook-questions/form-token')).body.formToken;
    env.clock.advance(10_000);
    const asked = await anon.post('/api/v1/public/orgs/webhook-questions/questions', {
      ambassadorId: pub.id,
      name: 'Carla Candidate',
      email: 'carla@example.org',
      question: 'Hoe is de sfeer?',
      formToken,
    });
    expect(asked.status, asked.text).toBeLessThan(300);
    await drain();
    const [r] = rx.at(hook.path);
    expect(r.verifiedWith).toEqual([hook.secret]);
    expect(r.payload.data).toEqual({ questionId: expect.stringMatching(/^[0-9a-f-]{36}$/), ambassadorPersonId: amb.personId });
    expect(r.body).not.toContain('carla');
    expect(r.body).not.toContain('Carla');
  });

  it('survey.completed when the closing time passes: once, totals only, the count from the reporting minimum', async () => {
    const org = await orgWithAdmin(env);
    const hook = await endpoint(org, ['survey.completed']);
    const closesAt = new Date(env.clock.now().getTime() + 3600_000).toISOString();
    const survey = await surveyFromTemplate(env, org.id, 'pulse', { closesAt });
    const [{ min_group: min }] = await env.ctx.db.query<{ min_group: number }>('select min_group from surveys where id = $1', [survey.id]);
    await inviteDirect(
      env,
      org.id,
      survey.id,
      Array.from({ length: min + 2 }, () => ({})),
    );
    await env.ctx.db.query(
      `update survey_invitations set answered_on = '2026-11-26' where id in (select id from survey_invitations where survey_id = $1 limit $2)`,
      [survey.id, min],
    );
    expect(await emitSurveysClosedByDate(env.ctx)).toBe(0); // still open
    env.clock.advance(3600_000);
    expect(await emitSurveysClosedByDate(env.ctx)).toBe(1);
    expect(await emitSurveysClosedByDate(env.ctx)).toBe(0);
    // HR closing it afterwards reports nothing more.
    expect((await client(env.app, org.admin.token).post(`/api/v1/surveys/${survey.id}/close`)).status).toBe(200);
    await drain();
    const got = rx.at(hook.path);
    expect(got.map((r) => r.payload.data)).toEqual([{ surveyId: survey.id, kind: 'pulse', invited: min + 2, responses: min }]);
    expect(got[0].verifiedWith).toEqual([hook.secret]);
  });

  it('an endpoint gets only the event types it chose', async () => {
    const org = await orgWithAdmin(env);
    const only = await endpoint(org, ['story.published']);
    const amb = await ambassador(env, org);
    await story(env, amb);
    await drain();
    expect(rx.at(only.path).map((r) => r.payload.type)).toEqual(['story.published']);
  });
});

describe('retries, the delivery log and replay', () => {
  it('retries a 500 on the back-off schedule with the same webhook-id, logs every attempt, then delivers', async () => {
    const org = await orgWithAdmin(env);
    const hook = await endpoint(org, ['ambassador.joined']);
    rx.status.set(hook.path, 500);
    await ambassador(env, org);
    expect(await drain()).toBe(1);
    expect(await drain()).toBe(0); // not due again yet
    env.clock.advance(4_000);
    expect(await drain()).toBe(0);
    env.clock.advance(1_000); // 5 s after the first attempt
    expect(await drain()).toBe(1);
    env.clock.advance(299_000);
    expect(await drain()).toBe(0);
    rx.status.set(hook.path, 200);
    env.clock.advance(1_000); // 5 min after the second
    expect(await drain()).toBe(1);

    const got = rx.at(hook.path);
    expect(got).toHaveLength(3);
    expect(new Set(got.map((r) => r.headers['webhook-id'])).size).toBe(1);
    expect(new Set(got.map((r) => r.headers['webhook-timestamp'])).size).toBe(3);
    for (const r of got) expect(r.verifiedWith).toEqual([hook.secret]);

    const api = client(env.app, org.admin.token);
    const log = await api.get(`/api/v1/webhooks/endpoints/${hook.id}/deliveries`);
    expect(log.body.items).toHaveLength(1);
    expect(log.body.items[0]).toMatchObject({ status: 'delivered', attempts: 3, lastStatus: 200, eventType: 'ambassador.joined' });
    expect(log.body.items[0].webhookId).toBe(got[0].headers['webhook-id']);
    const detail = await api.get(`/api/v1/webhooks/deliveries/${log.body.items[0].id}`);
    expect(detail.body.attemptLog.map((a: { status: number }) => a.status)).toEqual([500, 500, 200]);
    expect(detail.body.attemptLog[0]).toMatchObject({ error: 'HTTP 500', responseExcerpt: 'no: 500' });
    expect(detail.body.payload).toEqual(got[2].payload);
    expect((await api.get(`/api/v1/webhooks/endpoints/${hook.id}/deliveries?status=failed`)).body.items).toEqual([]);
    expect((await api.get(`/api/v1/webhooks/endpoints/${hook.id}`)).body).toMatchObject({ failureStreak: 0, failingSince: null });

    // Replay: the same webhook-id, a new timestamp, a fourth attempt in the log.
    env.clock.advance(60_000);
    const replayed = await api.post(`/api/v1/webhooks/deliveries/${log.body.items[0].id}/replay`);
    expect(replayed.status).toBe(200);
    expect(replayed.body).toMatchObject({ status: 'delivered', attempts: 4 });
    expect(replayed.body.attemptLog).toHaveLength(4);
    const again = rx.at(hook.path)[3];
    expect(again.headers['webhook-id']).toBe(got[0].headers['webhook-id']);
    expect(again.headers['webhook-timestamp']).toBe(unixNow());
    expect(again.verifiedWith).toEqual([hook.secret]);
  });

  it('pages the log newest first and refuses a made-up cursor', async () => {
    const org = await orgWithAdmin(env);
    const hook = await endpoint(org, ['ambassador.joined']);
    await joined(org, 5);
    const api = client(env.app, org.admin.token);
    const first = await api.get(`/api/v1/webhooks/endpoints/${hook.id}/deliveries?limit=3&status=pending`);
    expect(first.body.items).toHaveLength(3);
    const second = await api.get(`/api/v1/webhooks/endpoints/${hook.id}/deliveries?limit=3&status=pending&cursor=${first.body.nextCursor}`);
    expect(second.body.items).toHaveLength(2);
    expect(second.body.nextCursor).toBeNull();
    expect(new Set([...first.body.items, ...second.body.items].map((d: { id: string }) => d.id)).size).toBe(5);
    // A pending delivery is not replayed: the sender has it.
    expect((await api.post(`/api/v1/webhooks/deliveries/${first.body.items[0].id}/replay`)).body.code).toBe('webhook-delivery-pending');
    const bad = await api.get(`/api/v1/webhooks/endpoints/${hook.id}/deliveries?cursor=bm9wZQ`);
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('invalid-cursor');
    await drain();
  });

  it('sends a test ping now and answers how it went', async () => {
    const org = await orgWithAdmin(env);
    const hook = await endpoint(org);
    const res = await client(env.app, org.admin.token).post(`/api/v1/webhooks/endpoints/${hook.id}/test`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ eventType: 'webhook.test', status: 'delivered', attempts: 1, lastStatus: 200 });
    const [r] = rx.at(hook.path);
    expect(r.payload).toEqual({ type: 'webhook.test', timestamp: env.clock.now().toISOString(), data: { endpointId: hook.id } });
    expect(r.verifiedWith).toEqual([hook.secret]);
    // A ping that fails is logged as failed and not retried.
    rx.status.set(hook.path, 503);
    const failed = await client(env.app, org.admin.token).post(`/api/v1/webhooks/endpoints/${hook.id}/test`);
    expect(failed.body).toMatchObject({ status: 'failed', lastStatus: 503, lastError: 'HTTP 503' });
    env.clock.advance(3600_000);
    expect(await drain()).toBe(0);
  });
});

describe('secret rotation', () => {
  it('signs with both secrets for 24 hours, then with the new one alone', async () => {
    const org = await orgWithAdmin(env);
    const hook = await endpoint(org);
    const api = client(env.app, org.admin.token);
    const rotated = await api.post(`/api/v1/webhooks/endpoints/${hook.id}/rotate-secret`);
    expect(rotated.status).toBe(200);
    const fresh = rotated.body.secret as string;
    expect(fresh).toMatch(/^whsec_/);
    expect(fresh).not.toBe(hook.secret);
    expect(rotated.body.previousSecretExpiresAt).toBe(new Date(env.clock.now().getTime() + 24 * 3600_000).toISOString());
    rx.secrets.set(hook.path, [hook.secret, fresh]);

    await api.post(`/api/v1/webhooks/endpoints/${hook.id}/test`);
    const during = rx.at(hook.path)[0];
    expect(during.headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(during.verifiedWith).toEqual([hook.secret, fresh]);

    env.clock.advance(24 * 3600_000 + 1000);
    await api.post(`/api/v1/webhooks/endpoints/${hook.id}/test`);
    const after = rx.at(hook.path)[1];
    expect(after.headers['webhook-signature'].split(' ')).toHaveLength(1);
    expect(after.verifiedWith).toEqual([fresh]);
    expect((await api.get(`/api/v1/webhooks/endpoints/${hook.id}`)).body.previousSecretExpiresAt).toBeNull();
  });
});
