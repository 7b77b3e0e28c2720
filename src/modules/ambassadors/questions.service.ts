/**
 * "Ask an ambassador": a candidate's question is relayed by mail without either address being
 * shown. The ambassador answers in Embassy; only if they choose, the answer carries their address
 * so the conversation can go on directly. Guarded against spam by a hidden field, a signed,
 * single-use form token (bots post at once, and replay what they got), rate limits and a cap on links.
 */
import crypto from 'node:crypto';
import type { Queryable } from '../../db/db.ts';
import type { Clock } from '../../platform/clock.ts';
import type { AppContext } from '../../platform/context.ts';
import { notFound, unprocessable, type ProblemItem } from '../../platform/errors.ts';
import { emitEvent } from '../../platform/events.ts';
import { enqueueMail } from '../../platform/mail.ts';
import { requirePerson, type Actor } from '../../platform/policy.ts';
import { consumeAll } from '../../platform/rate-limit.ts';
import { isUnstorable } from '../../platform/input-guard.ts';
import { hmac, instanceSecret } from '../../platform/secrets.ts';
import { safeEqual } from '../../platform/tokens.ts';
import { personFacts } from '../people/people.service.ts';
import { answerMail, questionMail } from './questions.mails.ts';
import * as repo from './questions.repo.ts';

const MIN_FORM_SECONDS = 3;
const MAX_FORM_SECONDS = 24 * 3600;

/**
 * A token the question form carries: when it was shown and a random nonce, signed, so its age can
 * be trusted and it can be spent once.
 */
export async function formToken(ctx: AppContext): Promise<string> {
  const signed = `${ctx.clock.now().getTime()}.${crypto.randomBytes(16).toString('base64url')}`;
  return `${signed}.${hmac(await instanceSecret(ctx.db, 'form-token'), signed)}`;
}

interface FormToken {
  nonce: string;
  /** When the token stops being accepted anyway; its nonce need not be remembered after. */
  expiresAt: Date;
}

/**
 * The token, when it is ours and of a human's age; else why not. Too young (sent within seconds of
 * showing the form) or too old (over a day) is said to the sender, who may well be a person: a
 * quick typist, a tab left open. A token that is not ours is a bot's, answered as if it worked.
 */
async function checkFormToken(
  ctx: AppContext,
  token: string | undefined,
): Promise<FormToken | { rejected: 'invalid' } | { rejected: 'too-fast'; wait: number } | { rejected: 'expired' }> {
  const parts = (token ?? '').split('.');
  if (parts.length !== 3) return { rejected: 'invalid' };
  const [t, nonce, sig] = parts;
  if (!safeEqual(hmac(await instanceSecret(ctx.db, 'form-token'), `${t}.${nonce}`), sig)) return { rejected: 'invalid' };
  const shownAt = Number(t);
  const age = (ctx.clock.now().getTime() - shownAt) / 1000;
  if (!Number.isFinite(age)) return { rejected: 'invalid' };
  if (age < MIN_FORM_SECONDS) return { rejected: 'too-fast', wait: Math.max(1, Math.ceil(MIN_FORM_SECONDS - age)) };
  if (age > MAX_FORM_SECONDS) return { rejected: 'expired' };
  return { nonce, expiresAt: new Date(shownAt + MAX_FORM_SECONDS * 1000) };
}

/**
 * Spends a token, in the transaction that relays the question: false when it was spent before. The
 * primary key makes this hold across processes (a concurrent second use waits for the first to
 * commit, then finds the nonce), and a question that fails to relay rolls it back, leaving the
 * token usable. Only relayed questions spend one: a form sent back for a correction keeps its token.
 */
async function spendFormToken(tx: Queryable, token: FormToken): Promise<boolean> {
  return repo.spendFormToken(tx, token.nonce, token.expiresAt);
}

/** Spent tokens past their age are refused anyway; the worker drops them now and then. */
export async function pruneFormTokens(db: Queryable, clock: Clock): Promise<void> {
  await repo.pruneFormTokens(db, clock.now());
}

/** The fields (by their name in `fields`) holding text that cannot be stored: a NUL or a lone surrogate. */
export function unstorableText(fields: Record<string, unknown>): ProblemItem[] {
  const values = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);
  return Object.entries(fields)
    .filter(([, v]) => values(v).some((x) => typeof x === 'string' && isUnstorable(x)))
    .map(([path]) => ({ path, message: 'Remove the invalid characters (a NUL byte or a broken Unicode character).' }));
}

export interface QuestionInput {
  orgId: string;
  /** The public ambassador's id (from the public pages), never a person id. */
  ambassadorId: string;
  storyId?: string | null;
  name: string;
  email: string;
  question: string;
  language: 'nl' | 'fr' | 'en';
  /** The hidden field: people leave it empty, bots fill it. */
  website?: string;
  formToken?: string;
  ip: string;
}

export type AskOutcome = 'relayed' | 'discarded';

