/**
 * Every kind of public page is valid HTML with no errors under html-validate's recommended rules
 * (which include accessibility rules: labels, hidden focusable fields, landmarks): the wall with
 * branding, the ambassadors list, a profile, a story with an image and share links, the question
 * form sent, sent too fast and with fields missing, the 404 page and the embed.
 */
import sharp from 'sharp';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createTestEnv, importPeople, makeOrg, makeUser, type TestEnv } from '../helpers.ts';

let env: TestEnv;
const urls: Record<string, string> = {};
const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

async function image(background: string, width = 400, height = 200) {
  return new Uint8Array(
    await sharp({ create: { width, height, channels: 3, background } })
      .png()
      .toBuffer(),
  );
}

beforeAll(async () => {
  env = await createTestEnv();
  const org = await makeOrg(env.ctx, 'valid-bank', 'Valid Bank');
  const admin = await makeUser(env.ctx, org.id, 'admin');
  await importPeople(env.app, admin.token, [
    { number: 'V1', first: 'Vera', last: 'Valid', email: 'vera@valid.be', department: 'IT', region: 'brussels', site: 'Brussel' },
  ]);
  const coordinator = await makeUser(env.ctx, org.id, 'coordinator');
  const co = client(env.app, coordinator.token);
  expect((await co.put('/api/v1/organisation/branding', { brandColour: '#ffcc00', intro: { nl: 'Welkom.\nKom kijken.' } })).status).toBe(
    200,
  );
  for (const kind of ['logo', 'hero']) {
    const res = await env.app.request(`/api/v1/organisation/branding/${kind}`, {
      method: 'PUT',
      body: await image('#336699'),
      headers: { authorization: `Bearer ${coordinator.token}`, 'content-type': 'image/png' },
    });
    expect(res.status, await res.clone().text()).toBe(200);
  }
  const vera = await makeUser(env.ctx, org.id, 'employee', { email: 'vera@valid.be' });
  const as = client(env.app, vera.token);
  await as.put('/api/v1/me/ambassador', {
    scope: 'external',
    intro: 'Developer.\nAsk me anything.',
    topics: ['onboarding'],
    languages: ['nl', 'en'],
  });
  const upload = await env.app.request('/api/v1/me/media', {
    method: 'POST',
    body: await image('#aa3366'),
    headers: { authorization: `Bearer ${vera.token}`, 'content-type': 'image/png' },
  });
  const media = ((await upload.json()) as { url: string }).url;
  const story = (
    await as.post('/api/v1/me/stories', {
      title: 'Mijn eerste jaar',
      body: `# Begin\nEen **goed** begin.\n\n![Het kantoor](${media})\n\n- koffie\n- collega's`,
      language: 'nl',
      scope: 'external',
    })
  ).body.id;
  const ambassador = (await client(env.app).get('/api/v1/public/orgs/valid-bank/ambassadors')).body.items[0].id;
  urls.wall = '/careers/valid-bank?lang=nl';
  urls.wallFiltered = '/careers/valid-bank?lang=fr&department=IT&page=2';
  urls.ambassadors = '/careers/valid-bank/ambassadors?lang=en';
  urls.profile = `/careers/valid-bank/ambassadors/${ambassador}?lang=nl`;
  urls.story = `/careers/valid-bank/stories/${story}?lang=en`;
  urls.storySent = `/careers/valid-bank/stories/${story}?lang=fr&sent=1`;
  urls.notFound = '/careers/valid-bank/stories/00000000-0000-0000-0000-000000000000';
  urls.embed = '/careers/valid-bank/embed?lang=nl';
  urls.unknownOrg = '/careers/no-such-bank';
  urls.ambassador = ambassador;
  urls.storyId = story;
});
afterAll(() => env.close());

async function validate(page: string) {
  const report = await validator.validateString(page);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} (${m.line}:${m.column}): ${m.message}`));
}

describe('public pages are valid HTML', () => {
  for (const kind of ['wall', 'wallFiltered', 'ambassadors', 'profile', 'story', 'storySent', 'notFound', 'unknownOrg', 'embed']) {
    it(kind, async () => {
      const res = await env.app.request(urls[kind]);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(await validate(await res.text())).toEqual([]);
    });
  }

  const post = async (fields: Record<string, string>) => {
    const page = await (await env.app.request(urls.story)).text();
    const t = /name="t" value="([^"]+)"/.exec(page)![1];
    const body = new URLSearchParams({ ambassador: urls.ambassador, story: urls.storyId, lang: 'en', t, website: '', ...fields });
    return env.app.request('/careers/valid-bank/ask', {
      method: 'POST',
      body: body.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  };

  it('the question form sent too fast', async () => {
    const res = await post({ name: 'Kim', email: 'kim@example.org', question: 'Too quick <b>"question"</b>?' });
    expect(res.status).toBe(422);
    expect(await validate(await res.text())).toEqual([]);
  });

  it('the question form with fields missing', async () => {
    const res = await post({ name: '', email: 'not-an-address', question: '' });
    expect(res.status).toBe(422);
    expect(await validate(await res.text())).toEqual([]);
  });

  it('a refusal answered as a page (too many links)', async () => {
    const page = await (await env.app.request(urls.story)).text();
    const t = /name="t" value="([^"]+)"/.exec(page)![1];
    env.clock.advance(5000);
    const question = 'See https://a.example https://b.example https://c.example';
    const body = new URLSearchParams({ ambassador: urls.ambassador, lang: 'en', t, name: 'Kim', email: 'kim@example.org', question });
    const res = await env.app.request('/careers/valid-bank/ask', {
      method: 'POST',
      body: body.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(422);
    expect(await validate(await res.text())).toEqual([]);
  });

  it('catches invalid HTML (the check can fail)', async () => {
    const page = await (await env.app.request(urls.story)).text();
    // The spam trap reachable by keyboard inside something hidden from screen readers.
    expect(await validate(page.replace(' tabindex="-1"', ''))).toEqual([expect.stringContaining('hidden-focusable')]);
    expect(await validate(page.replace('<!DOCTYPE html>', '<!doctype html>'))).toEqual([expect.stringContaining('doctype-style')]);
  });
});
