import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createTestEnv, importPeople, lastMailTo, makeOrg, makeUser, type TestEnv, type TestUser } from '../helpers.ts';

let env: TestEnv;
let ana: TestUser;
let storyId: string;
let ambassadorId: string;

beforeAll(async () => {
  env = await createTestEnv();
  const org = await makeOrg(env.ctx, 'brabant-bank', 'Brabant Bank');
  const admin = await makeUser(env.ctx, org.id, 'admin');
  await importPeople(env.app, admin.token, [
    { number: 'A1', first: 'Ana', last: 'Ferreira', email: 'ana@bb.be', department: 'IT', region: 'brussels', site: 'Brussel' },
  ]);
  ana = await makeUser(env.ctx, org.id, 'employee', { email: 'ana@bb.be' });
  await client(env.app, ana.token).put('/api/v1/me/ambassador', {
    scope: 'external',
    intro: 'Developer at the head office',
    topics: ['onboarding'],
  });
  storyId = (
    await client(env.app, ana.token).post('/api/v1/me/stories', {
      title: 'Van stagiair tot developer',
      body: 'Drie jaar geleden begon ik als **stagiair**.',
      language: 'nl',
      scope: 'external',
    })
  ).body.id;
  const feed = await client(env.app).get('/api/v1/public/orgs/brabant-bank/ambassadors');
  ambassadorId = feed.body.items[0].id;
});
afterAll(() => env.close());

const get = (url: string, headers: Record<string, string> = {}) => client(env.app).get(url, headers);

