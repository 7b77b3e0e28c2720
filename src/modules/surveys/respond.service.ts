/**
 * Answering a survey from a personal link, without an account. The link (its hash) is the whole
 * authority and reaches one invitation. Looking (GET) changes nothing. Saving keeps a draft on the
 * invitation; submitting writes, in one transaction, a response and its answers that carry no
 * person, no invitation and only the month (the segment comes from the invitation, copied when it
 * was sent), and marks the invitation answered to the day: answering twice is impossible.
 *
 * The follow-ups after the answer (alumni interest, moments of one's own) are about the person, so
 * they are NOT anonymous and never read or touch the answers: the moments a person ticked travel in
 * the thank-you form they send back themselves, never out of the answer rows.
 */
import type { AppContext } from '../../platform/context.ts';
import { isUnstorable } from '../../platform/input-guard.ts';
import { isUiLanguage, type UiLanguage } from '../../platform/language.ts';
import { orgToday } from '../../platform/org-time.ts';
import { consume } from '../../platform/rate-limit.ts';
import { WANTABLE, wantMoments } from '../moments/personal.service.ts';
import { answerTokenHash, looksLikeAnswerToken } from './links.ts';
import { MAX_COMMENT, type AnswerValue, type FieldError } from './respond.pages.ts';
import * as repo from './respond.repo.ts';

export type Wantable = (typeof WANTABLE)[number];

/** What a link leads to: the form, the thank-you page, or a page saying why not. */
export type LinkState = 'open' | 'answered' | 'expired' | 'closed';

export interface Found {
  tokenHash: string;
  inv: repo.InvitationView;
  questions: repo.QuestionRow[];
  state: LinkState;
}

/** POSTs per link: enough to save a few times and send, far too few to hammer the form. */
export const POSTS_PER_LINK = { max: 20, windowSeconds: 600 };

/**
 * The invitation a link names and what it allows now; null for a link that is not one (wrong
 * shape, unknown, replaced by a reminder's new link) or that leads to a survey still in draft.
 */
export async function lookUp(ctx: AppContext, token: string): Promise<Found | null> {
  if (!looksLikeAnswerToken(token)) return null;
  const tokenHash = answerTokenHash(token);
  const inv = await repo.invitationByHash(ctx.db, tokenHash);
  if (!inv || inv.survey_status === 'draft') return null;
  const now = ctx.clock.now();
  const state: LinkState = inv.answered_on
    ? 'answered'
    : inv.survey_status === 'closed' || (inv.survey_closes_at && new Date(inv.survey_closes_at) <= now)
      ? 'closed'
      : new Date(inv.expires_at) <= now
        ? 'expired'
        : 'open';
  return { tokenHash, inv, questions: await repo.questions(ctx.db, inv.org_id, inv.survey_id), state };
}

/** The page's language: the switch's choice, else the invitation's. */
export function pageLanguage(found: Found, asked: string | undefined | null): UiLanguage {
  if (isUiLanguage(asked)) return asked;
  return isUiLanguage(found.inv.language)
    ? found.inv.language
    : isUiLanguage(found.inv.default_language)
      ? found.inv.default_language
      : 'en';
}

/** Counts one POST for this link (keyed by its hash: the secret itself is never stored); throws 429 past the limit. */
export async function countPost(ctx: AppContext, found: Found): Promise<void> {
  await consume(ctx.db, ctx.clock, { key: `survey-answer:${found.tokenHash}`, ...POSTS_PER_LINK });
}

type FormBody = Record<string, unknown>;

