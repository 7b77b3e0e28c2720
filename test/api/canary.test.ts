/**
 * The canary: ambassadors who must never appear in public carry unique markers in their names,
 * profiles and stories. Every public surface is crawled (pages in every language, each filter,
 * every linked page, the sitemap and what it lists, JSON feeds, the widget, the embed, share links,
 * robots.txt) and no marker may appear, also right after an opt-out, a change of scope or a
 * sensitive flag set by an HR import. A visible control ambassador proves the crawler sees content.
 */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createTestEnv, importPeople, makeOrg, makeUser, type TestEnv, type TestUser } from '../helpers.ts';

const SLUG = 'canary-org';
const MARK = {
  internal: 'Qzinternalmark',
  sensitive: 'Qzsensitivemark',
  bts: 'Qzbehindmark',
  alumni: 'Qzalumnimark',
  alumniHome: 'qzalumnihome',
  control: 'Qzvisiblecontrol',
};

let env: TestEnv;
let admin: TestUser;
const users: Record<string, TestUser> = {};
/** Images that must never be served anonymously, and the control's one public story image. */
const privateMedia: Record<string, string> = {};
let controlImage = '';

async function upload(user: TestUser, path: string, method: 'PUT' | 'POST'): Promise<string> {
  const png = await sharp({ create: { width: 40, height: 40, channels: 3, background: '#aa3366' } })
    .png()
    .toBuffer();
  const res = await env.app.request(path, {
    method,
    body: new Uint8Array(png),
    headers: { authorization: `Bearer ${user.token}`, 'content-type': 'image/png' },
  });
  expect(res.status, await res.clone().text()).toBeLessThan(300);
  const body = (await res.json()) as { photoUrl?: string; url?: string };
  return (body.photoUrl ?? body.url)!.replace('/media/', '');
}

const PEOPLE = [
  { key: 'internal', number: 'I1', first: 'Ines', last: MARK.internal, email: 'ines@canary.be', department: 'InternalDept' },
  { key: 'sensitive', number: 'S1', first: 'Sam', last: MARK.sensitive, email: 'sam@canary.be', department: 'Customs', sensitive: true },
  { key: 'bts', number: 'B1', first: 'Bo', last: MARK.bts, email: 'bo@canary.be', department: 'Backoffice' },
  // A leaver who stays on as an alumni ambassador, internal only (never the careers pages).
  { key: 'alumni', number: 'A1', first: 'Alma', last: MARK.alumni, email: 'alma@canary.be', department: 'Sales' },
  {
    key: 'control',
    number: 'C1',
    first: 'Cleo',
    last: MARK.control,
    email: 'cleo@canary.be',
    department: 'Sales',
    region: 'wallonia',
    site: 'Namur',
    language: 'fr',
  },
];

