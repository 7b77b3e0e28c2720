/**
 * A journey's "invitation to become an ambassador" step: the program's own personal invitation,
 * in the person's language (or their site's), never an empty mail; no mail when there is nobody to
 * invite; an internal-only wording for someone in a sensitive function.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendDueDeliveries } from '../../src/modules/moments/deliveries.ts';
import { sweep } from '../../src/modules/moments/sweep.ts';
import type { MailTransport } from '../../src/platform/mail.ts';
import { client, createTestEnv, importPeople, makeOrg, makeUser, type TestEnv, type TestUser } from '../helpers.ts';

let env: TestEnv;
let orgId: string;
let hr: TestUser;
let ids: Record<string, string>;
const transported: string[] = [];
const transport: MailTransport = { name: 'test', send: async (m) => void transported.push(m.to) };

// 10 January + 100 days = 20 April, the day the sweep runs.
const START = '2026-01-10';
const DAY = '2026-04-20';

beforeAll(async () => {
  env = await createTestEnv({ now: `${DAY}T06:00:00Z` });
  orgId = (await makeOrg(env.ctx, 'invstep', 'Invest Bank')).id;
  hr = await makeUser(env.ctx, orgId, 'admin');
  ids = await importPeople(env.app, hr.token, [
    {
      number: 'F1',
      first: 'Fleur',
      last: 'Francq',
      email: 'fleur@invstep.be',
      language: 'fr',
      site: 'Namur',
      region: 'wallonia',
      start: START,
    },
    { number: 'R1', first: 'Rik', last: 'Rogiers', email: 'rik@invstep.be', language: '', site: 'Namur', region: 'wallonia', start: START },
    { number: 'S1', first: 'Sam', last: 'Secret', email: 'sam@invstep.be', language: 'nl', sensitive: true, start: START },
    { number: 'A1', first: 'Anna', last: 'Actief', email: 'anna@invstep.be', language: 'nl', start: START },
    { number: 'D1', first: 'Dirk', last: 'Declined', email: 'dirk@invstep.be', language: 'en', start: START },
    { number: 'P1', first: 'Pia', last: 'Pending', email: 'pia@invstep.be', language: 'nl', start: START },
  ]);
  // Anna is an ambassador already; Dirk said no to a coordinator; Pia has not answered one yet.
  const anna = await makeUser(env.ctx, orgId, 'employee', { email: 'anna@invstep.be' });
  expect((await client(env.app, anna.token).put('/api/v1/me/ambassador', { scope: 'internal', intro: 'Hallo' })).status).toBe(200);
  const api = client(env.app, hr.token);
  for (const p of ['D1', 'P1']) expect((await api.post('/api/v1/ambassadors/invitations', { personId: ids[p] })).status).toBe(201);
  const dirk = await makeUser(env.ctx, orgId, 'employee', { email: 'dirk@invstep.be' });
  expect((await client(env.app, dirk.token).post('/api/v1/me/ambassador/invitation', { answer: 'declined' })).status).toBe(204);

  const journey = await api.post('/api/v1/journeys', { name: 'Ambassadors after 100 days' });
  expect(journey.status, journey.text).toBe(201);
  const step = await api.post(`/api/v1/journeys/${journey.body.id}/steps`, {
    name: 'Invitation to become an ambassador',
    kind: 'ambassador_invitation',
    recipient: 'person',
    anchor: 'start_date',
    offsetDays: 100,
    offsetUnit: 'calendar',
  });
  expect(step.status, step.text).toBe(201);
  expect((await api.patch(`/api/v1/journeys/${journey.body.id}`, { active: true })).status).toBe(200);

  await sweep(env.ctx, orgId, DAY);
  env.clock.set(`${DAY}T12:00:00Z`);
  await sendDueDeliveries(env.ctx, transport);
});
afterAll(() => env.close());

const invitationsTo = (to: string) =>
  env.ctx.db.query<{ subject: string; text_body: string }>(
    `select subject, text_body from mail_outbox where org_id = $1 and kind = 'ambassador-invitation' and to_address = $2 order by created_at`,
    [orgId, to],
  );
const deliveryOf = async (personId: string) => {
  const [d] = await env.ctx.db.query<{
    status: string;
    to_addresses: string[] | null;
    language: string | null;
    subject: string | null;
    body: string | null;
    last_error: string | null;
  }>(`select status, to_addresses, language, subject, body, last_error from deliveries where org_id = $1 and person_id = $2`, [
    orgId,
    personId,
  ]);
  return d;
};

describe("a journey's ambassador invitation", () => {
  it("is the personal invitation in the person's language, recorded on the delivery as it went out", async () => {
    const [mail, ...more] = await invitationsTo('fleur@invstep.be');
    expect(more).toEqual([]);
    expect(mail.subject).toBe('Envie de devenir ambassadeur·rice ?');
    expect(mail.text_body).toMatch(/^Bonjour Fleur,/);
    expect(mail.text_body).toContain('http://embassy.test/ambassador');
    expect(mail.text_body).toContain("en interne ou aussi vers l'extérieur");
    expect(await deliveryOf(ids.F1)).toMatchObject({
      status: 'sent',
      to_addresses: [],
      language: 'fr',
      subject: mail.subject,
      body: mail.text_body,
      last_error: null,
    });
    // The person sees it as an invitation to answer on their Ambassador page.
    const fleur = await makeUser(env.ctx, orgId, 'employee', { email: 'fleur@invstep.be' });
    expect((await client(env.app, fleur.token).get('/api/v1/me/ambassador')).body.invitation).toMatchObject({ answer: 'pending' });
  });

  it("follows the site's language when the person has none (Namur: French)", async () => {
    const [mail] = await invitationsTo('rik@invstep.be');
    expect(mail.subject).toBe('Envie de devenir ambassadeur·rice ?');
    expect((await deliveryOf(ids.R1)).language).toBe('fr');
  });

  it('invites someone in a sensitive function to be an internal ambassador, never a public one', async () => {
    const [mail] = await invitationsTo('sam@invstep.be');
    expect(mail.subject).toBe('Zin om ambassadeur te worden?');
    expect(mail.text_body).toContain('je functie is gevoelig, dus je blijft intern');
    expect(mail.text_body).not.toContain('naar buiten toe');
  });

  it('sends nothing to an ambassador, to someone who declined, or to someone who has not answered yet', async () => {
    expect(await invitationsTo('anna@invstep.be')).toEqual([]);
    expect(await deliveryOf(ids.A1)).toMatchObject({ status: 'cancelled', last_error: 'Anna is already an ambassador.' });
    expect(await invitationsTo('dirk@invstep.be')).toHaveLength(1); // the coordinator's, before
    expect(await deliveryOf(ids.D1)).toMatchObject({ status: 'cancelled', last_error: 'Dirk declined an earlier invitation.' });
    expect(await invitationsTo('pia@invstep.be')).toHaveLength(1);
    expect(await deliveryOf(ids.P1)).toMatchObject({ status: 'cancelled', last_error: 'Pia has not answered an earlier invitation yet.' });
  });

  it('leaves no empty mail in the mailbox, and each invitation in it once', async () => {
    const box = await client(env.app, hr.token).get('/api/v1/mailbox?limit=200');
    expect(box.status).toBe(200);
    const items = box.body.items as { to: string; subject: string; text: string; kind: string }[];
    expect(items.filter((m) => !m.text.trim() || !m.subject.trim())).toEqual([]);
    expect(items.filter((m) => m.to === 'fleur@invstep.be')).toHaveLength(1);
    // The journey's step itself sends nothing by the delivery transport: the outbox does.
    expect(transported).toEqual([]);
  });

  it('sends nothing more when the worker runs again', async () => {
    const before = await env.ctx.db.query(`select id from mail_outbox where org_id = $1`, [orgId]);
    await sweep(env.ctx, orgId, DAY);
    await sendDueDeliveries(env.ctx, transport);
    expect(await env.ctx.db.query(`select id from mail_outbox where org_id = $1`, [orgId])).toEqual(before);
  });
});