const strings = (v: unknown): string[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');

/**
 * The answers in a posted form, per question, and what is wrong with them. For a save (`strict`
 * false) nothing is required and what cannot be kept is left out; for a submit every problem is
 * named on its question.
 */
export function readAnswers(
  questions: readonly repo.QuestionRow[],
  body: FormBody,
  strict: boolean,
): { values: Record<string, AnswerValue>; errors: Record<string, FieldError> } {
  const values: Record<string, AnswerValue> = {};
  const errors: Record<string, FieldError> = {};
  for (const q of questions) {
    const sent = strings(body[`q_${q.id}`])
      .map((s) => s.trim())
      .filter(Boolean);
    let error: FieldError | null = null;
    if (q.kind === 'enps' || q.kind === 'scale') {
      const [low, high] = q.kind === 'enps' ? [0, 10] : [1, 5];
      if (sent.length) {
        const n = /^\d{1,2}$/.test(sent[0]) ? Number(sent[0]) : NaN;
        if (sent.length === 1 && n >= low && n <= high) values[q.id] = { value: n };
        else error = 'range';
      }
    } else if (q.kind === 'single' || q.kind === 'multi') {
      const keys = new Set(q.options.map((o) => o.key));
      if (sent.some((s) => !keys.has(s)) || (q.kind === 'single' && sent.length > 1)) error = 'option';
      // In the options' order, each once, whatever order the browser sent them in.
      const chosen = q.options.map((o) => o.key).filter((k) => sent.includes(k));
      if (chosen.length) values[q.id] = { choices: chosen };
    } else {
      const text = strings(body[`q_${q.id}`])[0]?.trim() ?? '';
      if (isUnstorable(text)) error = 'unstorable';
      else if (text.length > MAX_COMMENT) error = 'tooLong';
      if (text) values[q.id] = { comment: error ? text.slice(0, MAX_COMMENT).replace(/[\uD800-\uDBFF]$/, '') : text };
    }
    if (!error && q.required && !values[q.id]) error = 'required';
    if (error && strict) errors[q.id] = error;
  }
  if (!strict)
    // A draft keeps only what can be stored.
    for (const [id, v] of Object.entries(values)) if (v.comment !== undefined && isUnstorable(v.comment)) delete values[id];
  return { values, errors };
}

/** A partial answer, kept on the invitation until it is submitted. */
export async function saveDraft(ctx: AppContext, found: Found, values: Record<string, AnswerValue>): Promise<boolean> {
  return repo.saveDraft(ctx.db, found.inv.org_id, found.inv.id, values, ctx.clock.now());
}

/**
 * Writes the answer, once: false when the invitation no longer takes one (answered meanwhile,
 * expired, survey closed). The response's month is the organisation's current month.
 */
export async function submit(ctx: AppContext, found: Found, values: Record<string, AnswerValue>): Promise<boolean> {
  const { inv } = found;
  const today = await orgToday(ctx, inv.org_id);
  const period = `${today.slice(0, 7)}-01`;
  const s = inv.segment ?? {};
  return ctx.db.transaction(async (tx) => {
    if (!(await repo.claimForAnswer(tx, inv.org_id, inv.id, today, ctx.clock.now()))) return false;
    const responseId = await repo.insertResponse(tx, inv.org_id, inv.survey_id, period, repo.responseSegment(s));
    await repo.insertAnswers(
      tx,
      inv.org_id,
      inv.survey_id,
      responseId,
      found.questions
        .filter((q) => values[q.id])
        .map((q) => ({
          questionId: q.id,
          value: values[q.id].value ?? null,
          choices: values[q.id].choices ?? null,
          comment: values[q.id].comment ?? null,
        })),
    );
    return true;
  });
}

/** The survey's "which moments matter to you?" question, if it has one. */
export function momentsQuestion(questions: readonly repo.QuestionRow[]): repo.QuestionRow | undefined {
  const wantable = new Set<string>(WANTABLE);
  return (
    questions.find((q) => q.library_key === 'moments_matter') ??
    questions.find((q) => q.kind === 'multi' && q.options.length > 0 && q.options.every((o) => wantable.has(o.key)))
  );
}

/** Moment keys from a form, kept only when they are moments a person can want (each once, in WANTABLE's order). */
export function wantableKeys(sent: unknown): Wantable[] {
  const keys = new Set(strings(sent));
  return WANTABLE.filter((k) => keys.has(k));
}

/** The moments ticked in an answer being submitted, for the thank-you page's offer (never stored with it). */
export function tickedMoments(questions: readonly repo.QuestionRow[], values: Record<string, AnswerValue>): Wantable[] {
  const q = momentsQuestion(questions);
  return q ? wantableKeys(values[q.id]?.choices ?? []) : [];
}

/** The follow-ups are for whoever answered this invitation's survey. */
export const followUpsAllowed = (found: Found) => found.state === 'answered';

/** Saying yes (or withdrawing) to staying on as an alumni ambassador: with the person's name, apart from the answers. */
export async function setAlumniInterest(ctx: AppContext, found: Found, yes: boolean): Promise<Date | null> {
  const { inv } = found;
  if (!yes) {
    await repo.deleteAlumniInterest(ctx.db, inv.org_id, inv.person_id);
    return null;
  }
  return repo.upsertAlumniInterest(ctx.db, inv.org_id, inv.person_id, inv.survey_id, ctx.clock.now());
}

/** Turns the chosen moments on in the person's own moment preferences (their explicit yes is checked by the caller). */
export async function adoptMoments(ctx: AppContext, found: Found, keys: readonly Wantable[]): Promise<void> {
  await wantMoments(ctx.db, ctx.clock.now(), found.inv.org_id, found.inv.person_id, keys);
}
