/**
 * What a visitor of the careers pages reads and shares: dates in their language, excerpts that keep
 * their breaks, the ambassador's languages, the story's own image in link previews, share links
 * that carry the tracked link (and load nothing), and a spam trap no one can reach.
 */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createTestEnv, importPeople, makeOrg, makeUser, type TestEnv, type TestUser } from '../helpers.ts';

let env: TestEnv;
let ana: TestUser;
let ambassadorId: string;
let storyId: string;
let plainStoryId: string;
let image: string;

const get = async (url: string) => {
  const res = await env.app.request(url);
  return { status: res.status, headers: res.headers, text: await res.text() };
};
const png = async (background: string) =>
  new Uint8Array(
    await sharp({ create: { width: 300, height: 200, channels: 3, background } })
      .png()
      .toBuffer(),
  );

beforeAll(async () => {
  // Published on 1 December 2026 at 00:30 in Brussels (still 30 November in UTC).
  env = await createTestEnv({ now: '2026-11-30T23:30:00Z' });
  const org = await makeOrg(env.ctx, 'visit-bank', 'Visit Bank');
  const admin = await makeUser(env.ctx, org.id, 'admin');
  await importPeople(env.app, admin.token, [{ number: 'A1', first: 'Ana', last: 'Ferreira', email: 'ana@visit.be', department: 'IT' }]);
  ana = await makeUser(env.ctx, org.id, 'employee', { email: 'ana@visit.be' });
  const as = client(env.app, ana.token);
  await as.put('/api/v1/me/ambassador', { scope: 'external', intro: 'Developer', languages: ['nl', 'en', 'fr'] });
  const photo = await env.app.request('/api/v1/me/ambassador/photo', {
    method: 'PUT',
    body: await png('#123456'),
    headers: { authorization: `Bearer ${ana.token}`, 'content-type': 'image/png' },
  });
  expect(photo.status).toBe(200);
  const upload = await env.app.request('/api/v1/me/media', {
    method: 'POST',
    body: await png('#aa3366'),
    headers: { authorization: `Bearer ${ana.token}`, 'content-type': 'image/png' },
  });
  image = ((await upload.json()) as { id: string }).id;
  storyId = (
    await as.post('/api/v1/me/stories', {
      title: 'Van stagiair tot developer',
      body: `## Het begin\nDrie jaar geleden begon ik als **stagiair**\nop de dienst IT\n\n![Ons kantoor](/media/${image})\n\nNu bouw ik apps.`,
      language: 'nl',
      scope: 'external',
    })
  ).body.id;
  plainStoryId = (await as.post('/api/v1/me/stories', { title: 'Zonder beeld', body: 'Gewoon tekst.', language: 'nl', scope: 'external' }))
    .body.id;
  ambassadorId = (await client(env.app).get('/api/v1/public/orgs/visit-bank/ambassadors')).body.items[0].id;
});
afterAll(() => env.close());

describe('dates', () => {
  it("are written in the visitor's language, on the organisation's day", async () => {
    const expected = { nl: '1 december 2026', fr: '1 décembre 2026', en: '1 December 2026' };
    for (const [lang, text] of Object.entries(expected)) {
      const wall = await get(`/careers/visit-bank?lang=${lang}`);
      expect(wall.text).toContain(`<time datetime="2026-12-01">${text}</time>`);
      expect((await get(`/careers/visit-bank/stories/${storyId}?lang=${lang}`)).text).toContain(`>${text}</time>`);
    }
  });
});

describe('excerpts', () => {
  it('keep the breaks between heading, lines and paragraphs: no words glued together', async () => {
    const wall = (await get('/careers/visit-bank?lang=nl')).text;
    const excerpt = /<p class="excerpt">([^<]*)<\/p><\/li>/.exec(wall.slice(wall.indexOf('Van stagiair tot developer')))![1];
    expect(excerpt).toBe('Het begin\nDrie jaar geleden begon ik als stagiair\nop de dienst IT\nNu bouw ik apps.');
    // The description (one line) keeps them apart too.
    const story = (await get(`/careers/visit-bank/stories/${storyId}?lang=nl`)).text;
    expect(story).toContain(
      '<meta name="description" content="Het begin · Drie jaar geleden begon ik als stagiair · op de dienst IT · Nu bouw ik apps.">',
    );
  });
});

describe('ambassador cards', () => {
  it('show the languages they speak, in the visitor’s language', async () => {
    expect((await get('/careers/visit-bank?lang=en')).text).toContain('Speaks Dutch, English and French');
    expect((await get('/careers/visit-bank/ambassadors?lang=fr')).text).toContain('Parle néerlandais, anglais et français');
    expect((await get(`/careers/visit-bank/ambassadors/${ambassadorId}?lang=nl`)).text).toContain('Spreekt Nederlands, Engels en Frans');
  });
});

