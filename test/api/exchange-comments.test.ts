/**
 * Comments in the community exchange follow the rules of posts: a coordinator hides one only for a
 * legal reason (audited, the author told by mail in their language, the reason seen by the author and
 * coordinators alone), and mentions in a comment mail each colleague once, in their language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createTestEnv, type TestEnv } from '../helpers.ts';
import { ambassador, orgWithAdmin, person, type Org, type Person } from '../factories.ts';

let env: TestEnv;
let org: Org;
let ana: Person;
let bo: Person;
let fleur: Person;
let coordinator: Person;
let outsider: Person;

beforeAll(async () => {
  env = await createTestEnv();
  org = await orgWithAdmin(env);
  ana = await ambassador(env, org);
  bo = await ambassador(env, org, { scope: 'internal' });
  fleur = await ambassador(env, org, { language: 'fr' });
  coordinator = await person(env, org, { role: 'coordinator' });
  outsider = await person(env, org);
});
afterAll(() => env.close());

const as = (p: Person) => client(env.app, p.user.token);
const newPost = async (p: Person, body: string) => {
  const res = await as(p).post('/api/v1/community/posts', { body });
  expect(res.status, res.text).toBe(201);
  return res.body.id as string;
};
const newComment = async (p: Person, postId: string, body: string, mentions?: string[]) => {
  const res = await as(p).post(`/api/v1/community/posts/${postId}/comments`, { body, ...(mentions ? { mentions } : {}) });
  expect(res.status, res.text).toBe(201);
  return res.body.id as string;
};
const mailsTo = (p: Person, kind: string) =>
  env.ctx.db.query<{ subject: string; text_body: string; language: string }>(
    `select subject, text_body, language from mail_outbox where to_address = $1 and kind = $2 order by created_at`,
    [p.email, kind],
  );
const commentsSeenBy = async (p: Person, postId: string) => {
  const res = await as(p).get(`/api/v1/community/posts/${postId}`);
  expect(res.status).toBe(200);
  return res.body as { post: { commentCount: number }; comments: { id: string; hidden: { reason: string | null } | null }[] };
};

describe('hiding a comment', () => {
  it('is for coordinators, for a legal reason: audited, the author told in their language, seen by the author and coordinators only', async () => {
    const postId = await newPost(ana, 'Wie was er op de jobbeurs?');
    const id = await newComment(fleur, postId, 'Le nom du candidat était Jean Dupont');
    const hide = (p: Person, reason: string | null) => as(p).put(`/api/v1/community/comments/${id}/hidden`, { reason });

    expect((await hide(ana, 'Privacy of a candidate')).status).toBe(403);
    expect((await hide(fleur, 'Privacy of a candidate')).status).toBe(403);
    const short = await hide(coordinator, 'x');
    expect(short.status).toBe(400);
    expect(JSON.stringify(short.body)).toContain('reason');
    expect((await commentsSeenBy(bo, postId)).comments.map((c) => c.id)).toEqual([id]);

    const hidden = await hide(coordinator, 'Privacy of a candidate');
    expect(hidden.status, hidden.text).toBe(200);
    expect(hidden.body.hidden.reason).toBe('Privacy of a candidate');

    const [mail] = await mailsTo(fleur, 'community-hidden');
    expect(mail.language).toBe('fr');
    expect(mail.subject).toBe('Votre commentaire dans la communauté est masqué');
    expect(mail.text_body).toContain('Privacy of a candidate');
    expect(mail.text_body).toContain('Jean Dupont');
    const audit = await env.ctx.db.query<{ action: string; details: { reason: string; postId: string } }>(
      `select action, details from audit_log where target_id = $1 order by at`,
      [id],
    );
    expect(audit.map((a) => a.action)).toEqual(['community.comment.hide']);
    expect(audit[0].details).toMatchObject({ reason: 'Privacy of a candidate', postId });

    // A colleague no longer sees it, nor counts it; its author and the coordinator do, with the reason.
    const seen = await commentsSeenBy(bo, postId);
    expect(seen.comments).toEqual([]);
    expect(seen.post.commentCount).toBe(0);
    expect((await as(bo).put(`/api/v1/community/comments/${id}`, { body: 'x' })).status).toBe(404);
    expect((await commentsSeenBy(fleur, postId)).comments[0].hidden?.reason).toBe('Privacy of a candidate');
    expect((await commentsSeenBy(coordinator, postId)).comments[0].hidden?.reason).toBe('Privacy of a candidate');

    // A new reason while it stays hidden is recorded, but the author is not mailed twice.
    expect((await hide(coordinator, 'Privacy of a candidate (GDPR)')).status).toBe(200);
    expect(await mailsTo(fleur, 'community-hidden')).toHaveLength(1);

    // Shown again: back for everyone, audited.
    const shown = await hide(coordinator, null);
    expect(shown.body.hidden).toBeNull();
    expect((await commentsSeenBy(bo, postId)).comments.map((c) => c.id)).toEqual([id]);
    const actions = await env.ctx.db.query<{ action: string }>(`select action from audit_log where target_id = $1 order by at`, [id]);
    expect(actions.map((a) => a.action)).toEqual(['community.comment.hide', 'community.comment.hide', 'community.comment.unhide']);
  });

  it("answers another organisation's comment, and a deleted one, exactly like a missing one", async () => {
    const postId = await newPost(ana, 'Hallo');
    const id = await newComment(bo, postId, 'Dag Ana');
    const other = await orgWithAdmin(env);
    const theirCoordinator = await person(env, other, { role: 'coordinator' });
    const foreign = await as(theirCoordinator).put(`/api/v1/community/comments/${id}/hidden`, { reason: 'Not yours to hide' });
    const missing = await as(theirCoordinator).put(`/api/v1/community/comments/00000000-0000-4000-8000-000000000000/hidden`, {
      reason: 'Not yours to hide',
    });
    expect(foreign.status).toBe(404);
    expect(foreign.body).toEqual(missing.body);
    expect((await as(bo).delete(`/api/v1/community/comments/${id}`)).status).toBe(204);
    expect((await as(coordinator).put(`/api/v1/community/comments/${id}/hidden`, { reason: 'Too late' })).status).toBe(404);
    expect(await env.ctx.db.query(`select 1 from audit_log where target_id = $1`, [id])).toEqual([]);
  });
});

describe('mentions in a comment', () => {
  it('mail each colleague who takes part once, in their language, someone behind the scenes by the id the community shows', async () => {
    const shy = await ambassador(env, org, { scope: 'internal' });
    const bts = await as(shy).put('/api/v1/me/ambassador', { scope: 'internal', behindTheScenes: true, intro: 'Achter de schermen.' });
    expect(bts.status).toBe(200);
    const [{ id: shyShownAs }] = await env.ctx.db.query<{ id: string }>(`select id from ambassadors where org_id = $1 and person_id = $2`, [
      org.id,
      shy.personId,
    ]);
    const postId = await newPost(ana, 'Campusdag in Namen');
    const id = await newComment(bo, postId, 'Merci @Fleur en @Frida', [fleur.personId, shyShownAs, bo.personId]);

    const [fr] = await mailsTo(fleur, 'community-mention');
    expect(fr.subject).toBe('Frida vous a mentionné·e dans la communauté');
    expect(fr.text_body).toContain('dans un commentaire');
    expect(fr.text_body).toContain(`/community/exchange/posts/${postId}`);
    const [nl] = await mailsTo(shy, 'community-mention');
    expect(nl.text_body).toContain('in een reactie');
    expect(await mailsTo(bo, 'community-mention')).toHaveLength(0);

    // Editing with the same mentions mails nobody again; a newly named colleague is told once.
    const edit = (mentions: string[]) => as(bo).put(`/api/v1/community/comments/${id}`, { body: 'Merci @Fleur, @Frida en @Ana', mentions });
    expect((await edit([fleur.personId, shyShownAs])).status).toBe(200);
    expect((await edit([fleur.personId, shyShownAs, ana.personId])).status).toBe(200);
    expect((await edit([fleur.personId, shyShownAs, ana.personId])).status).toBe(200);
    expect(await mailsTo(fleur, 'community-mention')).toHaveLength(1);
    expect(await mailsTo(shy, 'community-mention')).toHaveLength(1);
    expect(await mailsTo(ana, 'community-mention')).toHaveLength(1);
  });

  it('refuses someone who does not take part, naming the field, and writes nothing', async () => {
    const postId = await newPost(ana, 'Wie helpt mee?');
    const refused = await as(bo).post(`/api/v1/community/posts/${postId}/comments`, { body: 'Hey', mentions: [outsider.personId] });
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0].path).toBe('mentions');
    expect((await commentsSeenBy(ana, postId)).comments).toEqual([]);
    expect(await mailsTo(outsider, 'community-mention')).toHaveLength(0);
  });
});
