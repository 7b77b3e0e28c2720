/**
 * Alumni ambassadors (issue 12, item 3): a leaver or retiree who chose, never by default, to stay on.
 *
 * - The choice is the person's own, in the app (an end date set, or the retirement journey) or from
 *   their signed mailed link (alumni.link.ts): a personal address for the alumni account, and
 *   whether they are shown on the careers pages (never pre-ticked; never for a sensitive function
 *   or someone behind the scenes). Nobody can choose it for them: no admin route makes an alumnus.
 * - Choosing keeps (or starts) their ambassadorship past the end date and invites an 'alumni'
 *   account at the personal address; SCIM and the end date end only the work accounts.
 * - Leaving is one click, at once: the alumni row is closed, the ambassadorship ends (gone from the
 *   careers pages in the same transaction), and the alumni account is disabled and signed out.
 *   The app offers export and erasure before the confirmation; after it the account no longer signs in.
 * - Erasure (privacy.service.ts) deletes the alumni row and disables the alumni account.
 */
import type { Queryable } from '../../db/db.ts';
import { audit } from '../../platform/audit.ts';
import type { AppContext } from '../../platform/context.ts';
import { conflict, notFound, problem, unprocessable } from '../../platform/errors.ts';
import { enqueueMail } from '../../platform/mail.ts';
import { authorize, requirePerson, type Actor } from '../../platform/policy.ts';
import { consume } from '../../platform/rate-limit.ts';
import { hashToken } from '../../platform/tokens.ts';
import { inviteAlumniAccount } from '../accounts/accounts.service.ts';
import { keepForAlumni, leaveWithin } from '../ambassadors/ambassadors.service.ts';
import { alumniSecret, checkToken, issuedAt, parseToken } from './alumni.link.ts';
import { alumniAccountMail, alumniWelcomeBackMail } from './alumni.mails.ts';
import * as repo from './alumni.repo.ts';

export type { AlumniListRow, AlumniSubject } from './alumni.repo.ts';
/** The person's own signed link to the choice, for the journeys' and the exit survey's mails and pages. */
export { alumniChoiceUrl } from './alumni.link.ts';

export interface AlumniChoice {
  /** The personal address of the alumni account (not the work address, which goes with the job). */
  email: string;
  /** Also on the careers pages, as "former colleague" (false: internal only). */
  careers: boolean;
}

/** Who made the choice, for the audit log: the person in the app, or the holder of their link. */
interface Who {
  userId: string | null;
  label: string;
  ip: string | null;
}

const isActive = (s: repo.AlumniSubject) => s.chosen_at !== null && s.left_at === null;

const notEligible = () =>
  problem('alumni-not-eligible', 'Staying on as an alumni ambassador is offered when you leave (an end date is set) or retire.');

/** What the person sees: whether they may choose, and their choice if they made it. */
export function presentStatus(s: repo.AlumniSubject) {
  return {
    eligible: s.eligible,
    alumni: isActive(s),
    chosenAt: s.chosen_at && !s.left_at ? s.chosen_at : null,
    leftAt: s.left_at,
    email: isActive(s) ? s.alumni_email : null,
    careers: isActive(s) && s.scope === 'external',
    sensitive: s.sensitive,
  };
}

export async function status(ctx: AppContext, actor: Actor) {
  const personId = requirePerson(actor);
  const s = await repo.subject(ctx.db, actor.orgId, personId);
  if (!s) throw notFound('Person');
  return presentStatus(s);
}

/** Checks the choice before anything is written; returns the address, lower-cased. */
async function checkChoice(q: Queryable, s: repo.AlumniSubject, input: AlumniChoice): Promise<string> {
  if (!s.eligible) throw notEligible();
  if (isActive(s)) throw conflict('You are an alumni ambassador already.');
  const email = input.email.trim().toLowerCase();
  if (email === s.work_email?.toLowerCase()) {
    throw unprocessable('Use a personal address: your work address stops with your job.', [
      { path: 'email', message: 'Enter a personal email address, not your work address.' },
    ]);
  }
  if (input.careers && s.sensitive) {
    throw unprocessable(
      'People in a sensitive function can only be internal ambassadors.',
      [{ path: 'careers', message: 'Your function is marked sensitive, so you cannot appear on the careers pages.' }],
      'sensitive-person-internal-only',
    );
  }
  const taken = await repo.accountByEmail(q, s.org_id, email);
  if (taken && !(taken.role === 'alumni' && taken.person_id === s.person_id)) {
    throw conflict(`${email} already has an account.`, 'already-has-account', { email });
  }
  return email;
}