describe('link previews', () => {
  it("use the story's own first image, large, and the author's photo for a story without one", async () => {
    const story = (await get(`/careers/visit-bank/stories/${storyId}`)).text;
    expect(story).toContain(`<meta property="og:image" content="http://embassy.test/media/${image}">`);
    expect(story).toContain(`<meta name="twitter:image" content="http://embassy.test/media/${image}">`);
    expect(story).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect((await env.app.request(`/media/${image}`)).status).toBe(200);
    const plain = (await get(`/careers/visit-bank/stories/${plainStoryId}`)).text;
    const photo = /og:image" content="http:\/\/embassy\.test\/media\/([0-9a-f-]+)"/.exec(plain)![1];
    expect(photo).not.toBe(image);
    expect(plain).toContain('<meta name="twitter:card" content="summary">');
  });
});

describe('sharing', () => {
  const hrefs = (page: string) =>
    [...page.matchAll(/<section class="share"[\s\S]*?<\/section>/g)].flatMap((m) =>
      [...m[0].matchAll(/href="([^"]+)"/g)].map((h) => h[1].replace(/&amp;/g, '&')),
    );

  it('links to LinkedIn, X, Facebook, WhatsApp and e-mail with the tracked link, never the bare address', async () => {
    const page = (await get(`/careers/visit-bank/stories/${storyId}?lang=en`)).text;
    const links = hrefs(page);
    expect(links.map((h) => (new URL(h).protocol === 'mailto:' ? 'mailto' : new URL(h).hostname))).toEqual([
      'www.linkedin.com',
      'x.com',
      'www.facebook.com',
      'wa.me',
      'mailto',
    ]);
    // The story's tracked link is the ambassador's own (the one they get in Embassy).
    const own = (await client(env.app, ana.token).post('/api/v1/me/share-links', { storyId })).body.url as string;
    expect(own).toMatch(/^http:\/\/embassy\.test\/s\/[a-z0-9]+$/);
    for (const h of links) {
      const carried = decodeURIComponent(h);
      expect(carried).toContain(own);
      expect(carried).not.toContain(`/careers/visit-bank/stories/${storyId}`);
    }
    expect(links[0]).toBe(`https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(own)}`);
    // Following it counts a click and leads to the story.
    const code = own.split('/s/')[1];
    const followed = await env.app.request(`/s/${code}`);
    expect(followed.headers.get('location')).toBe(`/careers/visit-bank/stories/${storyId}`);
    const [{ clicks }] = await env.ctx.db.query<{ clicks: number }>('select clicks from share_clicks where code = $1', [code]);
    expect(clicks).toBe(1);
  });

  it("shares a profile with the ambassador's profile link", async () => {
    const page = (await get(`/careers/visit-bank/ambassadors/${ambassadorId}?lang=nl`)).text;
    const own = (await client(env.app, ana.token).post('/api/v1/me/share-links', {})).body.url as string;
    const links = hrefs(page);
    expect(links).toHaveLength(5);
    for (const h of links) expect(decodeURIComponent(h)).toContain(own);
    expect(page).toContain('Delen op LinkedIn');
  });

  it('are plain links: no script, no pixel, nothing from the networks loads with the page', async () => {
    for (const url of [
      `/careers/visit-bank/stories/${storyId}`,
      `/careers/visit-bank/ambassadors/${ambassadorId}`,
      '/careers/visit-bank',
    ]) {
      const res = await get(url);
      expect(res.text).not.toMatch(/<script|<iframe|<img[^>]+src="https?:/i);
      expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(res.headers.get('content-security-policy')).toContain("img-src 'self'");
    }
  });

  it('offer nothing for a story that is not public', async () => {
    await client(env.app, ana.token).put('/api/v1/me/ambassador', { scope: 'internal' });
    expect((await get(`/careers/visit-bank/stories/${storyId}`)).status).toBe(404);
    await client(env.app, ana.token).put('/api/v1/me/ambassador', { scope: 'external' });
  });
});

describe('the spam trap', () => {
  it('is a field no one sees or reaches, in a container hidden as a whole, not in a hidden label', async () => {
    const page = (await get(`/careers/visit-bank/stories/${storyId}`)).text;
    expect(page).not.toMatch(/<label[^>]*aria-hidden/);
    expect(page).toContain(
      '<div class="hp" aria-hidden="true"><label for="ask-website">Laat dit veld leeg</label><input id="ask-website" type="text" name="website" tabindex="-1" autocomplete="off"></div>',
    );
  });
});
