/**
 * The community on the impact dashboard in a real browser: a coordinator (the admin) sees the
 * community's counts, the share of ambassadors active in the last 90 days and an event's
 * participation in a table, in English, with no serious accessibility problem.
 */
import { describe, expect, it } from 'vitest';
import { browserSession, peopleCsv, seriousA11yViolations } from './helpers.ts';

const anke = { email: 'anke@e2e.example.be', password: 'amber-harbour-violin-83', role: 'employee' as const };
const session = browserSession({
  peopleCsv: peopleCsv([['1', 'Anke', 'Aerts', anke.email, 'Sales', 'Gent', '2020-01-06']]),
  users: [anke],
  seed: async (ctx, orgId) => {
    const [p] = await ctx.db.query<{ id: string }>(`select id from people where org_id = $1 and work_email = $2`, [orgId, anke.email]);
    await ctx.db.query(
      `insert into ambassadors (org_id, person_id, scope, languages, joined_at, updated_at) values ($1, $2, 'internal', '{nl}', now() - interval '30 days', now())`,
      [orgId, p.id],
    );
    await ctx.db.query(
      `insert into community_posts (org_id, author_person_id, body, body_html, published_at, updated_at)
       values ($1, $2, 'Wat een dag!', '<p>Wat een dag!</p>', now() - interval '1 day', now() - interval '1 day')`,
      [orgId, p.id],
    );
    const [e] = await ctx.db.query<{ id: string }>(
      `insert into community_events (org_id, kind, title, place, starts_at, ends_at, language, capacity, created_at, updated_at)
       values ($1, 'job-fair', '{"en": "Job fair Ghent", "nl": "Jobbeurs Gent"}', 'ICC Gent', now() - interval '3 days',
               now() - interval '3 days' + interval '6 hours', 'nl', 10, now() - interval '20 days', now() - interval '20 days')
       returning id`,
      [orgId],
    );
    await ctx.db.query(
      `insert into community_event_signups (org_id, event_id, person_id, status, attended, signed_up_at, confirmed_at)
       values ($1, $2, $3, 'confirmed', true, now() - interval '10 days', now() - interval '10 days')`,
      [orgId, e.id, p.id],
    );
  },
});

describe('community impact', () => {
  it("a coordinator sees the community's counts and each event's participation", async () => {
    const page = session.page;
    await page.goto('/insights/impact');
    await page.getByRole('heading', { level: 2, name: 'Community' }).waitFor();
    const community = page.getByRole('region', { name: 'Community' });
    const card = (name: string) => community.getByRole('term').filter({ hasText: name }).locator('xpath=following-sibling::dd');
    expect(await card('Posts').first().textContent()).toBe('1');
    expect(await card('Ambassadors active in the last 90 days').textContent()).toBe('1 of 1 (100%)');
    const row = community.getByRole('row', { name: /Job fair Ghent/ });
    await row.waitFor();
    expect(await row.getByRole('cell').allTextContents()).toEqual([expect.any(String), 'Job fair', '10', '1', '0', '0', '1', '0', '0']);
    expect(await community.getByRole('link', { name: 'Job fair Ghent' }).getAttribute('href')).toMatch(/^\/community\/events\//);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
