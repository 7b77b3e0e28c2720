/**
 * SCIM bearer tokens: an admin creates one per provisioning client (shown once, only its SHA-256
 * kept), sees when each was last used, and revokes it. Every change is audited.
 */
import type { Queryable } from '../../db/db.ts';
import type { AppContext } from '../../platform/context.ts';
import { commitChange } from '../../platform/change.ts';
import { notFound, tooManyRequests } from '../../platform/errors.ts';
import { authorize, type Actor } from '../../platform/policy.ts';
import { hashToken, randomToken } from '../../platform/tokens.ts';

export const SCIM_TOKEN_PREFIX = 'scim_';

export interface ScimTokenRow {
  id: string;
  name: string;
  prefix: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
  created_by_email: string | null;
}

const COLUMNS = `t.id, t.name, t.prefix, t.created_at, t.last_used_at, t.revoked_at, u.email as created_by_email`;

export async function listScimTokens(ctx: AppContext, actor: Actor): Promise<ScimTokenRow[]> {
  authorize(actor, 'integrations.manage');
  return ctx.db.query<ScimTokenRow>(
    `select ${COLUMNS} from scim_tokens t left join users u on u.id = t.created_by
      where t.org_id = $1 order by t.created_at desc, t.id limit 200`,
    [actor.orgId],
  );
}

async function getScimToken(q: Queryable, orgId: string, id: string): Promise<ScimTokenRow | null> {
  const [row] = await q.query<ScimTokenRow>(
    `select ${COLUMNS} from scim_tokens t left join users u on u.id = t.created_by where t.org_id = $1 and t.id = $2`,
    [orgId, id],
  );
  return row ?? null;
}

export async function createScimToken(ctx: AppContext, actor: Actor, input: { name: string }) {
  authorize(actor, 'integrations.manage');
  const token = SCIM_TOKEN_PREFIX + randomToken();
  const name = input.name.trim();
  const row = await commitChange(
    ctx,
    actor,
    (r: ScimTokenRow) => ({ action: 'scim.tokens.create', targetType: 'scim_token', targetId: r.id, details: { name } }),
    async (tx) => {
      const [{ id }] = await tx.query<{ id: string }>(
        `insert into scim_tokens (org_id, name, token_hash, prefix, created_by, created_at) values ($1, $2, $3, $4, $5, $6) returning id`,
        [actor.orgId, name, hashToken(token), token.slice(0, SCIM_TOKEN_PREFIX.length + 6), actor.userId || null, ctx.clock.now()],
      );
      return (await getScimToken(tx, actor.orgId, id))!;
    },
  );
  return { token, row };
}

export async function revokeScimToken(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  authorize(actor, 'integrations.manage');
  const row = await getScimToken(ctx.db, actor.orgId, id);
  if (!row) throw notFound('SCIM token');
  if (row.revoked_at) return;
  await commitChange(
    ctx,
    actor,
    { action: 'scim.tokens.revoke', targetType: 'scim_token', targetId: id, details: { name: row.name } },
    (tx) =>
      tx.query('update scim_tokens set revoked_at = $3 where org_id = $1 and id = $2 and revoked_at is null', [
        actor.orgId,
        id,
        ctx.clock.now(),
      ]),
  );
}

export interface ScimCaller {
  tokenId: string;
  orgId: string;
  name: string;
  prefix: string;
}

/**
 * The organisation a SCIM token acts for, or null for an unknown or revoked one. Counts the request
 * against the token's limit in the same statement (a full sync is tens of thousands of requests,
 * so each round trip counts), and marks the token's use at most once a minute.
 */
export async function authenticateScimToken(
  ctx: AppContext,
  token: string,
  limit: { max: number; windowSeconds: number },
): Promise<ScimCaller | null> {
  const nowMs = ctx.clock.now().getTime();
  const windowStart = new Date(Math.floor(nowMs / (limit.windowSeconds * 1000)) * limit.windowSeconds * 1000);
  const [row] = await ctx.db.query<{ id: string; org_id: string; name: string; prefix: string; last_used_at: Date | null; hits: number }>(
    `with t as (select id, org_id, name, prefix, last_used_at from scim_tokens where token_hash = $1 and revoked_at is null),
          counted as (
            insert into rate_limits (key, window_start, hits) select 'scim:' || t.id, $2, 1 from t
            on conflict (key, window_start) do update set hits = rate_limits.hits + 1
            returning hits)
     select t.*, (select hits from counted) as hits from t`,
    [hashToken(token), windowStart],
  );
  if (!row) return null;
  if (row.hits > limit.max) {
    throw tooManyRequests(Math.max(1, Math.ceil((windowStart.getTime() + limit.windowSeconds * 1000 - nowMs) / 1000)));
  }
  const now = ctx.clock.now();
  if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() >= 60_000) {
    await ctx.db.query(`update scim_tokens set last_used_at = $2 where id = $1 and (last_used_at is null or last_used_at < $2)`, [
      row.id,
      now,
    ]);
  }
  return { tokenId: row.id, orgId: row.org_id, name: row.name, prefix: row.prefix };
}
