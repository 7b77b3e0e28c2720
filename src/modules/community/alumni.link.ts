/**
 * The personal link to the alumni choice, for mails (the offboarding "Alumni invitation", the
 * retirement journey, the exit survey's yes): /alumni/<person>.<expires>.<signature>. It names one
 * person and a last day, and is signed with this installation's secret over the organisation too,
 * so it opens exactly that person's choice and nothing else, without an account. It only lets the
 * person choose (never chooses for them), and it stops working after ALUMNI_LINK_DAYS.
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
  /** The last valid day, as days since 1970-01-01 (UTC). */
  expiresDay: number;
  sig: string;
}

function signature(secret: string, orgId: string, personId: string, expiresDay: number): string {
  return hmac(secret, `alumni|v1|${orgId}|${personId}|${expiresDay}`).slice(0, 32);
}

export function makeToken(secret: string, orgId: string, personId: string, now: Date): string {
  const expiresDay = Math.floor(now.getTime() / DAY_MS) + ALUMNI_LINK_DAYS;
  return `${personId}.${expiresDay}.${signature(secret, orgId, personId, expiresDay)}`;
}

/** The parts of something shaped like a token; genuine only if checkToken agrees. */
export function parseToken(token: string): AlumniToken | null {
  const [personId, day, sig, ...rest] = token.split('.');
  if (rest.length > 0 || !personId || !day || !sig) return null;
  if (!UUID.test(personId) || !/^\d{1,6}$/.test(day) || !/^[A-Za-z0-9_-]{32}$/.test(sig)) return null;
  return { personId, expiresDay: Number(day), sig };
}

export function checkToken(secret: string, orgId: string, t: AlumniToken, now: Date): boolean {
  if (Math.floor(now.getTime() / DAY_MS) > t.expiresDay) return false;
  return safeEqual(t.sig, signature(secret, orgId, t.personId, t.expiresDay));
}

export async function alumniSecret(ctx: Pick<AppContext, 'db'>): Promise<string> {
  return instanceSecret(ctx.db, SECRET_NAME);
}

/** The person's own link to the choice (a secret: mails carry it sealed). */
export async function alumniChoiceUrl(ctx: Pick<AppContext, 'db' | 'config' | 'clock'>, orgId: string, personId: string): Promise<string> {
  return `${ctx.config.publicUrl}${ALUMNI_PATH}/${makeToken(await alumniSecret(ctx), orgId, personId, ctx.clock.now())}`;
}