beforeAll(async () => {
  env = await createTestEnv();
  const org = await makeOrg(env.ctx, SLUG, 'Canary NV');
  admin = await makeUser(env.ctx, org.id, 'admin');
  await importPeople(env.app, admin.token, PEOPLE);
  for (const p of PEOPLE) users[p.key] = await makeUser(env.ctx, org.id, 'employee', { email: p.email });
  const profile = (mark: string) => ({
    intro: `Intro ${mark}`,
    topics: [`topic-${mark}`],
    links: [{ network: 'LinkedIn', url: `https://linkedin.example/${mark}` }],
  });
  const story = (mark: string, scope: string) => ({
    title: `Title ${mark} ${scope}`,
    body: `Body ${mark} ${scope}`,
    language: 'nl',
    scope,
  });
  const as = (k: string) => client(env.app, users[k].token);

  expect((await as('internal').put('/api/v1/me/ambassador', { scope: 'internal', ...profile(MARK.internal) })).status).toBe(200);
  expect((await as('internal').post('/api/v1/me/stories', story(MARK.internal, 'internal'))).status).toBe(201);
  expect((await as('sensitive').put('/api/v1/me/ambassador', { scope: 'internal', ...profile(MARK.sensitive) })).status).toBe(200);
  expect((await as('sensitive').post('/api/v1/me/stories', story(MARK.sensitive, 'internal'))).status).toBe(201);
  expect((await as('bts').put('/api/v1/me/ambassador', { scope: 'internal', behindTheScenes: true, ...profile(MARK.bts) })).status).toBe(
    200,
  );
  expect((await as('bts').post('/api/v1/me/stories', story(MARK.bts, 'internal'))).status).toBe(201);
  expect((await as('alumni').put('/api/v1/me/ambassador', { scope: 'internal', ...profile(MARK.alumni) })).status).toBe(200);
  expect((await as('alumni').post('/api/v1/me/stories', story(MARK.alumni, 'internal'))).status).toBe(201);
  await env.ctx.db.query(`update people set end_date = '2025-03-31' where org_id = $1 and work_email = 'alma@canary.be'`, [org.id]);
  const stayOn = await as('alumni').post('/api/v1/me/alumni', { email: `${MARK.alumniHome}@home.example`, careers: false });
  expect(stayOn.status).toBe(200);
  const alumniTopic = ((await as('alumni').get('/api/v1/community/topics')).body.items as { id: string; key: string }[]).find(
    (t) => t.key === 'alumni',
  )!;
  expect((await as('alumni').post('/api/v1/community/posts', { body: `Alumni ${MARK.alumni} post`, topicId: alumniTopic.id })).status).toBe(
    201,
  );
  expect((await as('control').put('/api/v1/me/ambassador', { scope: 'external', ...profile(MARK.control) })).status).toBe(200);
  expect((await as('control').post('/api/v1/me/stories', story(MARK.control, 'external'))).status).toBe(201);
  expect((await as('control').post('/api/v1/me/stories', story(MARK.control, 'internal'))).status).toBe(201);
  // The community exchange is internal by construction: the control's post and comment, with their marker, never go public.
  const exchangePost = await as('control').post('/api/v1/community/posts', { body: `Exchange ${MARK.control} community-post` });
  expect(exchangePost.status).toBe(201);
  const exchangeComment = { body: `Comment ${MARK.control} community-post` };
  expect((await as('control').post(`/api/v1/community/posts/${exchangePost.body.id}/comments`, exchangeComment)).status).toBe(201);
  // An event on the careers pages: internal, behind-the-scenes and sensitive participants who asked to be shown never are,
  // and its link (for participants only) never goes public; the control, external and agreeing, is.
  const event = await client(env.app, admin.token).post('/api/v1/events', {
    kind: 'online',
    title: { nl: 'Infosessie' },
    link: `https://meet.example/${MARK.internal}`,
    startsAt: '2026-12-15T10:00:00Z',
    endsAt: '2026-12-15T11:00:00Z',
    language: 'nl',
    showOnCareers: true,
  });
  expect(event.status, event.text).toBe(201);
  for (const k of ['internal', 'bts', 'sensitive', 'control'])
    expect((await as(k).put(`/api/v1/events/${event.body.id}/signup`, { showPublicly: true })).body.status).toBe('confirmed');

  // Private images: an internal ambassador's photo, a sensitive one's story image, the control's
  // own unused upload and the image of its internal story.
  privateMedia.internalPhoto = await upload(users.internal, '/api/v1/me/ambassador/photo', 'PUT');
  privateMedia.sensitiveImage = await upload(users.sensitive, '/api/v1/me/media', 'POST');
  privateMedia.controlUnused = await upload(users.control, '/api/v1/me/media', 'POST');
  privateMedia.controlInternal = await upload(users.control, '/api/v1/me/media', 'POST');
  expect(
    (
      await as('control').post('/api/v1/me/stories', {
        ...story(MARK.control, 'internal'),
        body: `![x](/media/${privateMedia.controlInternal})`,
      })
    ).status,
  ).toBe(201);
  controlImage = await upload(users.control, '/api/v1/me/media', 'POST');
  // A public story cannot show a colleague's image, however its id was learned...
  for (const id of [privateMedia.internalPhoto, privateMedia.sensitiveImage]) {
    const stolen = await as('control').post('/api/v1/me/stories', { ...story(MARK.control, 'external'), body: `Look ![x](/media/${id})` });
    expect(stolen.status).toBe(422);
    expect(stolen.body.errors[0].path).toBe('body');
  }
  // ...and an id merely mentioned (in code, in a link) publishes nothing.
  const mention = `\`![x](/media/${privateMedia.internalPhoto})\` [see](/media/${privateMedia.controlUnused}) /media/${privateMedia.sensitiveImage}`;
  expect(
    (
      await as('control').post('/api/v1/me/stories', {
        ...story(MARK.control, 'external'),
        body: `${mention} ![mine](/media/${controlImage})`,
      })
    ).status,
  ).toBe(201);
});
afterAll(() => env.close());

