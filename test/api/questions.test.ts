/**
 * The public question form, HTML and JSON: what it refuses (unreadable bodies, text that cannot be
 * stored, stories that are not the asked ambassador's), what its error pages carry, and its
 * single-use form tokens.
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pruneFormTokens } from '../../src/modules/ambassadors/questions.service.ts';
import { client, createTestEnv, importPeople, makeOrg, makeUser, type TestEnv } from '../helpers.ts';

let env: TestEnv;
const ana = { ambassador: '', story: '' };
const ben = { ambassador: '', story: '' };

beforeAll(async () => {
  env = await createTestEnv();
  const org = await makeOrg(env.ctx, 'quest-bank', 'Quest Bank');
  const admin = await makeUser(env.ctx, org.id, 'admin');
  await importPeople(env.app, admin.token, [
    { number: 'Q1', first: 'Ana', last: 'Asker', email: 'ana@qb.be' },
    { number: 'Q2', first: 'Ben', last: 'Bright', email: 'ben@qb.be' },
  ]);
  for (const [who, email] of [
    [ana, 'ana@qb.be'],
    [ben, 'ben@qb.be'],
  ] as const) {
    const api = client(env.app, (await makeUser(env.ctx, org.id, 'employee', { email })).token);
    await api.put('/api/v1/me/ambassador', { scope: 'external', intro: `I am ${email}` });
    who.story = (
      await api.post('/api/v1/me/stories', { title: `A story by ${email}`, body: 'Text.', language: 'en', scope: 'external' })
    ).body.id;
  }
  const feed = (await client(env.app).get('/api/v1/public/orgs/quest-bank/stories')).body.items;
  ana.ambassador = feed.find((s: any) => s.id === ana.story).author.id;
  ben.ambassador = feed.find((s: any) => s.id === ben.story).author.id;
});
afterAll(() => env.close());
// Every test starts in a new hour: the per-address limit (5 an hour) counts each test's posts only.
beforeEach(() => env.clock.advance(3600_000));

const PAGE_CSP = "default-src 'none'";
const questions = async () => (await env.ctx.db.query<{ n: number }>('select count(*)::int as n from questions'))[0].n;
const tokenOf = (page: string) => /name="t" value="([^"]+)"/.exec(page)![1];
/** A form token from the story page, old enough to be a person's. */
const pageToken = async (story = ana.story) => {
  const t = tokenOf((await client(env.app).get(`/careers/quest-bank/stories/${story}`)).text);
  env.clock.advance(5000);
  return t;
};
const apiToken = async () => {
  const t = (await client(env.app).get('/api/v1/public/orgs/quest-bank/form-token')).body.formToken;
  env.clock.advance(5000);
  return t;
};
const email = () => `kim-${crypto.randomUUID()}@example.org`;
const postForm = (fields: Record<string, string>) =>
  client(env.app).post(
    '/careers/quest-bank/ask',
    new URLSearchParams({
      ambassador: ana.ambassador,
      story: ana.story,
      lang: 'en',
      website: '',
      name: 'Kim',
      email: email(),
      question: 'How was your first week?',
      ...fields,
    }).toString(),
    { 'content-type': 'application/x-www-form-urlencoded' },
  );
const postJson = (body: Record<string, unknown>) =>
  client(env.app).post('/api/v1/public/orgs/quest-bank/questions', {
    ambassadorId: ana.ambassador,
    name: 'Kim',
    email: email(),
    question: 'How was your first week?',
    ...body,
  });