describe('careers wall', () => {
  it("renders on the server, in the visitor's language, with meta tags and Open Graph", async () => {
    const res = await get('/careers/brabant-bank', { 'accept-language': 'fr-BE,fr;q=0.9' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.text).toContain('<html lang="fr">');
    expect(res.text).toContain('Travailler chez Brabant Bank');
    expect(res.text).toContain('Van stagiair tot developer');
    expect(res.text).toContain('<meta property="og:title"');
    expect(res.text).toContain('rel="alternate" hreflang="nl"');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect((await get('/careers/brabant-bank?lang=nl')).text).toContain('Werken bij Brabant Bank');
  });

  it('filters by department, region and language', async () => {
    expect((await get('/careers/brabant-bank?department=IT')).text).toContain('Van stagiair');
    expect((await get('/careers/brabant-bank?department=Legal')).text).not.toContain('Van stagiair');
    expect((await get('/careers/brabant-bank?region=wallonia')).text).not.toContain('Van stagiair');
    expect((await get('/careers/brabant-bank?language=fr')).text).not.toContain('Van stagiair');
  });

  it('offers as story languages exactly those of the public stories', async () => {
    const [org] = await env.ctx.db.query<{ id: string }>(`select id from organisations where slug = 'brabant-bank'`);
    const stored = await env.ctx.db.query<{ language: string }>(
      `select distinct language from public_stories where org_id = $1 order by language`,
      [org.id],
    );
    expect(stored.length).toBeGreaterThan(0);
    const select = /<select name="language">(.*?)<\/select>/s.exec((await get('/careers/brabant-bank?lang=en')).text)![1];
    const offered = [...select.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1]).filter((v) => v !== '');
    expect(offered).toEqual(stored.map((r) => r.language));
  });

  it('lists the ambassadors the filter matches, by name, while the filters offer what all public ambassadors have', async () => {
    const org = await makeOrg(env.ctx, 'kempen-care', 'Kempen Care');
    const admin = await makeUser(env.ctx, org.id, 'admin');
    const people = [
      { number: 'K1', first: 'Zoë', last: 'Claes', email: 'zoe@kc.be', department: 'IT', region: 'brussels', site: 'Brussel' },
      { number: 'K2', first: 'Bram', last: 'Peeters', email: 'bram@kc.be', department: 'HR', region: 'flanders', site: 'Gent' },
      { number: 'K3', first: 'Anna', last: 'Maes', email: 'anna@kc.be', department: 'IT', region: 'flanders', site: 'Gent' },
      { number: 'K4', first: 'Carl', last: 'Dubois', email: 'carl@kc.be', department: 'Legal', region: 'wallonia', site: 'Namur' },
    ];
    await importPeople(env.app, admin.token, people);
    for (const p of people) {
      const u = await makeUser(env.ctx, org.id, 'employee', { email: p.email });
      // Carl is an ambassador inside the organisation only: on no public page, nor in its filters.
      await client(env.app, u.token).put('/api/v1/me/ambassador', { scope: p.number === 'K4' ? 'internal' : 'external' });
    }
    const shown = (html: string) => ['Anna Maes', 'Bram Peeters', 'Zoë Claes', 'Carl Dubois'].filter((n) => html.includes(n));
    const options = (html: string, name: string) =>
      [...new RegExp(`<select name="${name}">(.*?)</select>`, 's').exec(html)![1].matchAll(/<option value="([^"]+)"/g)].map((m) => m[1]);
    const wall = (await get('/careers/kempen-care?lang=en')).text;
    expect(shown(wall)).toEqual(['Anna Maes', 'Bram Peeters', 'Zoë Claes']);
    expect(wall.indexOf('Anna Maes')).toBeLessThan(wall.indexOf('Bram Peeters'));
    expect(wall.indexOf('Bram Peeters')).toBeLessThan(wall.indexOf('Zoë Claes'));
    const it = (await get('/careers/kempen-care?lang=en&department=IT')).text;
    expect(shown(it)).toEqual(['Anna Maes', 'Zoë Claes']);
    expect(options(it, 'department')).toEqual(['HR', 'IT']);
    expect(options(it, 'region')).toEqual(['brussels', 'flanders']);
    expect(shown((await get('/careers/kempen-care?lang=en&region=brussels')).text)).toEqual(['Zoë Claes']);
  });

  it('answers 304 to a browser that has the current version', async () => {
    const first = await get('/careers/brabant-bank?lang=en');
    const again = await get('/careers/brabant-bank?lang=en', { 'if-none-match': first.headers.get('etag')! });
    expect(again.status).toBe(304);
  });

  it('has a page per story and per ambassador, and a sitemap listing them', async () => {
    const story = await get(`/careers/brabant-bank/stories/${storyId}`);
    expect(story.status).toBe(200);
    expect(story.text).toContain('<strong>stagiair</strong>');
    expect(story.text).toContain('og:type" content="article"');
    expect((await get(`/careers/brabant-bank/ambassadors/${ambassadorId}`)).text).toContain('Developer at the head office');
    const sitemap = await get('/careers/brabant-bank/sitemap.xml');
    const storyUrl = `http://embassy.test/careers/brabant-bank/stories/${storyId}`;
    expect(sitemap.text).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    // Each page once per language, each entry naming every language's address and the default.
    for (const l of ['nl', 'fr', 'en']) expect(sitemap.text).toContain(`<loc>${storyUrl}?lang=${l}</loc>`);
    const entry = new RegExp(`<url><loc>${storyUrl}\\?lang=fr</loc>.*?</url>`).exec(sitemap.text)![0];
    expect(entry.match(/<xhtml:link rel="alternate" hreflang="[a-z-]+" href="[^"]+"\/>/g)).toEqual([
      `<xhtml:link rel="alternate" hreflang="nl" href="${storyUrl}?lang=nl"/>`,
      `<xhtml:link rel="alternate" hreflang="fr" href="${storyUrl}?lang=fr"/>`,
      `<xhtml:link rel="alternate" hreflang="en" href="${storyUrl}?lang=en"/>`,
      `<xhtml:link rel="alternate" hreflang="x-default" href="${storyUrl}"/>`,
    ]);
    const robots = (await get('/robots.txt')).text;
    expect(robots).toContain('Allow: /careers/');
    expect(robots).toMatch(/^Sitemap: http:\/\/embassy\.test\/sitemap\.xml$/m);
    const index = await get('/sitemap.xml');
    expect(index.headers.get('content-type')).toContain('xml');
    expect(index.text).toContain('<loc>http://embassy.test/careers/brabant-bank/sitemap.xml</loc>');
    expect((await get('/careers/nope')).status).toBe(404);
    expect((await get('/careers/brabant-bank/stories/00000000-0000-0000-0000-000000000000')).status).toBe(404);
  });

  it('offers JSON feeds with CORS and an embeddable widget', async () => {
    const stories = await get('/api/v1/public/orgs/brabant-bank/stories');
    expect(stories.headers.get('access-control-allow-origin')).toBe('*');
    expect(stories.body.items[0]).toMatchObject({
      title: 'Van stagiair tot developer',
      url: expect.stringContaining(`/careers/brabant-bank/stories/${storyId}`),
    });
    const widget = await get('/careers/brabant-bank/widget.js');
    expect(widget.headers.get('content-type')).toContain('javascript');
    expect(widget.text).toContain('/careers/brabant-bank/embed');
    const embed = await get('/careers/brabant-bank/embed');
    expect(embed.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(embed.text).toContain('Van stagiair tot developer');
    // The script the embed loads to fit its frame is served as a script, not as an organisation.
    const script = /<script src="([^"]+)"/.exec(embed.text)![1];
    const resize = await get(script);
    expect(resize.status).toBe(200);
    expect(resize.headers.get('content-type')).toContain('javascript');
  });
});

