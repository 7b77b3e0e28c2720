/**
 * Events and people who left (security review, should-fix 1): an alumni account cannot see events
 * (alumni.gate.ts), so an alumnus (active past their end date) is not invited, and neither a leaver
 * nor an alumnus gets a reminder at the old work address for an event they signed up to before leaving.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendEventReminders } from '../../src/modules/community/events.reminders.ts';
import { ambassador, orgWithAdmin, type Org, type Person } from '../factories.ts';
import { client, createTestEnv, makeUser, type TestEnv, type TestUser } from '../helpers.ts';

let env: TestEnv;
let org: Org;
let coordinator: TestUser;
let stays: Person;
let left: Person;
let colleague: Person;

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-12-01T09:00:00Z' });
  org = await orgWithAdmin(env);
  coordinator = await makeUser(env.ctx, org.id, 'coordinator');
  stays = await ambassador(env, org);
  left = await ambassador(env, org);
  colleague = await ambassador(env, org);
  await env.ctx.db.query(`insert into alumni_ambassadors (org_id, person_id, email, chosen_at) values ($1, $2, 'stays@home.example', $3)`, [
    org.id,
    stays.personId,
    new Date('2026-11-01T00:00:00Z'),
  ]);
});
afterAll(() => env.close());

const mails = (kind: string, to: string) => env.ctx.db.query(`select 1 from mail_outbox where kind = $1 and to_address = $2`, [kind, to]);

describe('events and people who left', () => {
  it('invites and reminds colleagues only: not an alumnus past the end date, nor a leaver', async () => {
    const created = await client(env.app, coordinator.token).post('/api/v1/events', {
      kind: 'meetup',
      title: { nl: 'Jobbeurs', fr: 'Salon', en: 'Job fair' },
      place: 'Gent',
      startsAt: '2026-12-20T10:00:00+01:00',
      endsAt: '2026-12-20T12:00:00+01:00',
      language: 'nl',
    });
    expect(created.status, created.text).toBe(201);
    const id = created.body.id as string;
    // All three sign up while still employed.
    for (const p of [stays, left, colleague]) {
      expect((await client(env.app, p.user.token).put(`/api/v1/events/${id}/signup`, {})).status).toBe(200);
    }
    // Tuesday 15 December in Brussels: Monday's end dates have passed.
    env.clock.set(new Date('2026-12-15T09:00:00Z'));
    await env.ctx.db.query(`update people set end_date = '2026-12-14' where id = any($1::uuid[])`, [[stays.personId, left.personId]]);
    const invited = await client(env.app, coordinator.token).post(`/api/v1/events/${id}/invitations`, {});
    expect(invited.body).toEqual({ invited: 1 });
    expect(await mails('community-event-invitation', colleague.email)).toHaveLength(1);
    expect(await mails('community-event-invitation', stays.email)).toHaveLength(0);
    expect(await mails('community-event-invitation', left.email)).toHaveLength(0);

    env.clock.set(new Date('2026-12-19T10:00:00Z'));
    expect(await sendEventReminders(env.ctx)).toBe(1);
    const reminded = await env.ctx.db.query<{ person_id: string }>(
      `select person_id from community_event_signups where event_id = $1 and reminded_at is not null`,
      [id],
    );
    expect(reminded.map((r) => r.person_id)).toEqual([colleague.personId]);
    for (const address of [stays.email, left.email, 'stays@home.example']) {
      expect(
        await env.ctx.db.query(`select 1 from mail_outbox where to_address = $1 and calendar_ics is not null`, [address]),
      ).toHaveLength(0);
    }
  });
});