/** Fetches every public URL reachable from the wall, the sitemap and the feeds; returns all bodies. */
const status = new Map<string, number>();

async function crawl(): Promise<Map<string, string>> {
  const seen = new Map<string, string>();
  const queue: string[] = [];
  const add = (u: string) => {
    const url = u
      .replace(/^https?:\/\/[^/]+/, '')
      .replace(/#.*$/, '')
      .replace(/&amp;/g, '&');
    if (seen.has(url) || queue.includes(url)) return;
    if (!/^\/(careers\/|api\/v1\/public\/|s\/|media\/|robots\.txt)/.test(url)) return;
    queue.push(url);
  };
  for (const lang of ['nl', 'fr', 'en']) {
    add(`/careers/${SLUG}?lang=${lang}`);
    add(`/careers/${SLUG}/ambassadors?lang=${lang}`);
    add(`/careers/${SLUG}/embed?lang=${lang}&limit=20`);
    for (const dep of ['InternalDept', 'Customs', 'Backoffice', 'Sales']) add(`/careers/${SLUG}?lang=${lang}&department=${dep}`);
    for (const region of ['flanders', 'brussels', 'wallonia']) add(`/careers/${SLUG}?lang=${lang}&region=${region}`);
    for (const language of ['nl', 'fr']) add(`/careers/${SLUG}?lang=${lang}&language=${language}`);
  }
  for (const id of Object.values(privateMedia)) add(`/media/${id}`);
  add(`/careers/${SLUG}/sitemap.xml`);
  add(`/careers/${SLUG}/widget.js`);
  add('/robots.txt');
  for (const kind of ['ambassadors', 'stories']) {
    add(`/api/v1/public/orgs/${SLUG}/${kind}`);
    for (const dep of ['InternalDept', 'Customs', 'Backoffice', 'Sales'])
      add(`/api/v1/public/orgs/${SLUG}/${kind}?department=${encodeURIComponent(dep)}`);
  }
  while (queue.length) {
    const url = queue.shift()!;
    const res = await env.app.request(url, { headers: { 'accept-language': 'nl-BE' } });
    const isText = /text|json|xml|javascript/.test(res.headers.get('content-type') ?? '');
    const body = isText ? await res.text() : Buffer.from(await res.arrayBuffer()).toString('latin1');
    seen.set(url, body);
    status.set(url, res.status);
    if (res.status >= 300 && res.status < 400 && res.headers.get('location')) add(res.headers.get('location')!);
    if (!isText) continue;
    for (const m of body.matchAll(/(?:href|src|content)="([^"]+)"/g)) add(m[1]);
    for (const m of body.matchAll(/<loc>([^<]+)<\/loc>/g)) add(m[1]);
    for (const m of body.matchAll(/"(?:url|photoUrl)":"([^"]+)"/g)) add(m[1]);
  }
  return seen;
}

function leaks(pages: Map<string, string>, marks: string[]): string[] {
  const found: string[] = [];
  for (const [url, body] of pages) for (const m of marks) if (body.includes(m)) found.push(`${m} on ${url}`);
  return found;
}

const HIDDEN = [MARK.internal, MARK.sensitive, MARK.bts, MARK.alumni, MARK.alumniHome];

describe('canary: nothing internal reaches a public surface', () => {
  it('shows the control ambassador and none of the others', async () => {
    const pages = await crawl();
    expect(pages.size).toBeGreaterThan(40);
    expect(leaks(pages, [MARK.control]).length).toBeGreaterThan(0);
    expect(leaks(pages, HIDDEN)).toEqual([]);
    // The control's internal story stays internal.
    expect([...pages.values()].some((b) => b.includes(`${MARK.control} internal`))).toBe(false);
    // Nor does anything of the community exchange.
    expect([...pages.values()].some((b) => b.includes('community-post'))).toBe(false);
  });

  it('serves no private image to anyone, and the control’s own story image to everyone', async () => {
    await crawl();
    for (const [what, id] of Object.entries(privateMedia)) expect(status.get(`/media/${id}`), what).toBe(404);
    // The crawler found the control's image through the public story, not through this test.
    expect(status.get(`/media/${controlImage}`)).toBe(200);
    // Signed-in colleagues still see images inside the organisation.
    const inside = await env.app.request(`/media/${privateMedia.internalPhoto}`, {
      headers: { authorization: `Bearer ${users.control.token}` },
    });
    expect(inside.status).toBe(200);
    expect(inside.headers.get('cache-control')).toContain('private');
  });

  it('an image stops being public with the story that showed it', async () => {
    const stories = await client(env.app, users.control.token).get(
      `/api/v1/stories?author=${(await client(env.app, users.control.token).get('/api/v1/me')).body.user.personId}`,
    );
    const withImage = stories.body.items.find((x: { body: string }) => x.body.includes(controlImage));
    expect(
      (
        await client(env.app, users.control.token).put(`/api/v1/stories/${withImage.id}`, {
          title: withImage.title,
          body: 'No image now',
          language: 'nl',
          scope: 'external',
        })
      ).status,
    ).toBe(200);
    expect((await env.app.request(`/media/${controlImage}`)).status).toBe(404);
    await client(env.app, users.control.token).put(`/api/v1/stories/${withImage.id}`, {
      title: withImage.title,
      body: `![mine](/media/${controlImage})`,
      language: 'nl',
      scope: 'external',
    });
    expect((await env.app.request(`/media/${controlImage}`)).status).toBe(200);
  });

  it('a share link of an internal ambassador leads to the wall and reveals nothing', async () => {
    const link = await client(env.app, users.internal.token).post('/api/v1/me/share-links', {});
    const res = await env.app.request(`/s/${link.body.code}`);
    expect(res.headers.get('location')).toBe(`/careers/${SLUG}`);
  });

  it('after a change of scope to internal, the control is gone at once', async () => {
    expect((await crawl()).size).toBeGreaterThan(0); // warm every cache first
    expect((await client(env.app, users.control.token).put('/api/v1/me/ambassador', { scope: 'internal' })).status).toBe(200);
    expect(leaks(await crawl(), [MARK.control, ...HIDDEN])).toEqual([]);
    await client(env.app, users.control.token).put('/api/v1/me/ambassador', { scope: 'external' });
    expect(leaks(await crawl(), [MARK.control]).length).toBeGreaterThan(0);
  });

  it('after an opt-out, the control is gone at once', async () => {
    await crawl();
    expect((await client(env.app, users.control.token).delete('/api/v1/me/ambassador')).status).toBe(204);
    expect(leaks(await crawl(), [MARK.control, ...HIDDEN])).toEqual([]);
    await client(env.app, users.control.token).put('/api/v1/me/ambassador', { scope: 'external' });
    expect(leaks(await crawl(), [MARK.control]).length).toBeGreaterThan(0);
  });

  it('after HR sets the sensitive flag by import, the control is gone at once', async () => {
    await crawl();
    const csv = `employee_number;first_name;last_name;gevoelige functie\nC1;Cleo;${MARK.control};ja\n`;
    const res = await client(env.app, admin.token).post('/api/v1/people/import', csv, { 'content-type': 'text/csv' });
    expect(res.body.updated).toBe(1);
    expect(leaks(await crawl(), [MARK.control, ...HIDDEN])).toEqual([]);
    // And they cannot choose external again.
    expect((await client(env.app, users.control.token).put('/api/v1/me/ambassador', { scope: 'external' })).status).toBe(422);
  });
});
