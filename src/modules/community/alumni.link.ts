/**
 * The personal link to the alumni choice, for mails (the offboarding "Alumni invitation", the
 * retirement journey, the exit survey's yes): /alumni/<person>.<issued>.<signature>. It names one
 * person and the second it was issued, and is signed with this installation's secret over the
 * organisation too, so it opens exactly that person's choice and nothing else, without an account.
 * It only lets the person choose (never chooses for them), and it stops working after
 * ALUMNI_LINK_DAYS. It serves one choice: a link issued before the person's last choice or leave is
 * spent (alumni.service.ts, linkSpent), so an old mail cannot undo a leave; a fresh mail can.
 */
import type { AppContext } from '../../platform/context.ts';
import { hmac, instanceSecret } from '../../platform/secrets.ts';
import { safeEqual } from '../../platform/tokens.ts';

export const ALUMNI_PATH = '/alumni';
/** How long a mailed link works: long enough for someone who reads their mail after the farewell. */
export const ALUMNI_LINK_DAYS = 60;

const SECRET_NAME = 'alumni-links';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DAY_MS = 86_400_000;

export interface AlumniToken {
  personId: string;
  /** When it was issued, in seconds since 1970-01-01 (UTC). */
  issuedSec: number;
  sig: string;
}

function signature(secret: string, orgId: string, personId: string, issuedSec: number): string {
  return hmac(secret, `alumni|v2|${orgId}|${personId}|${issuedSec}`).slice(0, 32);
}

export function makeToken(secret: string, orgId: string, personId: string, now: Date): string {
  const issuedSec = Math.floor(now.getTime() / 1000);
  return `${personId}.${issuedSec}.${signature(secret, orgId, personId, issuedSec)}`;
}

/** When the link was issued (a second's start: a choice or leave in that same second spends it). */
export const issuedAt = (t: AlumniToken) => new Date(t.issuedSec * 1000);

/** The parts of something shaped like a token; genuine only if checkToken agrees. */
export function parseToken(token: string): AlumniToken | null {
  const [personId, day, sig, ...rest] = token.split('.');
  if (rest.length > 0 || !personId || !day || !sig) return null;
  if (!UUID.test(personId) || !/^\d{9,11}$/.test(day) || !/^[A-Za-z0-9_-]{32}$/.test(sig)) return null;
  return { personId, issuedSec: Number(day), sig };
}

export function checkToken(secret: string, orgId: string, t: AlumniToken, now: Date): boolean {
  if (now.getTime() > t.issuedSec * 1000 + ALUMNI_LINK_DAYS * DAY_MS) return false;
  return safeEqual(t.sig, signature(secret, orgId, t.personId, t.issuedSec));
}

export async function alumniSecret(ctx: Pick<AppContext, 'db'>): Promise<string> {
  return instanceSecret(ctx.db, SECRET_NAME);
}

/** The person's own link to the choice (a secret: mails carry it sealed). */
export async function alumniChoiceUrl(ctx: Pick<AppContext, 'db' | 'config' | 'clock'>, orgId: string, personId: string): Promise<string> {
  return `${ctx.config.publicUrl}${ALUMNI_PATH}/${makeToken(await alumniSecret(ctx), orgId, personId, ctx.clock.now())}`;
}
