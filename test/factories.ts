/**
 * Factories: each builds, through the API as a user would, what one test needs, in a fresh
 * organisation unless given one, so a test does not depend on what an earlier test left behind
 * (and leaves no counts behind for the next one).
 */
import type { Role } from '../src/platform/policy.ts';
import { client, importPeople, makeOrg, makeUser, type PersonSpec, type TestEnv, type TestUser } from './helpers.ts';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export interface Org {
  id: string;
  admin: TestUser;
}

/** A fresh organisation with an admin. */
export async function orgWithAdmin(env: TestEnv): Promise<Org> {
  const org = await makeOrg(env.ctx);
  return { id: org.id, admin: await makeUser(env.ctx, org.id, 'admin') };
}

export interface Person {
  personId: string;
  email: string;
  /** Signed in as this person (a user linked by the same work email), with `role`. */
  user: TestUser;
}

/** A person imported by HR into the directory, with an account linked to them. */
export async function person(env: TestEnv, org: Org, opts: Partial<PersonSpec> & { role?: Role } = {}): Promise<Person> {
  const n = unique();
  const spec: PersonSpec = { number: `F${n}`, first: 'Frida', last: `Factory${n}`, email: `person-${n}@example.be`, ...opts };
  const ids = await importPeople(env.app, org.admin.token, [spec]);
  const user = await makeUser(env.ctx, org.id, opts.role ?? 'employee', { email: spec.email });
  return { personId: ids[spec.number], email: spec.email, user };
}

/** A person who opted in as an ambassador (external unless said otherwise). */
export async function ambassador(
  env: TestEnv,
  org: Org,
  opts: Partial<PersonSpec> & { scope?: 'external' | 'internal'; topics?: string[] } = {},
): Promise<Person> {
  const p = await person(env, org, opts);
  const res = await client(env.app, p.user.token).put('/api/v1/me/ambassador', {
    scope: opts.scope ?? 'external',
    intro: 'Ik vertel graag over mijn werk.',
    topics: opts.topics ?? ['career-path'],
    languages: ['nl'],
  });
  if (res.status !== 200) throw new Error(`opt-in failed: ${res.text}`);
  return p;
}

/** A published story of an ambassador; returns its id. */
export async function story(
  env: TestEnv,
  author: Person,
  opts: { title?: string; body?: string; scope?: 'external' | 'internal' } = {},
): Promise<string> {
  const res = await client(env.app, author.user.token).post('/api/v1/me/stories', {
    title: opts.title ?? 'Mijn eerste maand',
    body: opts.body ?? 'Het was fijn.',
    language: 'nl',
    scope: opts.scope ?? 'external',
  });
  if (res.status !== 201) throw new Error(`story failed: ${res.text}`);
  return res.body.id;
}

/** A journey made from a built-in template by HR; returns its id. */
/** An active journey "Lunch" whose one step invites the person to a welcome lunch a week after their start (12:00, an hour, Cafetaria). */
export async function welcomeLunchJourney(env: TestEnv, hr: Pick<TestUser, 'token'>): Promise<{ journeyId: string; stepId: string }> {
  const api = client(env.app, hr.token);
  const j = await api.post('/api/v1/journeys', { name: 'Lunch', active: true });
  if (j.status !== 201) throw new Error(`journey failed: ${j.text}`);
  const step = await api.post(`/api/v1/journeys/${j.body.id}/steps`, {
    name: { nl: 'Welkomstlunch', fr: "Déjeuner d'accueil", en: 'Welcome lunch' },
    kind: 'message',
    recipient: 'person',
    anchor: 'start_date',
    offsetDays: 0,
    offsetUnit: 'calendar',
    templates: { nl: { subject: 'Lunch', body: 'Dag {{firstName}}, we gaan samen lunchen.' } },
    event: { offsetDays: 7, startTime: '12:00', durationMinutes: 60, location: { nl: 'Cafetaria' } },
  });
  if (step.status !== 201) throw new Error(`step failed: ${step.text}`);
  return { journeyId: j.body.id, stepId: step.body.id };
}

export async function journeyFromTemplate(env: TestEnv, hr: TestUser, templateKey: string, active = true): Promise<string> {
  const res = await client(env.app, hr.token).post('/api/v1/journeys', { templateKey, active });
  if (res.status !== 201) throw new Error(`journey failed: ${res.text}`);
  return res.body.id;
}
