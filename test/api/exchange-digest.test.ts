/**
 * The community digest: by each person's choice (weekly by default, daily, or off), in their
 * language, with the last complete period's posts of others, exactly once per (person, period)
 * however often the worker runs, and only to those who take part.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendCommunityDigests, digestPeriods } from '../../src/modules/community/exchange.digest.ts';
import { client, createTestEnv, type TestEnv } from '../helpers.ts';
import { ambassador, orgWithAdmin, person, type Org, type Person } from '../factories.ts';

let env: TestEnv;
let org: Org;
let ana: Person;
let bo: Person;
let chloe: Person;
let quiet: Person;
let outsider: Person;

// A Wednesday: the last complete day is Tuesday 1 December, the last complete week 23–30 November.
beforeAll(async () => {
  env = await createTestEnv({ now: '2026-11-24T10:00:00Z' });
  org = await orgWithAdmin(env);
  ana = await ambassador(env, org);
  bo = await ambassador(env, org);
  chloe = await ambassador(env, org, { language: 'fr' });
  quiet = await ambassador(env, org);
  outsider = await person(env, org);
});
afterAll(() => env.close());

const as = (p: Person) => client(env.app, p.user.token);
const digestsTo = (p: Person) =>
  env.ctx.db.query<{ subject: string; text_body: string }>(
    `select subject, text_body from mail_outbox where to_address = $1 and kind = 'community-digest' order by created_at`,
    [p.email],
  );

describe('digestPeriods', () => {
  it('names the last complete UTC day and ISO week', () => {
    const p = digestPeriods(new Date('2026-12-02T08:00:00Z'));
    expect(p.daily).toMatchObject({
      key: 'daily:2026-12-01',
      from: new Date('2026-12-01T00:00:00Z'),
      to: new Date('2026-12-02T00:00:00Z'),
    });
    expect(p.weekly).toMatchObject({
      key: 'weekly:2026-W48',
      from: new Date('2026-11-23T00:00:00Z'),
      to: new Date('2026-11-30T00:00:00Z'),
    });
    expect(digestPeriods(new Date('2027-01-04T00:00:00Z')).weekly.key).toBe('weekly:2026-W53');
  });
});

describe('the digest', () => {
  it('goes once per person and period, in their language, by their choice, to participants only', async () => {
    expect((await as(bo).get('/api/v1/me/community/digest')).body.frequency).toBe('weekly');
    expect((await as(bo).put('/api/v1/me/community/digest', { frequency: 'daily' })).body.frequency).toBe('daily');
    expect((await as(quiet).put('/api/v1/me/community/digest', { frequency: 'off' })).status).toBe(200);
    expect((await as(bo).put('/api/v1/me/community/digest', { frequency: 'hourly' })).status).toBe(400);
    expect((await as(outsider).put('/api/v1/me/community/digest', { frequency: 'daily' })).status).toBe(403);

    // Tuesday 1 December, week 48 (23–29 November): Ana posts twice.
    env.clock.set(new Date('2026-12-01T09:00:00Z'));
    expect((await as(ana).post('/api/v1/community/posts', { body: 'Jobbeurs in **Gent**: wie komt er?' })).status).toBe(201);
    env.clock.set(new Date('2026-11-25T09:00:00Z'));
    expect((await as(ana).post('/api/v1/community/posts', { body: 'Campusdag was top' })).status).toBe(201);

    env.clock.set(new Date('2026-12-02T06:00:00Z'));
    await sendCommunityDigests(env.ctx);
    await sendCommunityDigests(env.ctx);

    const boMails = await digestsTo(bo);
    expect(boMails).toHaveLength(1);
    expect(boMails[0].text_body).toContain('Jobbeurs in **Gent**');
    expect(boMails[0].text_body).not.toContain('Campusdag');
    const chloeMails = await digestsTo(chloe);
    expect(chloeMails).toHaveLength(1);
    expect(chloeMails[0].subject).toBe('1 nouveau message dans la communauté');
    expect(chloeMails[0].text_body).toContain('Campusdag was top');
    // Nobody gets their own posts, the one who chose "off" gets nothing, nor does a non-participant.
    expect(await digestsTo(ana)).toHaveLength(0);
    expect(await digestsTo(quiet)).toHaveLength(0);
    expect(await digestsTo(outsider)).toHaveLength(0);

    // The next day: a new daily period with nothing new sends nothing; the week is not sent again.
    env.clock.set(new Date('2026-12-03T06:00:00Z'));
    await sendCommunityDigests(env.ctx);
    expect(await digestsTo(bo)).toHaveLength(1);
    expect(await digestsTo(chloe)).toHaveLength(1);
  });

  it('leaves hidden and deleted posts out', async () => {
    const other = await orgWithAdmin(env);
    const writer = await ambassador(env, other);
    const reader = await ambassador(env, other);
    const coordinator = await person(env, other, { role: 'coordinator' });
    await client(env.app, reader.user.token).put('/api/v1/me/community/digest', { frequency: 'daily' });
    env.clock.set(new Date('2026-12-10T09:00:00Z'));
    const kept = await as(writer).post('/api/v1/community/posts', { body: 'Kept post' });
    const hidden = await as(writer).post('/api/v1/community/posts', { body: 'Hidden post' });
    const deleted = await as(writer).post('/api/v1/community/posts', { body: 'Deleted post' });
    expect(kept.status).toBe(201);
    await as(coordinator).put(`/api/v1/community/posts/${hidden.body.id}/hidden`, { reason: 'Privacy of a candidate' });
    await as(writer).delete(`/api/v1/community/posts/${deleted.body.id}`);
    env.clock.set(new Date('2026-12-11T06:00:00Z'));
    await sendCommunityDigests(env.ctx);
    const [mail] = await digestsTo(reader);
    expect(mail.text_body).toContain('Kept post');
    expect(mail.text_body).not.toContain('Hidden post');
    expect(mail.text_body).not.toContain('Deleted post');
  });
});