describe('ask an ambassador', () => {
  const form = (page: string) => {
    const t = /name="t" value="([^"]+)"/.exec(page)![1];
    return (fields: Record<string, string>) =>
      new URLSearchParams({ ambassador: ambassadorId, story: storyId, lang: 'nl', t, website: '', ...fields }).toString();
  };
  const post = (body: string) =>
    client(env.app).post('/careers/brabant-bank/ask', body, { 'content-type': 'application/x-www-form-urlencoded' });

  it("relays a question by mail without showing the candidate's address, and the answer without the ambassador's", async () => {
    const fill = form((await get(`/careers/brabant-bank/stories/${storyId}`)).text);
    env.clock.advance(5000);
    const res = await post(fill({ name: 'Kim', email: 'kim@example.org', question: 'Hoe verliep je selectieprocedure?' }));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toContain('sent=1');
    const relayed = await lastMailTo(env.ctx, 'ana@bb.be');
    expect(relayed.kind).toBe('question');
    expect(relayed.text_body).toContain('Hoe verliep je selectieprocedure?');
    expect(relayed.text_body).not.toContain('kim@example.org');
    const mine = await client(env.app, ana.token).get('/api/v1/me/questions');
    expect(JSON.stringify(mine.body)).not.toContain('kim@example.org');
    const q = mine.body.items[0];
    expect(
      (
        await client(env.app, ana.token).post(`/api/v1/me/questions/${q.id}/answer`, {
          answer: 'Een gesprek en een case.',
          shareEmail: false,
        })
      ).status,
    ).toBe(204);
    const answered = await lastMailTo(env.ctx, 'kim@example.org');
    expect(answered.text_body).toContain('Een gesprek en een case.');
    expect(answered.text_body).not.toContain('ana@bb.be');
    expect(answered.reply_to).toBeNull();
    env.clock.advance(1000);
    await client(env.app, ana.token).post(`/api/v1/me/questions/${q.id}/answer`, { answer: 'Mail me gerust.', shareEmail: true });
    expect((await lastMailTo(env.ctx, 'kim@example.org')).reply_to).toBe('ana@bb.be');
  });

  it('quietly drops what bots send in the hidden field', async () => {
    const fill = form((await get(`/careers/brabant-bank/stories/${storyId}`)).text);
    const before = (await client(env.app, ana.token).get('/api/v1/me/questions')).body.items.length;
    env.clock.advance(5000);
    expect((await post(fill({ name: 'Bot', email: 'bot@spam.example', question: 'Buy now please', website: 'http://spam' }))).status).toBe(
      303,
    );
    expect((await client(env.app, ana.token).get('/api/v1/me/questions')).body.items.length).toBe(before);
  });

  it('tells whoever sends the form too fast to send it again, with what they wrote, and relays it then', async () => {
    const before = (await client(env.app, ana.token).get('/api/v1/me/questions')).body.items.length;
    // A page served from the cache still carries a fresh timestamp: posting at once is caught.
    const instant = form((await get(`/careers/brabant-bank/ambassadors/${ambassadorId}`)).text);
    const fast = await post(instant({ name: 'Snel', email: 'snel@example.org', question: 'Hoe is de <sfeer> & het team?' }));
    expect(fast.status).toBe(422);
    expect(fast.headers.get('location')).toBeNull();
    expect(fast.text).toContain('Dat ging sneller dan we verwachtten.');
    expect(fast.text).toContain('value="Snel"');
    expect(fast.text).toContain('value="snel@example.org"');
    expect(fast.text).toContain('Hoe is de &lt;sfeer&gt; &amp; het team?</textarea>');
    expect((await client(env.app, ana.token).get('/api/v1/me/questions')).body.items.length).toBe(before);
    // The form it sends back carries a new token: after a moment, sending it again works.
    const again = form(fast.text);
    env.clock.advance(4000);
    const sent = await post(again({ name: 'Snel', email: 'snel@example.org', question: 'Hoe is de sfeer?' }));
    expect(sent.status).toBe(303);
    expect((await client(env.app, ana.token).get('/api/v1/me/questions')).body.items.length).toBe(before + 1);
    // A form left open for more than a day says so too.
    const old = form((await get(`/careers/brabant-bank/stories/${storyId}?lang=en`)).text);
    env.clock.advance(25 * 3600_000);
    const late = await post(old({ name: 'Laat', email: 'laat@example.org', question: 'Nog een vraag?' }));
    expect(late.status).toBe(422);
    expect(late.text).toContain('Dit formulier stond meer dan een dag open.');
    // And the JSON API answers with the code.
    const token = (await get('/api/v1/public/orgs/brabant-bank/form-token')).body.formToken;
    const api = await client(env.app).post('/api/v1/public/orgs/brabant-bank/questions', {
      ambassadorId,
      name: 'Api',
      email: 'api@example.org',
      question: 'Straight away?',
      formToken: token,
    });
    expect(api.status).toBe(422);
    expect(api.body).toMatchObject({ code: 'form-too-fast', params: { seconds: 3 } });
    expect(api.body.errors).toEqual([{ path: 'formToken', code: 'form-too-fast', message: expect.any(String) }]);
  });

  it('is rate limited', async () => {
    let last;
    for (let i = 0; i < 6; i++)
      last = await post('ambassador=' + ambassadorId + '&name=X&email=x' + i + '@example.org&question=Another+question&t=x');
    expect(last!.status).toBe(429);
    expect(last!.headers.get('retry-after')).toBeTruthy();
  });
});

