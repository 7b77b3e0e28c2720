/**
 * The surveys' management API: who sees which survey, what HR can change when, and the rules that
 * keep the promise made to those who answered (minimums never lowered, questions fixed once answered).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTemplateSurvey } from '../../src/modules/surveys/surveys.service.ts';
import { client, createTestEnv, makeUser, type TestEnv, type TestUser } from '../helpers.ts';
import { orgWithAdmin, person, type Org } from '../factories.ts';
import { surveyFromTemplate } from '../factories-surveys.ts';

let env: TestEnv;
let org: Org;
let other: Org;
let coordinator: TestUser;
let manager: TestUser;
let employee: TestUser;

const as = (u: TestUser) => client(env.app, u.token);
const hr = () => as(org.admin);

/** One anonymous answer row, as the respondent's form writes it (no person, no time finer than the month). */
async function answerRow(orgId: string, surveyId: string) {
  const [r] = await env.ctx.db.query<{ id: string }>(
    `insert into survey_responses (org_id, survey_id, period, department) values ($1, $2, '2026-11-01', 'Sales') returning id`,
    [orgId, surveyId],
  );
  return r.id;
}

async function auditActions(orgId: string, targetId: string) {
  const rows = await env.ctx.db.query<{ action: string }>(
    `select action from audit_log where org_id = $1 and target_id = $2 order by at, id`,
    [orgId, targetId],
  );
  return rows.map((r) => r.action);
}

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-11-26T09:00:00Z' });
  org = await orgWithAdmin(env);
  other = await orgWithAdmin(env);
  coordinator = await makeUser(env.ctx, org.id, 'coordinator');
  manager = await makeUser(env.ctx, org.id, 'manager');
  employee = await makeUser(env.ctx, org.id, 'employee');
});
afterAll(() => env.close());

