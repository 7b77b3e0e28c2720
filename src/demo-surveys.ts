/**
 * The demo's surveys, answered the way people answer them: the 30-day onboarding survey, invited by
 * the journey's logic on each newcomer's 30th day over the past year (so results have start
 * cohorts and quarters to compare), and this quarter's pulse, sent to everyone as a campaign and
 * answered by about two thirds so far. Every answer goes through the respondent's own path (the
 * personal link, then submit), so the demo's answers carry no person, exactly like real ones.
 */
import type { AppContext } from './platform/context.ts';
import type { Clock } from './platform/clock.ts';
import { orgToday } from './platform/org-time.ts';
import { systemActor } from './platform/policy.ts';
import { createRng } from './modules/people/people.seed.ts';
import { ensureTemplateSurvey } from './modules/surveys/surveys.service.ts';
import { sendCampaign } from './modules/surveys/campaigns.ts';
import { inviteOne, loadInvitee, loadSendableSurvey } from './modules/surveys/invitations.ts';
import { invitationMail } from './modules/surveys/invitations.mails.ts';
import { answerTokenHash, newAnswerToken } from './modules/surveys/links.ts';
import { lookUp, submit } from './modules/surveys/respond.service.ts';
import type { AnswerValue } from './modules/surveys/respond.pages.ts';

type Lang = 'nl' | 'fr' | 'en';

/** Comments people leave, in the language they answer in. */
const COMMENTS: Record<Lang, string[]> = {
  nl: [
    'Mijn meter nam echt de tijd voor mij, dat maakte het verschil.',
    'De eerste dag stond mijn laptop nog niet klaar.',
    'Meer uitleg over de interne tools zou helpen.',
    'Ik voel me welkom in het team.',
    'Soms is het onduidelijk bij wie ik terecht kan met vragen.',
  ],
  fr: [
    'Mon parrain a vraiment pris le temps de me guider.',
    "Mon ordinateur n'était pas prêt le premier jour.",
    'Un peu plus de formation sur les outils internes serait utile.',
    "Je me sens bien accueillie dans l'équipe.",
    "Ce n'est pas toujours clair à qui poser mes questions.",
  ],
  en: [
    'My buddy really took the time for me; that made the difference.',
    'My laptop was not ready on the first day.',
    'A bit more explanation of the internal tools would help.',
    'I feel welcome in the team.',
    'It is not always clear who to ask.',
  ],
};

const DAY = 24 * 3600_000;

export async function seedDemoSurveys(ctx: AppContext, orgId: string): Promise<void> {
  const rng = createRng('demo-surveys');
  const today = await orgToday(ctx, orgId);

  // The 30-day onboarding survey, for everyone who started 40 to 400 days ago, on their 30th day.
  const onboarding = await ensureTemplateSurvey(ctx.db, ctx.clock, orgId, 'onboarding_30');
  const newcomers = await ctx.db.query<{ id: string; start_date: string }>(
    `select id, start_date::text from people
      where org_id = $1 and start_date between ($2::date - 400) and ($2::date - 40) and end_date is null
      order by start_date, id`,
    [orgId, today],
  );
  for (const p of newcomers) {
    const day30 = new Date(new Date(`${p.start_date}T09:00:00Z`).getTime() + 30 * DAY);
    const then: AppContext = { ...ctx, clock: { now: () => day30 } satisfies Clock };
    const survey = (await loadSendableSurvey(ctx.db, orgId, onboarding))!;
    const invitee = await loadInvitee(ctx.db, orgId, p.id, p.start_date, survey.default_language);
    if (!invitee) continue;
    const sent = await inviteOne(then, ctx.db, survey, invitee, { write: invitationMail });
    if (sent && rng() < 0.75) await answer(then, sent.invitationId, rng, 1 + Math.floor(rng() * 5) * DAY);
  }

  // This quarter's pulse, sent to everyone; about two thirds have answered.
  const pulse = await ensureTemplateSurvey(ctx.db, ctx.clock, orgId, 'pulse');
  await sendCampaign(ctx, systemActor(orgId), pulse, {});
  const invited = await ctx.db.query<{ id: string }>(`select id from survey_invitations where survey_id = $1 order by id`, [pulse]);
  for (const inv of invited) if (rng() < 0.65) await answer(ctx, inv.id, rng, 0);
}

/** Answers an invitation through the respondent's path: a link of its own, then submit. */
async function answer(ctx: AppContext, invitationId: string, rng: () => number, afterMs: number): Promise<void> {
  const token = newAnswerToken();
  await ctx.db.query(`update survey_invitations set token_hash = $2 where id = $1`, [invitationId, answerTokenHash(token)]);
  const later: AppContext = { ...ctx, clock: { now: () => new Date(ctx.clock.now().getTime() + afterMs) } };
  const found = await lookUp(later, token);
  if (!found || found.state !== 'open') return;
  const lang = (['nl', 'fr', 'en'] as const).find((l) => l === found.inv.language) ?? 'en';
  // Most people are positive, some are not: a mood per respondent moves all their answers.
  const mood = rng();
  const values: Record<string, AnswerValue> = {};
  for (const q of found.questions) {
    if (q.kind === 'enps') values[q.id] = { value: clamp(Math.round(4 + mood * 6 + (rng() - 0.5) * 3), 0, 10) };
    else if (q.kind === 'scale') values[q.id] = { value: clamp(Math.round(1.5 + mood * 3.5 + (rng() - 0.5) * 1.5), 1, 5) };
    else if (q.kind === 'single' && q.options.length > 0) values[q.id] = { choices: [q.options[Math.floor(rng() * q.options.length)].key] };
    else if (q.kind === 'multi' && q.options.length > 0)
      values[q.id] = {
        choices: pickSome(
          q.options.map((o) => o.key),
          rng,
        ),
      };
    else if (q.kind === 'text' && rng() < 0.3) values[q.id] = { comment: COMMENTS[lang][Math.floor(rng() * COMMENTS[lang].length)] };
  }
  await submit(later, found, values);
}

/** One to three of the options, as people tick them. */
function pickSome(keys: string[], rng: () => number): string[] {
  const chosen = keys.filter(() => rng() < 0.3);
  return chosen.length > 0 ? chosen.slice(0, 3) : [keys[Math.floor(rng() * keys.length)]];
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