describe('share links and photos', () => {
  it('a tracked share link redirects to the story and counts the click, storing no address', async () => {
    const link = await client(env.app, ana.token).post('/api/v1/me/share-links', { storyId });
    expect(link.body.url).toMatch(/\/s\/[a-z0-9]+$/);
    const res = await get(`/s/${link.body.code}`);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(`/careers/brabant-bank/stories/${storyId}`);
    const [row] = await env.ctx.db.query<{ clicks: number }>('select clicks from share_clicks where code = $1', [link.body.code]);
    expect(row.clicks).toBe(1);
  });

  it('resizes a profile photo, strips its metadata and shows it publicly only while external', async () => {
    const jpeg = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#336699' } })
      .jpeg()
      .withExif({ IFD0: { Artist: 'SECRET-ARTIST', Copyright: 'SECRET-GPS' } })
      .toBuffer();
    const upload = await env.app.request('/api/v1/me/ambassador/photo', {
      method: 'PUT',
      body: new Uint8Array(jpeg),
      headers: { authorization: `Bearer ${ana.token}`, 'content-type': 'image/jpeg' },
    });
    const res = { status: upload.status, body: (await upload.json()) as { photoUrl: string } };
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const img = await env.app.request(res.body.photoUrl);
    expect(img.status).toBe(200);
    const bytes = Buffer.from(await img.arrayBuffer());
    const meta = await sharp(bytes).metadata();
    expect(meta.width).toBe(480);
    expect(meta.exif).toBeUndefined();
    expect(bytes.includes(Buffer.from('SECRET-ARTIST'))).toBe(false);
    await client(env.app, ana.token).put('/api/v1/me/ambassador', { scope: 'internal' });
    expect((await env.app.request(res.body.photoUrl)).status).toBe(404);
    // Colleagues, signed in, still see it.
    expect((await env.app.request(res.body.photoUrl, { headers: { authorization: `Bearer ${ana.token}` } })).status).toBe(200);
  });
});
