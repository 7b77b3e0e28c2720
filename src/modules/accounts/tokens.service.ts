/** API tokens: created shown once, listed with their last use, revoked by their owner or an admin. */
import type { AppContext } from '../../platform/context.ts';
import { audit } from '../../platform/audit.ts';
import { authChanged } from '../../platform/auth-changes.ts';
import { commitChange } from '../../platform/change.ts';
import { notFound } from '../../platform/errors.ts';
import { authorize, can, type Actor } from '../../platform/policy.ts';
import { hashToken, randomToken } from '../../platform/tokens.ts';
import * as repo from './accounts.repo.ts';

export const TOKEN_PREFIX = 'emb_';

export async function createToken(ctx: AppContext, actor: Actor, input: { name: string }, forUserId?: string) {
  const userId = forUserId ?? actor.userId;
  if (forUserId && forUserId !== actor.userId) authorize(actor, 'tokens.manageAll');
  const user = await repo.getUser(ctx.db, actor.orgId, userId);
  if (!user || user.disabled_at) throw notFound('User');
  const token = TOKEN_PREFIX + randomToken();
  return ctx.db.transaction(async (tx) => {
    const row = await repo.insertToken(tx, {
      orgId: actor.orgId,
      userId,
      name: input.name.trim(),
      tokenHash: hashToken(token),
      prefix: token.slice(0, TOKEN_PREFIX.length + 6),
      createdBy: actor.userId || null,
      now: ctx.clock.now(),
    });
    await audit(tx, ctx.clock, {
      orgId: actor.orgId,
      actorUserId: actor.userId || null,
      actorLabel: actor.label,
      action: 'tokens.create',
      targetType: 'api_token',
      targetId: row.id,
      details: { name: row.name, for: user.email },
    });
    return { token, row };
  });
}

export async function listTokens(ctx: AppContext, actor: Actor) {
  return repo.listTokens(ctx.db, actor.orgId, can(actor, 'tokens.manageAll') ? null : actor.userId);
}

export async function revokeToken(ctx: AppContext, actor: Actor, id: string) {
  const row = await repo.getToken(ctx.db, actor.orgId, id);
  if (!row || (row.user_id !== actor.userId && !can(actor, 'tokens.manageAll'))) throw notFound('API token');
  if (!row.revoked_at) {
    await commitChange(
      ctx,
      actor,
      { action: 'tokens.revoke', targetType: 'api_token', targetId: id, details: { name: row.name, for: row.user_email } },
      async (tx) => {
        await tx.query('update api_tokens set revoked_at = $3 where org_id = $1 and id = $2', [actor.orgId, id, ctx.clock.now()]);
        authChanged(tx);
      },
    );
  }
}