/**
 * The choice, once: the person row is locked and everything checked again inside the transaction,
 * so a double submit makes one invitation, one mail, one audit (the second finds the choice made).
 * `spent`: for a mailed link, whether a choice or leave since its issue has used it up.
 */
async function choose(
  ctx: AppContext,
  orgId: string,
  personId: string,
  input: AlumniChoice,
  source: 'app' | 'link',
  who: (s: repo.AlumniSubject) => Who,
  spent: (s: repo.AlumniSubject) => boolean = () => false,
) {
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    if (!(await repo.lockPerson(tx, orgId, personId))) throw notFound('Person');
    const s = (await repo.subject(tx, orgId, personId))!;
    // A double submit finds the choice made ("already", as the page says); any other use after it is spent.
    if (isActive(s)) throw conflict('You are an alumni ambassador already.');
    if (spent(s)) throw linkSpent();
    const email = await checkChoice(tx, s, input);
    // A return with the same address finds its own account: enabled again, no new invitation, and
    // the address is confirmed already. A new address is confirmed by accepting the invitation:
    // until then the alumnus is internal-only (alumni.confirm.ts opens the careers pages).
    const own = await repo.accountByEmail(tx, s.org_id, email);
    await keepForAlumni(ctx, tx, s.org_id, s.person_id, input.careers && own ? 'external' : 'internal', s.sensitive);
    await repo.upsertChoice(tx, {
      orgId: s.org_id,
      personId: s.person_id,
      email,
      now,
      source,
      userId: own?.id ?? null,
      careers: input.careers,
    });
    if (own) {
      await repo.enableAlumniAccount(tx, s.org_id, own.id);
      await enqueueMail(
        tx,
        ctx.clock,
        alumniWelcomeBackMail({ orgId: s.org_id, orgName: s.org_name, to: email, signInUrl: `${ctx.config.publicUrl}/`, lang: s.language }),
      );
    } else {
      const inv = await inviteAlumniAccount(ctx, tx, { orgId: s.org_id, email, personId: s.person_id, invitedBy: who(s).userId });
      await enqueueMail(
        tx,
        ctx.clock,
        alumniAccountMail({ orgId: s.org_id, orgName: s.org_name, to: email, link: inv.link, days: inv.days, lang: s.language }),
      );
    }
    await audit(tx, ctx.clock, {
      orgId: s.org_id,
      actorUserId: who(s).userId,
      actorLabel: who(s).label,
      action: 'alumni.chose',
      targetType: 'person',
      targetId: s.person_id,
      // Not the personal address: the audit log is read by admins, the address is the person's.
      details: { source, careers: input.careers },
      ip: who(s).ip,
    });
  });
  return presentStatus((await repo.subject(ctx.db, orgId, personId))!);
}

/** The choice in the app, by the person themselves (an alumni account has made it already). */
export async function chooseInApp(ctx: AppContext, actor: Actor, input: AlumniChoice, ip: string | null) {
  const personId = requirePerson(actor);
  return choose(ctx, actor.orgId, personId, input, 'app', () => ({ userId: actor.userId || null, label: actor.label, ip }));
}

/**
 * A link is spent once the person chose or left after it was issued: one link, one choice, and an
 * old mail (in the work mailbox the manager may read) cannot undo a leave. A fresh link, mailed
 * after the leave (a journey, HR), opens the choice again.
 */
const spentBy = (issued: Date) => (s: repo.AlumniSubject) =>
  (s.chosen_at !== null && s.chosen_at >= issued) || (s.left_at !== null && s.left_at >= issued);

const linkSpent = () => problem('alumni-link-spent', 'This link has been used: a choice or a leave was made since it was sent.');

export interface LinkLookUp {
  subject: repo.AlumniSubject;
  /** A choice or leave since the link was issued: it shows nothing more and chooses nothing. */
  spent: boolean;
}

/**
 * The person a genuine, unexpired link names, or null (a wrong, forged or old link, or a person
 * gone). Rate-limited per client address (public and without a session).
 */