describe('creating surveys', () => {
  it('makes a draft from a template with its questions in nl, fr and en, the organisation named', async () => {
    const res = await hr().post('/api/v1/surveys', { templateKey: 'exit' }, { 'accept-language': 'fr-BE' });
    expect(res.status, res.text).toBe(201);
    const s = res.body;
    expect(s).toMatchObject({ templateKey: 'exit', kind: 'exit', status: 'draft', minGroup: 5, minComments: 5, offersAlumni: true });
    expect(s.reportDimensions).toEqual(['department', 'site', 'start_cohort', 'period']);
    expect(s.title).toBe('Votre départ');
    expect(s.questions.map((q: any) => q.libraryKey)).toEqual([
      'exit_reasons',
      'exit_manager',
      'exit_growth',
      'exit_would_return',
      'enps',
      'exit_comment',
    ]);
    const enps = s.questions.find((q: any) => q.kind === 'enps');
    expect(enps.texts.nl).toContain('Test Organisation');
    expect(enps.texts.en).not.toContain('{{orgName}}');
    expect(s.questions.map((q: any) => q.position)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(await auditActions(org.id, s.id)).toEqual(['surveys.create']);
  });

  it('makes a blank survey with a title in one text (the organisation’s language)', async () => {
    const res = await hr().post('/api/v1/surveys', { title: 'Teamdag 2027', kind: 'custom' });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ templateKey: null, kind: 'custom', titles: { nl: 'Teamdag 2027' }, questions: [] });
    const program = await hr().post('/api/v1/surveys', { kind: 'ambassador' });
    expect(program.body).toMatchObject({
      kind: 'ambassador',
      titles: { nl: 'Nieuwe bevraging', fr: 'Nouvelle enquête', en: 'New survey' },
    });
    // A template's kind is its own (it decides who sees the survey).
    expect((await hr().post('/api/v1/surveys', { templateKey: 'pulse', kind: 'ambassador' })).body.kind).toBe('pulse');
  });

  it('refuses an unknown template and unknown fields by name', async () => {
    const res = await hr().post('/api/v1/surveys', { templateKey: 'onboarding_365', colour: 'red' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation-failed');
    expect(res.body.errors.map((e: any) => e.path).sort()).toEqual(['body.colour', 'body.templateKey']);
  });

  it('is for admins only', async () => {
    for (const u of [coordinator, manager, employee])
      expect((await as(u).post('/api/v1/surveys', { templateKey: 'pulse' })).status).toBe(403);
  });
});

describe('who sees which survey', () => {
  let draft: string;
  let pulse: string;
  let program: string;

  beforeAll(async () => {
    draft = (await surveyFromTemplate(env, org.id, 'onboarding_30', { open: false })).id;
    pulse = (await surveyFromTemplate(env, org.id, 'pulse')).id;
    program = (await surveyFromTemplate(env, org.id, 'ambassador', { open: false })).id;
    // Two invitations to the pulse, one answered.
    for (const [i, answered] of [null, '2026-11-20'].entries()) {
      const p = await person(env, org);
      await env.ctx.db.query(
        `insert into survey_invitations (org_id, survey_id, person_id, token_hash, language, segment, sent_at, expires_at, answered_on)
         values ($1, $2, $3, $4, 'nl', '{}', now(), now() + interval '21 days', $5)`,
        [org.id, pulse, p.personId, `hash-${pulse}-${i}`, answered],
      );
    }
  });

  const ids = async (u: TestUser) => {
    const res = await as(u).get('/api/v1/surveys');
    expect(res.status, res.text).toBe(200);
    return res.body.items.map((s: any) => s.id);
  };

  it('admins see every survey, drafts too, with how many were invited, and how many answered only from the minimum', async () => {
    const res = await hr().get('/api/v1/surveys');
    expect(res.body.items.map((s: any) => s.id)).toEqual(expect.arrayContaining([draft, pulse, program]));
    // One answered: fewer than the minimum (5), so no number.
    expect(res.body.items.find((s: any) => s.id === pulse)).toMatchObject({ status: 'open', invited: 2, answered: null, questionCount: 7 });
    expect(res.body.items.find((s: any) => s.id === draft)).toMatchObject({ status: 'draft', invited: 0, answered: null });
  });

  it("coordinators see the ambassador program's surveys only", async () => {
    const seen = (await as(coordinator).get('/api/v1/surveys')).body.items;
    expect(seen.map((s: any) => s.id)).toContain(program);
    expect(new Set(seen.map((s: any) => s.kind))).toEqual(new Set(['ambassador']));
    expect((await as(coordinator).get(`/api/v1/surveys/${program}`)).status).toBe(200);
    expect((await as(coordinator).get(`/api/v1/surveys/${pulse}`)).status).toBe(404);
  });

  it('managers see the surveys that were sent, not drafts, and change none', async () => {
    const seen = await ids(manager);
    expect(seen).toContain(pulse);
    expect(seen).not.toContain(draft);
    expect(seen).not.toContain(program);
    expect((await as(manager).get(`/api/v1/surveys/${pulse}`)).body).toMatchObject({ invited: null, answered: null });
    expect((await as(manager).get(`/api/v1/surveys/${pulse}`)).body.questions).toHaveLength(7);
    expect((await as(manager).get(`/api/v1/surveys/${draft}`)).status).toBe(404);
    expect((await as(manager).patch(`/api/v1/surveys/${pulse}`, { minGroup: 3 })).status).toBe(403);
    expect((await as(manager).post(`/api/v1/surveys/${pulse}/close`)).status).toBe(403);
  });

  it('employees see none', async () => {
    expect((await as(employee).get('/api/v1/surveys')).status).toBe(403);
    expect((await as(employee).get(`/api/v1/surveys/${pulse}`)).status).toBe(403);
  });
});

describe('changing a survey', () => {
  it('edits titles per language, but never without the organisation’s language', async () => {
    const { id } = await surveyFromTemplate(env, org.id, 'pulse', { open: false });
    const ok = await hr().patch(`/api/v1/surveys/${id}`, {
      title: { nl: 'Pols Q1', fr: 'Baromètre T1', en: 'Pulse Q1' },
      intro: 'Hoe gaat het?',
      responseDays: 10,
      reminderDays: null,
      offersAlumni: false,
    });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body).toMatchObject({ titles: { nl: 'Pols Q1', fr: 'Baromètre T1', en: 'Pulse Q1' }, intros: { nl: 'Hoe gaat het?' } });
    expect(ok.body).toMatchObject({ responseDays: 10, reminderDays: null });
    const bad = await hr().patch(`/api/v1/surveys/${id}`, { title: { fr: 'Baromètre' } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual([
      expect.objectContaining({ path: 'body.title.nl', code: 'missing-language', params: { language: 'nl' } }),
    ]);
    expect(await auditActions(org.id, id)).toEqual(['surveys.create', 'surveys.update']);
  });

  it('refuses a closing time in the past, a comments minimum below the reporting one and values out of range', async () => {
    const { id } = await surveyFromTemplate(env, org.id, 'pulse');
    const past = await hr().patch(`/api/v1/surveys/${id}`, { closesAt: '2026-11-01T00:00:00Z' });
    expect(past.status).toBe(422);
    expect(past.body.errors[0].path).toBe('body.closesAt');
    const below = await hr().patch(`/api/v1/surveys/${id}`, { minGroup: 8, minComments: 6 });
    expect(below.status).toBe(422);
    expect(below.body.errors[0]).toMatchObject({ path: 'body.minComments', code: 'too-small', params: { minimum: 8 } });
    const range = await hr().patch(`/api/v1/surveys/${id}`, { minGroup: 2, reportDimensions: ['department', 'department'] });
    expect(range.status).toBe(400);
    expect(range.body.errors.map((e: any) => e.path).sort()).toEqual(['body.minGroup', 'body.reportDimensions']);
    const reminder = await hr().patch(`/api/v1/surveys/${id}`, { reminderDays: 14 });
    expect(reminder.status).toBe(422);
    expect(reminder.body.errors[0]).toMatchObject({ path: 'body.reminderDays', code: 'too-big', params: { maximum: 13 } });
    expect((await hr().patch(`/api/v1/surveys/${id}`, { responseDays: 5 })).body.errors[0].path).toBe('body.responseDays');
    expect((await hr().patch(`/api/v1/surveys/${id}`, { responseDays: 5, reminderDays: null })).status).toBe(200);
    const later = await hr().patch(`/api/v1/surveys/${id}`, { closesAt: '2026-12-31T17:00:00+01:00' });
    expect(later.body.closesAt).toBe('2026-12-31T16:00:00.000Z');
  });

  it('lowers the minimums while nobody answered; once answers exist only raises them', async () => {
    const { id } = await surveyFromTemplate(env, org.id, 'pulse', { minGroup: 7, minComments: 9 });
    expect((await hr().patch(`/api/v1/surveys/${id}`, { minGroup: 6, minComments: 8 })).body).toMatchObject({
      minGroup: 6,
      minComments: 8,
    });
    await answerRow(org.id, id);
    const lower = await hr().patch(`/api/v1/surveys/${id}`, { minGroup: 5 });
    expect(lower.status).toBe(409);
    expect(lower.body).toMatchObject({ code: 'survey-minimum-locked', params: { minGroup: 6, minComments: 8 } });
    expect((await hr().patch(`/api/v1/surveys/${id}`, { minComments: 7 })).body.code).toBe('survey-minimum-locked');
    const raised = await hr().patch(`/api/v1/surveys/${id}`, { minGroup: 8, minComments: 10 });
    expect(raised.status, raised.text).toBe(200);
    expect(raised.body).toMatchObject({ minGroup: 8, minComments: 10, hasAnswers: true });
    const [row] = await env.ctx.db.query<{ min_group: number }>(`select min_group from surveys where id = $1`, [id]);
    expect(row.min_group).toBe(8);
  });

  it('keeps the reported segments once answers exist', async () => {
    const { id } = await surveyFromTemplate(env, org.id, 'pulse');
    expect((await hr().patch(`/api/v1/surveys/${id}`, { reportDimensions: ['department', 'region'] })).status).toBe(200);
    await answerRow(org.id, id);
    const res = await hr().patch(`/api/v1/surveys/${id}`, { reportDimensions: ['department', 'site'] });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('survey-has-answers');
    expect((await hr().patch(`/api/v1/surveys/${id}`, { reportDimensions: ['department', 'region'] })).status).toBe(200);
  });
});

describe('questions', () => {
  it('adds written and library questions at the end, checked', async () => {
    const created = await hr().post('/api/v1/surveys', { title: 'Verhuis naar Mechelen', kind: 'custom' });
    const id = created.body.id;
    const one = await hr().post(`/api/v1/surveys/${id}/questions`, {
      kind: 'single',
      text: { nl: 'Hoe kom je naar kantoor?', fr: 'Comment venez-vous au bureau ?', en: 'How do you come to the office?' },
      options: [
        { key: 'train', label: { nl: 'Trein', fr: 'Train', en: 'Train' } },
        { key: 'bike', label: 'Fiets' },
      ],
    });
    expect(one.status, one.text).toBe(201);
    expect(one.body.questions[0]).toMatchObject({ kind: 'single', required: true, libraryKey: null, position: 0 });
    expect(one.body.questions[0].options).toEqual([
      { key: 'train', label: 'Trein', labels: { nl: 'Trein', fr: 'Train', en: 'Train' } },
      { key: 'bike', label: 'Fiets', labels: { nl: 'Fiets' } },
    ]);
    const lib = await hr().post(`/api/v1/surveys/${id}/questions/from-library`, { keys: ['enps', 'comment'] });
    expect(lib.status, lib.text).toBe(201);
    expect(lib.body.questions.map((q: any) => [q.libraryKey, q.position, q.required])).toEqual([
      [null, 0, true],
      ['enps', 1, true],
      ['comment', 2, false],
    ]);
    expect(lib.body.questions[1].texts.nl).toContain('Test Organisation');

    const oneOption = await hr().post(`/api/v1/surveys/${id}/questions`, {
      kind: 'multi',
      text: 'Welke?',
      options: [{ key: 'a', label: 'A' }],
    });
    expect(oneOption.status).toBe(422);
    expect(oneOption.body.errors[0]).toMatchObject({ path: 'body.options', code: 'too-small' });
    const twice = await hr().post(`/api/v1/surveys/${id}/questions`, {
      kind: 'multi',
      text: 'Welke?',
      options: [
        { key: 'a', label: 'A' },
        { key: 'a', label: 'B' },
      ],
    });
    expect(twice.body.errors[0]).toMatchObject({ path: 'body.options.1.key' });
    const textWithOptions = await hr().post(`/api/v1/surveys/${id}/questions`, {
      kind: 'text',
      text: 'Nog iets?',
      options: [
        { key: 'a', label: 'A' },
        { key: 'b', label: 'B' },
      ],
    });
    expect(textWithOptions.status).toBe(422);
    const noDutch = await hr().post(`/api/v1/surveys/${id}/questions`, { kind: 'scale', text: { en: 'I like it.' } });
    expect(noDutch.body.errors[0]).toMatchObject({ path: 'body.text.nl', code: 'missing-language' });
    const unknown = await hr().post(`/api/v1/surveys/${id}/questions/from-library`, { keys: ['favourite_colour'] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0]).toMatchObject({ path: 'body.keys.0', code: 'invalid-enum' });
    expect((await hr().get(`/api/v1/surveys/${id}`)).body.questionCount).toBe(3);
  });

  it('reorders, edits and removes questions while nobody answered', async () => {
    const s = await surveyFromTemplate(env, org.id, 'onboarding_7', { open: false });
    const [a, b, ...rest] = s.questions.map((q) => q.id);
    const order = [b, a, ...rest];
    const res = await hr().put(`/api/v1/surveys/${s.id}/questions/order`, { questionIds: order });
    expect(res.status, res.text).toBe(200);
    expect(res.body.questions.map((q: any) => q.id)).toEqual(order);
    const missing = await hr().put(`/api/v1/surveys/${s.id}/questions/order`, { questionIds: [a, b] });
    expect(missing.status).toBe(422);
    const dup = await hr().put(`/api/v1/surveys/${s.id}/questions/order`, { questionIds: [a, a, ...rest] });
    expect(dup.body.errors[0].path).toBe('body.questionIds.1');

    const scale = await hr().patch(`/api/v1/surveys/${s.id}/questions/${a}`, { kind: 'enps', required: false });
    expect(scale.status, scale.text).toBe(200);
    expect(scale.body.questions.find((q: any) => q.id === a)).toMatchObject({ kind: 'enps', required: false });
    expect((await hr().delete(`/api/v1/surveys/${s.id}/questions/${a}`)).status).toBe(204);
    expect((await hr().get(`/api/v1/surveys/${s.id}`)).body.questions.map((q: any) => q.id)).not.toContain(a);
    expect((await hr().delete(`/api/v1/surveys/${s.id}/questions/${a}`)).status).toBe(404);
    expect(await auditActions(org.id, a)).toEqual(['surveys.question_update', 'surveys.question_delete']);
  });

  it('once answered: texts and labels still edited; no question added, removed or changed in kind or options', async () => {
    const s = await surveyFromTemplate(env, org.id, 'exit');
    const reasons = s.questions.find((q) => q.libraryKey === 'exit_reasons')!;
    const manager = s.questions.find((q) => q.libraryKey === 'exit_manager')!;
    await answerRow(org.id, s.id);
    const text = await hr().patch(`/api/v1/surveys/${s.id}/questions/${manager.id}`, {
      text: { nl: 'Mijn leidinggevende steunde me.', fr: "Mon ou ma responsable m'a soutenu·e.", en: 'My manager supported me.' },
    });
    expect(text.status, text.text).toBe(200);
    expect(text.body.questions.find((q: any) => q.id === manager.id).texts.en).toBe('My manager supported me.');
    const current = text.body.questions.find((q: any) => q.id === reasons.id).options;
    const relabelled = current.map((o: any) => ({ key: o.key, label: { ...o.labels, en: o.key === 'pay' ? 'Salary' : o.labels.en } }));
    expect((await hr().patch(`/api/v1/surveys/${s.id}/questions/${reasons.id}`, { options: relabelled })).status).toBe(200);

    const refused = [
      await hr().patch(`/api/v1/surveys/${s.id}/questions/${manager.id}`, { kind: 'enps' }),
      await hr().patch(`/api/v1/surveys/${s.id}/questions/${reasons.id}`, { options: relabelled.slice(1) }),
      await hr().post(`/api/v1/surveys/${s.id}/questions`, { kind: 'scale', text: 'Ik ben tevreden.' }),
      await hr().post(`/api/v1/surveys/${s.id}/questions/from-library`, { keys: ['eng_proud'] }),
      await hr().delete(`/api/v1/surveys/${s.id}/questions/${manager.id}`),
    ];
    for (const res of refused) {
      expect(res.status, res.text).toBe(409);
      expect(res.body.code).toBe('survey-has-answers');
    }
    expect((await hr().get(`/api/v1/surveys/${s.id}`)).body.questionCount).toBe(s.questions.length);
  });
});

describe('opening, closing, deleting', () => {
  it('opens a survey with questions, closes it, opens it again; never deletes one that was opened', async () => {
    const blank = (await hr().post('/api/v1/surveys', { title: 'Leeg' })).body.id;
    const empty = await hr().post(`/api/v1/surveys/${blank}/open`);
    expect(empty.status).toBe(422);
    expect(empty.body.code).toBe('survey-no-questions');
    expect((await hr().post(`/api/v1/surveys/${blank}/close`)).body.code).toBe('survey-not-open');

    const { id } = await surveyFromTemplate(env, org.id, 'moments_matter', { open: false });
    const opened = await hr().post(`/api/v1/surveys/${id}/open`);
    expect(opened.body).toMatchObject({ status: 'open', openedAt: '2026-11-26T09:00:00.000Z', closedAt: null });
    env.clock.advance(3_600_000);
    const closed = await hr().post(`/api/v1/surveys/${id}/close`);
    expect(closed.body).toMatchObject({ status: 'closed', closedAt: '2026-11-26T10:00:00.000Z' });
    expect((await hr().post(`/api/v1/surveys/${id}/open`)).body).toMatchObject({ status: 'open', openedAt: '2026-11-26T09:00:00.000Z' });
    const del = await hr().delete(`/api/v1/surveys/${id}`);
    expect(del.status).toBe(409);
    expect(del.body.code).toBe('survey-not-draft');
    expect(await auditActions(org.id, id)).toEqual(['surveys.create', 'surveys.open', 'surveys.close', 'surveys.open']);

    expect((await hr().delete(`/api/v1/surveys/${blank}`)).status).toBe(204);
    expect((await hr().get(`/api/v1/surveys/${blank}`)).status).toBe(404);
    expect(await auditActions(org.id, blank)).toEqual(['surveys.create', 'surveys.delete']);
  });
});

describe('the library and the settings', () => {
  it('shows the library with the organisation named, in the reader’s language (HR only)', async () => {
    const res = await hr().get('/api/v1/surveys/library', { 'accept-language': 'en' });
    expect(res.status, res.text).toBe(200);
    expect(res.body.templates.map((t: any) => t.key)).toEqual([
      'onboarding_7',
      'onboarding_30',
      'onboarding_90',
      'exit',
      'pulse',
      'ambassador',
      'moments_matter',
    ]);
    const enps = res.body.questions.find((q: any) => q.key === 'enps');
    expect(enps.text).toBe('How likely are you to recommend Test Organisation as a place to work to a friend or acquaintance?');
    expect(enps.texts.fr).toContain('Test Organisation');
    expect((await as(coordinator).get('/api/v1/surveys/library')).status).toBe(403);
  });

  it('keeps raw answers 24 months unless HR sets another retention (audited)', async () => {
    expect((await hr().get('/api/v1/surveys/settings')).body).toEqual({ retentionMonths: 24 });
    expect((await as(manager).get('/api/v1/surveys/settings')).body).toEqual({ retentionMonths: 24 });
    expect((await as(employee).get('/api/v1/surveys/settings')).status).toBe(403);
    expect((await as(manager).put('/api/v1/surveys/settings', { retentionMonths: 6 })).status).toBe(403);
    expect((await hr().put('/api/v1/surveys/settings', { retentionMonths: 0 })).status).toBe(400);
    expect((await hr().put('/api/v1/surveys/settings', { retentionMonths: 121 })).status).toBe(400);
    const res = await hr().put('/api/v1/surveys/settings', { retentionMonths: 36 });
    expect(res.body).toEqual({ retentionMonths: 36 });
    const [entry] = await env.ctx.db.query<{ details: any }>(
      `select details from audit_log where org_id = $1 and action = 'surveys.settings' order by at desc limit 1`,
      [org.id],
    );
    expect(entry.details).toEqual({ retentionMonths: { from: 24, to: 36 } });
    expect((await as(other.admin).get('/api/v1/surveys/settings')).body).toEqual({ retentionMonths: 24 });
  });
});

describe("another organisation's surveys", () => {
  it('answer 404 to every operation, and its questions cannot be moved into ours', async () => {
    const s = await surveyFromTemplate(env, org.id, 'pulse', { open: false });
    const q = s.questions[0].id;
    const them = as(other.admin);
    const answers = [
      await them.get(`/api/v1/surveys/${s.id}`),
      await them.patch(`/api/v1/surveys/${s.id}`, { minGroup: 9, minComments: 9 }),
      await them.post(`/api/v1/surveys/${s.id}/open`),
      await them.post(`/api/v1/surveys/${s.id}/close`),
      await them.post(`/api/v1/surveys/${s.id}/questions`, { kind: 'text', text: 'Iets?' }),
      await them.post(`/api/v1/surveys/${s.id}/questions/from-library`, { keys: ['enps'] }),
      await them.put(`/api/v1/surveys/${s.id}/questions/order`, { questionIds: s.questions.map((x) => x.id) }),
      await them.patch(`/api/v1/surveys/${s.id}/questions/${q}`, { text: 'Iets?' }),
      await them.delete(`/api/v1/surveys/${s.id}/questions/${q}`),
      await them.delete(`/api/v1/surveys/${s.id}`),
    ];
    for (const res of answers) {
      expect(res.status, res.text).toBe(404);
      expect(res.body.code).toBe('not-found');
    }
    expect((await them.get('/api/v1/surveys')).body.items.map((x: any) => x.id)).not.toContain(s.id);

    const theirs = await surveyFromTemplate(env, other.id, 'pulse', { open: false });
    expect((await them.patch(`/api/v1/surveys/${theirs.id}/questions/${q}`, { text: 'Iets?' })).status).toBe(404);
    expect((await them.delete(`/api/v1/surveys/${theirs.id}/questions/${q}`)).status).toBe(404);
    const mixed = await them.put(`/api/v1/surveys/${theirs.id}/questions/order`, {
      questionIds: [q, ...theirs.questions.slice(1).map((x) => x.id)],
    });
    expect(mixed.status).toBe(422);
    const ours = await hr().get(`/api/v1/surveys/${s.id}`);
    expect(ours.body).toMatchObject({ status: 'draft', minGroup: 5, questionCount: s.questions.length });
  });
});

describe('ensureTemplateSurvey (for journey steps)', () => {
  it("makes the template's survey and opens it once, and a new one after HR closed it", async () => {
    const fresh = await orgWithAdmin(env);
    const first = await env.ctx.db.transaction((tx) => ensureTemplateSurvey(tx, env.clock, fresh.id, 'onboarding_7'));
    const again = await env.ctx.db.transaction((tx) => ensureTemplateSurvey(tx, env.clock, fresh.id, 'onboarding_7'));
    expect(again).toBe(first);
    const s = (await as(fresh.admin).get(`/api/v1/surveys/${first}`)).body;
    expect(s).toMatchObject({ templateKey: 'onboarding_7', status: 'open', kind: 'onboarding', questionCount: 6 });
    expect(await auditActions(fresh.id, first)).toEqual(['surveys.create']);
    const exit = await env.ctx.db.transaction((tx) => ensureTemplateSurvey(tx, env.clock, fresh.id, 'exit'));
    expect(exit).not.toBe(first);
    await as(fresh.admin).post(`/api/v1/surveys/${first}/close`);
    const next = await env.ctx.db.transaction((tx) => ensureTemplateSurvey(tx, env.clock, fresh.id, 'onboarding_7'));
    expect(next).not.toBe(first);
    expect((await as(fresh.admin).get('/api/v1/surveys')).body.items).toHaveLength(3);
  });
});

describe("HR's preview", () => {
  it('renders the respondent form in the chosen language, every control disabled, nothing to send', async () => {
    const s = await surveyFromTemplate(env, org.id, 'onboarding_7', { open: false });
    const res = await hr().get(`/api/v1/surveys/${s.id}/preview?language=fr`);
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.text).toContain('<html lang="fr">');
    expect(res.text).toContain('Votre première semaine');
    expect(res.text).toContain('Ma première semaine s&#39;est bien passée.');
    const controls = [...res.text.matchAll(/<(input|textarea|button)\b[^>]*>/g)].map((m) => m[0]);
    expect(controls.length).toBeGreaterThan(20);
    // Disabled one by one, or all at once by a disabled fieldset around them.
    if (!/<fieldset[^>]*\sdisabled/.test(res.text)) for (const c of controls) expect(c).toMatch(/\sdisabled/);
    expect(res.text).toContain('class="preview"');
    expect(res.text).not.toMatch(/<form[^>]*method="post"/);
    expect(res.text).not.toContain('Je eerste week');
    const nl = await hr().get(`/api/v1/surveys/${s.id}/preview`);
    expect(nl.text).toContain('Je eerste week');
    expect((await hr().get(`/api/v1/surveys/${s.id}/preview?language=de`)).status).toBe(400);
    expect((await as(manager).get(`/api/v1/surveys/${s.id}/preview`)).status).toBe(404);
    expect((await as(employee).get(`/api/v1/surveys/${s.id}/preview`)).status).toBe(403);
    expect((await as(other.admin).get(`/api/v1/surveys/${s.id}/preview`)).status).toBe(404);
  });
});
