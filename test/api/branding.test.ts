/**
 * Employer branding: the program's coordinators set a colour, a logo, a hero image and an intro per
 * language; the careers pages show them with every text readable (WCAG AA); branding images are the
 * organisation's own and public only while they are its branding.
 */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/platform/contrast.ts';
import { client, createTestEnv, importPeople, makeOrg, makeUser, type TestEnv, type TestUser } from '../helpers.ts';

let env: TestEnv;
let orgId: string;
let coordinator: TestUser;
let employee: TestUser;

const png = async (background: string, width = 1200, height = 600) =>
  new Uint8Array(
    await sharp({ create: { width, height, channels: 4, background } })
      .png()
      .toBuffer(),
  );
const upload = (token: string, kind: string, body: Uint8Array<ArrayBuffer>, type = 'image/png') =>
  env.app.request(`/api/v1/organisation/branding/${kind}`, {
    method: 'PUT',
    body,
    headers: { authorization: `Bearer ${token}`, 'content-type': type },
  });
const page = async (url: string) => (await env.app.request(url)).text();

beforeAll(async () => {
  env = await createTestEnv();
  orgId = (await makeOrg(env.ctx, 'brand-bank', 'Brand Bank')).id;
  const admin = await makeUser(env.ctx, orgId, 'admin');
  await importPeople(env.app, admin.token, [{ number: 'E1', first: 'Eva', last: 'Employee', email: 'eva@brand.be' }]);
  coordinator = await makeUser(env.ctx, orgId, 'coordinator');
  employee = await makeUser(env.ctx, orgId, 'employee', { email: 'eva@brand.be' });
  await client(env.app, employee.token).put('/api/v1/me/ambassador', { scope: 'external', intro: 'Hi' });
});
afterAll(() => env.close());