export async function lookUpLink(ctx: AppContext, token: string, ip: string): Promise<LinkLookUp | null> {
  await consume(ctx.db, ctx.clock, { key: `alumni-link:ip:${ip}`, max: 30, windowSeconds: 3600 });
  const t = parseToken(token);
  if (!t) return null;
  const s = await repo.subjectByPerson(ctx.db, t.personId);
  if (!s || !checkToken(await alumniSecret(ctx), s.org_id, t, ctx.clock.now())) return null;
  return { subject: s, spent: spentBy(issuedAt(t))(s) };
}

/**
 * The choice from the mailed link, without an account: rate-limited per client address (in
 * lookUpLink, which the page calls first) and, once the signature holds, per link (keyed by its
 * hash, so junk tokens naming the person cannot lock them out), audited as the person. Null for a
 * link that is not genuine.
 */
export async function chooseByLink(ctx: AppContext, token: string, input: AlumniChoice, ip: string) {
  const t = parseToken(token);
  if (!t) return null;
  const s = await repo.subjectByPerson(ctx.db, t.personId);
  if (!s || !checkToken(await alumniSecret(ctx), s.org_id, t, ctx.clock.now())) return null;
  await consume(ctx.db, ctx.clock, { key: `alumni-link:token:${hashToken(token)}`, max: 10, windowSeconds: 3600 });
  return choose(
    ctx,
    s.org_id,
    s.person_id,
    input,
    'link',
    (now) => ({ userId: null, label: `${now.first_name} ${now.last_name} (alumni link)`, ip }),
    spentBy(issuedAt(t)),
  );
}

/**
 * Leaving the alumni program, one click, at once: the row closed, the ambassadorship ended (and gone
 * from the careers pages), the alumni account disabled and signed out. From an alumni account this
 * ends the very session that asked; from a work account (before the end date) it only undoes the choice.
 */
export async function leave(ctx: AppContext, actor: Actor, ip: string | null) {
  const personId = requirePerson(actor);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    if (!(await repo.leave(tx, actor.orgId, personId, now))) throw notFound('Alumni ambassadorship');
    await leaveWithin(ctx, tx, actor.orgId, personId);
    const disabled = await repo.disableAlumniAccounts(tx, actor.orgId, personId, now);
    await audit(tx, ctx.clock, {
      orgId: actor.orgId,
      actorUserId: actor.userId || null,
      actorLabel: actor.label,
      action: 'alumni.left',
      targetType: 'person',
      targetId: personId,
      details: { accountsDisabled: disabled },
      ip,
    });
  });
}

/**
 * The alumni account's invitation accepted (accounts.service.ts, in its transaction): the personal
 * address is now confirmed. The account is tied to the alumni row, and only now does the careers
 * choice take effect: before, the alumnus was internal-only (whoever typed the address may not
 * have been them). A row left since, or never made, changes nothing.
 */
export async function alumniAccountConfirmed(ctx: AppContext, tx: Queryable, orgId: string, personId: string, userId: string) {
  const row = await repo.lockActive(tx, orgId, personId);
  if (!row) return;
  await repo.setAccount(tx, orgId, personId, userId);
  const s = await repo.subject(tx, orgId, personId);
  if (row.careers && s && !s.sensitive && s.scope === 'internal') {
    await keepForAlumni(ctx, tx, orgId, personId, 'external', s.sensitive).catch((err: unknown) => {
      // Behind the scenes since: the careers pages stay closed, the account still works.
      if ((err as { code?: string }).code?.endsWith('-internal-only')) return;
      throw err;
    });
  }
}

/** Erasure (privacy.service.ts, in its transaction): the alumni row goes, the alumni account is disabled. */
export async function eraseWithin(ctx: AppContext, tx: Queryable, orgId: string, personId: string): Promise<number> {
  await repo.disableAlumniAccounts(tx, orgId, personId, ctx.clock.now());
  return repo.remove(tx, orgId, personId);
}

/** The alumni row for a person's export (privacy.service.ts). */
export async function exportRow(ctx: AppContext, orgId: string, personId: string) {
  const s = await repo.subject(ctx.db, orgId, personId);
  if (!s?.chosen_at) return undefined;
  return { email: s.alumni_email, chosenAt: s.chosen_at, leftAt: s.left_at, careers: isActive(s) && s.scope === 'external' };
}

/** Coordinators see who stays on, and how active they are (the impact dashboard counts from the same table). */
export async function list(ctx: AppContext, actor: Actor) {
  authorize(actor, 'program.manage');
  return repo.list(ctx.db, actor.orgId, ctx.clock.now());
}
