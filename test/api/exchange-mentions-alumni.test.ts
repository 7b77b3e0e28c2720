/**
 * Mentions and alumni (security review, should-fix 1): a former colleague who stays on as an alumnus
 * reads the alumni topic only, so they can be mentioned there only, and the mail goes to their alumni
 * address, never the old work address. Elsewhere the mention is refused, naming `mentions`, and
 * nothing is written or mailed. Someone who left without staying on is nobody in the community.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createTestEnv, type TestEnv } from '../helpers.ts';
import { ambassador, orgWithAdmin, type Org, type Person } from '../factories.ts';

let env: TestEnv;
let org: Org;
let writer: Person;
let stays: Person;
let notYet: Person;
let left: Person;
let alumniTopic: string;
let hrTopic: string;

const as = (p: Person) => client(env.app, p.user.token);
const mentionMails = (address: string) =>
  env.ctx.db.query<{ text_body: string }>(`select text_body from mail_outbox where to_address = $1 and kind = 'community-mention'`, [
    address,
  ]);

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-12-14T09:00:00Z' });
  org = await orgWithAdmin(env);
  writer = await ambassador(env, org);
  stays = await ambassador(env, org);
  notYet = await ambassador(env, org);
  left = await ambassador(env, org);
  const db = env.ctx.db;
  for (const [p, email] of [
    [stays, 'stays@home.example'],
    [notYet, 'notyet@home.example'],
  ] as const) {
    await db.query(`insert into alumni_ambassadors (org_id, person_id, email, chosen_at) values ($1, $2, $3, '2026-11-01')`, [
      org.id,
      p.personId,
      email,
    ]);
    await db.query(`insert into users (org_id, email, role, person_id) values ($1, $2, 'alumni', $3)`, [org.id, email, p.personId]);
  }
  // Monday 14 December: Sunday's end dates have passed; notYet leaves at the end of the month.
  await db.query(`update people set end_date = '2026-12-13' where id = any($1::uuid[])`, [[stays.personId, left.personId]]);
  await db.query(`update people set end_date = '2026-12-31' where id = $1`, [notYet.personId]);
  const topics = (await as(writer).get('/api/v1/community/topics')).body.items as { id: string; key: string }[];
  alumniTopic = topics.find((t) => t.key === 'alumni')!.id;
  hrTopic = topics.find((t) => t.key !== 'alumni')!.id;
});
afterAll(() => env.close());

describe('mentioning an alumnus', () => {
  it('is refused outside the alumni topic, naming mentions, and writes and mails nothing', async () => {
    for (const topicId of [hrTopic, null]) {
      const res = await as(writer).post('/api/v1/community/posts', {
        body: `Internal plans @Stays ${topicId}`,
        topicId,
        mentions: [stays.personId],
      });
      expect(res.status).toBe(422);
      expect(res.body.errors[0]).toMatchObject({ path: 'mentions', params: { id: stays.personId } });
    }
    const post = await as(writer).post('/api/v1/community/posts', { body: 'Internal plans', topicId: hrTopic });
    expect(post.status).toBe(201);
    const comment = await as(writer).post(`/api/v1/community/posts/${post.body.id}/comments`, {
      body: 'cc @Stays',
      mentions: [stays.personId],
    });
    expect(comment.status).toBe(422);
    expect(comment.body.errors[0].path).toBe('mentions');
    const [{ n }] = await env.ctx.db.query<{ n: number }>(
      `select count(*)::int as n from community_posts where org_id = $1 and body like 'Internal plans @Stays%'`,
      [org.id],
    );
    expect(n).toBe(0);
    expect(await mentionMails(stays.email)).toHaveLength(0);
    expect(await mentionMails('stays@home.example')).toHaveLength(0);
  });

  it('in the alumni topic mails the alumni address, never the old work address', async () => {
    const post = await as(writer).post('/api/v1/community/posts', {
      body: 'Alumni drinks, @Stays?',
      topicId: alumniTopic,
      mentions: [stays.personId],
    });
    expect(post.status).toBe(201);
    const comment = await as(writer).post(`/api/v1/community/posts/${post.body.id}/comments`, {
      body: 'Friday at six, @Stays',
      mentions: [stays.personId],
    });
    expect(comment.status).toBe(201);
    const mails = await mentionMails('stays@home.example');
    expect(mails).toHaveLength(2);
    expect(mails[0].text_body).toContain('Alumni drinks');
    expect(await mentionMails(stays.email)).toHaveLength(0);
  });

  it('leaves a colleague who chose to stay on but still works here a colleague; refuses one who left without staying', async () => {
    const ok = await as(writer).post('/api/v1/community/posts', {
      body: 'Team plans @NotYet',
      topicId: hrTopic,
      mentions: [notYet.personId],
    });
    expect(ok.status).toBe(201);
    expect(await mentionMails(notYet.email)).toHaveLength(1);
    expect(await mentionMails('notyet@home.example')).toHaveLength(0);
    for (const topicId of [hrTopic, alumniTopic]) {
      const res = await as(writer).post('/api/v1/community/posts', { body: 'Hi @Left', topicId, mentions: [left.personId] });
      expect(res.status).toBe(422);
      expect(res.body.errors[0].path).toBe('mentions');
    }
    expect(await mentionMails(left.email)).toHaveLength(0);
  });
});