describe('branding settings', () => {
  it('are set by a coordinator (program.manage), not by other colleagues', async () => {
    const co = client(env.app, coordinator.token);
    const res = await co.put('/api/v1/organisation/branding', {
      brandColour: '#FFCC00',
      intro: { nl: '  Bij ons telt je verhaal.  ', fr: 'Chez nous, votre histoire compte.', en: '' },
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({
      brandColour: '#ffcc00',
      intro: { nl: 'Bij ons telt je verhaal.', fr: 'Chez nous, votre histoire compte.', en: '' },
      logoUrl: null,
      heroUrl: null,
      careersUrl: 'http://embassy.test/careers/brand-bank',
    });
    // Yellow: black text on it, and a darker yellow for links on the white page.
    expect(res.body.palette.textOnBrand).toBe('#000000');
    expect(res.body.palette.textContrast).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(res.body.palette.link, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect((await client(env.app, employee.token).put('/api/v1/organisation/branding', { brandColour: '#000000' })).status).toBe(403);
    expect((await client(env.app, employee.token).get('/api/v1/organisation/branding')).status).toBe(403);
    expect((await upload(employee.token, 'logo', await png('#000000'))).status).toBe(403);
    const [audit] = await env.ctx.db.query<{ action: string }>(
      `select action from audit_log where org_id = $1 and action like 'branding.%' order by id desc limit 1`,
      [orgId],
    );
    expect(audit.action).toBe('branding.update');
  });

  it('refuse a colour that is not #rrggbb and an intro that is too long, naming the field, and change nothing', async () => {
    const co = client(env.app, coordinator.token);
    const bad = await co.put('/api/v1/organisation/branding', { brandColour: 'yellow' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(['body.brandColour']);
    const long = await co.put('/api/v1/organisation/branding', { intro: { en: 'x'.repeat(601) } });
    expect(long.status).toBe(400);
    expect(long.body.errors.map((e: { path: string }) => e.path)).toEqual(['body.intro.en']);
    expect((await co.get('/api/v1/organisation/branding')).body.brandColour).toBe('#ffcc00');
    expect((await upload(coordinator.token, 'logo', new TextEncoder().encode('not an image') as Uint8Array<ArrayBuffer>)).status).toBe(422);
  });
});

describe('the careers pages with branding', () => {
  it('paint the header and buttons with the brand colour and a readable text colour, and show the intro per language', async () => {
    const nl = await page('/careers/brand-bank?lang=nl');
    expect(nl).toContain('--accent:#ffcc00;--accent-ink:#000000');
    expect(nl).toContain('--head:#ffcc00;--head-ink:#000000');
    expect(nl).toContain('<p class="lead">Bij ons telt je verhaal.</p>');
    expect(await page('/careers/brand-bank?lang=fr')).toContain('<p class="lead">Chez nous, votre histoire compte.</p>');
    // No English intro: the standard one.
    expect(await page('/careers/brand-bank?lang=en')).toContain('Our colleagues tell, in their own words');
    // A dark colour gets white text.
    await client(env.app, coordinator.token).put('/api/v1/organisation/branding', { brandColour: '#003366' });
    expect(await page('/careers/brand-bank?lang=nl')).toContain('--accent:#003366;--accent-ink:#ffffff;--link:#003366');
  });

  it('show the logo and hero image, which are public, resized and the organisation’s own', async () => {
    const logo = await upload(coordinator.token, 'logo', await png('#ffffff00', 2000, 1000));
    expect(logo.status).toBe(200);
    const logoUrl = ((await logo.json()) as { logoUrl: string }).logoUrl;
    const hero = await upload(coordinator.token, 'hero', await png('#336699', 3000, 1500), 'image/png');
    const heroUrl = ((await hero.json()) as { heroUrl: string }).heroUrl;
    const wall = await page('/careers/brand-bank?lang=nl');
    expect(wall).toContain(`<img src="${logoUrl}" alt="" height="40">`);
    expect(wall).toContain(`<div class="hero"><img src="${heroUrl}" alt=""></div>`);
    expect(wall).toContain(`<meta property="og:image" content="http://embassy.test${heroUrl}">`);
    const served = await env.app.request(logoUrl);
    expect(served.status).toBe(200);
    expect(served.headers.get('cache-control')).toContain('public');
    const meta = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height, meta.hasAlpha]).toEqual(['webp', 800, 400, true]);
    const heroMeta = await sharp(Buffer.from(await (await env.app.request(heroUrl)).arrayBuffer())).metadata();
    expect([heroMeta.width, heroMeta.height]).toEqual([1920, 960]);
    const [row] = await env.ctx.db.query<{ owner_person_id: string | null; purpose: string }>(
      'select owner_person_id, purpose from media where id = $1',
      [logoUrl.replace('/media/', '')],
    );
    expect(row).toEqual({ owner_person_id: null, purpose: 'logo' });
  });

  it('a replaced or removed image is gone, for everyone', async () => {
    const before = ((await client(env.app, coordinator.token).get('/api/v1/organisation/branding')).body as { logoUrl: string }).logoUrl;
    const next = ((await (await upload(coordinator.token, 'logo', await png('#ff0000', 400, 200))).json()) as { logoUrl: string }).logoUrl;
    expect(next).not.toBe(before);
    expect((await env.app.request(before)).status).toBe(404);
    expect((await env.app.request(before, { headers: { authorization: `Bearer ${coordinator.token}` } })).status).toBe(404);
    const removed = await client(env.app, coordinator.token).delete('/api/v1/organisation/branding/logo');
    expect(removed.status).toBe(200);
    expect(removed.body.logoUrl).toBeNull();
    expect((await env.app.request(next)).status).toBe(404);
    expect(await page('/careers/brand-bank?lang=nl')).not.toContain(next);
  });

  it("a person's image never becomes public as branding, even written into the organisation by hand", async () => {
    const res = await env.app.request('/api/v1/me/media', {
      method: 'POST',
      body: await png('#00ff00', 100, 100),
      headers: { authorization: `Bearer ${employee.token}`, 'content-type': 'image/png' },
    });
    const personal = ((await res.json()) as { id: string }).id;
    await env.ctx.db.query('update organisations set brand_logo_id = $1 where id = $2', [personal, orgId]);
    expect((await env.app.request(`/media/${personal}`)).status).toBe(404);
    // And the database refuses a branding image that belongs to a person.
    await expect(env.ctx.db.query(`update media set purpose = 'logo' where id = $1`, [personal])).rejects.toThrow(/media_branding_unowned/);
    await env.ctx.db.query('update organisations set brand_logo_id = null where id = $1', [orgId]);
  });
});