describe('the question form refuses what it cannot read', () => {
  it('answers 400 with a page, not 500, to a malformed multipart body', async () => {
    for (const [type, body] of [
      ['multipart/form-data; boundary=XyZ', '--XyZ\r\nContent-Disposition: form-data; name="name"\r\n\r\nKim'], // never closed
      ['multipart/form-data', 'name=Kim'], // no boundary
      ['multipart/form-data; boundary=XyZ', '\u0000\u0001garbage'],
    ]) {
      const res = await client(env.app).post('/careers/quest-bank/ask', body, { 'content-type': type });
      expect(res.status, `${type} ${JSON.stringify(body)}`).toBe(400);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(res.headers.get('content-security-policy')).toContain(PAGE_CSP);
    }
  });

  it('still reads a well-formed multipart form', async () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({
      ambassador: ana.ambassador,
      lang: 'en',
      t: await pageToken(),
      website: '',
      name: 'Kim',
      email: email(),
      question: 'Sent as multipart?',
    }))
      form.set(k, v);
    const before = await questions();
    const res = await env.app.request('/careers/quest-bank/ask', { method: 'POST', body: form });
    expect(res.status).toBe(303);
    expect(await questions()).toBe(before + 1);
  });

  it('refuses a NUL byte in any field with 400 naming the field, storing nothing', async () => {
    const before = await questions();
    for (const field of ['name', 'question', 'email', 'website', 't', 'lang']) {
      const res = await postForm({ t: await pageToken(), [field]: 'bad\u0000value' });
      expect(res.status, field).toBe(400);
      expect(res.text, field).toContain(`${field}:`);
      expect(res.headers.get('content-security-policy')).toContain(PAGE_CSP);
    }
    expect(await questions()).toBe(before);
  });

  it('cuts a long question without splitting an emoji in two', async () => {
    const res = await postForm({ t: await pageToken(), question: 'x'.repeat(3999) + '\u{1F600} and more' });
    expect(res.status).toBe(303);
    const [q] = await env.ctx.db.query<{ body: string }>('select body from questions order by created_at desc limit 1');
    expect(q.body).toBe('x'.repeat(3999));
  });

  it('refuses a NUL byte or a lone surrogate in the JSON API with 400 naming the field, storing nothing', async () => {
    const before = await questions();
    for (const [field, value] of [
      ['name', 'K\u0000im'],
      ['question', 'Broken \ud800 text?'],
      ['question', 'Broken \udc00 text?'],
      ['website', '\u0000'],
    ] as const) {
      const res = await postJson({ formToken: await apiToken(), [field]: value });
      // Refused at the door, like in every JSON body (platform/input-guard.ts).
      expect(res.status, `${field} ${JSON.stringify(value)}`).toBe(400);
      expect(res.body.code).toBe('unstorable-text');
      expect(res.body.errors).toEqual([{ path: `body.${field}`, code: 'unstorable-text', message: expect.any(String) }]);
    }
    // A well-formed pair (an emoji) is text like any other.
    expect((await postJson({ formToken: await apiToken(), question: 'Do you like it there? \u{1F600}' })).status).toBe(202);
    expect(await questions()).toBe(before + 1);
  });
});

describe("the question form's error pages", () => {
  it('carry the Content-Security-Policy: invalid fields, an unknown ambassador, a rate limit', async () => {
    const invalid = await postForm({ t: await pageToken(), email: 'not-an-address' });
    expect(invalid.status).toBe(422);
    const unknown = await postForm({ t: await pageToken(), ambassador: crypto.randomUUID(), story: '' });
    expect(unknown.status).toBe(404);
    let limited;
    for (let i = 0; i < 6; i++) limited = await postForm({ t: 'x' });
    expect(limited!.status).toBe(429);
    for (const res of [invalid, unknown, limited!]) {
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(res.headers.get('content-security-policy')).toContain(PAGE_CSP);
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    }
  });
});

