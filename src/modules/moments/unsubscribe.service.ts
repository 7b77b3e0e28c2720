/**
 * One-click unsubscribe, without a session: the signed link is the whole authority, and it reaches
 * exactly one preference of one person. Looking (GET) changes nothing, because mail scanners follow
 * links; turning off (POST) is idempotent and audited, as the person's own act.
 */
import { audit } from '../../platform/audit.ts';
import type { AppContext } from '../../platform/context.ts';
import * as repo from './unsubscribe.repo.ts';
import { checkToken, parseToken, unsubscribeSecret, type UnsubscribeKind } from './unsubscribe.ts';

export interface UnsubscribeView {
  kind: UnsubscribeKind;
  firstName: string;
  /** The person's language when we speak it, else the organisation's, else English. */
  lang: 'nl' | 'fr' | 'en';
  orgName: string;
  brandColour: string | null;
  /** The mail of this kind still comes. */
  receives: boolean;
}

const speak = (l: string | null | undefined) => (l === 'nl' || l === 'fr' || l === 'en' ? l : null);

async function resolve(ctx: AppContext, token: string) {
  const t = parseToken(token);
  if (!t) return null;
  const s = await repo.subject(ctx.db, t.personId, t.kind);
  if (!s || !checkToken(await unsubscribeSecret(ctx), s.org_id, t)) return null;
  return { t, s };
}

function view(t: { kind: UnsubscribeKind }, s: repo.UnsubscribeSubject, receives: boolean): UnsubscribeView {
  return {
    kind: t.kind,
    firstName: s.first_name,
    lang: speak(s.language) ?? speak(s.default_language) ?? 'en',
    orgName: s.org_name,
    brandColour: s.brand_colour,
    receives,
  };
}

/** What the link is for, or null when it is not a genuine link (or its person is gone). Reads only. */
export async function lookUp(ctx: AppContext, token: string): Promise<UnsubscribeView | null> {
  const found = await resolve(ctx, token);
  return found && view(found.t, found.s, found.s.receives);
}

/** Turns the preference off (once: a repeat changes and records nothing), or null for a link that is not genuine. */
export async function unsubscribe(ctx: AppContext, token: string, ip: string | null): Promise<UnsubscribeView | null> {
  const found = await resolve(ctx, token);
  if (!found) return null;
  const { t, s } = found;
  await ctx.db.transaction(async (tx) => {
    if (!(await repo.turnOff(tx, s.org_id, t.personId, t.kind, ctx.clock.now()))) return;
    await audit(tx, ctx.clock, {
      orgId: s.org_id,
      actorUserId: null,
      actorLabel: `${s.first_name} ${s.last_name}`,
      action: 'moments.unsubscribe',
      targetType: 'person',
      targetId: t.personId,
      details: { kind: t.kind, via: 'one-click link' },
      ip,
    });
  });
  return view(t, s, false);
}