export async function ask(ctx: AppContext, input: QuestionInput): Promise<AskOutcome> {
  // Before anything is stored, rate-limit keys included.
  const { orgId: _org, ip: _ip, ...fields } = input;
  const unstorable = unstorableText(fields);
  if (unstorable.length) throw unprocessable('Some fields contain characters that cannot be stored.', unstorable);
  await consumeAll(ctx.db, ctx.clock, [
    { key: `ask:ip:${input.ip}`, max: 5, windowSeconds: 3600 },
    { key: `ask:email:${input.email.toLowerCase()}`, max: 5, windowSeconds: 86400 },
    { key: `ask:ambassador:${input.ambassadorId}`, max: 30, windowSeconds: 86400 },
  ]);
  // Answer a bot as if it worked: telling it why would teach it. A form sent too soon or too late
  // may be a person's, who is told to send it again (nothing is stored and the token is not spent).
  const token = await checkFormToken(ctx, input.formToken);
  if (input.website || ('rejected' in token && token.rejected === 'invalid')) return 'discarded';
  if ('rejected' in token) {
    if (token.rejected === 'too-fast')
      throw unprocessable(
        'That was quicker than we expected: wait a moment and send it again.',
        [{ path: 'formToken', message: `Wait ${token.wait} seconds and send the form again.` }],
        'form-too-fast',
        { seconds: token.wait },
      );
    throw unprocessable(
      'The form has expired.',
      [{ path: 'formToken', message: 'The form was open for more than a day: reload the page and send it again.' }],
      'form-expired',
    );
  }
  if ((input.question.match(/https?:\/\//gi) ?? []).length > 2) {
    throw unprocessable('Too many links.', [
      { path: 'question', code: 'too-many-links', params: { max: 2 }, message: 'Ask your question with at most two links.' },
    ]);
  }
  const target = await repo.findPublicAmbassador(ctx.db, input.orgId, input.ambassadorId);
  if (!target) throw notFound('Ambassador');
  const facts = await personFacts(ctx, input.orgId, target.person_id);
  const to = facts?.work_email;
  if (!to) throw notFound('Ambassador');
  if (input.storyId) await assertStoryOf(ctx, input.orgId, input.ambassadorId, input.storyId);
  return ctx.db.transaction(async (tx) => {
    // A token used before is a replay: a script reposting what it got once. It is answered like any
    // bot. A person posting the same form twice (a double click, a reload, the back button) has had
    // that question relayed by the first post, so dropping the second loses nothing.
    if (!(await spendFormToken(tx, token))) return 'discarded';
    const questionId = await repo.insertQuestion(tx, input.orgId, {
      personId: target.person_id,
      storyId: input.storyId ?? null,
      askerName: input.name,
      askerEmail: input.email.toLowerCase(),
      body: input.question,
      language: input.language,
      now: ctx.clock.now(),
    });
    await enqueueMail(
      tx,
      ctx.clock,
      questionMail({
        orgId: input.orgId,
        to,
        ambassadorName: target.first_name,
        askerName: input.name,
        question: input.question,
        link: `${ctx.config.publicUrl}/ambassador/questions/${questionId}`,
        lang: facts?.mail_language ?? null,
      }),
    );
    // Never the asker's name or address: they gave them to reach the ambassador, not the employer's systems.
    await emitEvent(tx, ctx.clock.now(), input.orgId, 'question.asked', { questionId, ambassadorPersonId: target.person_id });
    return 'relayed';
  });
}

/**
 * A question may refer to a story: only a public story of the asked ambassador, in this
 * organisation. Anything else, whether it exists elsewhere or nowhere, gets the same answer, so an
 * anonymous caller learns nothing about stories it cannot see.
 */
async function assertStoryOf(ctx: AppContext, orgId: string, ambassadorId: string, storyId: string) {
  if (!(await repo.isPublicStoryOf(ctx.db, orgId, ambassadorId, storyId)))
    throw unprocessable(
      'Unknown story.',
      [{ path: 'storyId', message: "Ask about one of this ambassador's stories, or about none." }],
      'unknown-reference',
    );
}

export async function mine(ctx: AppContext, actor: Actor) {
  const personId = requirePerson(actor);
  // The asker's address stays with the platform: it is not part of what the ambassador reads.
  return repo.listQuestionsTo(ctx.db, actor.orgId, personId);
}

export async function answer(ctx: AppContext, actor: Actor, id: string, input: { answer: string; shareEmail: boolean }) {
  const personId = requirePerson(actor);
  const q = await repo.findQuestionTo(ctx.db, actor.orgId, id, personId);
  if (!q) throw notFound('Question');
  const facts = await personFacts(ctx, actor.orgId, personId);
  await ctx.db.transaction(async (tx) => {
    await repo.saveAnswer(tx, actor.orgId, id, { answer: input.answer, now: ctx.clock.now(), shareEmail: input.shareEmail });
    await enqueueMail(
      tx,
      ctx.clock,
      answerMail({
        orgId: actor.orgId,
        to: q.asker_email,
        askerName: q.asker_name,
        ambassadorName: facts?.first_name ?? '',
        question: q.body,
        answer: input.answer,
        replyTo: input.shareEmail ? (facts?.work_email ?? undefined) : undefined,
        lang: q.language,
      }),
    );
  });
}