describe('a question about a story', () => {
  it("relays one about the asked ambassador's own public story", async () => {
    expect((await postJson({ formToken: await apiToken(), storyId: ana.story })).status).toBe(202);
    const [q] = await env.ctx.db.query<{ story_id: string }>('select story_id from questions order by created_at desc limit 1');
    expect(q.story_id).toBe(ana.story);
  });

  it("refuses another ambassador's story and an unknown one alike: 422 naming storyId, nothing stored", async () => {
    const before = await questions();
    const other = await postJson({ formToken: await apiToken(), storyId: ben.story });
    const unknown = await postJson({ formToken: await apiToken(), storyId: crypto.randomUUID() });
    expect(other.status).toBe(422);
    expect(other.headers.get('content-type')).toContain('application/problem+json');
    expect(other.body.errors).toEqual([{ path: 'storyId', code: 'unknown-reference', message: expect.any(String) }]);
    expect(unknown.body).toEqual(other.body);
    // The HTML form: a page, no 500, the same for both.
    const otherPage = await postForm({ t: await pageToken(), story: ben.story });
    const unknownPage = await postForm({ t: await pageToken(), story: crypto.randomUUID() });
    expect(otherPage.status).toBe(422);
    expect(unknownPage.text).toBe(otherPage.text);
    expect((await postForm({ t: await pageToken(), story: '------------------------------------' })).status).toBe(422);
    expect(await questions()).toBe(before);
  });
});

describe('form tokens', () => {
  it('carry one question: a reused token is answered as usual and dropped', async () => {
    const before = await questions();
    const t = await pageToken();
    expect((await postForm({ t, question: 'The first question' })).status).toBe(303);
    expect(await questions()).toBe(before + 1);
    const again = await postForm({ t, question: 'A second one with the same token' });
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toContain('sent=1');
    expect(await questions()).toBe(before + 1);
    // The same through the JSON API, with a token from either source.
    const api = await apiToken();
    expect((await postJson({ formToken: api })).status).toBe(202);
    expect((await postJson({ formToken: api })).status).toBe(202);
    expect((await postJson({ formToken: t })).status).toBe(202);
    expect(await questions()).toBe(before + 2);
  });

  it('relay one question when the same token is posted twice at once', async () => {
    const before = await questions();
    const t = await pageToken();
    const answers = await Promise.all([postForm({ t, question: 'Twice at once?' }), postForm({ t, question: 'Twice at once?' })]);
    expect(answers.map((a) => a.status)).toEqual([303, 303]);
    expect(await questions()).toBe(before + 1);
  });

  it('are not spent by a question sent back for a correction', async () => {
    const before = await questions();
    const t = await pageToken();
    const links = await postForm({ t, question: 'See https://a.example https://b.example https://c.example' });
    expect(links.status).toBe(422);
    expect((await postForm({ t, question: 'See https://a.example only' })).status).toBe(303);
    expect(await questions()).toBe(before + 1);
  });

  it('are fresh on a page the browser already has: no 304 that would hand back a spent token', async () => {
    const url = `/careers/quest-bank/stories/${ana.story}`;
    const first = await client(env.app).get(url);
    env.clock.advance(5000);
    expect((await postForm({ t: tokenOf(first.text) })).status).toBe(303);
    const again = await client(env.app).get(url, { 'if-none-match': first.headers.get('etag')! });
    expect(again.status).toBe(200);
    expect(tokenOf(again.text)).not.toBe(tokenOf(first.text));
    // Pages without a form still answer 304.
    const wall = await client(env.app).get('/careers/quest-bank');
    expect((await client(env.app).get('/careers/quest-bank', { 'if-none-match': wall.headers.get('etag')! })).status).toBe(304);
  });

  it('are remembered until they expire, then pruned', async () => {
    await postForm({ t: await pageToken() });
    const count = async () => (await env.ctx.db.query<{ n: number }>('select count(*)::int as n from form_tokens_used'))[0].n;
    const before = await count();
    expect(before).toBeGreaterThan(0);
    await pruneFormTokens(env.ctx.db, env.clock);
    expect(await count()).toBe(before);
    env.clock.advance(25 * 3600_000);
    await pruneFormTokens(env.ctx.db, env.clock);
    expect(await count()).toBe(0);
  });
});
