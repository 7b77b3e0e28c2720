/**
 * One-click unsubscribe links (RFC 8058) for the mails that exist only because of their recipient's
 * own preference. A link names one person and one kind of mail and is signed with this
 * installation's secret, so it turns off exactly that preference of exactly that person, and
 * nothing else: no session, no guessing (the signature covers the organisation too).
 *
 * Kinds: `digest` (the daily mail about colleagues' birthdays, anniversaries and moments), and
 * `birthday` / `work_anniversary` (a journey's mail to the person about their own day: turning it
 * off is the "noticed" choice the person also has in My moments).
 */
import { hmac, instanceSecret } from '../../platform/secrets.ts';
import { safeEqual } from '../../platform/tokens.ts';
import type { AppContext } from '../../platform/context.ts';

export const UNSUBSCRIBE_KINDS = ['digest', 'birthday', 'work_anniversary'] as const;
export type UnsubscribeKind = (typeof UNSUBSCRIBE_KINDS)[number];

const SECRET_NAME = 'unsubscribe-links';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The signature: 24 bytes of HMAC-SHA256 over (version, organisation, person, kind). */
export function signature(secret: string, orgId: string, personId: string, kind: UnsubscribeKind): string {
  return hmac(secret, `unsubscribe|v1|${orgId}|${personId}|${kind}`).slice(0, 32);
}

/** `person.kind.signature`: stable per person and kind, so every such mail carries the same link. */
export function makeToken(secret: string, orgId: string, personId: string, kind: UnsubscribeKind): string {
  return `${personId}.${kind}.${signature(secret, orgId, personId, kind)}`;
}

/** The parts of a token that looks like one; whether it is genuine needs the organisation (checkToken). */
export function parseToken(token: string): { personId: string; kind: UnsubscribeKind; sig: string } | null {
  const [personId, kind, sig, ...rest] = token.split('.');
  if (rest.length > 0 || !personId || !kind || !sig) return null;
  if (!UUID.test(personId) || !(UNSUBSCRIBE_KINDS as readonly string[]).includes(kind)) return null;
  return { personId, kind: kind as UnsubscribeKind, sig };
}

export function checkToken(secret: string, orgId: string, t: { personId: string; kind: UnsubscribeKind; sig: string }): boolean {
  return safeEqual(t.sig, signature(secret, orgId, t.personId, t.kind));
}

export async function unsubscribeSecret(ctx: Pick<AppContext, 'db'>): Promise<string> {
  return instanceSecret(ctx.db, SECRET_NAME);
}

/** The link for a mail's List-Unsubscribe header and footer. */
export async function unsubscribeUrl(
  ctx: Pick<AppContext, 'db' | 'config'>,
  orgId: string,
  personId: string,
  kind: UnsubscribeKind,
): Promise<string> {
  return `${ctx.config.publicUrl}/unsubscribe/${makeToken(await unsubscribeSecret(ctx), orgId, personId, kind)}`;
}
