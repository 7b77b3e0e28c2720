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
 * Requests per token in the current window, in this process. SCIM's limit only guards against a
 * runaway client: a full sync is tens of thousands of requests, and a shared counter in the
 * database would cost a write on one hot row for every one of them. With several web processes
 * the limit holds per process.
 */
const windows = new Map<string, { start: number; hits: number }>();

function countRequest(tokenId: string, nowMs: number, limit: { max: number; windowSeconds: number }): number | null {
  const size = limit.windowSeconds * 1000;
  const start = Math.floor(nowMs / size) * size;
  let w = windows.get(tokenId);
  if (!w || w.start !== start) {
    if (windows.size > 10_000) windows.clear();
    w = { start, hits: 0 };
    windows.set(tokenId, w);
  }
  if (++w.hits > limit.max) return Math.max(1, Math.ceil((start + size - nowMs) / 1000));
  return null;
}

/**
 * The organisation a SCIM token acts for, or null for an unknown or revoked one (read each time,
 * so a revocation holds at once). Marks the token's use at most once a minute.
 */
export async function authenticateScimToken(
  ctx: AppContext,
  token: string,
  limit: { max: number; windowSeconds: number },
): Promise<ScimCaller | null> {
  const [row] = await ctx.db.query<{ id: string; org_id: string; name: string; prefix: string; last_used_at: Date | null }>(
    `select id, org_id, name, prefix, last_used_at from scim_tokens where token_hash = $1 and revoked_at is null`,
    [hashToken(token)],
  );
  if (!row) return null;
  const now = ctx.clock.now();
  const retryAfter = countRequest(row.id, now.getTime(), limit);
  if (retryAfter !== null) throw tooManyRequests(retryAfter);
  if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() >= 60_000) {
    await ctx.db.query(`update scim_tokens set last_used_at = $2 where id = $1 and (last_used_at is null or last_used_at < $2)`, [
      row.id,
      now,
    ]);
  }
  return { tokenId: row.id, orgId: row.org_id, name: row.name, prefix: row.prefix };
}
