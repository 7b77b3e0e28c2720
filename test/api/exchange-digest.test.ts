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
  it("names the last complete day and ISO week in the organisation's zone", () => {
    const p = digestPeriods(new Date('2026-12-02T08:00:00Z'), 'Europe/Brussels');
    expect(p.daily).toMatchObject({
      key: 'daily:2026-12-01',
      from: new Date('2026-11-30T23:00:00Z'),
      to: new Date('2026-12-01T23:00:00Z'),
    });
    expect(p.weekly).toMatchObject({
      key: 'weekly:2026-W48',
      from: new Date('2026-11-22T23:00:00Z'),
      to: new Date('2026-11-29T23:00:00Z'),
    });
    // Monday 4 January 2027 00:30 in Brussels is still Sunday in UTC: the week just ended is 2026's 53rd.
    expect(digestPeriods(new Date('2027-01-03T23:30:00Z'), 'Europe/Brussels').weekly.key).toBe('weekly:2026-W53');
    expect(digestPeriods(new Date('2027-01-03T23:30:00Z'), 'UTC').weekly.key).toBe('weekly:2026-W52');
    expect(digestPeriods(new Date('2026-12-02T08:00:00Z'), 'Asia/Tokyo').daily.from).toEqual(new Date('2026-11-30T15:00:00Z'));
  });

  it('gives the days the clocks change 23 and 25 hours, and their weeks Monday 00:00 local to Monday 00:00 local', () => {
    const hours = (x: { from: Date; to: Date }) => (x.to.getTime() - x.from.getTime()) / 3600_000;
    // Sunday 29 March 2026: 02:00 becomes 03:00.
    const spring = digestPeriods(new Date('2026-03-30T06:00:00Z'), 'Europe/Brussels');
    expect(spring.daily).toMatchObject({
      key: 'daily:2026-03-29',
      from: new Date('2026-03-28T23:00:00Z'),
      to: new Date('2026-03-29T22:00:00Z'),
    });
    expect(hours(spring.daily)).toBe(23);
    expect(spring.weekly).toMatchObject({
      key: 'weekly:2026-W13',
      from: new Date('2026-03-22T23:00:00Z'),
      to: new Date('2026-03-29T22:00:00Z'),
    });
    expect(hours(spring.weekly)).toBe(7 * 24 - 1);
    // Sunday 25 October 2026: 03:00 becomes 02:00.
    const autumn = digestPeriods(new Date('2026-10-26T06:00:00Z'), 'Europe/Brussels');
    expect(autumn.daily).toMatchObject({
      key: 'daily:2026-10-25',
      from: new Date('2026-10-24T22:00:00Z'),
      to: new Date('2026-10-25T23:00:00Z'),
    });
    expect(hours(autumn.daily)).toBe(25);
    expect(autumn.weekly).toMatchObject({
      key: 'weekly:2026-W43',
      from: new Date('2026-10-18T22:00:00Z'),
      to: new Date('2026-10-25T23:00:00Z'),
    });
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

  it('follows the local day and week across the autumn clock change, once per person and period', async () => {
    const other = await orgWithAdmin(env);
    const writer = await ambassador(env, other);
    const daily = await ambassador(env, other);
    const weekly = await ambassador(env, other);
    await client(env.app, daily.user.token).put('/api/v1/me/community/digest', { frequency: 'daily' });
    const postAt = async (at: string, body: string) => {
      env.clock.set(new Date(at));
      expect((await as(writer).post('/api/v1/community/posts', { body })).status).toBe(201);
    };
    // Local times in Brussels; the UTC day or week would put each of these on the other side.
    await postAt('2026-10-18T22:30:00Z', 'Monday 19 October 00:30 summer time');
    await postAt('2026-10-24T22:30:00Z', 'Sunday 25 October 00:30 summer time');
    await postAt('2026-10-25T22:30:00Z', 'Sunday 25 October 23:30 winter time');
    await postAt('2026-10-25T23:30:00Z', 'Monday 26 October 00:30 winter time');

    env.clock.set(new Date('2026-10-26T06:00:00Z'));
    await sendCommunityDigests(env.ctx);
    const [day] = await digestsTo(daily);
    expect(day.text_body).toContain('Sunday 25 October 00:30 summer time');
    expect(day.text_body).toContain('Sunday 25 October 23:30 winter time');
    expect(day.text_body).not.toContain('Monday');
    const [week] = await digestsTo(weekly);
    expect(week.subject).toBe('3 nieuwe berichten in de community');
    expect(week.text_body).toContain('Monday 19 October 00:30 summer time');
    expect(week.text_body).not.toContain('Monday 26 October');

    // Later the same local Monday (23:30 winter time): nothing again.
    env.clock.set(new Date('2026-10-26T22:30:00Z'));
    await sendCommunityDigests(env.ctx);
    expect(await digestsTo(daily)).toHaveLength(1);
    expect(await digestsTo(weekly)).toHaveLength(1);
    // Tuesday 00:30 local: Monday's digest for the daily reader, with the post of Monday 00:30.
    env.clock.set(new Date('2026-10-26T23:30:00Z'));
    await sendCommunityDigests(env.ctx);
    await sendCommunityDigests(env.ctx);
    const days = await digestsTo(daily);
    expect(days).toHaveLength(2);
    expect(days[1].text_body).toContain('Monday 26 October 00:30 winter time');
    expect(await digestsTo(weekly)).toHaveLength(1);
  });

  it('mails a former colleague only as an alumnus: the alumni topic only, at the alumni address; nobody else who left', async () => {
    const other = await orgWithAdmin(env);
    const writer = await ambassador(env, other);
    const stays = await ambassador(env, other); // an alumnus after their end date
    const scimEnded = await ambassador(env, other); // an alumnus ended by SCIM and deprovisioned
    const notYet = await ambassador(env, other); // chose to stay on, end date still ahead: a colleague still
    const left = await ambassador(env, other); // left, did not stay on
    const closed = await ambassador(env, other); // alumnus whose alumni account was disabled
    const employee = await person(env, other); // left; the community was open to all
    await env.ctx.db.query(`update organisations set community_open_to_all = true where id = $1`, [other.id]);
    const db = env.ctx.db;
    const alumnus = async (p: Person, email: string, disabled = false) => {
      await db.query(`insert into alumni_ambassadors (org_id, person_id, email, chosen_at) values ($1, $2, $3, '2026-11-01')`, [
        other.id,
        p.personId,
        email,
      ]);
      await db.query(`insert into users (org_id, email, role, person_id, disabled_at) values ($1, $2, 'alumni', $3, $4)`, [
        other.id,
        email,
        p.personId,
        disabled ? new Date('2026-11-20T00:00:00Z') : null,
      ]);
    };
    await alumnus(stays, 'stays@home.example');
    await alumnus(scimEnded, 'scim@home.example');
    await alumnus(notYet, 'notyet@home.example');
    await alumnus(closed, 'closed@home.example', true);
    // Monday 14 December in Brussels: end dates on or before Sunday 13 December have passed.
    await db.query(`update people set end_date = '2026-12-13' where id = any($1::uuid[])`, [
      [stays.personId, left.personId, closed.personId, employee.personId],
    ]);
    await db.query(`update people set scim_ended_on = '2026-12-01', deprovisioned_at = '2026-12-01' where id = $1`, [scimEnded.personId]);
    await db.query(`update people set end_date = '2026-12-31' where id = $1`, [notYet.personId]);

    const topics = (await as(writer).get('/api/v1/community/topics')).body.items as { id: string; key: string }[];
    const alumniTopic = topics.find((t) => t.key === 'alumni')!.id;
    const hrTopic = topics.find((t) => t.key !== 'alumni')!.id;
    env.clock.set(new Date('2026-12-09T09:00:00Z'));
    expect((await as(writer).post('/api/v1/community/posts', { body: 'Reorganisation plans, internal', topicId: hrTopic })).status).toBe(
      201,
    );
    expect((await as(writer).post('/api/v1/community/posts', { body: 'Confidential, no topic', topicId: null })).status).toBe(201);
    expect((await as(writer).post('/api/v1/community/posts', { body: 'Alumni drinks in Gent', topicId: alumniTopic })).status).toBe(201);

    env.clock.set(new Date('2026-12-14T06:00:00Z'));
    await sendCommunityDigests(env.ctx);
    const to = (address: string) =>
      db.query<{ text_body: string }>(`select text_body from mail_outbox where to_address = $1 and kind = 'community-digest'`, [address]);

    // The alumni: at the alumni address, the alumni topic only; nothing at the old work address.
    for (const [p, address] of [
      [stays, 'stays@home.example'],
      [scimEnded, 'scim@home.example'],
    ] as const) {
      const mails = await to(address);
      expect(mails).toHaveLength(1);
      expect(mails[0].text_body).toContain('Alumni drinks in Gent');
      expect(mails[0].text_body).not.toContain('Reorganisation');
      expect(mails[0].text_body).not.toContain('Confidential');
      expect(await to(p.email)).toHaveLength(0);
    }
    // Still employed (end date ahead): the colleague's digest at work, with everything.
    const [work] = await to(notYet.email);
    expect(work.text_body).toContain('Reorganisation plans');
    expect(await to('notyet@home.example')).toHaveLength(0);
    // Left without staying on, an alumni account closed, an employee who left: nothing anywhere.
    for (const p of [left, closed, employee]) expect(await to(p.email)).toHaveLength(0);
    expect(await to('closed@home.example')).toHaveLength(0);
  });
});
