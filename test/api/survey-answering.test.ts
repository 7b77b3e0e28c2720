/**
 * Answering a survey from its personal link, without an account: the form in the person's
 * language with the anonymity promise first, a partial answer kept, one answer that carries no
 * person or invitation, and the optional follow-ups (alumni interest, moments of one's own) that
 * are about the person and never touch the answers.
 */
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createTestEnv, type TestEnv } from '../helpers.ts';
import { orgWithAdmin, person, type Org, type Person } from '../factories.ts';
import { surveyFromTemplate, type TestSurvey, type TestSurveyQuestion } from '../factories-surveys.ts';
import { answerTokenHash, newAnswerToken } from '../../src/modules/surveys/links.ts';
import { POSTS_PER_LINK } from '../../src/modules/surveys/respond.service.ts';
import { surveyFormPage, type FormQuestion } from '../../src/modules/surveys/respond.pages.ts';

let env: TestEnv;
let org: Org;
let exit: TestSurvey;
let moments: TestSurvey;

// 23:30 in UTC on 30 November is already 1 December in Brussels: the answer's month is December.
const START = '2026-11-30T23:30:00Z';

beforeAll(async () => {
  env = await createTestEnv({ now: START });
  org = await orgWithAdmin(env);
  await env.ctx.db.query(`update organisations set time_zone = 'Europe/Brussels', survey_retention_months = 18 where id = $1`, [org.id]);
  exit = await surveyFromTemplate(env, org.id, 'exit', { minGroup: 6, minComments: 8 });
  moments = await surveyFromTemplate(env, org.id, 'moments_matter');
});
afterAll(() => env.close());

const SEGMENT = {
  department: 'Finance',
  siteId: '5b0d7b4e-3f1a-4c1e-9a57-2f8e1b9c0d11',
  region: 'wallonia',
  language: 'fr',
  seniority: '1-3y',
  startCohort: '2024-Q2',
  managerPath: ['0f6a1c2e-8b3d-4e5f-9a7b-1c2d3e4f5a6b', '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b'],
};

/** An invitation as the sending code makes one (only the link's hash stored); returns the link's token. */
async function invite(
  surveyId: string,
  p: Person,
  o: { language?: string; expiresAt?: string; segment?: Record<string, unknown> } = {},
): Promise<string> {
  const token = newAnswerToken();
  await env.ctx.db.query(
    `insert into survey_invitations (org_id, survey_id, person_id, token_hash, language, segment, sent_at, expires_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      org.id,
      surveyId,
      p.personId,
      answerTokenHash(token),
      o.language ?? 'fr',
      JSON.stringify(o.segment ?? SEGMENT),
      env.clock.now(),
      o.expiresAt ?? new Date(env.clock.now().getTime() + 21 * 86400_000).toISOString(),
    ],
  );
  return token;
}

const page = (token: string, suffix = '') => env.app.request(`/answer/${token}${suffix}`);

function post(token: string, fields: [string, string][], suffix = '') {
  return env.app.request(`/answer/${token}${suffix}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
}

/** A valid answer to every question. */
function answerAll(qs: TestSurveyQuestion[]): [string, string][] {
  const out: [string, string][] = [];
  for (const q of qs) {
    const name = `q_${q.id}`;
    if (q.kind === 'enps') out.push([name, '9']);
    else if (q.kind === 'scale') out.push([name, '4']);
    else if (q.kind === 'single') out.push([name, q.options[0]]);
    else if (q.kind === 'multi') out.push([name, q.options[0]], [name, q.options[1]]);
    else out.push([name, 'Une équipe formidable, merci <b>à tous</b>.']);
  }
  return out;
}

const counts = async (surveyId: string) => {
  const [r] = await env.ctx.db.query<{ responses: number; answers: number }>(
    `select (select count(*)::int from survey_responses where survey_id = $1) as responses,
            (select count(*)::int from survey_answers where survey_id = $1) as answers`,
    [surveyId],
  );
  return r;
};

const invitation = async (token: string) =>
  (
    await env.ctx.db.query<{ answered_on: string | null; draft: Record<string, unknown> | null }>(
      `select answered_on::text, draft from survey_invitations where token_hash = $1`,
      [answerTokenHash(token)],
    )
  )[0];

describe('answering without an account, in French', () => {
  let token: string;
  let fr: Person;

  beforeAll(async () => {
    fr = await person(env, org, { language: 'fr', department: 'Finance' });
    token = await invite(exit.id, fr);
  });

  it('shows the whole survey as a plain form in the invitation language, the promise before the first question', async () => {
    const res = await page(token);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-robots-tag')).toBe('noindex');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
    const html = await res.text();
    expect(html).toContain('<html lang="fr">');
    // No JavaScript: the form posts by itself, nothing to run.
    expect(html).not.toMatch(/<script/i);
    expect(html).toMatch(/<form method="post" action="\/answer\/[A-Za-z0-9_-]{43}" novalidate>/);
    // The promise, with this survey's minimums and the organisation's retention, before any question.
    const promise = html.indexOf('Vos réponses sont anonymes');
    const firstQuestion = html.indexOf('<fieldset class="q');
    expect(promise).toBeGreaterThan(0);
    expect(firstQuestion).toBeGreaterThan(promise);
    const before = html.slice(0, firstQuestion);
    expect(before).toContain('sans votre nom ni aucun lien avec vous');
    expect(before).toContain('au moins 6\u00a0personnes');
    expect(before).toContain('au moins 8\u00a0personnes');
    expect(before).toContain('après 18\u00a0mois');
    expect(before).toContain('Ce lien est personnel');
    // Every question, with a legend; eNPS and scales as radio groups with their ends labelled.
    expect(html.match(/<fieldset class="q/g)?.length).toBe(exit.questions.filter((q) => q.kind !== 'text').length);
    const enps = exit.questions.find((q) => q.kind === 'enps')!;
    for (let n = 0; n <= 10; n++) expect(html).toContain(`<input type="radio" id="q-${enps.id}-${n}" name="q_${enps.id}" value="${n}">`);
    expect(html).toContain('0 = pas du tout probable');
    expect(html).toContain('10 = très probable');
    expect(html).toContain(`aria-describedby="q-${enps.id}-ends"`);
    const text = exit.questions.find((q) => q.kind === 'text')!;
    expect(html).toContain(`<label for="q-${text.id}"`);
    // The language switch, and the same page in English on asking.
    expect(html).toContain(`href="/answer/${token}?lang=en" hreflang="en"`);
    const en = await (await page(token, '?lang=en')).text();
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Your answers are anonymous');
  });

  it('keeps a partial answer and shows it on coming back with the same link', async () => {
    const enps = exit.questions.find((q) => q.kind === 'enps')!;
    const multi = exit.questions.find((q) => q.kind === 'multi')!;
    const res = await post(token, [
      ['lang', 'fr'],
      ['action', 'save'],
      [`q_${enps.id}`, '7'],
      [`q_${multi.id}`, multi.options[1]],
    ]);
    expect(res.status).toBe(200);
    const html = await res.text();
    // Expires 21 days after 30 November 23:30 UTC: 22 December in Brussels.
    expect(html).toContain('Enregistré. Revenez avec le même lien pour continuer, jusqu’au 22 décembre 2026.');
    expect((await invitation(token)).draft).toEqual({ [enps.id]: { value: 7 }, [multi.id]: { choices: [multi.options[1]] } });
    expect(await counts(exit.id)).toEqual({ responses: 0, answers: 0 });

    const back = await (await page(token)).text();
    expect(back).toContain(`id="q-${enps.id}-7" name="q_${enps.id}" value="7" checked>`);
    expect(back).toContain(`value="${multi.options[1]}" checked>`);
    expect(back).not.toContain(`value="${multi.options[0]}" checked>`);
  });

  it('names each problem on its question and writes nothing', async () => {
    const enps = exit.questions.find((q) => q.kind === 'enps')!;
    const fields = answerAll(exit.questions).filter(([k]) => k !== `q_${enps.id}`);
    const scale = exit.questions.find((q) => q.kind === 'scale')!;
    const bad = fields.map(([k, v]): [string, string] => (k === `q_${scale.id}` ? [k, '9'] : [k, v]));
    const res = await post(token, [['lang', 'fr'], ['action', 'submit'], ...bad]);
    expect(res.status).toBe(422);
    const html = await res.text();
    const n = (q: TestSurveyQuestion) => exit.questions.indexOf(q) + 1;
    const total = exit.questions.length;
    // The summary at the top links to each field and names its question.
    expect(html).toContain(`<a href="#q-${enps.id}-0">Question ${n(enps)} sur ${total}\u00a0: Répondez à cette question.</a>`);
    expect(html).toContain(`<a href="#q-${scale.id}-1">Question ${n(scale)} sur ${total}\u00a0: Choisissez un des chiffres.</a>`);
    expect(html.indexOf('id="error-summary"')).toBeLessThan(html.indexOf('<fieldset class="q'));
    expect(html).toContain(`<p class="error" id="q-${enps.id}-error">Répondez à cette question.</p>`);
    expect(html).toContain(`aria-describedby="q-${enps.id}-ends q-${enps.id}-error"`);
    expect(html).toContain(`id="q-${enps.id}-0" name="q_${enps.id}" value="0" aria-invalid="true">`);
    // What was written comes back, escaped.
    expect(html).toContain('Une équipe formidable, merci &lt;b&gt;à tous&lt;/b&gt;.</textarea>');
    expect(await counts(exit.id)).toEqual({ responses: 0, answers: 0 });
    expect((await invitation(token)).answered_on).toBeNull();
  });

  it('submits once: a response with the month and the copied segment, answers without person or invitation', async () => {
    const res = await post(token, [['lang', 'fr'], ['action', 'submit'], ...answerAll(exit.questions)]);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Merci\u00a0!');

    const inv = await invitation(token);
    expect(inv).toEqual({ answered_on: '2026-12-01', draft: null });
    const responses = await env.ctx.db.query(`select * from survey_responses where survey_id = $1`, [exit.id]);
    expect(responses).toHaveLength(1);
    const r = responses[0];
    // Nothing in the row leads back: no person, no invitation, no time finer than the month.
    expect(Object.keys(r).sort()).toEqual(
      [
        'department',
        'id',
        'language',
        'manager_path',
        'org_id',
        'period',
        'region',
        'seniority',
        'site_id',
        'start_cohort',
        'survey_id',
      ].sort(),
    );
    const [period] = await env.ctx.db.query<{ period: string }>(`select period::text from survey_responses where survey_id = $1`, [
      exit.id,
    ]);
    expect(period.period).toBe('2026-12-01');
    expect(r).toMatchObject({
      department: 'Finance',
      site_id: SEGMENT.siteId,
      region: 'wallonia',
      language: 'fr',
      seniority: '1-3y',
      start_cohort: '2024-Q2',
      manager_path: SEGMENT.managerPath,
    });
    const answers = await env.ctx.db.query<Record<string, unknown>>(`select * from survey_answers where survey_id = $1`, [exit.id]);
    expect(answers).toHaveLength(exit.questions.length);
    for (const a of answers)
      expect(Object.keys(a).sort()).toEqual(['choices', 'comment', 'org_id', 'question_id', 'response_id', 'survey_id', 'value']);
    const json = JSON.stringify(answers) + JSON.stringify(responses);
    expect(json).not.toContain(fr.personId);
    const enps = exit.questions.find((q) => q.kind === 'enps')!;
    const multi = exit.questions.find((q) => q.kind === 'multi')!;
    expect(answers.find((a) => a.question_id === enps.id)).toMatchObject({ value: 9, choices: null, comment: null });
    expect(answers.find((a) => a.question_id === multi.id)).toMatchObject({ value: null, choices: multi.options.slice(0, 2) });
    // No column anywhere in the answer tables could hold a person or an invitation.
    const cols = await env.ctx.db.query<{ column_name: string }>(
      `select column_name from information_schema.columns where table_name in ('survey_responses', 'survey_answers')`,
    );
    expect(cols.map((c) => c.column_name).filter((c) => /person|invitation|user|token|at$/.test(c))).toEqual([]);
  });

  it('refuses a second answer (409) and shows "already answered" on coming back', async () => {
    const again = await post(token, [['lang', 'fr'], ['action', 'submit'], ...answerAll(exit.questions)]);
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('Vous avez déjà répondu');
    const save = await post(token, [['action', 'save']]);
    expect(save.status).toBe(409);
    expect(await counts(exit.id)).toMatchObject({ responses: 1 });
    const back = await page(token);
    expect(back.status).toBe(200);
    const html = await back.text();
    expect(html).toContain('Vous avez déjà répondu');
    expect(html).not.toContain('<fieldset class="q');
  });
});

describe('links that lead nowhere', () => {
  it('answers 404 for an unknown link, a malformed one, and a survey still in draft', async () => {
    const unknown = await page(newAnswerToken());
    expect(unknown.status).toBe(404);
    const html = await unknown.text();
    expect(html).toContain('Ce lien n’est pas (ou plus) valable');
    expect(unknown.headers.get('cache-control')).toBe('no-store');
    expect((await page('short')).status).toBe(404);
    expect((await post(newAnswerToken(), [['action', 'submit']])).status).toBe(404);
    const draft = await surveyFromTemplate(env, org.id, 'pulse', { open: false });
    const p = await person(env, org, { language: 'nl' });
    const token = await invite(draft.id, p, { language: 'nl' });
    expect((await page(token)).status).toBe(404);
    expect((await post(token, [['action', 'submit'], ...answerAll(draft.questions)])).status).toBe(404);
  });

  it('answers 410 in the language once the invitation expired, and writes nothing', async () => {
    const p = await person(env, org, { language: 'nl' });
    const token = await invite(exit.id, p, { language: 'nl', expiresAt: new Date(env.clock.now().getTime() + 3600_000).toISOString() });
    expect((await page(token)).status).toBe(200);
    env.clock.advance(3600_000);
    try {
      const res = await page(token);
      expect(res.status).toBe(410);
      const html = await res.text();
      expect(html).toContain('<html lang="nl">');
      expect(html).toContain('Deze link is verlopen');
      const before = await counts(exit.id);
      const sent = await post(token, [['action', 'submit'], ...answerAll(exit.questions)]);
      expect(sent.status).toBe(410);
      expect(await counts(exit.id)).toEqual(before);
    } finally {
      env.clock.set(START);
    }
  });

  it('answers 410 when the survey was closed', async () => {
    const s = await surveyFromTemplate(env, org.id, 'pulse');
    const p = await person(env, org, { language: 'en' });
    const token = await invite(s.id, p, { language: 'en' });
    expect((await page(token)).status).toBe(200);
    await env.ctx.db.query(`update surveys set status = 'closed', closed_at = $2 where id = $1`, [s.id, env.clock.now()]);
    const res = await page(token);
    expect(res.status).toBe(410);
    expect(await res.text()).toContain('This survey is closed');
    expect((await post(token, [['action', 'submit'], ...answerAll(s.questions)])).status).toBe(410);
    expect((await post(token, [['action', 'save']])).status).toBe(410);
    expect(await counts(s.id)).toEqual({ responses: 0, answers: 0 });
  });
});

describe('the follow-ups after the answer', () => {
  it('records the alumni interest with the name, apart from the answers, in the privacy export, and withdraws it', async () => {
    const leaver = await person(env, org, { language: 'fr' });
    const token = await invite(exit.id, leaver);
    // Not before answering: the form comes first.
    const early = await post(token, [['interest', 'yes']], '/alumni');
    expect(early.status).toBe(303);
    const done = await (await post(token, [['lang', 'fr'], ['action', 'submit'], ...answerAll(exit.questions)])).text();
    expect(done).toContain('Garder le contact\u00a0?');
    expect(done).toContain('ceci n’est pas anonyme');
    expect(done).toContain(`action="/answer/${token}/alumni"`);

    const yes = await post(
      token,
      [
        ['lang', 'fr'],
        ['interest', 'yes'],
      ],
      '/alumni',
    );
    expect(yes.status).toBe(200);
    const html = await yes.text();
    expect(html).toContain('Merci, nous garderons le contact.');
    expect(html).toContain('Vous avez dit oui le 1 décembre 2026.');
    expect(html).toContain('>Retirer</button>');
    const rows = await env.ctx.db.query(`select person_id, survey_id from alumni_interest where org_id = $1`, [org.id]);
    expect(rows).toEqual([{ person_id: leaver.personId, survey_id: exit.id }]);

    const mine = await client(env.app, leaver.user.token).get('/api/v1/me/export');
    expect(mine.status).toBe(200);
    expect(mine.body.alumniInterest).toEqual({ since: '2026-11-30T23:30:00.000Z', survey: expect.any(String) });
    // Someone else's export does not have it.
    const other = await person(env, org);
    expect((await client(env.app, other.user.token).get('/api/v1/me/export')).body.alumniInterest).toBeNull();

    const no = await post(
      token,
      [
        ['lang', 'fr'],
        ['interest', 'no'],
      ],
      '/alumni',
    );
    expect(no.status).toBe(200);
    expect(await no.text()).toContain('Retiré\u00a0: vous n’êtes plus sur la liste.');
    expect(await env.ctx.db.query(`select 1 from alumni_interest where person_id = $1`, [leaver.personId])).toHaveLength(0);
    expect((await client(env.app, leaver.user.token).get('/api/v1/me/export')).body.alumniInterest).toBeNull();
  });

  it('erases the alumni yes with the rest of what the person chose to give', async () => {
    const leaver = await person(env, org, { language: 'fr' });
    const token = await invite(exit.id, leaver);
    expect((await post(token, [['action', 'submit'], ...answerAll(exit.questions)])).status).toBe(200);
    expect((await post(token, [['interest', 'yes']], '/alumni')).status).toBe(200);
    const before = await counts(exit.id);
    const erased = await client(env.app, leaver.user.token).delete('/api/v1/me/optional-data');
    expect(erased.status).toBe(200);
    expect(erased.body.removed.alumniInterest).toBe(1);
    expect(await env.ctx.db.query(`select 1 from alumni_interest where person_id = $1`, [leaver.personId])).toHaveLength(0);
    // The anonymous answers stay: nothing leads from the person to them.
    expect(await counts(exit.id)).toEqual(before);
  });

  it('offers the ticked moments in the thank-you form, and turns them on only with explicit consent', async () => {
    const p = await person(env, org, { language: 'fr' });
    const token = await invite(moments.id, p);
    const q = moments.questions.find((x) => x.libraryKey === 'moments_matter')!;
    const fields: [string, string][] = [
      ['lang', 'fr'],
      ['action', 'submit'],
      [`q_${q.id}`, 'birthday'],
      [`q_${q.id}`, 'training'],
      ...answerAll(moments.questions.filter((x) => x.id !== q.id)),
    ];
    const res = await post(token, fields);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Faire de ces moments les vôtres\u00a0?');
    // Each ticked moment as the question named it, carried in the form itself.
    const [{ options }] = await env.ctx.db.query<{ options: { key: string; label: Record<string, string> }[] }>(
      `select options from survey_questions where id = $1`,
      [q.id],
    );
    const label = options
      .find((o) => o.key === 'birthday')!
      .label.fr.replace(/&/g, '&amp;')
      .replace(/'/g, '&#39;')
      .replace(/"/g, '&quot;');
    expect(html).toContain(`<li>${label}<input type="hidden" name="moment" value="birthday"></li>`);
    expect(html).toContain('<input type="hidden" name="moment" value="training">');
    expect(html).not.toContain('value="welcome"');
    expect(html).toContain('<input type="checkbox" id="moments-consent" name="consent" value="yes">');

    const prefs = () =>
      env.ctx.db.query<{ wanted: Record<string, boolean> }>(`select wanted from moment_preferences where person_id = $1`, [p.personId]);
    // Without the tick: nothing kept, the offer comes back with the reason.
    const refused = await post(
      token,
      [
        ['lang', 'fr'],
        ['moment', 'birthday'],
        ['moment', 'training'],
      ],
      '/moments',
    );
    expect(refused.status).toBe(422);
    const again = await refused.text();
    expect(again).toContain('Cochez la case pour donner votre accord.');
    expect(again).toContain('aria-invalid="true" aria-describedby="moments-consent-error"');
    expect(await prefs()).toEqual([]);

    // With it: exactly the moments sent back that a person can want (anything else is dropped).
    const ok = await post(
      token,
      [
        ['lang', 'fr'],
        ['moment', 'birthday'],
        ['moment', 'training'],
        ['moment', 'salary'],
        ['consent', 'yes'],
      ],
      '/moments',
    );
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('C’est fait\u00a0: ces moments sont dans vos préférences.');
    expect(await prefs()).toEqual([{ wanted: { birthday: true, training: true } }]);
    // The person sees them in My moments.
    const my = await client(env.app, p.user.token).get('/api/v1/me/moments');
    expect(my.body.preferences.wanted).toEqual({ birthday: true, training: true });
  });

  it('has no moments follow-up for a survey without the moments question, and no alumni one unless offered', async () => {
    const s = await surveyFromTemplate(env, org.id, 'pulse');
    const p = await person(env, org, { language: 'en' });
    const token = await invite(s.id, p, { language: 'en' });
    const html = await (await post(token, [['action', 'submit'], ...answerAll(s.questions)])).text();
    expect(html).toContain('Thank you!');
    expect(html).not.toContain('/moments"');
    expect(html).not.toContain('/alumni"');
    expect(
      (
        await post(
          token,
          [
            ['moment', 'birthday'],
            ['consent', 'yes'],
          ],
          '/moments',
        )
      ).status,
    ).toBe(404);
    expect((await post(token, [['interest', 'yes']], '/alumni')).status).toBe(404);
    expect(await env.ctx.db.query(`select 1 from moment_preferences where person_id = $1`, [p.personId])).toHaveLength(0);
  });
});

describe('rate limit', () => {
  it('limits POSTs per link, not per address: another link from the same office still works', async () => {
    env.clock.set('2026-11-26T09:00:00Z');
    try {
      const a = await invite(moments.id, await person(env, org));
      const b = await invite(moments.id, await person(env, org));
      for (let i = 0; i < POSTS_PER_LINK.max; i++) expect((await post(a, [['action', 'save']])).status).toBe(200);
      const limited = await post(a, [['action', 'save']]);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await limited.text()).toContain('Trop de tentatives');
      expect((await post(b, [['action', 'save']])).status).toBe(200);
      // Reading is never limited.
      expect((await page(a)).status).toBe(200);
      env.clock.advance(POSTS_PER_LINK.windowSeconds * 1000);
      expect((await post(a, [['action', 'save']])).status).toBe(200);
    } finally {
      env.clock.set(START);
    }
  });
});

describe('every page is valid, accessible HTML (html-validate, recommended rules)', () => {
  // Checkboxes of one question share their name, as HTML intends (the rule's default only allows radios).
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: { 'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }] },
  });
  const problems = async (res: Response) => {
    const report = await validator.validateString(await res.text());
    return report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} (${m.line}:${m.column}): ${m.message}`));
  };

  it('the form, with errors, saved, the thanks with both follow-ups, already answered, gone and unknown', async () => {
    const p = await person(env, org, { language: 'fr' });
    const token = await invite(exit.id, p);
    expect(await problems(await page(token))).toEqual([]);
    const invalid = await post(token, [['action', 'submit']]);
    expect(invalid.status).toBe(422);
    expect(await problems(invalid)).toEqual([]);
    expect(await problems(await post(token, [['action', 'save']]))).toEqual([]);
    const thanks = await post(token, [['action', 'submit'], ...answerAll(exit.questions)]);
    expect(thanks.status).toBe(200);
    expect(await problems(thanks)).toEqual([]);
    expect(await problems(await page(token))).toEqual([]);
    const yes = await post(token, [['interest', 'yes']], '/alumni');
    expect(yes.status).toBe(200);
    expect(await problems(yes)).toEqual([]);

    const m = await person(env, org, { language: 'en' });
    const mt = await invite(moments.id, m, { language: 'en' });
    const q = moments.questions.find((x) => x.libraryKey === 'moments_matter')!;
    const offer = await post(mt, [
      ['action', 'submit'],
      [`q_${q.id}`, 'welcome'],
      ...answerAll(moments.questions.filter((x) => x.id !== q.id)),
    ]);
    expect(await problems(offer)).toEqual([]);
    const refused = await post(mt, [['moment', 'welcome']], '/moments');
    expect(refused.status).toBe(422);
    expect(await problems(refused)).toEqual([]);

    const expired = await invite(moments.id, await person(env, org), { expiresAt: env.clock.now().toISOString() });
    const gone = await page(expired);
    expect(gone.status).toBe(410);
    expect(await problems(gone)).toEqual([]);
    expect(await problems(await page(newAnswerToken()))).toEqual([]);
  });

  it("HR's preview: the same form, a banner, every control disabled, nothing to post to", async () => {
    const [s] = await env.ctx.db.query<{ title: Record<string, string>; intro: Record<string, string> }>(
      `select title, intro from surveys where id = $1`,
      [exit.id],
    );
    const questions = await env.ctx.db.query<FormQuestion>(
      `select id, kind, text, options, required from survey_questions where survey_id = $1 order by position`,
      [exit.id],
    );
    const html = String(
      await surveyFormPage({
        lang: 'nl',
        orgDefault: 'nl',
        orgName: 'Test',
        brandColour: null,
        survey: { title: s.title, intro: s.intro, minGroup: 5, minComments: 5 },
        questions,
        retentionMonths: 24,
        preview: true,
      }),
    );
    expect(html).toContain('Voorbeeld — antwoorden worden niet bewaard');
    expect(html).toMatch(/value="9" disabled>/);
    expect(html).not.toMatch(/<(input|textarea|button)(?![^>]*disabled)[^>]*>/);
    expect(html).not.toContain('method="post"');
    expect(html.indexOf('Je antwoorden zijn anoniem')).toBeLessThan(html.indexOf('<fieldset class="q'));
    expect(await problems(new Response(html))).toEqual([]);
  });
});
